package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** Two tests change the static field itself, each followed by one that must see the field as it was built. */
@Fixture
@VnetlabTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticFieldChangeFixture {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @Test
    @Order(1)
    void deletes_a_peering_of_the_static_field() {
        azure.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_topology_as_built(Topology fork) {
        assertAsBuilt(fork);
        assertAsBuilt(azure);
    }

    @Test
    @Order(3)
    void adds_a_network_to_the_static_field() {
        azure.networks().define("ExtraVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.9.0.0/16").create();
    }

    @Test
    @Order(4)
    void the_test_after_that_starts_from_the_topology_as_built_again(Topology fork) {
        assertAsBuilt(fork);
        assertAsBuilt(azure);
    }

    private static void assertAsBuilt(Topology topology) {
        assertThat(topology.networks().list()).extracting(VirtualNetwork::name)
                .containsExactly("SalesVNet", "MarketingVNet", "ResearchVNet");
        assertThat(topology.peerings().list()).hasSize(4);
        assertThat(topology.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Connected);
    }
}
