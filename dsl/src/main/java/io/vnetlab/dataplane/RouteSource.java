package io.vnetlab.dataplane;

/** Who created an effective route (AZURE-SEMANTICS §4.3.3): Azure itself, a route table, or a gateway. */
public enum RouteSource {
    Default,
    User,
    VirtualNetworkGateway,
    Unknown
}
