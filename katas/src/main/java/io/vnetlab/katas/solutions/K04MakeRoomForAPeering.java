package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.MakeRoomForAPeering;

/** Kata 4, reference solution: move the empty network to a range of its own, subnet included. */
public class K04MakeRoomForAPeering implements MakeRoomForAPeering {

    @Override
    public void readdressBranch(Topology azure) {
        azure.networks().update("BranchVNet")
                .withAddressSpace("10.1.0.0/16")
                .withSubnet("default", "10.1.0.0/24")
                .withoutAddressSpace("10.0.0.0/16")
                .apply();
    }
}
