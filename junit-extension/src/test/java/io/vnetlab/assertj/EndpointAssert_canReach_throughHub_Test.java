package io.vnetlab.assertj;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * Spoke to spoke through a hub appliance needs every prerequisite of AZURE-SEMANTICS §4.4.2; each failure message
 * names the one that is missing.
 */
class EndpointAssert_canReach_throughHub_Test {

    @Test
    void should_pass_when_every_prerequisite_of_transit_through_the_hub_appliance_is_there_section_4_4_2() {
        Topology azure = HubAndSpokesFixture.routed(HubAndSpokesFixture.withoutRoutes());

        assertThat(azure).vm("Spoke1VM").canReach("Spoke2VM").canReach("Spoke2VM", tcp(443));
        assertThat(azure).vm("Spoke2VM").canReach("Spoke1VM");
    }

    @Test
    void should_fail_with_the_route_to_none_when_the_spokes_have_no_route_tables_although_the_hub_has_an_appliance_section_4_4_3() {
        // GIVEN HubNVA forwards and the peerings allow forwarded traffic, but no spoke routes to it
        Topology azure = HubAndSpokesFixture.withoutRoutes();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke1VM").canReach("Spoke2VM"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload)%n"
                + "to reach:%n"
                + "  vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload)%n"
                + "but it cannot:%n")
                + "vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload) -> vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload): unreachable\n"
                + "  1. Spoke1/Workload: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Spoke1 and Spoke2 are not peered. Peering is not transitive: both are peered with Hub, but"
                + " that gives them no path to each other.\n"
                + "To fix, either peer Spoke1 with Spoke2 directly (a peering in each direction), or route"
                + " 10.12.0.0/16 from Spoke1 through a network virtual appliance in Hub (a route table with next hop"
                + " VirtualAppliance, IP forwarding on the appliance's network interface, and allowForwardedTraffic on"
                + " the peerings of Spoke1 and Spoke2 to Hub).\n");
    }

    @Test
    void should_fail_at_the_appliance_naming_ip_forwarding_when_its_nic_does_not_forward_section_4_4_1() {
        // GIVEN the routes, but IP forwarding off on HubNVA's interface
        Topology azure = HubAndSpokesFixture.routed(HubAndSpokesFixture.withoutRoutes(false, true));
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke1VM").canReach("Spoke2VM"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload)%n"
                + "to reach:%n"
                + "  vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload)%n"
                + "but it cannot:%n")
                + "vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload) -> vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload): unreachable\n"
                + "  1. Spoke1/Workload -> appliance 10.0.1.4 (Hub/Nva): route 10.12.0.0/16 -> VirtualAppliance 10.0.1.4"
                + " (User), peering 'Spoke1-To-Hub' Connected   ok\n"
                + "  2. Hub/Nva: nic 'HubNVAVMNic' has IP forwarding off: drops packets not addressed to 10.0.1.4"
                + " ".repeat(52) + "BLOCKED\n"
                + "Blocked at hop 2.\n"
                + "Blockers:\n"
                + "  - Network interface 'HubNVAVMNic' (10.0.1.4) does not have IP forwarding enabled, so Azure drops"
                + " the packets to 10.12.1.4 that are routed to it.\n"
                + "To fix, enable IP forwarding on network interface 'HubNVAVMNic' (az network nic update -g vnetlab-rg"
                + " -n HubNVAVMNic --ip-forwarding true).\n");
    }

    @Test
    void should_fail_entering_the_other_spoke_naming_allow_forwarded_traffic_when_its_peering_refuses_it_section_2_3_3() {
        // GIVEN the routes and a forwarding appliance, but allowForwardedTraffic off on the hub peerings
        Topology azure = HubAndSpokesFixture.routed(HubAndSpokesFixture.withoutRoutes(true, false));
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("Spoke1VM").canReach("Spoke2VM"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload)%n"
                + "to reach:%n"
                + "  vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload)%n"
                + "but it cannot:%n")
                + "vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload) -> vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload): unreachable\n"
                + "  1. Spoke1/Workload -> appliance 10.0.1.4 (Hub/Nva): route 10.12.0.0/16 -> VirtualAppliance 10.0.1.4"
                + " (User), peering 'Spoke1-To-Hub' Connected   ok\n"
                + "  2. Hub/Nva -> Spoke2: route 10.12.0.0/16 -> VNetPeering (Default), peering 'Hub-To-Spoke2'"
                + " Connected                                            ok\n"
                + "  3. Spoke2: forwarded traffic from Hub refused                                                      "
                + "                                             BLOCKED\n"
                + "Blocked at hop 3.\n"
                + "Blockers:\n"
                + "  - The packet's source 10.11.1.4 is outside Hub's address space, so it is forwarded traffic, and"
                + " peering 'Spoke2/Spoke2-To-Hub' does not allow forwarded traffic.\n"
                + "To fix, set allowForwardedTraffic on peering 'Spoke2/Spoke2-To-Hub'.\n");
    }
}
