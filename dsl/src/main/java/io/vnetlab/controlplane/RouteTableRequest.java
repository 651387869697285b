package io.vnetlab.controlplane;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Objects;

/** The PUT of a whole route table: exactly these routes, and whether gateway routes propagate. <b>API.</b> */
public record RouteTableRequest(ResourceId id, Region region, List<RouteRequest> routes,
                                boolean disableBgpRoutePropagation) {
    public RouteTableRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        routes = List.copyOf(routes);
    }
}
