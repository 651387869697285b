package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.address.PrefixTable;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The effective routes of a subnet (and so of every NIC in it), in the order Azure lists them, with a
 * longest-prefix-match lookup over the active ones (docs/azure/routing.md#system-routes, #route-selection).
 *
 * <pre>{@code
 * EffectiveRouteTable routes = topology.effectiveRoutes("SalesVM");
 * routes.lookup(IpAddress.parse("10.3.1.4"));   // route 10.0.0.0/8 -> None (Default)
 * System.out.println(Tables.effectiveRoutes(routes));   // io.vnetlab.render: as az ... show-effective-route-table -o table
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class EffectiveRouteTable {

    private final ResourceId subnetId;
    private final List<EffectiveRoute> routes;
    private final List<ServiceEndpointRoute> serviceEndpointRoutes;
    /** The active route of each prefix: of several (a tie), the first listed (docs/azure/decisions.md#tied-routes). */
    private final PrefixTable<EffectiveRoute> active;
    /**
     * The network's own and its peerings' active routes, which beat even more specific gateway routes
     * (docs/azure/routing.md#route-preference): made when a lookup first meets a gateway route, since most lookups
     * never do, and a hub's subnet lists hundreds of peering routes.
     */
    private volatile PrefixTable<EffectiveRoute> networkAndPeering;

    EffectiveRouteTable(ResourceId subnetId, List<EffectiveRoute> routes) {
        this(subnetId, routes, List.of());
    }

    EffectiveRouteTable(ResourceId subnetId, List<EffectiveRoute> routes,
                        List<ServiceEndpointRoute> serviceEndpointRoutes) {
        this.subnetId = subnetId;
        this.routes = List.copyOf(routes);
        this.serviceEndpointRoutes = List.copyOf(serviceEndpointRoutes);
        // the states come from RouteSelection.withStates: the table is filled once, sized for every route
        this.active = new PrefixTable<>(this.routes.size());
        for (EffectiveRoute route : this.routes) {
            if (route.isActive()) {
                active.putIfAbsent(route.addressPrefix(), route);
            }
        }
    }

    /** The subnet whose routes these are. */
    public ResourceId subnetId() {
        return subnetId;
    }

    /** Every route, active and invalid, in Azure's listing order. */
    public List<EffectiveRoute> routes() {
        return routes;
    }

    /**
     * The {@code VirtualNetworkServiceEndpoint} routes of the subnet's service endpoints, which Azure lists after the
     * others (docs/azure/service-endpoints.md#routes); they hold no simulated prefix and so take part in no lookup.
     */
    public List<ServiceEndpointRoute> serviceEndpointRoutes() {
        return serviceEndpointRoutes;
    }

    /**
     * The route Azure picks for {@code destination}: longest prefix, then User over BGP over System; the network's
     * own and its peerings' routes beat gateway routes, even more specific ones
     * (docs/azure/routing.md#route-selection).
     */
    public Optional<EffectiveRoute> lookup(IpAddress destination) {
        Optional<EffectiveRoute> longest = active.longestMatch(destination);
        if (longest.isPresent() && longest.get().source() == RouteSource.VirtualNetworkGateway) {
            Optional<EffectiveRoute> system = networkAndPeering().longestMatch(destination);
            if (system.isPresent()) {
                return system;   // docs/azure/routing.md#route-preference: VNet and peering routes beat even more specific gateway routes
            }
        }
        return longest;
    }

    private PrefixTable<EffectiveRoute> networkAndPeering() {
        PrefixTable<EffectiveRoute> table = networkAndPeering;
        if (table == null) {
            // a benign race fills equal tables twice and keeps either
            table = new PrefixTable<>();
            for (EffectiveRoute route : routes) {
                if (route.isActive() && RouteSelection.isNetworkOrPeering(route)) {
                    table.putIfAbsent(route.addressPrefix(), route);
                }
            }
            networkAndPeering = table;
        }
        return table;
    }

    @Override
    public String toString() {
        return "effective routes of " + subnetId.parent().map(ResourceId::name).orElse("?") + "/" + subnetId.name();
    }
}
