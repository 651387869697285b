package io.vnetlab.controlplane;

import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.Optional;

/**
 * Whether a gateway connection is up. A VNet-to-VNet tunnel needs a {@code Vnet2Vnet} connection on each gateway
 * pointing at the other: one alone stays {@link ConnectionStatus#NotConnected}
 * (docs/azure/gateways.md#vnet-to-vnet). So does a site-to-site tunnel between two VPN gateways of the state, each
 * with a site whose device address is the other gateway's public address
 * (docs/azure/gateways.md#site-to-site-between-networks). Connections to other sites and to circuits are taken as up,
 * since the far side is not simulated.
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
        if (connection.connectionType() == ConnectionType.IPsec && connection.site().isPresent()) {
            Optional<VirtualNetworkGateway> far = gatewayBehind(state, connection.site().get());
            return far.isEmpty() || facesBack(state, far.get().id(), connection.virtualNetworkGateway1Id());
        }
        if (connection.connectionType() != ConnectionType.Vnet2Vnet || connection.otherGateway().isEmpty()) {
            return true;
        }
        // plain loops: a question asks this of every connection, the first question in a JVM too
        for (GatewayConnection back : state.all(GatewayConnection.class)) {
            if (back.connectionType() == ConnectionType.Vnet2Vnet
                    && connection.virtualNetworkGateway1Id().equals(back.virtualNetworkGateway2Id())
                    && back.virtualNetworkGateway1Id().equals(connection.virtualNetworkGateway2Id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The VPN gateway of {@code state} that the site {@code siteId} stands for: the one holding a public IP address
     * equal to the site's device address (docs/azure/gateways.md#site-to-site-between-networks), if any.
     */
    static Optional<VirtualNetworkGateway> gatewayBehind(TopologyState state, ResourceId siteId) {
        Optional<LocalNetworkGateway> site = state.get(LocalNetworkGateway.class, siteId);
        if (site.isEmpty() || site.get().gatewayIpAddress() == null) {
            return Optional.empty();
        }
        for (VirtualNetworkGateway gateway : state.all(VirtualNetworkGateway.class)) {
            for (ResourceId addressId : gateway.publicIpAddressIds()) {
                Optional<PublicIpAddress> address = state.get(PublicIpAddress.class, addressId);
                if (address.isPresent() && site.get().gatewayIpAddress().equals(address.get().ipAddress())) {
                    return Optional.of(gateway);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code gatewayId} has a site-to-site connection to a site that stands for {@code otherGatewayId}. */
    private static boolean facesBack(TopologyState state, ResourceId gatewayId, ResourceId otherGatewayId) {
        for (GatewayConnection back : state.all(GatewayConnection.class)) {
            if (back.connectionType() == ConnectionType.IPsec && back.virtualNetworkGateway1Id().equals(gatewayId)
                    && back.site().isPresent()) {
                Optional<VirtualNetworkGateway> behind = gatewayBehind(state, back.site().get());
                if (behind.isPresent() && behind.get().id().equals(otherGatewayId)) {
                    return true;
                }
            }
        }
        return false;
    }
}
