package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a recompiled data plane keeps from the planes before it: the gateways' answers while no gateway, connection,
 * site or transit peering changed, and each subnet's routes while their inputs are the same records, even when the
 * plane just before did not ask for them.
 */
class RecompileReuseTest {

    @Test
    void a_change_gateways_ignore_keeps_what_the_gateways_learn_and_advertise() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        GatewayRouting before = t.dataPlane().gateways();
        addNsg(t, "unrelated-nsg");
        assertThat(t.dataPlane().gateways()).isSameAs(before);
    }

    @Test
    void a_transit_change_makes_the_gateways_answer_again_as_a_fresh_compile_does() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        VirtualNetworkGateway gateway = t.state().all(VirtualNetworkGateway.class).iterator().next();
        GatewayRouting before = t.dataPlane().gateways();
        int learntBefore = t.dataPlane().learnedRoutes(gateway).size();
        t.peerings().update("spoke2", "spoke2-To-hub").useRemoteGateways(false).apply();
        assertThat(t.dataPlane().gateways()).isNotSameAs(before);
        assertThat(t.dataPlane().learnedRoutes(gateway))
                .isEqualTo(DataPlane.compile(t.state()).learnedRoutes(gateway))
                .hasSizeLessThanOrEqualTo(learntBefore);
    }

    @Test
    void routes_compiled_two_planes_ago_are_reused_when_the_plane_between_did_not_ask_for_them() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        EffectiveRouteTable compiled = t.effectiveRoutes("spoke2-vm");
        addNsg(t, "first-nsg");
        t.dataPlane();   // a plane that asks nothing of spoke2
        addNsg(t, "second-nsg");
        assertThat(t.effectiveRoutes("spoke2-vm")).isSameAs(compiled);
    }

    private static void addNsg(Topology t, String name) {
        t.networkSecurityGroups().define(name).withRegion(Region.WEST_EUROPE).create();
    }
}
