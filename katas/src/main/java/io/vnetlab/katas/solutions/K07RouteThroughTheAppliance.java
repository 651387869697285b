package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.RouteThroughTheAppliance;
import io.vnetlab.model.Region;

/**
 * Kata 7, reference solution: the four prerequisites of docs/azure/routing.md#hub-appliance — Connected peerings
 * (given), a route on each spoke subnet to the other spoke via the appliance, IP forwarding on the appliance's
 * interface, and allowForwardedTraffic on each spoke's peering to the hub (the packets it receives come from the other
 * spoke).
 */
public class K07RouteThroughTheAppliance implements RouteThroughTheAppliance {

    @Override
    public void routeSpokeToSpoke(Topology azure) {
        azure.routeTables().define("Spoke1Routes").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        azure.routeTables().define("Spoke2Routes").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4").create();
        azure.routeTables().associate("Spoke1Routes", "Spoke1VNet", "app");
        azure.routeTables().associate("Spoke2Routes", "Spoke2VNet", "app");
        azure.networkInterfaces().updateIpForwarding(azure.vm("NvaVM").snapshot().primaryNetworkInterfaceId().toString(), true);
        azure.peerings().update("Spoke1VNet", "Spoke1VNet-To-HubVNet").allowForwardedTraffic(true).apply();
        azure.peerings().update("Spoke2VNet", "Spoke2VNet-To-HubVNet").allowForwardedTraffic(true).apply();
    }
}
