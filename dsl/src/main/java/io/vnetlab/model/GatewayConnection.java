package io.vnetlab.model;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A connection of a virtual network gateway (REST {@code virtualNetworkGatewayConnections}): to an on-premises site
 * ({@link ConnectionType#IPsec}), to another network's VPN gateway ({@link ConnectionType#Vnet2Vnet}) or to an
 * ExpressRoute circuit ({@link ConnectionType#ExpressRoute}).
 *
 * @param virtualNetworkGateway2Id the other gateway of a Vnet2Vnet connection, else {@code null}
 * @param localNetworkGatewayId the site (or circuit) of an IPsec or ExpressRoute connection, else {@code null}
 */
@API(status = MAINTAINED, since = "0.1")
public record GatewayConnection(ResourceId id, String name, Region region, ConnectionType connectionType,
                                ResourceId virtualNetworkGateway1Id, ResourceId virtualNetworkGateway2Id,
                                ResourceId localNetworkGatewayId, boolean enableBgp) {

    public Optional<ResourceId> site() {
        return Optional.ofNullable(localNetworkGatewayId);
    }

    public Optional<ResourceId> otherGateway() {
        return Optional.ofNullable(virtualNetworkGateway2Id);
    }

    /** Whether the connection has {@code gatewayId} at either end. */
    public boolean involves(ResourceId gatewayId) {
        return virtualNetworkGateway1Id.equals(gatewayId) || gatewayId.equals(virtualNetworkGateway2Id);
    }

    @Override
    public String toString() {
        return "connection '" + name + "' (" + connectionType + ")";
    }
}
