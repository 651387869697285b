package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * How a VPN gateway selects traffic (REST {@code VpnType}); only route-based ones can be a UDR next hop
 * (docs/azure/routing.md#user-route-next-hops).
 */
@API(status = MAINTAINED, since = "0.1")
public enum VpnType {
    RouteBased,
    PolicyBased
}
