package io.vnetlab.dataplane;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packet walks and their explanations: docs/azure/peering.md#peering-state, #sync-level, #non-transitive,
 * docs/azure/reachability.md#walk; the decisions in docs/azure/decisions.md.
 */
class ReachabilityTest {

    private static Topology twoNetworks() {
        Topology t = Topology.create();
        t.networks().define("Alpha").withRegion(Region.WEST_EUROPE).withAddressSpace("10.10.0.0/16")
                .withSubnet("default", "10.10.0.0/24").withSubnet("other", "10.10.1.0/24").create();
        t.networks().define("Beta").withRegion(Region.WEST_EUROPE).withAddressSpace("10.20.0.0/16")
                .withSubnet("default", "10.20.0.0/24").create();
        t.virtualMachines().define("vmA").withExistingPrimaryNetwork("Alpha").withSubnet("default").create();
        t.virtualMachines().define("vmA2").withExistingPrimaryNetwork("Alpha").withSubnet("other").create();
        t.virtualMachines().define("vmB").withExistingPrimaryNetwork("Beta").withSubnet("default").create();
        return t;
    }

    // docs/azure/routing.md#system-routes
    @Test
    void subnets_of_one_network_reach_each_other_through_the_VnetLocal_route() {
        Verdict v = twoNetworks().reach("vmA", "vmA2");
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'vmA' 10.10.0.4 (Alpha/default) -> vm 'vmA2' 10.10.1.4 (Alpha/other): reachable\n"
                + "  1. Alpha/default -> vmA2: route 10.10.0.0/16 -> VnetLocal (Default), nic 'vmA2VMNic' holds 10.10.1.4   delivered\n");
    }

    @Test
    void unpeered_networks_do_not_reach_each_other_and_the_fix_is_to_peer_them() {
        Verdict v = twoNetworks().reach("vmA", "vmB");
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'vmA' 10.10.0.4 (Alpha/default) -> vm 'vmB' 10.20.0.4 (Beta/default): unreachable\n"
                + "  1. Alpha/default: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Alpha and Beta are not peered.\n"
                + "To fix, peer Alpha with Beta directly (a peering in each direction).\n");
    }

    // docs/azure/peering.md#peering-state
    @Test
    void a_one_sided_peering_carries_no_traffic_and_names_the_missing_side() {
        Topology t = twoNetworks();
        t.peer("Alpha").to("Beta").create();
        Verdict v = t.reach("vmA", "vmB");
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Peering 'Alpha/Alpha-To-Beta' is Initiated: Beta has no"
                + " peering back to Alpha, and traffic flows only when both directions are Connected.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("create the peering from Beta to Alpha");
        Verdict back = t.reach("vmB", "vmA");
        assertThat(VerdictRenderer.fixes(back)).containsExactly("create the peering from Beta to Alpha");
    }

    // docs/azure/peering.md#reconnecting
    @Test
    void a_Disconnected_peering_carries_no_traffic_and_says_how_to_recover() {
        Topology t = twoNetworks();
        t.peer("Alpha").with("Beta").create();
        t.peerings().delete("Beta", "Beta-To-Alpha");
        Verdict v = t.reach("vmA", "vmB");
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Peering 'Alpha/Alpha-To-Beta' is Disconnected: its"
                + " counterpart in Beta (or Beta itself) was deleted.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("update or re-create peering 'Alpha/Alpha-To-Beta', then create a peering from Beta to Alpha");
    }

    // docs/azure/peering.md#sync-level
    @Test
    void a_VM_in_a_prefix_the_peer_has_not_synced_cannot_be_reached() {
        Topology t = twoNetworks();
        t.peer("Alpha").with("Beta").create();
        t.networks().update("Beta").withAddressSpace("10.21.0.0/16").withSubnet("new", "10.21.0.0/24").apply();
        t.virtualMachines().define("vmNew").withExistingPrimaryNetwork("Beta").withSubnet("new").create();
        Verdict v = t.reach("vmA", "vmNew");
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Peering 'Alpha/Alpha-To-Beta' has not synced Beta's"
                + " address space: 10.21.0.4 is in 10.21.0.0/16, which was added to Beta after the peering was made"
                + " (peeringSyncLevel LocalNotInSync).");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("sync peering 'Alpha/Alpha-To-Beta' (az network vnet peering sync -g vnetlab-rg"
                + " --vnet-name Alpha -n Alpha-To-Beta)");
        t.peerings().sync("Alpha", "Alpha-To-Beta");
        assertThat(t.reach("vmA", "vmNew").reachable()).isTrue();
    }

    // docs/azure/peering.md#sync-level
    @Test
    void replies_to_an_unsynced_source_prefix_cannot_return() {
        Topology t = twoNetworks();
        t.peer("Alpha").with("Beta").create();
        t.networks().update("Beta").withAddressSpace("10.21.0.0/16").withSubnet("new", "10.21.0.0/24").apply();
        t.virtualMachines().define("vmNew").withExistingPrimaryNetwork("Beta").withSubnet("new").create();
        Verdict v = t.reach("vmNew", "vmA");
        assertThat(v.reachable()).isFalse();
        assertThat(v.hops()).extracting(HopText::decision, Hop::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("route 10.10.0.0/16 -> VNetPeering (Default), peering 'Beta-To-Alpha' Connected",
                        HopOutcome.FORWARDED),
                org.assertj.core.groups.Tuple.tuple("nic 'vmAVMNic' holds 10.10.0.4", HopOutcome.DELIVERED),
                org.assertj.core.groups.Tuple.tuple("reply to 10.21.0.4: route 10.0.0.0/8 -> None (Default)", HopOutcome.DROPPED));
        assertThat(VerdictRenderer.blockers(v)).containsExactly(
                "Replies from 10.10.0.4 cannot return to 10.21.0.4: Alpha has no route back to it.",
                "Peering 'Alpha/Alpha-To-Beta' has not synced Beta's address space: 10.21.0.4 is in 10.21.0.0/16, which was added to Beta"
                        + " after the peering was made (peeringSyncLevel LocalNotInSync).");
    }

    @Test
    void an_Internet_address_is_reached_through_the_default_route() {
        Topology t = twoNetworks();
        Verdict v = t.evaluate(Flow.from(t.endpoint("vmA")).to(Endpoint.address("20.50.60.70")));
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).singleElement().extracting(HopText::decision).isEqualTo("route 0.0.0.0/0 -> Internet (Default),"
                + " default outbound access of subnet 'Alpha/default' (source: an address Azure owns, not simulated)");
    }

    @Test
    void a_private_address_no_network_holds_is_dropped_by_the_None_route() {
        Topology t = twoNetworks();
        Verdict v = t.evaluate(Flow.from(t.endpoint("vmA")).to(Endpoint.address("192.168.1.1")));
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("No virtual network in the topology has"
                + " address 192.168.1.1, and Alpha has no route that leads to it.");
    }

    @Test
    void an_address_without_an_interface_inside_the_network_is_not_delivered() {
        Topology t = twoNetworks();
        Verdict v = t.evaluate(Flow.from(t.endpoint("vmA")).to(Endpoint.address("10.10.0.99")));
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("No network interface in Alpha has address 10.10.0.99.");
    }

    @Test
    void a_public_range_network_is_not_reachable_over_the_Internet_route() {
        Topology t = Topology.create();
        t.networks().define("Pub").withRegion(Region.WEST_EUROPE).withAddressSpace("20.0.0.0/16")
                .withSubnet("s", "20.0.0.0/24").create();
        t.networks().define("Que").withRegion(Region.WEST_EUROPE).withAddressSpace("30.0.0.0/16")
                .withSubnet("s", "30.0.0.0/24").create();
        t.virtualMachines().define("p").withExistingPrimaryNetwork("Pub").withSubnet("s").create();
        t.virtualMachines().define("q").withExistingPrimaryNetwork("Que").withSubnet("s").create();
        Verdict v = t.reach("p", "q");
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly(
                "30.0.0.4 is a private address of Que; the route 0.0.0.0/0 -> Internet (Default) sends the packet to the"
                        + " Internet, where that network's private addresses are not reachable.",
                "Pub and Que are not peered.");
    }

    @Test
    void without_vnet_access_and_without_NSGs_traffic_passes_with_a_warning_design_md() {
        Topology t = twoNetworks();
        t.peer("Alpha").with("Beta").allowVirtualNetworkAccess(false).create();
        Verdict v = t.reach("vmA", "vmB");
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.warnings(v)).containsExactly("allowVirtualNetworkAccess is off on peering 'Alpha/Alpha-To-Beta' and 'Beta/Beta-To-Alpha':"
                + " the peer is not in the VirtualNetwork service tag, so Azure's default NSG rules would deny this flow;"
                + " no NSG is on this path, so it is allowed.");
        assertThat(VerdictRenderer.render(v)).endsWith("Warning: " + VerdictRenderer.warnings(v).get(0) + "\n");
    }

    // docs/azure/peering.md#non-transitive
    @Test
    void the_learn_module_matrix_is_not_transitive() {
        Topology t = twoNetworks();
        t.networks().define("Gamma").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.30.0.0/16")
                .withSubnet("default", "10.30.0.0/24").create();
        t.virtualMachines().define("vmC").withExistingPrimaryNetwork("Gamma").withSubnet("default").create();
        t.peer("Alpha").with("Beta").create();
        t.peer("Beta").with("Gamma").create();
        assertThat(Tables.reachability(t.reachabilityMatrix())).isEqualTo(String.join("\n",
                "From \\ To    vmA    vmA2    vmB    vmC",
                "-----------  -----  ------  -----  -----",
                "vmA          -      yes     yes    no",
                "vmA2         yes    -       yes    no",
                "vmB          yes    yes     -      yes",
                "vmC          no     no      yes    -",
                ""));
    }

    // docs/azure/addressing.md#overlapping-networks
    @Test
    void a_vm_of_an_overlapping_network_is_not_reached_through_the_local_address() {
        Topology t = Topology.create();
        t.networks().define("Left").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("s", "10.1.0.0/24").create();
        t.networks().define("Right").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("s", "10.1.0.0/24").create();
        t.virtualMachines().define("left1").withExistingPrimaryNetwork("Left").withSubnet("s").create();
        t.virtualMachines().define("left2").withExistingPrimaryNetwork("Left").withSubnet("s").create();
        t.virtualMachines().define("right1").withExistingPrimaryNetwork("Right").withSubnet("s").create();
        t.virtualMachines().define("right2").withExistingPrimaryNetwork("Right").withSubnet("s").create();
        Verdict v = t.reach("left1", "right2");
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'left1' 10.1.0.4 (Left/s) -> vm 'right2' 10.1.0.5 (Right/s): unreachable\n"
                + "  1. Left/s: route 10.1.0.0/16 -> VnetLocal (Default), nic 'left2VMNic' holds 10.1.0.5, not the"
                + " destination   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - 10.1.0.5 is the address of nic 'left2VMNic' in Left as well as of the destination in Right: the"
                + " address spaces of Left and Right overlap, so the packet never leaves Left, and overlapping networks"
                + " cannot be peered.\n"
                + "To fix, give Right an address space that does not overlap Left's, then peer them.\n");
        assertThat(t.reach("left1", "right1").reachable()).as("the same address as the source is not the source").isFalse();
        assertThat(t.reach("left1", "left2").reachable()).isTrue();
    }
}
