package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.RouteThroughTheAppliance;

/**
 * Kata 7 — read katas/07-forwarded-traffic-through-an-appliance.md, then make {@code ./vnetlab kata 7} pass.
 * Hint: it takes three kinds of setting — {@code azure.routeTables()} (define, then associate with each spoke's
 * subnet), {@code azure.networkInterfaces().updateIpForwarding(...)}, and {@code azure.peerings().update(...)}. Each
 * failure's verdict names the next missing piece.
 */
public class K07RouteThroughTheAppliance implements RouteThroughTheAppliance {

    @Override
    public void routeSpokeToSpoke(Topology azure) {
        // TODO: make Spoke1VM and Spoke2VM reach each other through NvaVM (10.0.1.4) — not by peering the spokes
    }
}
