package io.vnetlab.controlplane;

import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;

/**
 * Whether a gateway connection is up. A VNet-to-VNet tunnel needs a {@code Vnet2Vnet} connection on each gateway
 * pointing at the other: one alone stays {@link ConnectionStatus#NotConnected}
 * (docs/azure/gateways.md#vnet-to-vnet). Connections to sites and circuits are taken as up, since the far side is
 * not simulated.
 * Read it through {@link ResourceManager#connectionStatus}.
 */
final class GatewayConnections {

    private GatewayConnections() {
    }

    /** The state Azure shows for {@code connection} in {@code state}. */
    static ConnectionStatus status(TopologyState state, GatewayConnection connection) {
        return established(state, connection) ? ConnectionStatus.Connected : ConnectionStatus.NotConnected;
    }

    /** Whether {@code connection} carries traffic in {@code state}. */
    static boolean established(TopologyState state, GatewayConnection connection) {
        if (connection.connectionType() != ConnectionType.Vnet2Vnet || connection.otherGateway().isEmpty()) {
            return true;
        }
        return state.all(GatewayConnection.class).stream().anyMatch(back ->
                back.connectionType() == ConnectionType.Vnet2Vnet
                        && connection.virtualNetworkGateway1Id().equals(back.virtualNetworkGateway2Id())
                        && back.virtualNetworkGateway1Id().equals(connection.virtualNetworkGateway2Id()));
    }
}
