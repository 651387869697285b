package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Route;

/** A route as its table's PUT carries it; the next hop type is text, as ARM and the CLI receive it. <b>API.</b> */
public record RouteRequest(String name, String addressPrefix, String nextHopType, String nextHopIpAddress) {
    public RouteRequest {
        Arguments.requireText(name, "route name");
    }

    /** The request that would PUT {@code route} as it is. */
    public static RouteRequest of(Route route) {
        return new RouteRequest(route.name(), route.addressPrefix().toString(), route.nextHopType().name(),
                route.nextHopIp().map(Object::toString).orElse(null));
    }

    RouteRequest named(String newName) {
        return new RouteRequest(newName, addressPrefix, nextHopType, nextHopIpAddress);
    }
}
