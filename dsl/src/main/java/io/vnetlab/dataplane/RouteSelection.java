package io.vnetlab.dataplane;

/** Route preference among routes of the same prefix: User > BGP (gateway) > System (AZURE-SEMANTICS §4.3.2). */
final class RouteSelection {

    private RouteSelection() {
    }

    static boolean beats(EffectiveRoute candidate, EffectiveRoute current) {
        return rank(candidate.source()) < rank(current.source());
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
