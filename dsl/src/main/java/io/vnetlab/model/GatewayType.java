package io.vnetlab.model;

/** The kind of a virtual network gateway: VPN or ExpressRoute (REST {@code VirtualNetworkGatewayType}). */
public enum GatewayType {
    Vpn,
    ExpressRoute
}
