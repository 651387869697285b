package io.vnetlab.dataplane;

/**
 * Route preference among routes of the same prefix (docs/azure/routing.md#route-preference): User > BGP (gateway) >
 * System, except that the system routes of the network itself and of its peerings beat gateway routes.
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
