package io.vnetlab.examples.arm;

import io.vnetlab.Topology;
import io.vnetlab.junit.ArmTemplate;
import io.vnetlab.junit.ArmTopology;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.model.PeeringState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/arm.md's JUnit example true: it is this code, compiled and run. */
@VnetlabTest
class ArmTopologyReadmeTest {

    // snippet:arm-topology
    @ArmTemplate(value = "arm/two-peered-networks.json", parameters = "arm/two-peered-networks.parameters.json")
    public static class PeeredNetworks extends ArmTopology {
    }

    @TestTopology(factory = PeeredNetworks.class)     // built once; every test gets its own fork
    static Topology azure;
    // end-snippet

    @Test
    void the_template_is_the_tests_topology(Topology fork) {
        assertThat(fork.peering("red-vnet", "red-vnet-to-blue-vnet").state()).isEqualTo(PeeringState.Connected);
    }
}
