package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Route;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** A route as its table's PUT carries it; the next hop type is text, as ARM and the CLI receive it. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
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
