package io.vnetlab.katas;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

/** Kata 2: peering is not transitive (docs/azure/peering.md#non-transitive, the Learn module's unit 5). */
class K02ReachAcrossTheHubTest {

    static final String CONCEPT = "Kata 2 — peering is not transitive: SalesVNet and ResearchVNet are both peered"
            + " with MarketingVNet, and that gives them no path to each other. Peer them directly (or route through"
            + " an appliance in the hub).";

    private final ReachAcrossTheHub learner = Katas.attempt(ReachAcrossTheHub.class, "K02ReachAcrossTheHub");

    @Test
    void sales_and_research_reach_each_other() {
        Topology azure = Start.learnModule();
        learner.connectSalesAndResearch(azure);
        Teach.reaches(azure, "SalesVM", "ResearchVM", CONCEPT);
        Teach.reaches(azure, "ResearchVM", "SalesVM", CONCEPT);
    }

    @Test
    void everything_that_worked_still_works() {
        Topology azure = Start.learnModule();
        learner.connectSalesAndResearch(azure);
        Teach.reaches(azure, "SalesVM", "MarketingVM", CONCEPT);
        Teach.reaches(azure, "MarketingVM", "ResearchVM", CONCEPT);
    }
}
