package io.vnetlab.junit;

import io.vnetlab.Host;
import io.vnetlab.Nic;
import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;
import static org.assertj.core.api.Assertions.assertThat;

/** Live handles injected as fields, parameters and view accessors; the test that peers runs first. */
@Fixture
@VnetlabTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandleFixture {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @AzureResource("SalesVM")
    Vm sales;

    @AzureResource("ResearchVM")
    Vm research;

    @AzureResource("MarketingVMVMNic")
    Nic marketingNic;

    @AzureResource("10.3.1.4")
    Host researchAddress;

    @TopologyView
    interface LearnHandles {
        Vm salesVm();

        Nic researchVmVmNic();

        @AzureResource("MarketingVM")
        Vm marketing();
    }

    @Test
    @Order(1)
    void a_field_handle_reads_the_fork_its_test_changed(Topology fork) {
        assertThat(sales).cannotReach(research);

        fork.peer("SalesVNet").with("ResearchVNet").create();

        assertThat(sales).canReach(research).canReach(researchAddress, tcp(22));
        assertThat(sales.topology()).isSameAs(fork);
    }

    @Test
    @Order(2)
    void another_test_does_not_see_that_change(@AzureResource("SalesVM") Vm salesParameter) {
        assertThat(sales).cannotReach(research);
        assertThat(salesParameter).isEqualTo(sales).cannotReach(research).canReach(marketingNic);
    }

    @Test
    @Order(3)
    void parameters_and_view_accessors_are_handles_of_the_same_fork(@AzureResource("MarketingVM") Vm marketing,
                                                                    @AzureResource("10.1.1.4") Host salesAddress,
                                                                    LearnHandles view, Topology fork) {
        assertThat(marketing).canReach(sales, tcp(22)).canReach(research).canReach(salesAddress);
        assertThat(view.salesVm()).isEqualTo(sales).canReach(view.marketing()).cannotReach(view.researchVmVmNic());
        assertThat(view.marketing().topology()).isSameAs(fork).isSameAs(marketing.topology());

        fork.networkInterfaces().updateIpForwarding("ResearchVMVMNic", true);

        assertThat(view.researchVmVmNic().ipForwarding()).isTrue();
        assertThat(marketingNic.privateIpAddress()).hasToString("10.2.1.4");
    }
}
