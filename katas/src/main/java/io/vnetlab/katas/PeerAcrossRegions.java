package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 3 (katas/03-global-peering.md): join a West Europe network and an East US network. */
public interface PeerAcrossRegions {

    void peer(Topology azure);
}
