package io.vnetlab.arm;

import io.vnetlab.controlplane.ConnectionRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.ResourceId;

/**
 * {@code Microsoft.Network/connections}: a site-to-site ({@code IPsec}: {@code virtualNetworkGateway1} and
 * {@code localNetworkGateway2}), VNet-to-VNet ({@code Vnet2Vnet}: {@code virtualNetworkGateway1} and
 * {@code virtualNetworkGateway2}) or ExpressRoute connection ({@code localNetworkGateway2} standing for the circuit,
 * as vnetlab models circuits as sites). The shared key and routing weight are accepted and ignored.
 */
final class ConnectionHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/connections";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        ConnectionType type = VirtualNetworkGatewayHandler.enumValue(r, p, "connectionType", ConnectionType.class,
                null);
        if (type == null) {
            throw new PathError(r.path() + ".properties.connectionType", "Connection '" + r.id().name() + "' has no"
                    + " connectionType; give IPsec, Vnet2Vnet or ExpressRoute.");
        }
        ResourceId gateway1 = r.reference(p, "virtualNetworkGateway1").orElseThrow(() -> new PathError(r.path()
                + ".properties.virtualNetworkGateway1", "Connection '" + r.id().name() + "' has no"
                + " virtualNetworkGateway1.id."));
        ResourceId gateway2 = r.reference(p, "virtualNetworkGateway2").orElse(null);
        ResourceId site = r.reference(p, "localNetworkGateway2").orElse(null);
        if (type == ConnectionType.ExpressRoute && site == null && r.at(p, "peer").isPresent()) {
            throw r.notSimulated("it connects an ExpressRoute circuit (peer), which vnetlab does not simulate; to"
                    + " simulate the path, model the circuit as a local network gateway named in localNetworkGateway2");
        }
        GatewayConnection connection = r.batch().putConnection(new ConnectionRequest(r.id(), type, gateway1, gateway2, site,
                r.flag(p, "enableBgp")));
        return Views.connection(r.batch().state(), connection);
    }
}
