package io.vnetlab;

import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.controlplane.PeeringRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/** The peering state machine and sync levels: docs/azure/peering.md#peering-state, #sync-level. */
class PeeringStateTest {

    private final Topology topology = ReferenceTopologies.learnModuleUnpeered();

    private Peering state(String network, String name) {
        return topology.peering(network, name);
    }

    // docs/azure/peering.md#peering-state, docs/azure/decisions.md#initiated-sync-level
    @Test
    void one_side_alone_is_Initiated_and_RemoteNotInSync() {
        Peering first = topology.peer("SalesVNet").to("MarketingVNet").create();
        assertThat(first.name()).isEqualTo("SalesVNet-To-MarketingVNet");
        assertThat(first.state()).isEqualTo(PeeringState.Initiated);
        assertThat(first.syncLevel()).isEqualTo(PeeringSyncLevel.RemoteNotInSync);
        assertThat(first.remoteAddressSpace()).extracting(Object::toString).containsExactly("10.2.0.0/16");
    }

    // docs/azure/peering.md#peering-state
    @Test
    void the_second_side_makes_both_Connected_and_FullyInSync() {
        topology.peer("SalesVNet").to("MarketingVNet").create();
        Peering second = topology.peer("MarketingVNet").to("SalesVNet").create();
        assertThat(second.state()).isEqualTo(PeeringState.Connected);
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").state()).isEqualTo(PeeringState.Connected);
        assertThat(second.syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
    }

    @Test
    void peering_with_in_one_call_creates_both_directions_with_learn_module_names() {
        PeeringPair pair = topology.peer("MarketingVNet").with("ResearchVNet").create();
        assertThat(pair.forward().name()).isEqualTo("MarketingVNet-To-ResearchVNet");
        assertThat(pair.back().name()).isEqualTo("ResearchVNet-To-MarketingVNet");
        assertThat(pair.forward().state()).isEqualTo(PeeringState.Connected);
        assertThat(pair.back().state()).isEqualTo(PeeringState.Connected);
    }

    @Test
    void the_java_dsl_defaults_to_vnet_access_on_and_the_other_flags_off() {
        Peering p = topology.peer("SalesVNet").to("MarketingVNet").create();
        assertThat(p.allowVirtualNetworkAccess()).isTrue();
        assertThat(p.allowForwardedTraffic()).isFalse();
        assertThat(p.allowGatewayTransit()).isFalse();
        assertThat(p.useRemoteGateways()).isFalse();
    }

    // docs/azure/peering.md#regional-and-global
    @Test
    void networks_in_different_regions_are_peered_globally() {
        PeeringPair pair = topology.peer("MarketingVNet").with("ResearchVNet").create();
        assertThat(pair.forward().global()).isTrue();
        assertThat(topology.peer("SalesVNet").with("MarketingVNet").create().forward().global()).isFalse();
    }

    // docs/azure/peering.md#peering-state
    @Test
    void deleting_one_side_leaves_the_other_Disconnected() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        assertThat(topology.peerings().list("SalesVNet")).isEmpty();
        assertThat(state("MarketingVNet", "MarketingVNet-To-SalesVNet").state()).isEqualTo(PeeringState.Disconnected);
    }

    // docs/azure/peering.md#reconnecting
    @Test
    void re_creating_against_a_Disconnected_counterpart_gives_RemotePeeringIsDisconnected() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        AzureException e = rejects(topology, AzureErrorCode.RemotePeeringIsDisconnected,
                () -> topology.peer("SalesVNet").to("MarketingVNet").create());
        String rg = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/learn-rg/providers/Microsoft.Network/virtualNetworks/";
        assertThat(e).hasMessage("Cannot create or update peering " + rg + "SalesVNet/virtualNetworkPeerings/SalesVNet-To-MarketingVNet"
                + " because remote peering " + rg + "MarketingVNet/virtualNetworkPeerings/MarketingVNet-To-SalesVNet"
                + " referencing parent virtual network " + rg + "SalesVNet is in Disconnected state. Update or"
                + " re-create the remote peering to get it back to Initiated state. Peering gets Disconnected when"
                + " remote vnet or remote peering is deleted and re-created.");
    }

    // docs/azure/peering.md#reconnecting
    @Test
    void updating_the_Disconnected_side_returns_it_to_Initiated_then_the_other_side_connects_both() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        Peering recovered = topology.peerings().update("MarketingVNet", "MarketingVNet-To-SalesVNet").apply();
        assertThat(recovered.state()).isEqualTo(PeeringState.Initiated);
        topology.peer("SalesVNet").to("MarketingVNet").create();
        assertThat(state("MarketingVNet", "MarketingVNet-To-SalesVNet").state()).isEqualTo(PeeringState.Connected);
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").state()).isEqualTo(PeeringState.Connected);
    }

    // docs/azure/peering.md#reconnecting
    @Test
    void deleting_and_re_creating_the_Disconnected_side_also_recovers() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        topology.peerings().delete("MarketingVNet", "MarketingVNet-To-SalesVNet");
        assertThat(topology.peer("SalesVNet").with("MarketingVNet").create().back().state()).isEqualTo(PeeringState.Connected);
    }

    // docs/azure/peering.md#state-transitions
    @Test
    void deleting_a_network_removes_its_peerings_and_disconnects_its_peers() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.peer("ResearchVNet").to("MarketingVNet").create();
        topology.peer("MarketingVNet").to("ResearchVNet").create();
        topology.virtualMachines().delete("MarketingVM");
        topology.networks().delete("MarketingVNet");
        assertThat(topology.peerings().list()).extracting(Peering::name, Peering::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SalesVNet-To-MarketingVNet", PeeringState.Disconnected),
                org.assertj.core.groups.Tuple.tuple("ResearchVNet-To-MarketingVNet", PeeringState.Disconnected));
    }

    // docs/azure/peering.md#peering-state
    @Test
    void an_Initiated_peering_to_a_deleted_network_becomes_Disconnected() {
        topology.peer("SalesVNet").to("MarketingVNet").create();
        topology.virtualMachines().delete("MarketingVM");
        topology.networks().delete("MarketingVNet");
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").state()).isEqualTo(PeeringState.Disconnected);
    }

    @Test
    void updating_a_flag_keeps_a_Connected_peering_Connected() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        Peering updated = topology.peerings().update("SalesVNet", "SalesVNet-To-MarketingVNet").allowForwardedTraffic().apply();
        assertThat(updated.allowForwardedTraffic()).isTrue();
        assertThat(updated.state()).isEqualTo(PeeringState.Connected);
    }

    // docs/azure/peering.md#shared-resource-guid
    @Test
    void both_directions_share_one_resource_guid() {
        PeeringPair pair = topology.peer("SalesVNet").with("MarketingVNet").create();
        assertThat(pair.forward().resourceGuid()).isEqualTo(pair.back().resourceGuid());
    }

    // ---------------------------------------------------------------- docs/azure/peering.md#sync-level sync

    // docs/azure/peering.md#sync-level
    @Test
    void changing_an_address_space_leaves_the_links_RemoteNotInSync_and_LocalNotInSync() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").syncLevel()).isEqualTo(PeeringSyncLevel.RemoteNotInSync);
        Peering remoteLink = state("MarketingVNet", "MarketingVNet-To-SalesVNet");
        assertThat(remoteLink.syncLevel()).isEqualTo(PeeringSyncLevel.LocalNotInSync);
        assertThat(remoteLink.remoteAddressSpace()).extracting(Object::toString).containsExactly("10.1.0.0/16");
        assertThat(remoteLink.remoteVirtualNetworkAddressSpace()).extracting(Object::toString)
                .containsExactly("10.1.0.0/16", "10.11.0.0/16");
        assertThat(remoteLink.state()).isEqualTo(PeeringState.Connected);
    }

    // docs/azure/peering.md#sync-level
    @Test
    void syncing_the_remote_link_returns_both_to_FullyInSync() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
        Peering synced = topology.peerings().sync("MarketingVNet", "MarketingVNet-To-SalesVNet");
        assertThat(synced.syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
        assertThat(synced.remoteAddressSpace()).extracting(Object::toString).containsExactly("10.1.0.0/16", "10.11.0.0/16");
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
    }

    // docs/azure/peering.md#sync-level
    @Test
    void both_sides_changed_and_unsynced_is_LocalAndRemoteNotInSync() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
        topology.networks().update("MarketingVNet").withAddressSpace("10.12.0.0/16").apply();
        assertThat(state("SalesVNet", "SalesVNet-To-MarketingVNet").syncLevel()).isEqualTo(PeeringSyncLevel.LocalAndRemoteNotInSync);
        assertThat(state("MarketingVNet", "MarketingVNet-To-SalesVNet").syncLevel()).isEqualTo(PeeringSyncLevel.LocalAndRemoteNotInSync);
    }

    // docs/azure/peering.md#syncing
    @Test
    void update_with_sync_remote_address_space_syncs_like_sync() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
        Peering p = topology.peerings().update("MarketingVNet", "MarketingVNet-To-SalesVNet").syncRemoteAddressSpace().apply();
        assertThat(p.syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
    }

    @Test
    void a_peered_network_may_not_grow_into_its_peers_space() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        AzureException e = rejects(topology, AzureErrorCode.VnetAddressSpacesOverlap,
                () -> topology.networks().update("SalesVNet").withAddressSpace("10.2.128.0/17").apply());
        assertThat(e.getMessage()).endsWith("Overlapping address prefixes: 10.2.128.0/17");
    }

    // ---------------------------------------------------------------- docs/azure/peering.md#validation validation

    // docs/azure/peering.md#overlapping-address-spaces
    @Test
    void overlapping_spaces_give_VnetAddressSpacesOverlap_on_the_first_side_already() {
        topology.networks().define("Overlap").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.1.128.0/17").create();
        AzureException e = rejects(topology, AzureErrorCode.VnetAddressSpacesOverlap,
                () -> topology.peer("SalesVNet").to("Overlap").create());
        assertThat(e.getMessage()).startsWith("Cannot create or update peering /subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/learn-rg/providers/Microsoft.Network/virtualNetworks/SalesVNet/virtualNetworkPeerings"
                + "/SalesVNet-To-Overlap. Virtual networks ")
                .endsWith(" cannot be peered because their address spaces overlap. Overlapping address prefixes: 10.1.128.0/17");
        rejects(topology, AzureErrorCode.VnetAddressSpacesOverlap, () -> topology.peer("Overlap").to("SalesVNet").create());
    }

    // docs/azure/peering.md#overlap-with-already-peered
    @Test
    void overlapping_a_network_already_peered_with_the_remote_gives_VnetAddressSpaceOverlapsWithAlreadyPeeredVnet() {
        topology.peer("SalesVNet").with("MarketingVNet").create();
        topology.networks().define("SalesCopy").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.1.0.0/16").create();
        AzureException e = rejects(topology, AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet,
                () -> topology.peer("SalesCopy").to("MarketingVNet").create());
        assertThat(e.getMessage()).contains("cannot be peered because address space of the first virtual network overlaps"
                + " with address space of virtual network /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups"
                + "/learn-rg/providers/Microsoft.Network/virtualNetworks/SalesVNet already peered with the second virtual"
                + " network. Overlapping address prefixes: 10.1.0.0/16");
        rejects(topology, AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet,
                () -> topology.peer("MarketingVNet").to("SalesCopy").create());
    }

    /**
     * A spoke deleted while the hub keeps its now Disconnected peering: Azure still refuses a new network that
     * overlaps the deleted spoke (reported in https://github.com/microsoft/AzureTRE/issues/4641 and
     * https://github.com/alan-turing-institute/data-safe-haven/issues/2152); deleting the orphaned peering lets it
     * through (docs/azure/peering.md#orphaned-peering-overlap).
     */
    @Test
    void an_orphaned_peering_still_blocks_an_overlapping_network_until_it_is_deleted() {
        topology.networks().define("OldSpoke").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.50.0.0/16").create();
        topology.peer("MarketingVNet").with("OldSpoke").create();
        topology.networks().delete("OldSpoke");
        assertThat(state("MarketingVNet", "MarketingVNet-To-OldSpoke").state()).isEqualTo(PeeringState.Disconnected);
        topology.networks().define("NewSpoke").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.50.0.0/24").create();

        AzureException e = rejects(topology, AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet,
                () -> topology.peer("NewSpoke").to("MarketingVNet").create());
        assertThat(e.getMessage()).endsWith("cannot be peered because address space of the first virtual network"
                + " overlaps with address space of virtual network /subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/vnetlab-rg/providers/Microsoft.Network/virtualNetworks/OldSpoke already peered with"
                + " the second virtual network. Overlapping address prefixes: 10.50.0.0/24. The blocking peering"
                + " 'MarketingVNet-To-OldSpoke' of virtual network 'MarketingVNet' is Disconnected (its remote virtual"
                + " network was deleted) and still holds that address space; delete it (az network vnet peering"
                + " delete -g learn-rg --vnet-name MarketingVNet -n MarketingVNet-To-OldSpoke) and create the peering"
                + " again.");
        rejects(topology, AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet,
                () -> topology.peer("MarketingVNet").to("NewSpoke").create());

        topology.peerings().delete("MarketingVNet", "MarketingVNet-To-OldSpoke");
        assertThat(topology.peer("NewSpoke").with("MarketingVNet").create().forward().state())
                .isEqualTo(PeeringState.Connected);
    }

    // docs/azure/peering.md#duplicate-peering
    @Test
    void a_second_peering_to_the_same_remote_gives_AnotherPeeringAlreadyReferencesRemoteVnet() {
        topology.peer("SalesVNet").to("MarketingVNet").create();
        AzureException e = rejects(topology, AzureErrorCode.AnotherPeeringAlreadyReferencesRemoteVnet,
                () -> topology.peerings().define("another").onNetwork("SalesVNet").withRemoteNetwork("MarketingVNet").create());
        assertThat(e.getMessage()).startsWith("Peering /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/learn-rg"
                + "/providers/Microsoft.Network/virtualNetworks/SalesVNet/virtualNetworkPeerings/SalesVNet-To-MarketingVNet"
                + " already references remote virtual network");
    }

    // docs/azure/peering.md#remote-network-missing
    @Test
    void a_missing_remote_network_gives_InvalidGlobalResourceReference() {
        AzureException e = rejects(topology, AzureErrorCode.InvalidGlobalResourceReference,
                () -> topology.peer("SalesVNet").to("NoSuchVNet").create());
        assertThat(e).hasMessage("Resource /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/learn-rg"
                + "/providers/Microsoft.Network/virtualNetworks/NoSuchVNet referenced by resource /subscriptions"
                + "/00000000-0000-0000-0000-000000000000/resourceGroups/learn-rg/providers/Microsoft.Network"
                + "/virtualNetworks/SalesVNet/virtualNetworkPeerings/SalesVNet-To-NoSuchVNet was not found. Please make"
                + " sure that the referenced resource exists.");
    }

    // docs/azure/peering.md#remote-has-no-gateway
    @Test
    void use_remote_gateways_against_a_network_without_gateway_gives_RemoteVnetHasNoGateways() {
        AzureException e = rejects(topology, AzureErrorCode.RemoteVnetHasNoGateways,
                () -> topology.peer("SalesVNet").to("MarketingVNet").useRemoteGateways().create());
        assertThat(e.getMessage()).endsWith("does not have any gateways.");
    }

    // docs/azure/peering.md#peering-with-itself
    @Test
    void a_network_cannot_be_peered_with_itself() {
        AzureException e = rejects(topology, AzureErrorCode.PeeringWithSelfNotAllowed,
                () -> topology.peer("SalesVNet").to("SalesVNet").create());
        assertThat(e.getMessage()).contains("cannot be peered with itself");
        assertThat(e.code().isAzureCode()).isFalse();
    }

    // docs/azure/peering.md#changing-the-remote-network
    @Test
    void the_remote_network_of_a_peering_cannot_change() {
        topology.peer("SalesVNet").to("MarketingVNet").create();
        rejects(topology, AzureErrorCode.CannotChangeRemoteVirtualNetworkOfPeering, () -> topology.apply(s ->
                new Operation.Result<>(ResourceManager.putPeering(s, new PeeringRequest(
                        topology.network("SalesVNet").id(), "SalesVNet-To-MarketingVNet", topology.network("ResearchVNet").id(),
                        true, false, false, false, false), PutMode.CREATE_OR_UPDATE), null)));
    }

    @Test
    void a_second_create_of_the_same_peering_name_is_refused_in_the_java_dsl() {
        topology.peer("SalesVNet").to("MarketingVNet").create();
        rejects(topology, AzureErrorCode.ResourceAlreadyExists, () -> topology.peer("SalesVNet").to("MarketingVNet").create());
    }

    // docs/azure/addressing.md#limits
    @Test
    void a_network_has_at_most_500_peerings() {
        Topology hub = Topology.create();
        hub.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16").create();
        for (int i = 0; i < 501; i++) {
            hub.networks().define("spoke" + i).withRegion(Region.WEST_EUROPE)
                    .withAddressSpace("10." + (1 + i / 256) + "." + (i % 256) + ".0/24").create();
        }
        for (int i = 0; i < 500; i++) {
            hub.peer("hub").to("spoke" + i).create();
        }
        AzureException e = rejects(hub, AzureErrorCode.PeeringLimitExceeded, () -> hub.peer("hub").to("spoke500").create());
        assertThat(e.getMessage()).contains("already has 500 peerings");
        hub.peer("spoke500").to("hub").create();
    }

    // ------------------------- docs/azure/peering.md#across-subscriptions-and-tenants across subscriptions and tenants

    // docs/azure/peering.md#across-subscriptions-and-tenants
    @Test
    void networks_peer_across_subscriptions_and_tenants_by_full_resource_id() {
        topology.tenants().add("22222222-2222-2222-2222-222222222222", "Fabrikam");
        topology.subscriptions().add("99999999-0000-0000-0000-000000000001", "Fabrikam Prod",
                "22222222-2222-2222-2222-222222222222");
        topology.networks().define("PartnerVNet").withRegion(Region.NORTH_EUROPE)
                .inSubscription("99999999-0000-0000-0000-000000000001").withNewResourceGroup("partner-rg")
                .withAddressSpace("10.50.0.0/16").withSubnet("default", "10.50.0.0/24").create();
        String partnerId = "/subscriptions/99999999-0000-0000-0000-000000000001/resourceGroups/partner-rg/providers"
                + "/Microsoft.Network/virtualNetworks/PartnerVNet";
        String salesId = topology.network("SalesVNet").id().toString();
        Peering out = topology.peerings().define("to-partner").onNetwork("SalesVNet").withRemoteNetwork(partnerId).create();
        assertThat(out.state()).isEqualTo(PeeringState.Initiated);
        assertThat(out.isCrossSubscription()).isTrue();
        Peering back = topology.peerings().define("to-sales").onNetwork(partnerId).withRemoteNetwork(salesId).create();
        assertThat(back.state()).isEqualTo(PeeringState.Connected);
        topology.virtualMachines().define("PartnerVM").withExistingPrimaryNetwork(partnerId).withSubnet("default").create();
        assertThat(topology.reach("SalesVM", "PartnerVM").reachable()).isTrue();
    }
}
