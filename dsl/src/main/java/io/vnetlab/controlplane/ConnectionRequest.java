package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;


/**
 * The PUT of a connection: {@code gateway2Id} for {@link ConnectionType#Vnet2Vnet}, {@code siteId} (a local network
 * gateway, which also models an ExpressRoute circuit) for IPsec and ExpressRoute; the other one is ignored.
 * <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record ConnectionRequest(ResourceId id, ConnectionType type, ResourceId gateway1Id, ResourceId gateway2Id,
                                ResourceId siteId, boolean enableBgp) {
    public ConnectionRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(type, "connection type");
        Arguments.requireGiven(gateway1Id, "first virtual network gateway id");
    }
}
