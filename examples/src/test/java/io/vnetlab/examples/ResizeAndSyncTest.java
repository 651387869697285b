package io.vnetlab.examples;

import io.vnetlab.render.BlockerText;
import io.vnetlab.Topology;
import io.vnetlab.az.Az;
import io.vnetlab.az.AzResult;
import io.vnetlab.az.ScriptRunner;
import io.vnetlab.diagram.MermaidDiagram;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peered network resized, then synced (docs/azure/peering.md#sync-level): adding a range to a peered network's
 * address space leaves both sides {@code Connected} but out of sync — the resized side {@code RemoteNotInSync}, the
 * other {@code LocalNotInSync} — and the new range unreachable across the peering until the other side's link is
 * synced.
 */
class ResizeAndSyncTest {

    /** HubVNet and AppVNet peered, each with a VM; then AppVNet grows 10.11.0.0/16 with a subnet and a VM in it. */
    static Topology resized() {
        Topology azure = Topology.create();
        azure.networks().define("HubVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("shared", "10.0.1.0/24").create();
        azure.networks().define("AppVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        azure.virtualMachines().define("HubVM").withExistingPrimaryNetwork("HubVNet").withSubnet("shared").create();
        azure.virtualMachines().define("AppVM").withExistingPrimaryNetwork("AppVNet").withSubnet("app").create();
        azure.peer("HubVNet").with("AppVNet").create();

        azure.networks().update("AppVNet").withAddressSpace("10.11.0.0/16").withSubnet("batch", "10.11.1.0/24").apply();
        azure.virtualMachines().define("BatchVM").withExistingPrimaryNetwork("AppVNet").withSubnet("batch").create();
        return azure;
    }

    // docs/azure/peering.md#sync-level
    @Test
    void after_the_resize_both_sides_stay_Connected_but_out_of_sync() {
        Topology azure = resized();

        assertThat(azure).network("HubVNet").hasPeeringTo("AppVNet", PeeringState.Connected, PeeringSyncLevel.LocalNotInSync);
        assertThat(azure).network("AppVNet").hasPeeringTo("HubVNet", PeeringState.Connected, PeeringSyncLevel.RemoteNotInSync);
        assertThat(azure).vm("HubVM").canReach("AppVM").cannotReach("BatchVM");
        assertThat(BlockerText.reason(azure.reach("HubVM", "BatchVM").blockers().get(0))).isEqualTo("Peering"
                + " 'HubVNet/HubVNet-To-AppVNet' has not synced AppVNet's address space: 10.11.1.4 is in 10.11.0.0/16,"
                + " which was added to AppVNet after the peering was made (peeringSyncLevel LocalNotInSync).");
    }

    // docs/azure/peering.md#syncing
    @Test
    void syncing_the_other_sides_link_brings_both_to_FullyInSync_and_the_new_range_is_reachable() {
        Topology azure = resized();

        azure.peerings().sync("HubVNet", "HubVNet-To-AppVNet");

        assertThat(azure).peering("HubVNet", "HubVNet-To-AppVNet").isConnected().isFullyInSync();
        assertThat(azure).peering("AppVNet", "AppVNet-To-HubVNet").isFullyInSync();
        assertThat(azure).vm("HubVM").canReach("BatchVM");
        assertThat(azure).vm("BatchVM").canReach("HubVM");
    }

    @Test
    void the_picture_says_which_side_is_out_of_sync() {
        assertThat(MermaidDiagram.of(resized().state())).isEqualTo("""
                flowchart LR
                  subgraph westeurope["West Europe"]
                    n0["HubVNet<br/>10.0.0.0/16"]
                    n1["AppVNet<br/>10.1.0.0/16, 10.11.0.0/16"]
                  end
                  n0 <-->|"Connected<br/>vnet access<br/>HubVNet LocalNotInSync, AppVNet RemoteNotInSync"| n1
                """);
    }

    @Test
    void with_the_az_cli_the_resize_and_the_sync_read_the_same() {
        Az az = Az.create();
        AzResult replay = new ScriptRunner(az).run(String.join("\n",
                "az group create -n rg -l westeurope -o none",
                "az network vnet create -g rg -n HubVNet --address-prefixes 10.0.0.0/16 -o none",
                "az network vnet create -g rg -n AppVNet --address-prefixes 10.1.0.0/16 -o none",
                "az network vnet peering create -g rg --vnet-name HubVNet -n HubVNet-To-AppVNet --remote-vnet AppVNet"
                        + " --allow-vnet-access -o none",
                "az network vnet peering create -g rg --vnet-name AppVNet -n AppVNet-To-HubVNet --remote-vnet HubVNet"
                        + " --allow-vnet-access -o none",
                "az network vnet update -g rg -n AppVNet --address-prefixes 10.1.0.0/16 10.11.0.0/16 -o none",
                "az network vnet peering show -g rg --vnet-name HubVNet -n HubVNet-To-AppVNet --query peeringSyncLevel -o tsv",
                "az network vnet peering show -g rg --vnet-name AppVNet -n AppVNet-To-HubVNet --query peeringSyncLevel -o tsv",
                "az network vnet peering sync -g rg --vnet-name HubVNet -n HubVNet-To-AppVNet -o none",
                "az network vnet peering list -g rg --vnet-name HubVNet --query \"[].[name, peeringSyncLevel]\" -o tsv",
                ""));

        assertThat(replay.err()).isEmpty();
        assertThat(replay.out()).isEqualTo("LocalNotInSync\nRemoteNotInSync\nHubVNet-To-AppVNet\tFullyInSync\n");
    }
}
