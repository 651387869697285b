package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.PeerAcrossRegions;

/** Kata 3 — read katas/03-global-peering.md, then make {@code ./vnetlab kata 3} pass. */
public class K03PeerAcrossRegions implements PeerAcrossRegions {

    @Override
    public void peer(Topology azure) {
        // TODO: join EuropeVNet (West Europe) and AmericaVNet (East US)
    }
}
