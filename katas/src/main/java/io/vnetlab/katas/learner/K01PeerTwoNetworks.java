package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.PeerTwoNetworks;

/**
 * Kata 1 — read katas/01-peer-two-networks.md, then make {@code ./vnetlab kata 1} pass.
 * Hint: {@code azure.peer("A").to("B").create()} creates the peering of network A that points at B.
 */
public class K01PeerTwoNetworks implements PeerTwoNetworks {

    @Override
    public void createFirstSide(Topology azure) {
        // TODO: create the peering from AppVNet to DataVNet
    }

    @Override
    public void createSecondSide(Topology azure) {
        // TODO: create the peering from DataVNet to AppVNet
    }
}
