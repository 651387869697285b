package io.vnetlab.examples.arm;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.junit.ArmTemplate;
import io.vnetlab.junit.ArmTopology;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario "VNet to VNet peering" (quickstart 201-vnet-to-vnet-peering), written anew: two networks in one region,
 * one peering declared as a child resource of its network and the other at the top level; the documentation says
 * the template "creates connections between them using VNet peering" — both sides Connected
 * (docs/azure/peering.md#peering-state).
 */
@VnetlabTest
class VnetToVnetPeeringTemplateTest {

    @ArmTemplate(value = "arm/two-peered-networks.json", parameters = "arm/two-peered-networks.parameters.json")
    static class TwoPeeredNetworks extends ArmTopology {
        @Override
        public Topology create() {
            Topology azure = super.create();
            azure.virtualMachines().define("red-vm").withExistingPrimaryNetwork("red-vnet").withSubnet("workload")
                    .create();
            azure.virtualMachines().define("blue-vm").withExistingPrimaryNetwork("blue-vnet").withSubnet("workload")
                    .create();
            return azure;
        }
    }

    @TestTopology(factory = TwoPeeredNetworks.class)
    static Topology azure;

    // docs/azure/peering.md#peering-state
    @Test
    void both_peerings_are_connected_and_fully_in_sync(Topology fork) {
        Peering redToBlue = fork.peering("red-vnet", "red-vnet-to-blue-vnet");
        Peering blueToRed = fork.peering("blue-vnet", "blue-vnet-to-red-vnet");

        assertThat(redToBlue.state()).isEqualTo(PeeringState.Connected);
        assertThat(blueToRed.state()).isEqualTo(PeeringState.Connected);
        assertThat(redToBlue.syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
        assertThat(redToBlue.allowVirtualNetworkAccess()).isTrue();
        assertThat(redToBlue.allowForwardedTraffic()).isFalse();
    }

    @Test
    void the_parameters_file_names_the_networks(Topology fork) {
        assertThat(fork.networks().list()).extracting(n -> n.name()).containsExactly("red-vnet", "blue-vnet");
    }

    @Test
    void the_templates_output_reads_the_first_peering_connected_once_the_second_side_deployed() {
        Topology fresh = Topology.create();
        fresh.resourceGroups().define("rg").withRegion(io.vnetlab.model.Region.WEST_EUROPE).create();

        io.vnetlab.arm.DeploymentResult result = io.vnetlab.arm.ArmDeployment.into(fresh, "rg")
                .templateResource("arm/two-peered-networks.json").deploy();

        assertThat(result.output("firstPeeringState")).isEqualTo("Connected");
    }

    @Test
    void vms_in_the_two_networks_reach_each_other_over_the_peering(Topology fork) {
        assertThat(fork.reach("red-vm", "blue-vm").reachable()).isTrue();
        assertThat(VerdictRenderer.render(fork.reach("blue-vm", "red-vm"))).contains("peering 'blue-vnet-to-red-vnet' Connected");
    }

    // docs/azure/peering.md#peering-state
    @Test
    void deleting_one_side_leaves_the_other_disconnected(Topology fork) {
        fork.peerings().delete("blue-vnet", "blue-vnet-to-red-vnet");

        assertThat(fork.peering("red-vnet", "red-vnet-to-blue-vnet").state()).isEqualTo(PeeringState.Disconnected);
        assertThat(fork.reach("red-vm", "blue-vm").reachable()).isFalse();
    }
}
