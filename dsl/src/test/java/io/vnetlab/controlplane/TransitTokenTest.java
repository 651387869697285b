package io.vnetlab.controlplane;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state's transit token changes exactly when gateway transit may have: the data plane keeps the gateway routes
 * it compiled across any other change, and a recompiled plane answers as a fresh one.
 */
class TransitTokenTest {

    private static Topology hubWithGateway() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("default", "10.0.0.0/24").create();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        t.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        t.networks().define("spoke").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        t.virtualMachines().define("vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        t.peer("spoke").with("hub").create();
        return t;
    }

    @Test
    void a_flag_transit_ignores_keeps_the_token_and_a_transit_flag_replaces_it() {
        Topology t = hubWithGateway();
        Object before = t.state().transitToken();
        t.peerings().update("spoke", "spoke-To-hub").allowForwardedTraffic(true).apply();
        assertThat(t.state().transitToken()).isSameAs(before);

        t.peerings().update("hub", "hub-To-spoke").allowGatewayTransit(true).apply();
        Object withTransit = t.state().transitToken();
        assertThat(withTransit).isNotSameAs(before);
        t.peerings().update("spoke", "spoke-To-hub").useRemoteGateways(true).apply();
        assertThat(t.state().transitToken()).isNotSameAs(withTransit);
        Object spokeUsesHub = t.state().transitToken();
        t.networks().update("spoke").withAddressSpace("10.2.0.0/16").apply();
        assertThat(t.state().transitToken()).isNotSameAs(spokeUsesHub);
    }

    @Test
    void routes_recompiled_after_each_transit_change_are_those_of_a_fresh_compile() {
        Topology t = hubWithGateway();
        NetworkInterface nic = t.vm("vm").primaryNetworkInterface().snapshot();
        Runnable[] changes = {
            () -> t.peerings().update("hub", "hub-To-spoke").allowGatewayTransit(true).apply(),
            () -> t.peerings().update("spoke", "spoke-To-hub").useRemoteGateways(true).apply(),
            () -> t.peerings().update("spoke", "spoke-To-hub").allowForwardedTraffic(true).apply(),
            () -> t.networks().update("hub").withAddressSpace("10.3.0.0/16").apply(),
            () -> t.peerings().sync("spoke", "spoke-To-hub"),
            () -> t.peerings().update("spoke", "spoke-To-hub").useRemoteGateways(false).apply(),
        };
        for (Runnable change : changes) {
            t.dataPlane().effectiveRoutes(nic);
            change.run();
            assertThat(Tables.effectiveRoutes(t.dataPlane().effectiveRoutes(nic)))
                    .isEqualTo(Tables.effectiveRoutes(DataPlane.compile(t.state()).effectiveRoutes(nic)));
        }
        assertThat(Tables.effectiveRoutes(t.dataPlane().effectiveRoutes(nic))).contains("10.3.0.0/16")
                .doesNotContain("10.100.0.0/16");
    }

    // docs/azure/subnet-peering.md#gateway-transit
    @Test
    void a_transit_peering_that_joins_another_subnet_recompiles_the_gateway_routes_of_that_subnet() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.peer("spoke1").with("hub").usingGatewayOf("hub")
                .onlySubnets(List.of("app"), List.of("default", "GatewaySubnet")).create();
        t.peerings().update("hub", "hub-To-spoke1").onlySubnets(List.of("default", "GatewaySubnet"),
                List.of("app", "web")).apply();
        NetworkInterface web = t.networkInterface("spoke1-webVMNic").snapshot();
        assertThat(Tables.effectiveRoutes(t.dataPlane().effectiveRoutes(web))).doesNotContain("VirtualNetworkGateway");

        // only the subnets spoke1 joins change: the peered spaces, the flags and the states stay as they were
        t.peerings().update("spoke1", "spoke1-To-hub").onlySubnets(List.of("app", "web"),
                List.of("default", "GatewaySubnet")).apply();

        assertThat(Tables.effectiveRoutes(t.dataPlane().effectiveRoutes(web)))
                .isEqualTo(Tables.effectiveRoutes(DataPlane.compile(t.state()).effectiveRoutes(web)))
                .contains("VirtualNetworkGateway");
    }
}
