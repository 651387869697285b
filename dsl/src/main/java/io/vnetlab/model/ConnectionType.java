package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The kind of a gateway connection (REST {@code VirtualNetworkGatewayConnectionType}). */
@API(status = MAINTAINED, since = "0.1")
public enum ConnectionType {
    /** Site-to-site VPN: a VPN gateway and a local network gateway. */
    IPsec,
    /** VNet-to-VNet VPN: two VPN gateways. */
    Vnet2Vnet,
    /** ExpressRoute: an ExpressRoute gateway and a circuit (modelled as a local network gateway). */
    ExpressRoute
}
