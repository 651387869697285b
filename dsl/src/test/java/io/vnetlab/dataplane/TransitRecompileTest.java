package io.vnetlab.dataplane;

import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.Topology;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recompiling after a peering change reuses the gateway-dependent route tables exactly when the change leaves gateway
 * transit as it was (docs/azure/gateways.md#gateway-routes): a forwarded-traffic flag does, a transit flag does not.
 */
class TransitRecompileTest {

    @Test
    void a_flag_transit_ignores_reuses_the_route_tables_with_gateway_routes() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        EffectiveRouteTable before = t.effectiveRoutes("spoke1-vm");
        t.peerings().update("spoke1", "spoke1-To-hub").allowForwardedTraffic(true).apply();
        assertThat(t.effectiveRoutes("spoke1-vm")).isNotSameAs(before);   // its own peering changed
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke2-vm"))).isEqualTo(Tables.effectiveRoutes(
                DataPlane.compile(t.state()).effectiveRoutes(t.networkInterface("spoke2-vmVMNic").snapshot())));
        EffectiveRouteTable spoke2 = t.effectiveRoutes("spoke2-vm");
        t.peerings().update("spoke1", "spoke1-To-hub").allowForwardedTraffic(false).apply();
        assertThat(t.effectiveRoutes("spoke2-vm")).as("spoke2's inputs, transit included, are unchanged").isSameAs(spoke2);
    }

    // docs/azure/gateways.md#gateway-routes
    @Test
    void a_transit_flag_recompiles_and_the_gateway_routes_follow_it() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertThat(t.effectiveRoutes("spoke2-vm").routes()).anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        t.peerings().update("spoke2", "spoke2-To-hub").useRemoteGateways(false).apply();
        assertThat(t.effectiveRoutes("spoke2-vm").routes()).noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke2-vm"))).isEqualTo(Tables.effectiveRoutes(
                DataPlane.compile(t.state()).effectiveRoutes(t.networkInterface("spoke2-vmVMNic").snapshot())));
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke1-vm"))).isEqualTo(Tables.effectiveRoutes(
                DataPlane.compile(t.state()).effectiveRoutes(t.networkInterface("spoke1-vmVMNic").snapshot())));
    }
}
