package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldNotPassThrough;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldPassThrough;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * {@link Via} against the hops the data plane really produces for appliances (AZURE-SEMANTICS §4.4.2) and gateways
 * (§3.1, §3.4): HubNVA at 10.0.1.4 carries Spoke1 to Spoke2; HubVpn (10.0.255.4) carries Spoke1 to the site OnPrem.
 */
class EndpointAssert_canReachThrough_hub_Test {

    private final Topology azure = HubAndSpokesFixture.withGateway(
            HubAndSpokesFixture.routed(HubAndSpokesFixture.withoutRoutes()));

    @Test
    void should_pass_when_spoke_to_spoke_goes_through_the_hub_appliance_section_4_4_2() {
        assertThat(azure).vm("Spoke1VM")
                .canReachThrough("Spoke2VM", Via.nextHop(HubAndSpokesFixture.APPLIANCE))
                .canReachThrough("Spoke2VM", Via.nextHopType(NextHopType.VirtualAppliance))
                .canReachThrough("Spoke2VM", Via.network("Hub"))
                .canReachThrough("Spoke2VM", Via.peering("Spoke1-To-Hub"))
                .canReachThrough("Spoke2VM", Via.peering("Hub-To-Spoke2"))
                .canReachAvoiding("Spoke2VM", Via.nextHopType(NextHopType.VirtualNetworkGateway))
                .canReachAvoiding("Spoke2VM", Via.gateway("HubVpn"));
    }

    @Test
    void should_pass_when_the_spoke_reaches_the_site_through_the_hub_gateway_section_3_4() {
        assertThat(azure).vm("Spoke1VM")
                .canReachThrough("10.100.0.10", Via.nextHopType(NextHopType.VirtualNetworkGateway))
                .canReachThrough("10.100.0.10", Via.nextHop("10.0.255.4"))
                .canReachThrough("10.100.0.10", Via.gateway("HubVpn"))
                .canReachThrough("10.100.0.10", Via.network("Hub"))
                .canReachAvoiding("10.100.0.10", Via.nextHop(HubAndSpokesFixture.APPLIANCE))
                .canReachAvoiding("10.100.0.10", Via.nextHopType(NextHopType.VirtualAppliance));
    }

    @Test
    void should_pass_when_the_site_reaches_the_spoke_through_the_gateway_and_the_hub_peering_section_3_5() {
        Verdict fromSite = azure.evaluate(Flow.from(azure.onPremisesHost("OnPrem", "10.100.0.10"))
                .to(azure.endpoint("Spoke1VM")));

        assertThat(fromSite).isReachable()
                .passesThrough(Via.gateway("HubVpn"))
                .passesThrough(Via.peering("Hub-To-Spoke1"))
                .doesNotPassThrough(Via.nextHop(HubAndSpokesFixture.APPLIANCE));
    }

    @Test
    void should_pass_avoiding_the_appliance_by_name_when_the_spoke_reaches_the_site_through_the_gateway() {
        assertThat(azure).vm("Spoke1VM")
                .canReachAvoiding("10.100.0.10", Via.appliance("HubNVA"))
                .canReachThrough("Spoke2VM", Via.appliance("HubNVA"));
    }

    @Test
    void should_fail_avoiding_the_appliance_by_name_when_spoke_to_spoke_goes_through_it() {
        // GIVEN
        Via appliance = Via.appliance("HubNVA");
        Verdict verdict = azure.reach("Spoke1VM", "Spoke2VM");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke1VM")
                .canReachAvoiding("Spoke2VM", appliance));
        // THEN
        then(error).hasMessage(shouldNotPassThrough(verdict, appliance, verdict.hops().get(0)).create());
        then(error.getMessage()).contains(String.format("without passing through:%n  appliance 'HubNVA'%n"
                + "but it passes there at hop 1:%n"));
    }

    @Test
    void should_fail_through_the_gateway_when_spoke_to_spoke_goes_through_the_appliance() {
        // GIVEN
        Via gateway = Via.nextHopType(NextHopType.VirtualNetworkGateway);
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke1VM")
                .canReachThrough("Spoke2VM", gateway));
        // THEN
        then(error).hasMessage(shouldPassThrough(azure.reach("Spoke1VM", "Spoke2VM"), gateway).create());
        then(error.getMessage()).contains(String.format("through:%n  a route with next hop type VirtualNetworkGateway%n"
                + "but its path does not pass there:%n"));
    }

    @Test
    void should_fail_avoiding_the_appliance_naming_the_hop_that_crosses_it() {
        // GIVEN
        Via appliance = Via.nextHop(HubAndSpokesFixture.APPLIANCE);
        Verdict verdict = azure.reach("Spoke1VM", "Spoke2VM");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke1VM")
                .canReachAvoiding("Spoke2VM", appliance));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload)%n"
                + "to reach:%n"
                + "  vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload)%n"
                + "without passing through:%n"
                + "  next hop 10.0.1.4%n"
                + "but it passes there at hop 1:%n")
                + "vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload) -> vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload): reachable\n"
                + "  1. Spoke1/Workload -> appliance 10.0.1.4 (Hub/Nva): route 10.12.0.0/16 -> VirtualAppliance 10.0.1.4"
                + " (User), peering 'Spoke1-To-Hub' Connected   ok\n"
                + "  2. Hub/Nva -> Spoke2: route 10.12.0.0/16 -> VNetPeering (Default), peering 'Hub-To-Spoke2'"
                + " Connected                                            ok\n"
                + "  3. Spoke2/Workload -> Spoke2VM: nic 'Spoke2VMVMNic' holds 10.12.1.4                              "
                + "                                               delivered\n");
        then(error).hasMessage(shouldNotPassThrough(verdict, appliance, verdict.hops().get(0)).create());
    }

    @Test
    void should_fail_through_the_gateway_when_the_other_spoke_does_not_use_it_section_3_1() {
        // WHEN Spoke2's peerings have neither allowGatewayTransit nor useRemoteGateways
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke2VM")
                .canReachThrough("10.100.0.10", Via.gateway("HubVpn")));
        // THEN
        then(error.getMessage()).contains(String.format("through:%n  gateway 'HubVpn'%nbut it cannot reach it at all:%n"))
                .contains("To fix, set allowGatewayTransit on peering 'Hub/Hub-To-Spoke2' and useRemoteGateways on"
                        + " peering 'Spoke2/Spoke2-To-Hub'.");
    }
}
