package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.ReachAcrossTheHub;

/**
 * Kata 2 — read katas/02-peering-is-not-transitive.md, then make {@code ./vnetlab kata 2} pass.
 * SalesVNet and ResearchVNet are both peered with MarketingVNet.
 */
public class K02ReachAcrossTheHub implements ReachAcrossTheHub {

    @Override
    public void connectSalesAndResearch(Topology azure) {
        // TODO: make SalesVM and ResearchVM reach each other
    }
}
