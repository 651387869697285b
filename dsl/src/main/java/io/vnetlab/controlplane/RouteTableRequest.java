package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The PUT of a whole route table: exactly these routes, and whether gateway routes propagate. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
public record RouteTableRequest(ResourceId id, Region region, List<RouteRequest> routes,
                                boolean disableBgpRoutePropagation) {
    public RouteTableRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        routes = Arguments.requireList(routes, "routes");
    }
}
