package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup of an effective route table: of the {@code Active} routes of one prefix (a tie, two gateways learning
 * it: docs/azure/routing.md#invalid-routes), the first listed forwards.
 */
class EffectiveRouteTableTest {

    private static final ResourceId SUBNET = ResourceId.parse("/subscriptions/00000000-0000-0000-0000-000000000001"
            + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/default");

    @Test
    void of_two_active_routes_of_one_prefix_the_first_listed_forwards_even_beside_a_more_specific_route() {
        EffectiveRoute specific = learnt("10.1.0.0/24", "10.0.0.4");
        EffectiveRoute firstTie = learnt("10.1.0.0/16", "10.0.0.5");
        EffectiveRoute secondTie = learnt("10.1.0.0/16", "10.0.0.6");

        EffectiveRouteTable table = new EffectiveRouteTable(SUBNET, List.of(specific, firstTie, secondTie));

        assertThat(table.lookup(IpAddress.parse("10.1.5.5"))).contains(firstTie);
        assertThat(table.lookup(IpAddress.parse("10.1.0.9"))).contains(specific);
    }

    @Test
    void of_two_active_routes_of_one_prefix_the_first_listed_forwards() {
        EffectiveRoute firstTie = learnt("10.1.0.0/16", "10.0.0.5");
        EffectiveRoute secondTie = learnt("10.1.0.0/16", "10.0.0.6");

        EffectiveRouteTable table = new EffectiveRouteTable(SUBNET, List.of(firstTie, secondTie));

        assertThat(table.lookup(IpAddress.parse("10.1.5.5"))).contains(firstTie);
    }

    // docs/azure/routing.md#route-preference
    @Test
    void a_peering_route_beats_a_more_specific_gateway_route_and_yields_to_one_outside_it() {
        EffectiveRoute peering = EffectiveRoute.system(Cidr.parse("10.1.0.0/16"), NextHopType.VNetPeering, null);
        EffectiveRoute inside = learnt("10.1.1.0/24", "10.0.0.5");
        EffectiveRoute outside = learnt("10.2.0.0/16", "10.0.0.5");

        EffectiveRouteTable table = new EffectiveRouteTable(SUBNET, List.of(peering, inside, outside));

        assertThat(table.lookup(IpAddress.parse("10.1.1.9"))).contains(peering);
        assertThat(table.lookup(IpAddress.parse("10.2.0.9"))).contains(outside);
    }

    private static EffectiveRoute learnt(String prefix, String nextHop) {
        return new EffectiveRoute(RouteSource.VirtualNetworkGateway, RouteState.Active, Cidr.parse(prefix),
                NextHopType.VirtualNetworkGateway, List.of(IpAddress.parse(nextHop)), null, null);
    }
}
