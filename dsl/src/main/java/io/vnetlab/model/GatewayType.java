package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The kind of a virtual network gateway: VPN or ExpressRoute (REST {@code VirtualNetworkGatewayType}). */
@API(status = MAINTAINED, since = "0.1")
public enum GatewayType {
    Vpn,
    ExpressRoute
}
