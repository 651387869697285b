package io.vnetlab.controlplane;

import io.vnetlab.ControlPlanePropertiesTest;
import io.vnetlab.Topology;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The state keeps its answers up to date as it changes, instead of recomputing them: over random operation
 * sequences, every derived peering field, every index (peerings by network, interfaces by subnet and address,
 * resources by name, spaces of peered networks) agrees with a recomputation from the tables alone, written here
 * the plain way.
 */
class IncrementalStateTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261205L);

    @Test
    void incremental_answers_match_a_full_recomputation_after_every_operation() {
        int[] peeringsChecked = new int[1];
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(10, 80))
                .checkAssert(ops -> {
                    Topology topology = Topology.create();
                    for (int op : ops) {
                        try {
                            ControlPlanePropertiesTest.apply(topology, op);
                        } catch (AzureException | IllegalArgumentException refused) {
                            // refused operations change nothing; the state is checked all the same
                        }
                        TopologyState s = topology.state();
                        assertDerivedPeeringsRecomputed(s);
                        assertIndexesMatchScans(s);
                        peeringsChecked[0] += s.peerings().size();
                    }
                });
        assertThat(peeringsChecked[0]).as("the sequences make peerings to check").isGreaterThan(500);
    }

    // docs/azure/subnet-peering.md: each direction is its own resource, of either kind
    @Test
    void the_state_knows_whether_it_holds_a_subnet_peering_as_peerings_come_and_go() {
        Topology topology = Topology.create();
        topology.networks().define("na").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("s", "10.1.0.0/24").create();
        topology.networks().define("nb").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("s", "10.2.0.0/24").create();
        topology.peer("na").to("nb").create();
        assertThat(topology.state().hasSubnetPeerings()).as("after a complete peering").isFalse();

        topology.peer("nb").to("na").onlySubnets(List.of("s"), List.of("s")).create();
        assertThat(topology.state().hasSubnetPeerings()).as("after a subnet peering").isTrue();

        topology.peerings().sync("nb", "nb-To-na");
        assertThat(topology.state().hasSubnetPeerings()).as("after syncing it").isTrue();

        topology.peerings().delete("nb", "nb-To-na");
        assertThat(topology.state().hasSubnetPeerings()).as("after deleting it").isFalse();
    }

    /** The derivation as it was first written: a pass over every peering. */
    private static void assertDerivedPeeringsRecomputed(TopologyState s) {
        for (Peering p : s.peerings()) {
            Optional<VirtualNetwork> remote = s.network(p.remoteNetworkId());
            Optional<VirtualNetwork> local = s.network(p.localNetworkId());
            List<Cidr> remoteNow = remote.map(VirtualNetwork::addressSpace).orElse(p.remoteVirtualNetworkAddressSpace());
            boolean localStale = !sameSpace(p.remoteAddressSpace(), remoteNow);
            Optional<Peering> back = s.peerings().stream().filter(q -> q.localNetworkId().equals(p.remoteNetworkId())
                    && q.remoteNetworkId().equals(p.localNetworkId())).findFirst();
            boolean remoteStale = back.isEmpty() || local.isEmpty()
                    || !sameSpace(back.get().remoteAddressSpace(), local.get().addressSpace());
            PeeringSyncLevel level = localStale && remoteStale ? PeeringSyncLevel.LocalAndRemoteNotInSync
                    : localStale ? PeeringSyncLevel.LocalNotInSync
                    : remoteStale ? PeeringSyncLevel.RemoteNotInSync
                    : PeeringSyncLevel.FullyInSync;
            assertThat(p.syncLevel()).as("sync level of %s", p).isEqualTo(level);
            assertThat(p.remoteVirtualNetworkAddressSpace()).as("remote space of %s", p).isEqualTo(remoteNow);
            assertThat(s.counterpart(p)).as("counterpart of %s", p).isEqualTo(back);
        }
    }

    private static void assertIndexesMatchScans(TopologyState s) {
        for (VirtualNetwork n : s.networks()) {
            assertThat(s.peeringsOf(n.id())).as("peerings of %s", n.name())
                    .containsExactlyElementsOf(s.peerings().stream().filter(p -> p.localNetworkId().equals(n.id())).toList());
            assertThat(s.peeringsTowards(n.id())).as("peerings towards %s", n.name())
                    .containsExactlyInAnyOrderElementsOf(s.peerings().stream()
                            .filter(p -> p.remoteNetworkId().equals(n.id())).toList());
            assertThat(s.named(VirtualNetwork.class, n.name().toUpperCase())).contains(n);
            n.subnets().forEach(subnet -> assertThat(s.networkInterfacesIn(subnet.id())).as("NICs in %s", subnet.id())
                    .containsExactlyElementsOf(s.networkInterfaces().stream()
                            .filter(nic -> nic.subnetId().equals(subnet.id())).toList()));
            for (VirtualNetwork other : s.networks()) {
                assertThat(s.overlapsPeerOf(n.id(), other.addressSpace(), other.id()))
                        .as("%s overlaps a peer of %s", other.name(), n.name())
                        .isEqualTo(overlapsPeerByScan(s, n, other));
                for (Cidr prefix : other.addressSpace()) {
                    assertThat(s.peersWithPrefix(n.id(), prefix)).as("peers of %s with %s", n.name(), prefix)
                            .containsExactlyInAnyOrderElementsOf(peersWithPrefixByScan(s, n, prefix));
                }
            }
        }
        assertThat(s.hasSubnetPeerings()).as("has subnet peerings")
                .isEqualTo(s.peerings().stream().anyMatch(Peering::isSubnetPeering));
        for (NetworkInterface nic : s.networkInterfaces()) {
            assertThat(s.networkInterfaceAt(nic.networkId(), nic.privateIpAddress())).contains(nic);
            assertThat(s.named(NetworkInterface.class, nic.name())).contains(nic);
        }
        for (VirtualMachine vm : s.virtualMachines()) {
            assertThat(s.named(VirtualMachine.class, vm.name())).containsExactly(vm);
        }
    }

    private static boolean overlapsPeerByScan(TopologyState s, VirtualNetwork second, VirtualNetwork first) {
        for (Peering p : s.peerings()) {
            if (!p.localNetworkId().equals(second.id()) || p.remoteNetworkId().equals(first.id())) {
                continue;
            }
            // docs/azure/peering.md#orphaned-peering-overlap: a Disconnected peering counts with the space it peered
            Optional<List<Cidr>> thirdSpace = p.state() == PeeringState.Disconnected ? Optional.of(p.remoteAddressSpace())
                    : s.network(p.remoteNetworkId()).map(VirtualNetwork::addressSpace);
            if (thirdSpace.isPresent() && !ControlPlane.overlapping(first.addressSpace(), thirdSpace.get()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<ResourceId> peersWithPrefixByScan(TopologyState s, VirtualNetwork network, Cidr prefix) {
        List<ResourceId> peers = new ArrayList<>();
        for (Peering p : s.peeringsOf(network.id())) {
            Optional<List<Cidr>> space = p.state() == PeeringState.Disconnected ? Optional.of(p.remoteAddressSpace())
                    : s.network(p.remoteNetworkId()).map(remote -> TopologyState.peeredSpace(p, remote));
            if (space.isPresent() && space.get().contains(prefix)) {
                peers.add(p.remoteNetworkId());
            }
        }
        return peers;
    }

    private static boolean sameSpace(List<Cidr> a, List<Cidr> b) {
        return a.equals(b) || (a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b)));
    }
}
