package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 2 (katas/02-peering-is-not-transitive.md): SalesVM must reach ResearchVM. */
public interface ReachAcrossTheHub {

    void connectSalesAndResearch(Topology azure);
}
