package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outer class's lifecycle methods take the outer class's topology, also when they run for a test of a
 * {@code @Nested} class that has a topology field of its own: each method sees the fields its class sees.
 */
@Fixture
@VnetlabTest
class OuterSetUpFixture {

    @TestTopology
    static Topology learn = ReferenceTopologies.learnModule();

    Topology seenBySetUp;

    @BeforeEach
    void setUp(Topology azure) {
        azure.network("SalesVNet");   // only the Learn module has it: throws on the nested class's hub and spokes
        seenBySetUp = azure;
    }

    @AfterEach
    void tearDown(@AzureResource("SalesVM") VirtualMachine sales) {
        assertThat(sales.name()).isEqualTo("SalesVM");
    }

    @Test
    void outer_test(Topology azure) {
        assertThat(azure).isSameAs(seenBySetUp);
    }

    @Nested
    class WithAHubOfItsOwn {

        @TestTopology
        Topology hub = ReferenceTopologies.hubAndSpoke();

        Topology seenByNestedSetUp;

        @BeforeEach
        void setUpNested(Topology azure) {
            seenByNestedSetUp = azure;
        }

        @Test
        void each_method_gets_the_topology_of_the_class_that_declares_it(Topology azure,
                                                                         @FromTopology("learn") Topology learnFork) {
            assertThat(azure).isSameAs(hub).isSameAs(seenByNestedSetUp);
            assertThat(seenBySetUp).isSameAs(learnFork);
        }
    }
}
