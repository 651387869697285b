package io.vnetlab.dataplane;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hub-and-spoke: gateway transit to an on-premises site (docs/azure/gateways.md), spoke-to-spoke through a hub
 * appliance (docs/azure/routing.md#hub-appliance), appliances, loops and asymmetric routes
 * (docs/azure/routing.md#virtual-appliance-next-hop, #appliance-loop, #ip-forwarding), and the data-plane reading of
 * the forwarded-traffic rule (docs/azure/decisions.md#forwarded-traffic).
 */
class HubAndSpokeTest {

    private static final String SPOKE1_VM = "vm 'spoke1-vm' 10.1.1.4 (spoke1/app)";
    private static final String SPOKE2_VM = "vm 'spoke2-vm' 10.2.1.4 (spoke2/app)";

    private static Verdict spokeToSpoke(Topology t) {
        return t.reach("spoke1-vm", "spoke2-vm");
    }

    // -------------------------------------------------------- VPN gateway and gateway transit (docs/azure/gateways.md)

    // docs/azure/gateways.md#gateway-routes
    @Test
    void a_spoke_using_the_hub_gateway_reaches_the_on_premises_site() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        Verdict v = t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10"));
        assertThat(VerdictRenderer.render(v)).isEqualTo(SPOKE1_VM + " -> host 10.100.0.10 (site 'OnPrem'): reachable\n"
                + "  1. spoke1/app -> gateway 'hub-vpn' (hub): route 10.100.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)   ok\n"
                + "  2. gateway 'hub-vpn' (hub) -> site 'OnPrem': connection 'hub-to-onprem' (IPsec), 10.100.0.10 is in 10.100.0.0/16            delivered\n");
    }

    // docs/azure/gateways.md#advertised-prefixes
    @Test
    void the_on_premises_site_reaches_a_spoke_that_uses_the_hub_gateway_and_replies_return() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        Verdict v = t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm"));
        assertThat(VerdictRenderer.render(v)).isEqualTo("host 10.100.0.10 (site 'OnPrem') -> " + SPOKE1_VM + ": reachable\n"
                + "  1. site 'OnPrem' -> gateway 'hub-vpn' (hub): connection 'hub-to-onprem' (IPsec)                                 ok\n"
                + "  2. hub/GatewaySubnet -> spoke1: route 10.1.0.0/16 -> VNetPeering (Default), peering 'hub-To-spoke1' Connected   ok\n"
                + "  3. spoke1/app -> spoke1-vm: nic 'spoke1-vmVMNic' holds 10.1.1.4                                                 delivered\n");
    }

    @Test
    void traffic_relayed_by_the_gateway_needs_no_allowForwardedTraffic() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThat(t.peering("spoke1", "spoke1-To-hub").allowForwardedTraffic()).isFalse();
        assertThat(t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm")).reachable()).isTrue();
    }

    // docs/azure/peering.md#non-transitive
    @Test
    void spokes_sharing_a_hub_gateway_still_do_not_reach_each_other() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThat(VerdictRenderer.render(spokeToSpoke(t))).isEqualTo(SPOKE1_VM + " -> " + SPOKE2_VM + ": unreachable\n"
                + "  1. spoke1/app: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - spoke1 and spoke2 are not peered. Peering is not transitive: both are peered with hub, but that"
                + " gives them no path to each other.\n"
                + "To fix, either peer spoke1 with spoke2 directly (a peering in each direction), or route 10.2.0.0/16"
                + " from spoke1 through a network virtual appliance in hub (a route table with next hop"
                + " VirtualAppliance, IP forwarding on the appliance's network interface, and allowForwardedTraffic on"
                + " the peerings of spoke1 and spoke2 to hub).\n");
        assertThat(t.reach("spoke2-vm", "spoke1-vm").reachable()).isFalse();
    }

    // docs/azure/gateways.md#advertised-prefixes
    @Test
    void without_gateway_transit_the_site_learns_no_route_to_the_spoke_and_the_verdict_names_both_flags() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.peer("spoke1").with("hub").create();
        Verdict in = t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm"));
        assertThat(VerdictRenderer.render(in)).isEqualTo("host 10.100.0.10 (site 'OnPrem') -> " + SPOKE1_VM + ": unreachable\n"
                + "  1. site 'OnPrem': no route to 10.1.1.4   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Site 'OnPrem' learns no route to 10.1.1.4: gateway 'hub-vpn' advertises only hub's address space"
                + " and the networks that use it through gateway transit.\n"
                + "  - Peering 'hub/hub-To-spoke1' does not allow gateway transit.\n"
                + "  - Peering 'spoke1/spoke1-To-hub' does not use the remote gateway, so hub's gateway neither"
                + " advertises spoke1 to the site nor gives it the site's routes.\n"
                + "To fix, set allowGatewayTransit on peering 'hub/hub-To-spoke1' and useRemoteGateways on peering"
                + " 'spoke1/spoke1-To-hub'.\n");
        Verdict out = t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10"));
        assertThat(out.reachable()).isFalse();
        assertThat(HopText.decision(out.firstBlockingHop().orElseThrow())).isEqualTo("route 10.0.0.0/8 -> None (Default)");
        assertThat(VerdictRenderer.fixes(out)).containsExactly("set allowGatewayTransit on peering 'hub/hub-To-spoke1' and"
                + " useRemoteGateways on peering 'spoke1/spoke1-To-hub'");
    }

    // docs/azure/gateways.md#gateway-routes
    @Test
    void the_hub_itself_reaches_the_site_through_its_own_gateway() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        assertThat(t.reach(t.host("hub-vm"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isTrue();
        assertThat(t.reach(t.onPremisesHost("OnPrem", "10.100.200.1"), t.host("hub-vm")).reachable()).isTrue();
    }

    // docs/azure/routing.md#gateway-route-propagation
    @Test
    void disableBgpRoutePropagation_cuts_a_spoke_subnet_off_the_site_and_says_so() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.routeTables().define("no-bgp").withRegion(Region.WEST_EUROPE).withDisableBgpRoutePropagation().create();
        t.routeTables().associate("no-bgp", "spoke1", "app");
        Verdict v = t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10"));
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly(
                "10.100.0.10 is behind site 'OnPrem', which gateway 'hub-vpn' of hub connects, but spoke1 has no route"
                        + " to it through that gateway.",
                "Route table 'no-bgp' of subnet spoke1/app disables gateway route propagation, so the subnet gets"
                        + " none of the routes gateway 'hub-vpn' learns.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("turn gateway route propagation back on for route table 'no-bgp'"
                + " (withEnableBgpRoutePropagation())", "add a route to 10.100.0.0/16 with next hop"
                + " VirtualNetworkGateway to route table 'no-bgp'");
        assertThat(t.reach(t.host("spoke1-web"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isTrue();
        // Inbound from the site arrives, but the replies have no route back.
        Verdict in = t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm"));
        assertThat(in.reachable()).isFalse();
        assertThat(HopText.decision(in.firstBlockingHop().orElseThrow()))
                .isEqualTo("reply to 10.100.0.10: route 10.0.0.0/8 -> None (Default)");
    }

    // docs/azure/routing.md#gateway-route-propagation
    @Test
    void a_user_route_to_the_gateway_restores_the_path_that_propagation_cut() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.routeTables().define("no-bgp").withRegion(Region.WEST_EUROPE).withDisableBgpRoutePropagation()
                .withRoute("10.100.0.0/16", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("no-bgp", "spoke1", "app");
        assertThat(t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isTrue();
        assertThat(t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm")).reachable()).isTrue();
    }

    // docs/azure/peering.md#transit-over-global-peering
    @Test
    void gateway_transit_works_over_global_peering() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.networks().define("far").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.3.0.0/16")
                .withSubnet("app", "10.3.1.0/24").create();
        t.virtualMachines().define("far-vm").withExistingPrimaryNetwork("far").withSubnet("app").create();
        t.peer("far").with("hub").usingGatewayOf("hub").create();
        assertThat(t.effectiveRoutes("far-vm").routes()).extracting(EffectiveRoute::describe).contains(
                "10.0.0.0/16 -> VNetGlobalPeering (Default)",
                "10.100.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)");
        assertThat(t.reach(t.host("far-vm"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isTrue();
        assertThat(t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("far-vm")).reachable()).isTrue();
    }

    // docs/azure/gateways.md#transit-skus
    @Test
    void a_Basic_VPN_gateway_gives_no_gateway_transit() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withPolicyBasedVpn().create();
        t.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        t.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        t.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        assertThat(t.virtualNetworkGateways().get("hub-vpn").sku()).isEqualTo("Basic");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        Verdict v = t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10"));
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).endsWith("Gateway 'hub-vpn' has SKU Basic, which gives no"
                + " gateway transit to peered networks.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("use a gateway SKU other than Basic, such as VpnGw1, in hub");
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        assertThat(t.reach(t.host("hub-vm"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isTrue();
    }

    @Test
    void an_ExpressRoute_circuit_is_a_site_reached_through_the_ExpressRoute_gateway() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.virtualNetworkGateways().define("hub-er").withExistingNetwork("hub").withExpressRoute().create();
        t.localNetworkGateways().define("Circuit").withRegion(Region.WEST_EUROPE).withIPAddress("198.51.100.1")
                .withAddressSpace("10.200.0.0/16").create();
        t.connections().define("hub-er-conn").withExpressRoute("hub-er", "Circuit").create();
        t.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        Verdict v = t.reach(t.host("spoke1-vm"), t.onPremisesHost("Circuit", "10.200.1.1"));
        assertThat(v.reachable()).isTrue();
        assertThat(HopText.decision(v.hops().get(1))).isEqualTo("connection 'hub-er-conn' (ExpressRoute), 10.200.1.1 is in"
                + " 10.200.0.0/16");
    }

    // docs/azure/gateways.md#gateway-as-next-hop
    @Test
    void a_user_route_cannot_use_an_ExpressRoute_gateway_as_next_hop() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.virtualNetworkGateways().define("hub-er").withExistingNetwork("hub").withExpressRoute().create();
        t.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        t.routeTables().define("to-gw").withRegion(Region.WEST_EUROPE)
                .withRoute("10.2.0.0/16", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("to-gw", "spoke1", "app");
        Verdict v = spokeToSpoke(t);
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Route 10.2.0.0/16 sends the packet to a"
                + " virtual network gateway, but the gateway spoke1 uses ('hub-er') is not a route-based VPN gateway;"
                + " a user route cannot point at an ExpressRoute or policy-based gateway.");
    }

    @Test
    void a_user_route_to_a_gateway_fails_in_a_network_that_has_and_uses_none() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.routeTables().define("to-gw").withRegion(Region.WEST_EUROPE)
                .withRoute("10.2.0.0/16", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("to-gw", "spoke1", "app");
        Verdict v = spokeToSpoke(t);
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Route 10.2.0.0/16 sends the packet to a"
                + " virtual network gateway, but spoke1 has no gateway and uses none through gateway transit.");
    }

    // docs/azure/gateways.md#gateway-as-next-hop
    @Test
    void a_hub_VPN_gateway_carries_spoke_to_spoke_traffic_with_user_routes() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.routeTables().define("s1").withRegion(Region.WEST_EUROPE)
                .withRoute("10.2.0.0/16", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().define("s2").withRegion(Region.WEST_EUROPE)
                .withRoute("10.1.0.0/16", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("s1", "spoke1", "app");
        t.routeTables().associate("s2", "spoke2", "app");
        assertThat(VerdictRenderer.render(spokeToSpoke(t))).isEqualTo(SPOKE1_VM + " -> " + SPOKE2_VM + ": reachable\n"
                + "  1. spoke1/app -> gateway 'hub-vpn' (hub): route 10.2.0.0/16 -> VirtualNetworkGateway (User)                     ok\n"
                + "  2. hub/GatewaySubnet -> spoke2: route 10.2.0.0/16 -> VNetPeering (Default), peering 'hub-To-spoke2' Connected   ok\n"
                + "  3. spoke2/app -> spoke2-vm: nic 'spoke2-vmVMNic' holds 10.2.1.4                                                 delivered\n");
    }

    // docs/azure/peering.md#peering-and-vpn
    @Test
    void between_peered_networks_also_joined_by_a_VPN_connection_traffic_takes_the_peering() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.networks().update("spoke1").withSubnet("GatewaySubnet", "10.1.255.0/27").apply();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.virtualNetworkGateways().define("spoke1-vpn").withExistingNetwork("spoke1").withRouteBasedVpn().create();
        t.connections().define("spoke1-to-hub").withVnetToVnet("spoke1-vpn", "hub-vpn").create();
        t.connections().define("hub-to-spoke1").withVnetToVnet("hub-vpn", "spoke1-vpn").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        Verdict overVpn = t.reach("spoke1-vm", "hub-vm");
        assertThat(overVpn.reachable()).isTrue();
        assertThat(HopText.decision(overVpn.hops().get(0))).isEqualTo("route 10.0.0.0/16 -> VirtualNetworkGateway 10.1.255.4"
                + " (VirtualNetworkGateway), gateway 'spoke1-vpn' connection to gateway 'hub-vpn'");
        t.peer("spoke1").with("hub").create();
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).extracting(EffectiveRoute::describe)
                .contains("10.0.0.0/16 -> VNetPeering (Default)",
                        "10.0.0.0/16 -> VirtualNetworkGateway 10.1.255.4 (VirtualNetworkGateway)");
        Verdict v = t.reach("spoke1-vm", "hub-vm");
        assertThat(VerdictRenderer.render(v)).isEqualTo("vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'hub-vm' 10.0.0.4 (hub/default):"
                + " reachable\n"
                + "  1. spoke1/app -> hub: route 10.0.0.0/16 -> VNetPeering (Default), peering 'spoke1-To-hub' Connected   ok\n"
                + "  2. hub/default -> hub-vm: nic 'hub-vmVMNic' holds 10.0.0.4                                            delivered\n");
    }

    // ------------------------------------ spoke to spoke through a hub appliance (docs/azure/routing.md#hub-appliance)

    // docs/azure/routing.md#hub-appliance
    @Test
    void spoke_to_spoke_through_the_hub_appliance_works_with_all_four_prerequisites() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        assertThat(VerdictRenderer.render(spokeToSpoke(t))).isEqualTo(SPOKE1_VM + " -> " + SPOKE2_VM + ": reachable\n"
                + "  1. spoke1/app -> appliance 10.0.1.4 (hub/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4 (User), peering 'spoke1-To-hub' Connected   ok\n"
                + "  2. hub/nva -> spoke2: route 10.2.0.0/16 -> VNetPeering (Default), peering 'hub-To-spoke2' Connected                                       ok\n"
                + "  3. spoke2/app -> spoke2-vm: nic 'spoke2-vmVMNic' holds 10.2.1.4                                                                           delivered\n");
        assertThat(t.reach("spoke2-vm", "spoke1-vm").reachable()).isTrue();
    }

    @Test
    void without_a_Connected_spoke_peering_the_appliance_is_out_of_reach() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.peerings().delete("hub", "hub-To-spoke1");
        Verdict v = spokeToSpoke(t);
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly(
                "The next hop 10.0.1.4 of route 10.2.0.0/16 of route table 'spoke1-rt' is not a network interface in"
                        + " spoke1 or in a network peered with it (Connected), so the route leads nowhere.",
                "Peering 'spoke1/spoke1-To-hub' is Disconnected: its counterpart in hub (or hub itself) was deleted.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("update or re-create peering 'spoke1/spoke1-To-hub', then create a"
                + " peering from hub to spoke1");
    }

    // docs/azure/routing.md#hub-appliance
    @Test
    void without_the_spoke_routes_the_default_None_route_drops_the_packet() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.routeTables().dissociate("spoke1", "app");
        Verdict v = spokeToSpoke(t);
        assertThat(HopText.decision(v.firstBlockingHop().orElseThrow())).isEqualTo("route 10.0.0.0/8 -> None (Default)");
        assertThat(VerdictRenderer.fixes(v)).contains("route 10.2.0.0/16 from spoke1 through a network virtual appliance in hub (a"
                + " route table with next hop VirtualAppliance, IP forwarding on the appliance's network interface,"
                + " and allowForwardedTraffic on the peerings of spoke1 and spoke2 to hub)");
        Topology back = ReferenceTopologies.hubAndSpokeWithAppliance();
        back.routeTables().dissociate("spoke2", "app");
        Verdict noReturn = spokeToSpoke(back);
        assertThat(noReturn.reachable()).isFalse();
        assertThat(HopText.decision(noReturn.firstBlockingHop().orElseThrow()))
                .isEqualTo("reply to 10.1.1.4: route 10.0.0.0/8 -> None (Default)");
        assertThat(VerdictRenderer.fixes(noReturn)).contains("route 10.1.0.0/16 from spoke2 through a network virtual appliance in"
                + " hub (a route table with next hop VirtualAppliance, IP forwarding on the appliance's network"
                + " interface, and allowForwardedTraffic on the peerings of spoke2 and spoke1 to hub)");
    }

    // docs/azure/routing.md#ip-forwarding
    @Test
    void without_IP_forwarding_the_appliance_drops_what_is_not_addressed_to_it() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.networkInterfaces().updateIpForwarding("nvaVMNic", false);
        Verdict v = spokeToSpoke(t);
        assertThat(VerdictRenderer.render(v)).isEqualTo(SPOKE1_VM + " -> " + SPOKE2_VM + ": unreachable\n"
                + "  1. spoke1/app -> appliance 10.0.1.4 (hub/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4 (User), peering 'spoke1-To-hub' Connected   ok\n"
                + "  2. hub/nva: nic 'nvaVMNic' has IP forwarding off: drops packets not addressed to 10.0.1.4                                                 BLOCKED\n"
                + "Blocked at hop 2.\n"
                + "Blockers:\n"
                + "  - Network interface 'nvaVMNic' (10.0.1.4) does not have IP forwarding enabled, so Azure drops the"
                + " packets to 10.2.1.4 that are routed to it.\n"
                + "To fix, enable IP forwarding on network interface 'nvaVMNic' (az network nic update -g vnetlab-rg -n"
                + " nvaVMNic --ip-forwarding true).\n");
        assertThat(t.reach("spoke1-vm", "nva").reachable()).as("what is addressed to the appliance arrives").isTrue();
    }

    // docs/azure/peering.md#allow-forwarded-traffic
    @Test
    void without_allowForwardedTraffic_the_far_spoke_refuses_the_forwarded_packet() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.peerings().update("spoke2", "spoke2-To-hub").allowForwardedTraffic(false).apply();
        Verdict v = spokeToSpoke(t);
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.head(v.firstBlockingHop().orElseThrow())).contains("forwarded traffic from hub refused");
        assertThat(VerdictRenderer.blockers(v)).containsExactly("The packet's source 10.1.1.4 is outside"
                + " hub's address space, so it is forwarded traffic, and peering 'spoke2/spoke2-To-hub' does not allow"
                + " forwarded traffic.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("set allowForwardedTraffic on peering 'spoke2/spoke2-To-hub'");
        Topology other = ReferenceTopologies.hubAndSpokeWithAppliance();
        other.peerings().update("spoke1", "spoke1-To-hub").allowForwardedTraffic(false).apply();
        Verdict replies = spokeToSpoke(other);
        assertThat(replies.reachable()).as("the replies are forwarded into spoke1").isFalse();
        assertThat(VerdictRenderer.fixes(replies)).containsExactly("set allowForwardedTraffic on peering 'spoke1/spoke1-To-hub'");
    }

    // docs/azure/routing.md#virtual-appliance-next-hop
    @Test
    void an_appliance_in_the_same_network_is_a_valid_next_hop() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        t.routeTables().define("hub-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        t.routeTables().associate("hub-rt", "hub", "default");
        Verdict v = t.reach("hub-vm", "spoke2-vm");
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(HopText::from).containsExactly("hub/default", "hub/nva", "spoke2/app");
        assertThat(VerdictRenderer.warnings(v)).containsExactly("Asymmetric routing: requests pass appliance 10.0.1.4 ('nvaVMNic')"
                + " but replies from 10.2.1.4 pass no appliance; a stateful appliance or firewall drops replies it did"
                + " not see the request of.");
    }

    // docs/azure/routing.md#virtual-appliance-next-hop
    @Test
    void a_route_to_an_address_no_interface_holds_leads_nowhere() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.routeTables().update("spoke1-rt").withoutRoute("route1").withRouteViaVirtualAppliance("10.2.0.0/16",
                "10.0.1.99").apply();
        Verdict v = spokeToSpoke(t);
        assertThat(VerdictRenderer.blockers(v)).containsExactly("The next hop 10.0.1.99 of route"
                + " 10.2.0.0/16 of route table 'spoke1-rt' is not a network interface in spoke1 or in a network"
                + " peered with it (Connected), so the route leads nowhere.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("point the route at the private IP address of the appliance's network"
                + " interface");
    }

    // docs/azure/routing.md#appliance-loop
    @Test
    void a_route_table_that_sends_the_appliances_own_subnet_back_to_it_is_a_routing_loop() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.routeTables().define("hub-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        t.routeTables().associate("hub-rt", "hub", "nva");
        Verdict v = spokeToSpoke(t);
        assertThat(v.reachable()).isFalse();
        assertThat(HopText.decision(v.firstBlockingHop().orElseThrow())).isEqualTo("routing loop through 10.0.1.4");
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Routing loop: the packet came back to"
                + " appliance 'nvaVMNic' (10.0.1.4). The route table of subnet hub/nva sends the traffic back to the"
                + " appliance in it.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("do not associate the route table that points at 10.0.1.4 with the"
                + " appliance's own subnet hub/nva");
    }

    // docs/azure/reachability.md#walk
    @Test
    void a_reply_that_skips_the_appliance_is_reported_as_asymmetric_routing() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.routeTables().dissociate("spoke2", "app");
        t.peer("spoke1").with("spoke2").create();
        Verdict v = spokeToSpoke(t);
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).hasSize(3);
        assertThat(VerdictRenderer.warnings(v)).containsExactly("Asymmetric routing: requests pass appliance 10.0.1.4 ('nvaVMNic')"
                + " but replies from 10.2.1.4 pass no appliance; a stateful appliance or firewall drops replies it did"
                + " not see the request of.");
        assertThat(VerdictRenderer.warnings(ReferenceTopologies.hubAndSpokeWithAppliance().reach("spoke1-vm", "spoke2-vm"))).isEmpty();
    }

    // docs/azure/routing.md#user-route-next-hops
    @Test
    void a_user_None_route_drops_and_names_its_route_table() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.peer("spoke1").with("spoke2").create();
        t.routeTables().define("block").withRegion(Region.WEST_EUROPE)
                .withRoute("deny-spoke2", "10.2.0.0/16", "None", null).create();
        t.routeTables().associate("block", "spoke1", "app");
        Verdict v = spokeToSpoke(t);
        assertThat(HopText.decision(v.firstBlockingHop().orElseThrow())).isEqualTo("route 10.2.0.0/16 -> None (User)");
        assertThat(VerdictRenderer.blockers(v)).containsExactly("User route 'deny-spoke2' of route table"
                + " 'block' sends 10.2.0.0/16 to next hop None, which drops the packet to 10.2.1.4.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("remove route 'deny-spoke2' from route table 'block' or change its next"
                + " hop");
    }
}
