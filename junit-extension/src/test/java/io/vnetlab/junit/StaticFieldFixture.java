package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.VirtualMachine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticFieldFixture {

    @TestTopology(factory = CountingLearnModule.class)
    static Topology azure;

    @Test
    @Order(1)
    void a_test_deletes_a_peering_on_its_fork(Topology fork) {
        assertThat(fork).isNotSameAs(azure);
        fork.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        assertThat(fork.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Disconnected);
    }

    @Test
    @Order(2)
    void the_next_test_does_not_see_it(Topology fork) {
        assertThat(fork.peerings().list("SalesVNet")).hasSize(1);
        assertThat(fork.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Connected);
    }

    @Test
    @Order(3)
    void the_static_field_itself_is_untouched() {
        assertThat(azure.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Connected);
    }

    @Test
    @Order(4)
    void every_parameter_of_one_test_comes_from_the_same_fork(Topology first, Topology second,
                                                              @AzureResource("SalesVM") VirtualMachine sales) {
        assertThat(first).isSameAs(second);
        assertThat(sales).isSameAs(first.vm("SalesVM").snapshot());
    }
}
