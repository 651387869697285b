package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A VNet-to-VNet tunnel needs a connection on each gateway (docs/azure/gateways.md#vnet-to-vnet). */
class VnetToVnetConnectionTest {

    private static Topology hubAndBranchWithOneConnection() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.networks().define("branch").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.50.0.0/16")
                .withSubnet("GatewaySubnet", "10.50.255.0/27").withSubnet("app", "10.50.1.0/24").create();
        t.virtualNetworkGateways().define("branch-vpn").withExistingNetwork("branch").withRouteBasedVpn().create();
        t.connections().define("branch-to-hub").withVnetToVnet("branch-vpn", "hub-vpn").create();
        t.virtualMachines().define("branch-vm").withExistingPrimaryNetwork("branch").withSubnet("app").create();
        return t;
    }

    // docs/azure/gateways.md#vnet-to-vnet
    @Test
    void a_VNet_to_VNet_connection_without_one_back_is_NotConnected_and_carries_nothing_either_way() {
        Topology t = hubAndBranchWithOneConnection();

        GatewayConnection alone = t.connections().get("branch-to-hub");
        assertThat(ResourceManager.connectionStatus(t.state(), alone)).isEqualTo(ConnectionStatus.NotConnected);
        assertThat(t.reach("branch-vm", "spoke1-vm").reachable()).isFalse();
        assertThat(t.reach("spoke1-vm", "branch-vm").reachable()).isFalse();
        assertThat(t.effectiveRoutes("branch-vm").routes())
                .noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
    }

    // docs/azure/gateways.md#vnet-to-vnet
    @Test
    void the_connection_back_brings_the_tunnel_up_for_both() {
        Topology t = hubAndBranchWithOneConnection();

        t.connections().define("hub-to-branch").withVnetToVnet("hub-vpn", "branch-vpn").create();

        assertThat(t.connections().list()).extracting(c -> ResourceManager.connectionStatus(t.state(), c))
                .containsOnly(ConnectionStatus.Connected);
        assertThat(t.reach("branch-vm", "spoke1-vm").reachable()).isTrue();
        assertThat(t.reach("spoke1-vm", "branch-vm").reachable()).isTrue();
    }
}
