package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 8 (katas/08-route-preference.md): SpokeVNet's outbound traffic must prefer the appliance NvaVM. */
public interface PreferTheAppliance {

    /**
     * Send SpokeVM's traffic to the Datacenter (192.168.10.0/24) and to the Internet through NvaVM (10.0.1.4), while
     * traffic to HubVNet itself stays direct.
     */
    void inspectOutboundTraffic(Topology azure);
}
