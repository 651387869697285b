package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.render.Tables;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * System routes of a subnet: docs/azure/routing.md#system-routes and the Learn module's unit 4
 * (docs/azure/learn-module.md#unit-4).
 */
class EffectiveRoutesTest {

    // docs/azure/learn-module.md#unit-4
    @Test
    void marketing_lists_local_regional_defaults_then_global_routes_as_learn_unit_4_shows() {
        assertThat(Tables.effectiveRoutes(ReferenceTopologies.learnModule().effectiveRoutes("MarketingVM"))).isEqualTo(String.join("\n",
                "Source    State    Address Prefix    Next Hop Type      Next Hop IP",
                "--------  -------  ----------------  -----------------  -------------",
                "Default   Active   10.2.0.0/16       VnetLocal",
                "Default   Active   10.1.0.0/16       VNetPeering",
                "Default   Active   0.0.0.0/0         Internet",
                "Default   Active   10.0.0.0/8        None",
                "Default   Active   100.64.0.0/10     None",
                "Default   Active   172.16.0.0/12     None",
                "Default   Active   192.168.0.0/16    None",
                "Default   Active   10.3.0.0/16       VNetGlobalPeering",
                ""));
    }

    // docs/azure/routing.md#system-routes
    @Test
    void each_address_range_gets_its_own_VnetLocal_route() {
        Topology t = Topology.create();
        t.networks().define("net").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withAddressSpace("10.5.0.0/16").withSubnet("a", "10.1.0.0/24").create();
        t.virtualMachines().define("vm").withExistingPrimaryNetwork("net").withSubnet("a").create();
        assertThat(t.effectiveRoutes("vm").routes()).filteredOn(r -> r.nextHopType() == NextHopType.VnetLocal)
                .extracting(r -> r.addressPrefix().toString()).containsExactly("10.1.0.0/16", "10.5.0.0/16");
    }

    // docs/azure/routing.md#reserved-prefix-overlap
    @Test
    void a_range_equal_to_or_containing_a_reserved_prefix_replaces_its_None_route() {
        Topology t = Topology.create();
        t.networks().define("Wide").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/8")
                .withAddressSpace("192.168.0.0/15").withSubnet("a", "10.0.0.0/24").create();
        t.virtualMachines().define("vm").withExistingPrimaryNetwork("Wide").withSubnet("a").create();
        assertThat(t.effectiveRoutes("vm").routes()).filteredOn(r -> r.nextHopType() == NextHopType.None)
                .extracting(r -> r.addressPrefix().toString()).containsExactly("100.64.0.0/10", "172.16.0.0/12");
    }

    // docs/azure/routing.md#reserved-prefix-overlap
    @Test
    void a_range_inside_a_reserved_prefix_leaves_the_None_route_in_place() {
        EffectiveRouteTable routes = ReferenceTopologies.learnModule().effectiveRoutes("SalesVM");
        assertThat(routes.routes()).extracting(EffectiveRoute::describe).contains("10.1.0.0/16 -> VnetLocal (Default)",
                "10.0.0.0/8 -> None (Default)");
        assertThat(routes.lookup(IpAddress.parse("10.1.1.9")).orElseThrow().nextHopType()).isEqualTo(NextHopType.VnetLocal);
        assertThat(routes.lookup(IpAddress.parse("10.3.1.4")).orElseThrow().describe()).isEqualTo("10.0.0.0/8 -> None (Default)");
        assertThat(routes.lookup(IpAddress.parse("172.31.0.100")).orElseThrow().nextHopType()).isEqualTo(NextHopType.None);
        assertThat(routes.lookup(IpAddress.parse("8.8.8.8")).orElseThrow().nextHopType()).isEqualTo(NextHopType.Internet);
    }

    // docs/azure/routing.md#route-selection
    @Test
    void a_peered_range_starting_where_a_reserved_prefix_starts_beats_its_None_route() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("s", "10.0.1.0/24").create();
        // global peering: its routes are listed after the default None routes (Learn unit 4 order)
        t.networks().define("spoke").withRegion(Region.NORTH_EUROPE).withAddressSpace("192.168.0.0/24")
                .withSubnet("s", "192.168.0.0/24").create();
        t.virtualMachines().define("hubVm").withExistingPrimaryNetwork("hub").withSubnet("s").create();
        t.virtualMachines().define("spokeVm").withExistingPrimaryNetwork("spoke").withSubnet("s").create();
        t.peer("hub").with("spoke").create();
        assertThat(t.effectiveRoutes("spokeVm").lookup(IpAddress.parse("10.0.1.4")).orElseThrow().describe())
                .isEqualTo("10.0.0.0/16 -> VNetGlobalPeering (Default)");
        assertThat(t.effectiveRoutes("hubVm").lookup(IpAddress.parse("192.168.0.4")).orElseThrow().describe())
                .isEqualTo("192.168.0.0/24 -> VNetGlobalPeering (Default)");
        assertThat(t.reach("spokeVm", "hubVm").reachable()).isTrue();
        assertThat(t.reach("hubVm", "spokeVm").reachable()).isTrue();
    }

    // docs/azure/routing.md#peering-routes
    @Test
    void an_Initiated_peering_adds_no_route() {
        Topology t = Topology.create();
        t.networks().define("vnetA").withRegion(Region.WEST_EUROPE).withAddressSpace("10.10.0.0/16")
                .withSubnet("s", "10.10.0.0/24").create();
        t.networks().define("vnetB").withRegion(Region.WEST_EUROPE).withAddressSpace("10.20.0.0/16").create();
        t.virtualMachines().define("vm").withExistingPrimaryNetwork("vnetA").withSubnet("s").create();
        t.peer("vnetA").to("vnetB").create();
        assertThat(t.effectiveRoutes("vm").routes()).noneMatch(r -> r.nextHopType().isPeering());
        t.peer("vnetB").to("vnetA").create();
        assertThat(t.effectiveRoutes("vm").routes()).filteredOn(r -> r.nextHopType().isPeering())
                .extracting(EffectiveRoute::describe).containsExactly("10.20.0.0/16 -> VNetPeering (Default)");
    }

    // docs/azure/peering.md#sync-level
    @Test
    void an_unsynced_prefix_of_the_peer_gets_no_route_until_the_link_is_synced() {
        Topology t = ReferenceTopologies.learnModule();
        t.networks().update("MarketingVNet").withAddressSpace("10.22.0.0/16").apply();
        assertThat(t.effectiveRoutes("SalesVM").routes()).extracting(r -> r.addressPrefix().toString())
                .doesNotContain("10.22.0.0/16");
        t.peerings().sync("SalesVNet", "SalesVNet-To-MarketingVNet");
        assertThat(t.effectiveRoutes("SalesVM").routes()).extracting(EffectiveRoute::describe)
                .contains("10.22.0.0/16 -> VNetPeering (Default)");
    }
}
