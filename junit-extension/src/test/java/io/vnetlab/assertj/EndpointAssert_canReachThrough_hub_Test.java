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
 * {@link Via} against the hops the data plane really produces for appliances (docs/azure/routing.md#hub-appliance) and
 * gateways (docs/azure/gateways.md#gateway-transit, #gateway-routes): nva at 10.0.1.4 carries spoke1 to spoke2; hub-vpn
 * (10.0.255.4) carries spoke1 to the site OnPrem.
 */
class EndpointAssert_canReachThrough_hub_Test {

    private final Topology azure = HubAndSpokesFixture.withGatewayForSpoke1();

    // docs/azure/routing.md#hub-appliance
    @Test
    void should_pass_when_spoke_to_spoke_goes_through_the_hub_appliance() {
        assertThat(azure).vm("spoke1-vm")
                .canReachThrough("spoke2-vm", Via.nextHop(HubAndSpokesFixture.APPLIANCE))
                .canReachThrough("spoke2-vm", Via.nextHopType(NextHopType.VirtualAppliance))
                .canReachThrough("spoke2-vm", Via.network("hub"))
                .canReachThrough("spoke2-vm", Via.peering("spoke1-To-hub"))
                .canReachThrough("spoke2-vm", Via.peering("hub-To-spoke2"))
                .canReachAvoiding("spoke2-vm", Via.nextHopType(NextHopType.VirtualNetworkGateway))
                .canReachAvoiding("spoke2-vm", Via.gateway("hub-vpn"));
    }

    // docs/azure/gateways.md#gateway-routes
    @Test
    void should_pass_when_the_spoke_reaches_the_site_through_the_hub_gateway() {
        assertThat(azure).vm("spoke1-vm")
                .canReachThrough("10.100.0.10", Via.nextHopType(NextHopType.VirtualNetworkGateway))
                .canReachThrough("10.100.0.10", Via.nextHop("10.0.255.4"))
                .canReachThrough("10.100.0.10", Via.gateway("hub-vpn"))
                .canReachThrough("10.100.0.10", Via.network("hub"))
                .canReachAvoiding("10.100.0.10", Via.nextHop(HubAndSpokesFixture.APPLIANCE))
                .canReachAvoiding("10.100.0.10", Via.nextHopType(NextHopType.VirtualAppliance));
    }

    // docs/azure/gateways.md#advertised-prefixes
    @Test
    void should_pass_when_the_site_reaches_the_spoke_through_the_gateway_and_the_hub_peering() {
        Verdict fromSite = azure.evaluate(Flow.from(azure.onPremisesHost("OnPrem", "10.100.0.10").endpoint())
                .to(azure.endpoint("spoke1-vm")));

        assertThat(fromSite).isReachable()
                .passesThrough(Via.gateway("hub-vpn"))
                .passesThrough(Via.peering("hub-To-spoke1"))
                .doesNotPassThrough(Via.nextHop(HubAndSpokesFixture.APPLIANCE));
    }

    @Test
    void should_pass_avoiding_the_appliance_by_name_when_the_spoke_reaches_the_site_through_the_gateway() {
        assertThat(azure).vm("spoke1-vm")
                .canReachAvoiding("10.100.0.10", Via.appliance("nva"))
                .canReachThrough("spoke2-vm", Via.appliance("nva"));
    }

    @Test
    void should_fail_avoiding_the_appliance_by_name_when_spoke_to_spoke_goes_through_it() {
        // GIVEN
        Via appliance = Via.appliance("nva");
        Verdict verdict = azure.reach("spoke1-vm", "spoke2-vm");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke1-vm")
                .canReachAvoiding("spoke2-vm", appliance));
        // THEN
        then(error).hasMessage(shouldNotPassThrough(verdict, appliance, verdict.hops().get(0)).create());
        then(error.getMessage()).contains(String.format("without passing through:%n  appliance 'nva'%n"
                + "but it passes there at hop 1:%n"));
    }

    @Test
    void should_fail_through_the_gateway_when_spoke_to_spoke_goes_through_the_appliance() {
        // GIVEN
        Via gateway = Via.nextHopType(NextHopType.VirtualNetworkGateway);
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke1-vm")
                .canReachThrough("spoke2-vm", gateway));
        // THEN
        then(error).hasMessage(shouldPassThrough(azure.reach("spoke1-vm", "spoke2-vm"), gateway).create());
        then(error.getMessage()).contains(String.format("through:%n  a route with next hop type VirtualNetworkGateway%n"
                + "but its path does not pass there:%n"));
    }

    @Test
    void should_fail_avoiding_the_appliance_naming_the_hop_that_crosses_it() {
        // GIVEN
        Via appliance = Via.nextHop(HubAndSpokesFixture.APPLIANCE);
        Verdict verdict = azure.reach("spoke1-vm", "spoke2-vm");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke1-vm")
                .canReachAvoiding("spoke2-vm", appliance));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app)%n"
                + "to reach:%n"
                + "  vm 'spoke2-vm' 10.2.1.4 (spoke2/app)%n"
                + "without passing through:%n"
                + "  next hop 10.0.1.4%n"
                + "but it passes there at hop 1:%n")
                + "vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app): reachable\n"
                + "  1. spoke1/app -> appliance 10.0.1.4 (hub/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4"
                + " (User), peering 'spoke1-To-hub' Connected   ok\n"
                + "  2. hub/nva -> spoke2: route 10.2.0.0/16 -> VNetPeering (Default), peering 'hub-To-spoke2'"
                + " Connected                                       ok\n"
                + "  3. spoke2/app -> spoke2-vm: nic 'spoke2-vmVMNic' holds 10.2.1.4"
                + " ".repeat(75) + "delivered\n");
        then(error).hasMessage(shouldNotPassThrough(verdict, appliance, verdict.hops().get(0)).create());
    }

    // docs/azure/gateways.md#gateway-transit
    @Test
    void should_fail_through_the_gateway_when_the_other_spoke_does_not_use_it() {
        // WHEN spoke2's peerings have neither allowGatewayTransit nor useRemoteGateways
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke2-vm")
                .canReachThrough("10.100.0.10", Via.gateway("hub-vpn")));
        // THEN
        then(error.getMessage()).contains(String.format("through:%n  gateway 'hub-vpn'%nbut it cannot reach it at all:%n"))
                .contains("To fix, set allowGatewayTransit on peering 'hub/hub-To-spoke2' and useRemoteGateways on"
                        + " peering 'spoke2/spoke2-To-hub'.");
    }
}
