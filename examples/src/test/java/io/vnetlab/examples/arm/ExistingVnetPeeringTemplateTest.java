package io.vnetlab.examples.arm;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.arm.DeploymentResult;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario "peering between existing VNets" (quickstart 201-existing-vnet-to-vnet-peering), written anew: a
 * prerequisite template makes two networks and outputs their names and resource group; the main template, given
 * those outputs as parameters, creates ONE peering from the local network to the remote one. With no peering back
 * it stays Initiated (docs/azure/peering.md#peering-state), and nothing flows until the remote side peers back.
 */
class ExistingVnetPeeringTemplateTest {

    private final Topology azure = Topology.create();

    @BeforeEach
    void prerequisiteThenPeering() {
        azure.resourceGroups().define("peering-rg").withRegion(Region.EAST_US).create();
        DeploymentResult prerequisite = ArmDeployment.into(azure, "peering-rg")
                .templateResource("arm/existing-networks.json").deploy();
        ArmDeployment.into(azure, "peering-rg").templateResource("arm/peering-to-existing-network.json")
                .parameter("localNetworkName", prerequisite.output("localNetwork"))
                .parameter("remoteNetworkName", prerequisite.output("remoteNetwork"))
                .parameter("remoteNetworkResourceGroup", prerequisite.output("remoteResourceGroup"))
                .deploy();
        azure.virtualMachines().define("north-vm").withExistingPrimaryNetwork("north-vnet").withSubnet("default")
                .create();
        azure.virtualMachines().define("south-vm").withExistingPrimaryNetwork("south-vnet").withSubnet("default")
                .create();
    }

    // docs/azure/peering.md#peering-state
    @Test
    void the_one_sided_peering_is_initiated_and_remote_not_in_sync() {
        assertThat(azure.peerings().list()).hasSize(1);
        assertThat(azure.peering("north-vnet", "to-remote").state()).isEqualTo(PeeringState.Initiated);
        assertThat(azure.peering("north-vnet", "to-remote").syncLevel()).isEqualTo(PeeringSyncLevel.RemoteNotInSync);
    }

    @Test
    void an_initiated_peering_carries_no_traffic_and_the_verdict_says_which_side_to_peer() {
        String verdict = VerdictRenderer.render(azure.reach("north-vm", "south-vm"));

        assertThat(azure.reach("north-vm", "south-vm").reachable()).isFalse();
        assertThat(verdict).contains("Peering 'north-vnet/to-remote' is Initiated: south-vnet has no peering back to"
                + " north-vnet");
    }

    @Test
    void peering_back_connects_both_sides() {
        azure.peerings().define("to-north").onNetwork("south-vnet").withRemoteNetwork("north-vnet").create();

        assertThat(azure.peering("north-vnet", "to-remote").state()).isEqualTo(PeeringState.Connected);
        assertThat(azure.reach("north-vm", "south-vm").reachable()).isTrue();
    }
}
