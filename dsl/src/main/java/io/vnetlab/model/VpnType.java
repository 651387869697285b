package io.vnetlab.model;

/**
 * How a VPN gateway selects traffic (REST {@code VpnType}); only route-based ones can be a UDR next hop
 * (docs/azure/routing.md#user-route-next-hops).
 */
public enum VpnType {
    RouteBased,
    PolicyBased
}
