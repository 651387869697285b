package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.PeerAcrossRegions;

/** Kata 3, reference solution: global peering is made exactly like regional peering. */
public class K03PeerAcrossRegions implements PeerAcrossRegions {

    @Override
    public void peer(Topology azure) {
        azure.peer("EuropeVNet").with("AmericaVNet").create();
    }
}
