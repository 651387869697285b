package io.vnetlab.dataplane;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Who created an effective route (docs/azure/routing.md#invalid-routes): Azure itself, a route table, or a gateway. */
@API(status = MAINTAINED, since = "0.1")
public enum RouteSource {
    Default,
    User,
    VirtualNetworkGateway,
    Unknown
}
