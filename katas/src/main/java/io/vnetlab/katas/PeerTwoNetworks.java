package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 1 (katas/01-peer-two-networks.md): a peering is two resources, one in each network. */
public interface PeerTwoNetworks {

    /** Create the peering from AppVNet to DataVNet — one direction only. */
    void createFirstSide(Topology azure);

    /** Create the peering from DataVNet back to AppVNet. */
    void createSecondSide(Topology azure);
}
