package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 7 (katas/07-forwarded-traffic-through-an-appliance.md): the spokes must reach each other through NvaVM. */
public interface RouteThroughTheAppliance {

    /** Make Spoke1VM and Spoke2VM reach each other through the appliance NvaVM (10.0.1.4) in HubVNet. */
    void routeSpokeToSpoke(Topology azure);
}
