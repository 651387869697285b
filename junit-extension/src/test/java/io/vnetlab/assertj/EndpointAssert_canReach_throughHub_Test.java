package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * Spoke to spoke through a hub appliance needs every prerequisite of docs/azure/routing.md#hub-appliance; each failure
 * message names the one that is missing.
 */
class EndpointAssert_canReach_throughHub_Test {

    // docs/azure/routing.md#hub-appliance
    @Test
    void should_pass_when_every_prerequisite_of_transit_through_the_hub_appliance_is_there() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();

        assertThat(azure).vm("spoke1-vm").canReach("spoke2-vm").canReach("spoke2-vm", tcp(443));
        assertThat(azure).vm("spoke2-vm").canReach("spoke1-vm");
    }

    // docs/azure/routing.md#hub-appliance
    @Test
    void should_fail_with_the_route_to_none_when_the_spokes_have_no_route_tables_although_the_hub_has_an_appliance() {
        // GIVEN nva forwards and the peerings allow forwarded traffic, but no spoke routes to it
        Topology azure = HubAndSpokesFixture.withoutRoutes();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke1-vm").canReach("spoke2-vm"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app)%n"
                + "to reach:%n"
                + "  vm 'spoke2-vm' 10.2.1.4 (spoke2/app)%n"
                + "but it cannot:%n")
                + "vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app): unreachable\n"
                + "  1. spoke1/app: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - spoke1 and spoke2 are not peered. Peering is not transitive: both are peered with hub, but"
                + " that gives them no path to each other.\n"
                + "To fix, either peer spoke1 with spoke2 directly (a peering in each direction), or route"
                + " 10.2.0.0/16 from spoke1 through a network virtual appliance in hub (a route table with next hop"
                + " VirtualAppliance, IP forwarding on the appliance's network interface, and allowForwardedTraffic on"
                + " the peerings of spoke1 and spoke2 to hub).\n");
    }

    // docs/azure/routing.md#ip-forwarding
    @Test
    void should_fail_at_the_appliance_naming_ip_forwarding_when_its_nic_does_not_forward() {
        // GIVEN the routes, but IP forwarding off on nva's interface
        Topology azure = HubAndSpokesFixture.withoutIpForwarding();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke1-vm").canReach("spoke2-vm"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app)%n"
                + "to reach:%n"
                + "  vm 'spoke2-vm' 10.2.1.4 (spoke2/app)%n"
                + "but it cannot:%n")
                + "vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app): unreachable\n"
                + "  1. spoke1/app -> appliance 10.0.1.4 (hub/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4"
                + " (User), peering 'spoke1-To-hub' Connected   ok\n"
                + "  2. hub/nva: nic 'nvaVMNic' has IP forwarding off: drops packets not addressed to 10.0.1.4"
                + " ".repeat(49) + "BLOCKED\n"
                + "Blocked at hop 2.\n"
                + "Blockers:\n"
                + "  - Network interface 'nvaVMNic' (10.0.1.4) does not have IP forwarding enabled, so Azure drops"
                + " the packets to 10.2.1.4 that are routed to it.\n"
                + "To fix, enable IP forwarding on network interface 'nvaVMNic' (az network nic update -g vnetlab-rg"
                + " -n nvaVMNic --ip-forwarding true).\n");
    }

    // docs/azure/peering.md#allow-forwarded-traffic
    @Test
    void should_fail_entering_the_other_spoke_naming_allow_forwarded_traffic_when_its_peering_refuses_it() {
        // GIVEN the routes and a forwarding appliance, but allowForwardedTraffic off on the hub peerings
        Topology azure = HubAndSpokesFixture.withoutForwardedTraffic();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("spoke1-vm").canReach("spoke2-vm"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app)%n"
                + "to reach:%n"
                + "  vm 'spoke2-vm' 10.2.1.4 (spoke2/app)%n"
                + "but it cannot:%n")
                + "vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app): unreachable\n"
                + "  1. spoke1/app -> appliance 10.0.1.4 (hub/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4"
                + " (User), peering 'spoke1-To-hub' Connected   ok\n"
                + "  2. hub/nva -> spoke2: route 10.2.0.0/16 -> VNetPeering (Default), peering 'hub-To-spoke2'"
                + " Connected                                       ok\n"
                + "  3. spoke2: forwarded traffic from hub refused"
                + " ".repeat(93) + "BLOCKED\n"
                + "Blocked at hop 3.\n"
                + "Blockers:\n"
                + "  - The packet's source 10.1.1.4 is outside hub's address space, so it is forwarded traffic, and"
                + " peering 'spoke2/spoke2-To-hub' does not allow forwarded traffic.\n"
                + "To fix, set allowForwardedTraffic on peering 'spoke2/spoke2-To-hub'.\n");
    }
}
