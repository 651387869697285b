package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** The PUT of a whole route table: exactly these routes, and whether gateway routes propagate. <b>API.</b> */
public record RouteTableRequest(ResourceId id, Region region, List<RouteRequest> routes,
                                boolean disableBgpRoutePropagation) {
    public RouteTableRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        routes = Arguments.requireList(routes, "routes");
    }
}
