package io.vnetlab.model;

/** How a VPN gateway selects traffic (REST {@code VpnType}); only route-based ones can be a UDR next hop (§4.2.2). */
public enum VpnType {
    RouteBased,
    PolicyBased
}
