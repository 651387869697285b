package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.PreferTheAppliance;
import io.vnetlab.model.Region;

/**
 * Kata 8, reference solution: a user route of the gateway route's own prefix wins over it (User before
 * VirtualNetworkGateway, docs/azure/routing.md#route-preference) — a 0.0.0.0/0 user route alone would not, as the
 * gateway's longer 192.168.10.0/24 wins first (docs/azure/routing.md#route-selection); and a user 0.0.0.0/0 replaces
 * the default Internet route, which then shows as Invalid (docs/azure/routing.md#invalid-routes). HubVNet's 10.0.0.0/16
 * peering route is untouched.
 */
public class K08PreferTheAppliance implements PreferTheAppliance {

    @Override
    public void inspectOutboundTraffic(Topology azure) {
        azure.routeTables().define("SpokeRoutes").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("192.168.10.0/24", "10.0.1.4")
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.1.4")
                .create();
        azure.routeTables().associate("SpokeRoutes", "SpokeVNet", "app");
    }
}
