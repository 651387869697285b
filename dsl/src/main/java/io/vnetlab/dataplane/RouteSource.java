package io.vnetlab.dataplane;

/** Who created an effective route (docs/azure/routing.md#invalid-routes): Azure itself, a route table, or a gateway. */
public enum RouteSource {
    Default,
    User,
    VirtualNetworkGateway,
    Unknown
}
