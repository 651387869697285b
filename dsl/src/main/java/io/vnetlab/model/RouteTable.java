package io.vnetlab.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A route table (docs/azure/routing.md#route-tables): user routes that merge with the default routes of every subnet it
 * is associated with (a subnet names its table in {@link Subnet#routeTableId()}). With
 * {@code disableBgpRoutePropagation} its subnets get no gateway routes
 * (docs/azure/routing.md#gateway-route-propagation).
 */
@API(status = MAINTAINED, since = "0.1")
public record RouteTable(ResourceId id, String name, Region region, List<Route> routes,
                         boolean disableBgpRoutePropagation) {

    public RouteTable {
        routes = List.copyOf(routes);
    }

    /** The route of this name, compared case-insensitively. */
    public Optional<Route> route(String routeName) {
        return routes.stream().filter(r -> r.name().equalsIgnoreCase(routeName)).findFirst();
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "route table '" + name + "' (" + routes.size() + " routes)";
    }
}
