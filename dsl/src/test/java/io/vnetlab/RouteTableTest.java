package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.RouteTable;
import org.junit.jupiter.api.Test;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/** Route tables and their association with subnets: docs/azure/routing.md#route-tables. */
class RouteTableTest {

    private static Topology topology() {
        Topology t = Topology.create();
        t.networks().define("spoke").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").withSubnet("web", "10.1.2.0/24").create();
        return t;
    }

    // docs/azure/routing.md#user-route-next-hops
    @Test
    void a_route_table_holds_user_routes_of_every_allowed_next_hop_type() {
        Topology t = topology();
        RouteTable table = t.routeTables().define("rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4")
                .withRoute("10.3.0.0/16", RouteNextHopType.VirtualNetworkGateway)
                .withRoute("10.4.0.0/16", RouteNextHopType.None)
                .withRoute("10.1.0.0/16", RouteNextHopType.VnetLocal)
                .withRoute("0.0.0.0/0", RouteNextHopType.Internet)
                .withDisableBgpRoutePropagation()
                .create();
        assertThat(table.routes()).extracting(Object::toString).containsExactly(
                "route 'route1' 10.2.0.0/16 -> VirtualAppliance 10.0.1.4", "route 'route2' 10.3.0.0/16 -> VirtualNetworkGateway",
                "route 'route3' 10.4.0.0/16 -> None", "route 'route4' 10.1.0.0/16 -> VnetLocal",
                "route 'route5' 0.0.0.0/0 -> Internet");
        assertThat(table.disableBgpRoutePropagation()).isTrue();
        assertThat(table.routes().get(0).id().toString()).endsWith("/routeTables/rt/routes/route1");
    }

    /** Azure's text, without its code, from Azure/terraform-azurerm-hubnetworking#48. */
    // docs/azure/routing.md#user-route-next-hops
    @Test
    void a_VirtualAppliance_route_needs_a_next_hop_ip() {
        Topology t = topology();
        AzureException e = rejects(t, AzureErrorCode.NextHopIpAddressRequired, () -> t.routeTables().define("rt")
                .withRegion(Region.WEST_EUROPE).withRoute("to-nva", "10.2.0.0/16", "VirtualAppliance", null).create());
        assertThat(e).hasMessage("NextHopIpAddress cannot be Null or Empty in route to-nva when NextHopType is"
                + " VirtualAppliance. Give the appliance's private IP address.");
    }

    // docs/azure/routing.md#user-route-next-hops
    @Test
    void a_next_hop_ip_is_allowed_only_with_VirtualAppliance() {
        Topology t = topology();
        AzureException e = rejects(t, AzureErrorCode.NextHopIpAddressNotAllowed, () -> t.routeTables().define("rt")
                .withRegion(Region.WEST_EUROPE).withRoute("to-gw", "10.2.0.0/16", "VirtualNetworkGateway", "10.0.1.4")
                .create());
        assertThat(e).hasMessage("Route to-gw has next hop type VirtualNetworkGateway and next hop IP address"
                + " 10.0.1.4; a next hop IP address is only allowed with next hop type VirtualAppliance. Remove it.");
    }

    // docs/azure/routing.md#user-route-next-hops
    @Test
    void peering_and_service_endpoint_next_hops_cannot_be_chosen_in_a_route_table() {
        Topology t = topology();
        for (String type : new String[]{"VNetPeering", "VirtualNetworkServiceEndpoint", "Tunnel"}) {
            AzureException e = rejects(t, AzureErrorCode.InvalidRouteNextHopType, () -> t.routeTables().define("rt")
                    .withRegion(Region.WEST_EUROPE).withRoute("r", "10.2.0.0/16", type, null).create());
            assertThat(e).hasMessage("Route r has next hop type '" + type + "', which a route table cannot use."
                    + " Allowed values: VirtualNetworkGateway, VnetLocal, Internet, VirtualAppliance, None (peering"
                    + " routes are made by Azure itself).");
        }
    }

    @Test
    void next_hop_types_are_read_case_insensitively_as_the_CLI_takes_them() {
        Topology t = topology();
        RouteTable table = t.routeTables().define("rt").withRegion(Region.WEST_EUROPE)
                .withRoute("r", "10.2.0.0/16", "virtualappliance", "10.0.1.4").create();
        assertThat(table.routes().get(0).nextHopType()).isEqualTo(RouteNextHopType.VirtualAppliance);
    }

    // docs/azure/routing.md#route-tables
    @Test
    void a_route_table_holds_at_most_400_routes() {
        Topology t = topology();
        RouteTables.Definition full = t.routeTables().define("full").withRegion(Region.WEST_EUROPE);
        for (int i = 0; i < 400; i++) {
            full.withRoute("10." + (100 + i / 256) + "." + (i % 256) + ".0/24", RouteNextHopType.None);
        }
        assertThat(full.create().routes()).hasSize(400);
        RouteTables.Definition tooMany = t.routeTables().define("too-many").withRegion(Region.WEST_EUROPE);
        for (int i = 0; i < 401; i++) {
            tooMany.withRoute("10." + (100 + i / 256) + "." + (i % 256) + ".0/24", RouteNextHopType.None);
        }
        AzureException e = rejects(t, AzureErrorCode.RouteTableRouteLimitExceeded, tooMany::create);
        assertThat(e.getMessage()).contains("has 401 routes; a route table holds at most 400 routes.");
    }

    // docs/azure/addressing.md#prefix-errors
    @Test
    void a_route_prefix_with_host_bits_is_refused_like_any_prefix() {
        Topology t = topology();
        rejects(t, AzureErrorCode.InvalidCIDRNotation, () -> t.routeTables().define("rt").withRegion(Region.WEST_EUROPE)
                .withRoute("10.2.0.1/16", RouteNextHopType.None).create());
    }

    // docs/azure/routing.md#route-tables
    @Test
    void one_table_serves_many_subnets_and_survives_network_updates() {
        Topology t = topology();
        RouteTable table = t.routeTables().define("rt").withRegion(Region.WEST_EUROPE)
                .withRoute("10.2.0.0/16", RouteNextHopType.None).create();
        t.routeTables().associate("rt", "spoke", "app");
        t.routeTables().associate("rt", "spoke", "web");
        t.networks().update("spoke").withAddressSpace("10.9.0.0/16").withSubnet("more", "10.9.0.0/24").apply();
        assertThat(t.subnet("spoke", "app").routeTableId()).isEqualTo(table.id());
        assertThat(t.subnet("spoke", "web").routeTableId()).isEqualTo(table.id());
        assertThat(t.subnet("spoke", "more").routeTableId()).isNull();
        t.routeTables().dissociate("spoke", "web");
        assertThat(t.subnet("spoke", "web").routeTableId()).isNull();
    }

    @Test
    void a_route_table_in_use_cannot_be_deleted() {
        Topology t = topology();
        t.routeTables().define("rt").withRegion(Region.WEST_EUROPE).create();
        t.routeTables().associate("rt", "spoke", "app");
        AzureException e = rejects(t, AzureErrorCode.InUseRouteTableCannotBeDeleted, () -> t.routeTables().delete("rt"));
        // Azure's text: "Route table <name> is in use and cannot be deleted." (hashicorp/terraform-provider-azurerm CI logs)
        assertThat(e).hasMessage("Route table rt is in use and cannot be deleted. It is associated with subnet "
                + t.subnet("spoke", "app").id() + "; dissociate it from the subnet first.");
        t.routeTables().dissociate("spoke", "app");
        t.routeTables().delete("rt");
        assertThat(t.routeTables().list()).isEmpty();
    }

    @Test
    void a_route_table_serves_only_subnets_of_its_own_region() {
        Topology t = topology();
        t.routeTables().define("rt").withRegion(Region.NORTH_EUROPE).create();
        rejects(t, AzureErrorCode.InvalidResourceReference, () -> t.routeTables().associate("rt", "spoke", "app"));
    }

    // docs/azure/routing.md#gateway-route-propagation
    @Test
    void an_update_adds_and_removes_routes_and_switches_propagation() {
        Topology t = topology();
        t.routeTables().define("rt").withRegion(Region.WEST_EUROPE)
                .withRoute("a", "10.2.0.0/16", "None", null).withRoute("b", "10.3.0.0/16", "None", null).create();
        RouteTable updated = t.routeTables().update("rt").withoutRoute("a")
                .withRouteViaVirtualAppliance("10.4.0.0/16", "10.1.1.10").withDisableBgpRoutePropagation().apply();
        assertThat(updated.routes()).extracting(r -> r.name() + " " + r.addressPrefix())
                .containsExactly("b 10.3.0.0/16", "route1 10.4.0.0/16");
        assertThat(updated.disableBgpRoutePropagation()).isTrue();
        assertThat(t.routeTables().update("rt").withEnableBgpRoutePropagation().apply().disableBgpRoutePropagation())
                .isFalse();
    }
}
