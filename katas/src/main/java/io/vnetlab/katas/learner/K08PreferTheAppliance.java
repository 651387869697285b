package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.PreferTheAppliance;

/**
 * Kata 8 — read katas/08-route-preference.md, then make {@code ./vnetlab kata 8} pass.
 * Hint: {@code azure.routeTables().define("SpokeRoutes").withRegion(Region.WEST_EUROPE)
 * .withRouteViaVirtualAppliance(prefix, "10.0.1.4")...create()}, then {@code associate} it with SpokeVNet's subnet
 * "app". Print {@code io.vnetlab.render.Tables.effectiveRoutes(azure.effectiveRoutes("SpokeVM"))} to see which route wins.
 */
public class K08PreferTheAppliance implements PreferTheAppliance {

    @Override
    public void inspectOutboundTraffic(Topology azure) {
        // TODO: route SpokeVM's traffic to Datacenter and to the Internet through NvaVM, keep HubVNet direct
    }
}
