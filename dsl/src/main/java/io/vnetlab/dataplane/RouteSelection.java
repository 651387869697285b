package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Route preference among routes of the same prefix (docs/azure/routing.md#route-preference): User > BGP (gateway) >
 * System, except that the system routes of the network itself and of its peerings beat gateway routes. The one place
 * that decides which route of a prefix wins: {@link #withStates} lists the losers {@code Invalid}
 * (docs/azure/routing.md#invalid-routes) and {@link EffectiveRouteTable#lookup} looks up only the {@code Active}
 * ones, so the listing, the next hop and the walk cannot disagree.
 */
final class RouteSelection {

    private RouteSelection() {
    }

    static boolean beats(EffectiveRoute candidate, EffectiveRoute current) {
        if (isNetworkOrPeering(candidate) && current.source() == RouteSource.VirtualNetworkGateway) {
            return true;
        }
        if (isNetworkOrPeering(current) && candidate.source() == RouteSource.VirtualNetworkGateway) {
            return false;
        }
        return rank(candidate.source()) < rank(current.source());
    }

    /**
     * The routes, in their listing order, each {@code Active} when no route of the same prefix beats it and
     * {@code Invalid} otherwise (docs/azure/routing.md#invalid-routes). Routes of one prefix that tie — two gateways
     * learning the same prefix — all stay {@code Active}. A route that comes in {@code Invalid} stays so: a private
     * endpoint's route that a wider user route overrides (docs/azure/private-endpoints.md#routes).
     */
    static List<EffectiveRoute> withStates(List<EffectiveRoute> routes) {
        // sized at once: a hub's subnet lists hundreds of peering routes
        Map<Cidr, EffectiveRoute> best = new HashMap<>(routes.size() * 2);
        boolean shared = false;
        for (EffectiveRoute route : routes) {
            if (!route.isActive()) {
                continue;   // invalidated by a rule of its own kind (a private endpoint's route a user route overrides)
            }
            EffectiveRoute current = best.get(route.addressPrefix());
            shared |= current != null;
            if (current == null || beats(route, current)) {
                best.put(route.addressPrefix(), route);
            }
        }
        if (!shared) {
            return routes;   // each active route is alone with its prefix, and no route beats itself: no state changes
        }
        List<EffectiveRoute> result = new ArrayList<>(routes.size());
        for (EffectiveRoute route : routes) {
            EffectiveRoute winner = route.isActive() ? best.get(route.addressPrefix()) : null;
            boolean overridden = !route.isActive() || (winner != null && beats(winner, route));
            RouteState state = overridden ? RouteState.Invalid : RouteState.Active;
            result.add(route.state() == state ? route : new EffectiveRoute(route.source(), state,
                    route.addressPrefix(), route.nextHopType(), route.nextHopIpAddresses(), route.name(),
                    route.origin()));
        }
        return result;
    }

    /** A system route that even a more specific gateway route cannot beat (docs/azure/routing.md#route-preference). */
    static boolean isNetworkOrPeering(EffectiveRoute route) {
        return route.source() == RouteSource.Default
                && (route.nextHopType() == NextHopType.VnetLocal || route.nextHopType().isPeering());
    }

    private static int rank(RouteSource source) {
        switch (source) {
            case User:
                return 0;
            case VirtualNetworkGateway:
                return 1;
            case Default:
                return 2;
            default:
                return 3;
        }
    }
}
