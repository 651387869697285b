package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.ReachAcrossTheHub;

/** Kata 2, reference solution: a direct peering (an appliance in the hub would work too, with routes). */
public class K02ReachAcrossTheHub implements ReachAcrossTheHub {

    @Override
    public void connectSalesAndResearch(Topology azure) {
        azure.peer("SalesVNet").with("ResearchVNet").create();
    }
}
