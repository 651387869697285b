package io.vnetlab.model;

/** The kind of a gateway connection (REST {@code VirtualNetworkGatewayConnectionType}). */
public enum ConnectionType {
    /** Site-to-site VPN: a VPN gateway and a local network gateway. */
    IPsec,
    /** VNet-to-VNet VPN: two VPN gateways. */
    Vnet2Vnet,
    /** ExpressRoute: an ExpressRoute gateway and a circuit (modelled as a local network gateway). */
    ExpressRoute
}
