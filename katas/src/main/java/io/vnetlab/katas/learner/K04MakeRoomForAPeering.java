package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.MakeRoomForAPeering;

/**
 * Kata 4 — read katas/04-overlapping-address-spaces.md, then make {@code ./vnetlab kata 4} pass.
 * Hint: {@code azure.networks().update("X")} changes a network's address space and subnets in one step.
 */
public class K04MakeRoomForAPeering implements MakeRoomForAPeering {

    @Override
    public void readdressBranch(Topology azure) {
        // TODO: give BranchVNet an address space that CoreVNet's does not overlap
    }
}
