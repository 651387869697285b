package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.PeerTwoNetworks;

/** Kata 1, reference solution. */
public class K01PeerTwoNetworks implements PeerTwoNetworks {

    @Override
    public void createFirstSide(Topology azure) {
        azure.peer("AppVNet").to("DataVNet").create();
    }

    @Override
    public void createSecondSide(Topology azure) {
        azure.peer("DataVNet").to("AppVNet").create();
    }
}
