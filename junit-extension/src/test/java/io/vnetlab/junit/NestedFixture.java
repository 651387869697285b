package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
class NestedFixture {

    @TestTopology
    static Topology peered = ReferenceTopologies.learnModule();

    @Test
    void outer(Topology azure) {
        assertThat(azure.peerings().list()).hasSize(4);
    }

    @Nested
    class WithoutFieldsOfItsOwn {

        @Test
        void sees_the_enclosing_classs_topology(Topology azure, @AzureResource("ResearchVM") VirtualMachine research) {
            assertThat(azure.peerings().list()).hasSize(4);
            assertThat(azure).isNotSameAs(peered);
            assertThat(research.name()).isEqualTo("ResearchVM");
        }
    }

    @Nested
    class WithAnInstanceFieldOfItsOwn {

        @TestTopology
        Topology unpeered = ReferenceTopologies.learnModuleUnpeered();

        @Test
        void parameters_come_from_the_innermost_field(Topology azure) {
            assertThat(azure).isSameAs(unpeered);
            assertThat(azure.peerings().list()).isEmpty();
        }

        @Test
        void from_topology_reaches_an_enclosing_field(@FromTopology("peered") Topology azure) {
            assertThat(azure.peerings().list()).hasSize(4);
        }
    }
}
