package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.address.PrefixTable;
import io.vnetlab.model.ResourceId;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final PrefixTable<EffectiveRoute> active = new PrefixTable<>();
    /**
     * The network's own and its peerings' routes, which beat even more specific gateway routes
     * (docs/azure/routing.md#route-preference).
     */
    private final PrefixTable<EffectiveRoute> networkAndPeering = new PrefixTable<>();

    EffectiveRouteTable(ResourceId subnetId, List<EffectiveRoute> routes) {
        this(subnetId, routes, List.of());
    }

    EffectiveRouteTable(ResourceId subnetId, List<EffectiveRoute> routes,
                        List<ServiceEndpointRoute> serviceEndpointRoutes) {
        this.subnetId = subnetId;
        this.routes = List.copyOf(routes);
        this.serviceEndpointRoutes = List.copyOf(serviceEndpointRoutes);
        Set<Cidr> taken = new HashSet<>();
        for (EffectiveRoute route : this.routes) {
            if (route.isActive()) {
                // the states come from RouteSelection.withStates: of several Active routes of one prefix (a tie),
                // the first listed is taken (one hash lookup, not a probe per prefix length, for each of a hub's
                // hundreds of peering routes)
                if (taken.add(route.addressPrefix())) {
                    active.put(route.addressPrefix(), route);
                }
                if (RouteSelection.isNetworkOrPeering(route)) {
                    networkAndPeering.put(route.addressPrefix(), route);
                }
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
            Optional<EffectiveRoute> system = networkAndPeering.longestMatch(destination);
            if (system.isPresent()) {
                return system;   // docs/azure/routing.md#route-preference: VNet and peering routes beat even more specific gateway routes
            }
        }
        return longest;
    }

    @Override
    public String toString() {
        return "effective routes of " + subnetId.parent().map(ResourceId::name).orElse("?") + "/" + subnetId.name();
    }
}
