package com.example;

import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.junit.AzureResource;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.TopologyView;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's example of the JUnit extension, as a user copies it (verify.groovy keeps the two equal). */
// snippet:junit-extension
@VnetlabTest
class PeeringIsolationTest {

    @TestTopology                                   // static: built once for the class
    static Topology azure = ReferenceTopologies.learnModule();

    @TopologyView                                   // accessors name resources: salesVm() is SalesVM
    interface Learn {
        Topology topology();                        // the test's own fork

        Vm salesVm();                               // a live handle on the fork

        @AzureResource("MarketingVNet/MarketingVNet-To-SalesVNet")
        Peering marketingToSales();
    }

    @AzureResource("ResearchVM")                    // assigned from each test's fork
    Vm research;

    @Test
    void deleting_one_side_disconnects_the_other(Topology fork) {      // this test's own fork
        fork.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");

        assertThat(fork.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Disconnected);
        assertThat(fork.reach("SalesVM", "MarketingVM").reachable()).isFalse();
    }

    @Test
    void no_other_test_sees_that_change(Learn learn, @AzureResource("MarketingVM") Vm marketing) {
        assertThat(learn.marketingToSales().state()).isEqualTo(PeeringState.Connected);
        assertThat(learn.salesVm()).canReach(marketing).cannotReach(research);
    }
}
// end-snippet
