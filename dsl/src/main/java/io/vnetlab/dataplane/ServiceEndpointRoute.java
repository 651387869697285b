package io.vnetlab.dataplane;

import io.vnetlab.model.EndpointService;
import io.vnetlab.model.ServiceEndpoint;
import io.vnetlab.model.Subnet;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The {@code VirtualNetworkServiceEndpoint} route that a service endpoint puts in the effective routes of its own
 * subnet only (docs/azure/service-endpoints.md#routes): source {@code Default}, state {@code Active}. Azure lists the
 * service's public prefixes in it; vnetlab does not hold those lists and shows the service tag that names them
 * ({@link #addressPrefixLabel()}, docs/azure/decisions.md#service-endpoint-route-prefixes). These routes take part in
 * no lookup: no simulated address is a service's public address.
 *
 * <pre>{@code
 * topology.effectiveRoutes("vm-private").serviceEndpointRoutes();   // [Microsoft.Storage -> Storage]
 * }</pre>
 *
 * @param service the service whose endpoint the subnet enables
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServiceEndpointRoute(EndpointService service) {

    /** The routes of {@code subnet}'s service endpoints, in the order the subnet lists them. */
    static List<ServiceEndpointRoute> of(Subnet subnet) {
        // a plain loop: routes are compiled on the first question's path, where no lambda class should be linked
        List<ServiceEndpointRoute> routes = new ArrayList<>();
        for (ServiceEndpoint endpoint : subnet.serviceEndpoints()) {
            routes.add(new ServiceEndpointRoute(endpoint.service()));
        }
        return routes;
    }

    public RouteSource source() {
        return RouteSource.Default;
    }

    public RouteState state() {
        return RouteState.Active;
    }

    public NextHopType nextHopType() {
        return NextHopType.VirtualNetworkServiceEndpoint;
    }

    /** What vnetlab lists as the route's address prefix: the service's tag, such as {@code Storage}. */
    public String addressPrefixLabel() {
        return service.routeLabel();
    }

    @Override
    public String toString() {
        return "route " + addressPrefixLabel() + " -> " + nextHopType() + " (" + source() + ")";
    }
}
