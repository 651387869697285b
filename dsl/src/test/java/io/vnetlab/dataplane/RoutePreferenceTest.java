package io.vnetlab.dataplane;

import io.vnetlab.render.HopText;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Effective routes with gateway and user routes, and route selection: docs/azure/routing.md#system-routes,
 * #route-selection, #gateway-route-propagation, docs/azure/cli-and-network-watcher.md#next-hop.
 */
class RoutePreferenceTest {

    private static EffectiveRoute lookup(Topology t, String vm, String address) {
        return t.effectiveRoutes(vm).lookup(IpAddress.parse(address)).orElseThrow();
    }

    /** The transit hub-and-spoke, with a site that also announces {@code extra} prefixes. */
    private static Topology transitWithSitePrefixes(String... extra) {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        io.vnetlab.LocalNetworkGateways.Definition site = t.localNetworkGateways().define("OnPrem")
                .withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10").withAddressSpace("10.100.0.0/16");
        for (String prefix : extra) {
            site.withAddressSpace(prefix);
        }
        site.create();
        t.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        t.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        return t;
    }

    // docs/azure/gateways.md#gateway-routes
    @Test
    void a_spoke_using_the_hub_gateway_lists_the_sites_prefixes_as_gateway_routes_after_the_defaults() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke1-vm"))).isEqualTo(
                "Source                 State    Address Prefix    Next Hop Type          Next Hop IP\n"
                + "---------------------  -------  ----------------  ---------------------  -------------\n"
                + "Default                Active   10.1.0.0/16       VnetLocal\n"
                + "Default                Active   10.0.0.0/16       VNetPeering\n"
                + "Default                Active   0.0.0.0/0         Internet\n"
                + "Default                Active   10.0.0.0/8        None\n"
                + "Default                Active   100.64.0.0/10     None\n"
                + "Default                Active   172.16.0.0/12     None\n"
                + "Default                Active   192.168.0.0/16    None\n"
                + "VirtualNetworkGateway  Active   10.100.0.0/16     VirtualNetworkGateway  10.0.255.4\n");
        assertThat(t.effectiveRoutes("spoke1-vm").routes().get(7).originId())
                .contains(t.virtualNetworkGateways().get("hub-vpn").id());
    }

    // docs/azure/gateways.md#gateway-transit
    @Test
    void a_spoke_without_useRemoteGateways_gets_no_gateway_routes() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.peer("spoke1").with("hub").create();
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        assertThat(lookup(t, "hub-vm", "10.100.0.10").describe())
                .isEqualTo("10.100.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)");
    }

    // docs/azure/routing.md#invalid-routes
    @Test
    void a_user_route_of_a_default_prefix_makes_the_default_route_Invalid() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.routeTables().update("spoke1-rt").withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.1.4").apply();
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke1-vm"))).isEqualTo(
                "Source    State    Address Prefix    Next Hop Type     Next Hop IP\n"
                + "--------  -------  ----------------  ----------------  -------------\n"
                + "Default   Active   10.1.0.0/16       VnetLocal\n"
                + "Default   Active   10.0.0.0/16       VNetPeering\n"
                + "Default   Invalid  0.0.0.0/0         Internet\n"
                + "User      Active   10.2.0.0/16       VirtualAppliance  10.0.1.4\n"
                + "User      Active   0.0.0.0/0         VirtualAppliance  10.0.1.4\n");
        assertThat(lookup(t, "spoke1-vm", "8.8.8.8").describe()).isEqualTo("0.0.0.0/0 -> VirtualAppliance 10.0.1.4 (User)");
        assertThat(lookup(t, "spoke1-web", "8.8.8.8").describe()).isEqualTo("0.0.0.0/0 -> Internet (Default)");
    }

    // docs/azure/routing.md#route-preference
    @Test
    void a_user_route_beats_a_gateway_route_of_the_same_prefix() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        t.routeTables().define("via-nva").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.100.0.0/16", "10.0.1.4").create();
        t.routeTables().associate("via-nva", "spoke1", "app");
        assertThat(lookup(t, "spoke1-vm", "10.100.0.10").describe())
                .isEqualTo("10.100.0.0/16 -> VirtualAppliance 10.0.1.4 (User)");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).extracting(r -> r.source() + " " + r.state() + " "
                + r.addressPrefix()).contains("VirtualNetworkGateway Invalid 10.100.0.0/16", "User Active 10.100.0.0/16");
        Verdict v = t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10"));
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(HopText::from).containsExactly("spoke1/app", "hub/nva", "gateway 'hub-vpn' (hub)");
    }

    /**
     * Two VNets joined by a peering and by a VNet-to-VNet VPN connection: Microsoft's routing overview lists the
     * overridden route of a prefix as Invalid, and the peering's system route beats the gateway's
     * (docs/azure/routing.md#invalid-routes, docs/azure/peering.md#peering-and-vpn).
     */
    @Test
    void a_peering_and_a_vpn_connection_between_the_same_vnets_list_the_gateway_route_Invalid() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.networks().update("spoke1").withSubnet("GatewaySubnet", "10.1.255.0/27").apply();
        t.virtualNetworkGateways().define("spoke1-vpn").withExistingNetwork("spoke1").withRouteBasedVpn().create();
        t.connections().define("hub-to-spoke1").withVnetToVnet("hub-vpn", "spoke1-vpn").create();
        t.connections().define("spoke1-to-hub").withVnetToVnet("spoke1-vpn", "hub-vpn").create();
        t.peer("spoke1").with("hub").create();
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke1-vm"))).isEqualTo(
                "Source                 State    Address Prefix    Next Hop Type          Next Hop IP\n"
                + "---------------------  -------  ----------------  ---------------------  -------------\n"
                + "Default                Active   10.1.0.0/16       VnetLocal\n"
                + "Default                Active   10.0.0.0/16       VNetPeering\n"
                + "Default                Active   0.0.0.0/0         Internet\n"
                + "Default                Active   10.0.0.0/8        None\n"
                + "Default                Active   100.64.0.0/10     None\n"
                + "Default                Active   172.16.0.0/12     None\n"
                + "Default                Active   192.168.0.0/16    None\n"
                + "VirtualNetworkGateway  Invalid  10.0.0.0/16       VirtualNetworkGateway  10.1.255.4\n");
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "10.0.1.4").nextHopType()).isEqualTo(NextHopType.VNetPeering);
        assertThat(lookup(t, "spoke1-vm", "10.0.1.4").state()).isEqualTo(RouteState.Active);
    }

    // docs/azure/routing.md#invalid-routes
    @Test
    void every_route_the_lookup_picks_is_listed_Active_and_every_overridden_one_Invalid() {
        Topology t = transitWithSitePrefixes("192.168.0.0/16");
        t.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        t.routeTables().define("via-nva").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("192.168.0.0/16", "10.0.1.4").create();
        t.routeTables().associate("via-nva", "spoke1", "app");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).extracting(r -> r.source() + " " + r.state() + " "
                + r.addressPrefix()).filteredOn(s -> s.endsWith("192.168.0.0/16")).containsExactly(
                "Default Invalid 192.168.0.0/16", "VirtualNetworkGateway Invalid 192.168.0.0/16",
                "User Active 192.168.0.0/16");
        assertThat(lookup(t, "spoke1-vm", "192.168.1.1").describe())
                .isEqualTo("192.168.0.0/16 -> VirtualAppliance 10.0.1.4 (User)");
    }

    // docs/azure/routing.md#route-preference
    @Test
    void a_gateway_route_beats_a_default_route_of_the_same_prefix() {
        Topology t = transitWithSitePrefixes("192.168.0.0/16");
        assertThat(lookup(t, "spoke1-vm", "192.168.1.1").describe())
                .isEqualTo("192.168.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)");
    }

    // docs/azure/routing.md#route-preference
    @Test
    void a_peering_route_beats_a_more_specific_gateway_route() {
        Topology t = transitWithSitePrefixes("10.0.1.0/24");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).extracting(EffectiveRoute::describe)
                .contains("10.0.1.0/24 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)");
        assertThat(lookup(t, "spoke1-vm", "10.0.1.4").describe()).isEqualTo("10.0.0.0/16 -> VNetPeering (Default)");
    }

    // docs/azure/routing.md#route-preference
    @Test
    void the_networks_own_route_beats_a_more_specific_gateway_route() {
        Topology t = transitWithSitePrefixes("10.1.1.0/24");
        assertThat(lookup(t, "spoke1-web", "10.1.1.4").describe()).isEqualTo("10.1.0.0/16 -> VnetLocal (Default)");
        assertThat(t.reach("spoke1-web", "spoke1-vm").reachable()).isTrue();
    }

    // docs/azure/routing.md#route-selection
    @Test
    void a_more_specific_gateway_route_beats_a_less_specific_default_None_route() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThat(lookup(t, "spoke1-vm", "10.100.0.10").source()).isEqualTo(RouteSource.VirtualNetworkGateway);
        assertThat(lookup(t, "spoke1-vm", "10.101.0.10").describe()).isEqualTo("10.0.0.0/8 -> None (Default)");
    }

    // docs/azure/routing.md#gateway-route-propagation
    @Test
    void disableBgpRoutePropagation_removes_gateway_routes_from_that_subnet_only() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.routeTables().define("no-bgp").withRegion(Region.WEST_EUROPE).withDisableBgpRoutePropagation()
                .withRoute("0.0.0.0/0", RouteNextHopType.Internet).create();
        t.routeTables().associate("no-bgp", "spoke1", "app");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        assertThat(t.effectiveRoutes("spoke1-web").routes()).anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        assertThat(t.effectiveRoutes("spoke2-vm").routes()).anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        t.routeTables().update("no-bgp").withEnableBgpRoutePropagation().apply();
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
    }

    // docs/azure/gateways.md#gateway-routes
    @Test
    void a_Vnet2Vnet_connection_teaches_each_side_the_others_space_and_its_transit_spokes() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.networks().define("branch").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.50.0.0/16")
                .withSubnet("GatewaySubnet", "10.50.255.0/27").withSubnet("app", "10.50.1.0/24").create();
        t.virtualNetworkGateways().define("branch-vpn").withExistingNetwork("branch").withRouteBasedVpn().create();
        t.connections().define("branch-to-hub").withVnetToVnet("branch-vpn", "hub-vpn").create();
        t.connections().define("hub-to-branch").withVnetToVnet("hub-vpn", "branch-vpn").create();
        t.virtualMachines().define("branch-vm").withExistingPrimaryNetwork("branch").withSubnet("app").create();
        assertThat(t.effectiveRoutes("branch-vm").routes()).extracting(EffectiveRoute::describe).containsSubsequence(
                "10.0.0.0/16 -> VirtualNetworkGateway 10.50.255.4 (VirtualNetworkGateway)",
                "10.1.0.0/16 -> VirtualNetworkGateway 10.50.255.4 (VirtualNetworkGateway)",
                "10.2.0.0/16 -> VirtualNetworkGateway 10.50.255.4 (VirtualNetworkGateway)");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).extracting(EffectiveRoute::describe)
                .contains("10.50.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)");
        assertThat(t.reach("branch-vm", "spoke1-vm").reachable()).isTrue();
        assertThat(t.reach("spoke1-vm", "branch-vm").reachable()).isTrue();
    }

    // --------------------------------------- Network Watcher next hop (docs/azure/cli-and-network-watcher.md#next-hop)

    // docs/azure/cli-and-network-watcher.md#next-hop
    @Test
    void next_hop_of_a_user_route_names_the_appliance_and_the_route_table() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        NextHop hop = t.nextHop("spoke1-vm", "10.1.1.4", "10.2.1.4");
        assertThat(hop.nextHopType()).isEqualTo(NextHopType.VirtualAppliance);
        assertThat(hop.nextHopIpAddress()).contains(IpAddress.parse("10.0.1.4"));
        assertThat(hop.routeTableId()).isEqualTo(t.routeTables().get("spoke1-rt").id().toString());
    }

    // docs/azure/cli-and-network-watcher.md#next-hop
    @Test
    void next_hop_of_system_routes_is_System_Route() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "13.107.21.200"))
                .isEqualTo(new NextHop(NextHopType.Internet, null, "System Route"));
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "172.31.0.100"))
                .isEqualTo(new NextHop(NextHopType.None, null, "System Route"));
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "10.1.2.4"))
                .isEqualTo(new NextHop(NextHopType.VnetLocal, null, "System Route"));
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "10.0.0.4"))
                .isEqualTo(new NextHop(NextHopType.VNetPeering, null, "System Route"));
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "10.100.0.10")).isEqualTo(new NextHop(
                NextHopType.VirtualNetworkGateway, IpAddress.parse("10.0.255.4"), "System Route"));
        assertThat(t.nextHop("spoke1-vm", "10.1.1.4", "10.100.0.10")).hasToString(
                "VirtualNetworkGateway 10.0.255.4 (System Route)");
    }

    @Test
    void next_hop_wants_the_VMs_own_source_address() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        assertThatIllegalArgumentException().isThrownBy(() -> t.nextHop("spoke1-vm", "10.1.1.5", "10.2.1.4"))
                .withMessage("Source IP 10.1.1.5 is not the address of VM 'spoke1-vm' (10.1.1.4).");
    }

    @Test
    void an_on_premises_host_must_be_behind_its_site() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThatIllegalArgumentException().isThrownBy(() -> t.onPremisesHost("OnPrem", "10.1.1.4"))
                .withMessage("Address 10.1.1.4 is not behind site 'OnPrem', whose prefixes are [10.100.0.0/16].");
        assertThat(t.onPremisesHost("OnPrem", "10.100.0.10")).hasToString("host 10.100.0.10 (site 'OnPrem')");
    }

    /**
     * Microsoft's routing overview, "Routing example": Subnet1, whose route table has a 0.0.0.0/0 user route, lists
     * no 10.0.0.0/8, 192.168.0.0/16 or 100.64.0.0/10 None routes, while Subnet2 of the same network keeps them —
     * "Azure removed the routes ... when the user-defined route for the 0.0.0.0/0 address prefix was added"
     * (MicrosoftDocs/azure-docs, articles/virtual-network/virtual-networks-udr-overview.md).
     */
    @Test
    void a_user_route_for_0_0_0_0_0_removes_the_reserved_None_routes_from_its_subnet_only_udr_routing_example() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();
        t.networks().update("spoke1").withSubnet("other", "10.1.9.0/24").apply();
        t.virtualMachines().define("other-vm").withExistingPrimaryNetwork("spoke1").withSubnet("other").create();
        t.routeTables().update("spoke1-rt").withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.1.4").apply();
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).noneMatch(r -> r.nextHopType() == NextHopType.None);
        assertThat(t.effectiveRoutes("other-vm").routes()).filteredOn(r -> r.nextHopType() == NextHopType.None)
                .extracting(r -> r.addressPrefix().toString())
                .containsExactly("10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "192.168.0.0/16");
        // so a private address no route names goes to the appliance, not to None
        assertThat(lookup(t, "spoke1-vm", "10.77.0.1").describe()).isEqualTo("0.0.0.0/0 -> VirtualAppliance 10.0.1.4 (User)");
        assertThat(lookup(t, "other-vm", "10.77.0.1").describe()).isEqualTo("10.0.0.0/8 -> None (Default)");
    }
}
