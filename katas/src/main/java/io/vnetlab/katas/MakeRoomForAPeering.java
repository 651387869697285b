package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 4 (katas/04-overlapping-address-spaces.md): BranchVNet must be peerable with CoreVNet. */
public interface MakeRoomForAPeering {

    /** Change BranchVNet (still empty) so that it can be peered with CoreVNet. */
    void readdressBranch(Topology azure);
}
