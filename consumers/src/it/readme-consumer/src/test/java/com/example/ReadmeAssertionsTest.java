package com.example;

import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.assertj.Via;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkAssertions.assertThatOperation;
import static io.vnetlab.assertj.Traffic.tcp;

/** The README's first assertion example, as a user copies it (verify.groovy keeps the two equal). */
class ReadmeAssertionsTest {

    @Test
    void the_assertions_example_passes() {
        // snippet:assertions
        Topology azure = ReferenceTopologies.learnModule();

        Vm sales = azure.vm("SalesVM");
        Vm marketing = azure.vm("MarketingVM");
        Vm research = azure.vm("ResearchVM");

        assertThat(sales).canReach(marketing)
                .canReach(marketing, tcp(22))
                .canReachThrough(marketing, Via.peering("SalesVNet-To-MarketingVNet"))
                .cannotReach(research);
        assertThat(marketing).hasEffectiveRoute(route("10.3.0.0/16", NextHopType.VNetGlobalPeering))
                .hasNextHopTypeFor("10.1.1.4", NextHopType.VNetPeering);
        assertThat(azure).vm("SalesVM").canReach("MarketingVM", tcp(22));   // the same, navigating by name
        assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("ResearchVNet");
        assertThat(azure).network("MarketingVNet").isPeeredWith("SalesVNet").isPeeredWith("ResearchVNet");
        assertThat(azure).peering("MarketingVNet", "MarketingVNet-To-ResearchVNet").isConnected().isGlobal();

        azure.networks().define("SalesCopyVNet").withRegion(Region.NORTH_EUROPE)
                .withAddressSpace("10.1.0.0/16").create();
        assertThatOperation(() -> azure.peer("SalesVNet").with("SalesCopyVNet").create())
                .failsWith(AzureErrorCode.VnetAddressSpacesOverlap, "SalesVNet", "SalesCopyVNet");
        // end-snippet
    }
}
