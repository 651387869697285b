package io.vnetlab;


import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Properties of the control plane over random sequences of operations (QuickTheories, with shrinking): peering
 * states always follow docs/azure/peering.md#peering-state, Connected peers never overlap
 * (docs/azure/peering.md#overlapping-address-spaces), every allocated address is unique, inside its subnet and not
 * reserved (docs/azure/addressing.md#reserved-addresses, #private-ip-allocation), refused operations change nothing,
 * and a fork and its origin never affect each other. The seed is fixed so that CI is repeatable; set -DQT_SEED to
 * explore others.
 */
public class ControlPlanePropertiesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261123L);
    private static final String[] NETWORKS = {"n0", "n1", "n2", "n3", "n4"};
    /** Few, overlapping candidates, so that overlaps and reserved addresses come up often. */
    private static final String[] SPACES = {"10.0.0.0/16", "10.1.0.0/16", "10.0.128.0/17", "10.2.0.0/16", "10.3.0.0/16",
            "192.168.0.0/24", "10.4.0.0/16"};
    private static final Region[] REGIONS = {Region.NORTH_EUROPE, Region.WEST_EUROPE};

    @Test
    void random_operation_sequences_keep_every_invariant() {
        Set<PeeringState> statesSeen = java.util.EnumSet.noneOf(PeeringState.class);
        Set<PeeringSyncLevel> levelsSeen = java.util.EnumSet.noneOf(PeeringSyncLevel.class);
        int[] allocated = new int[1];
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 60))
                .checkAssert(ops -> {
                    Topology topology = Topology.create();
                    for (int op : ops) {
                        TopologyState before = topology.state();
                        try {
                            apply(topology, op);
                        } catch (AzureException refused) {
                            assertThat(topology.state()).as("refused %s leaves the state unchanged", refused.code())
                                    .isSameAs(before);
                        } catch (IllegalArgumentException misuse) {
                            assertThat(topology.state()).isSameAs(before);
                        }
                        assertInvariants(topology.state());
                        topology.state().peerings().forEach(p -> {
                            statesSeen.add(p.state());
                            levelsSeen.add(p.syncLevel());
                        });
                        allocated[0] += topology.state().networkInterfaces().size();
                    }
                });
        assertThat(statesSeen).as("the sequences reach every peering state").containsExactlyInAnyOrder(PeeringState.values());
        assertThat(levelsSeen).as("the sequences reach every sync level").containsExactlyInAnyOrder(PeeringSyncLevel.values());
        assertThat(allocated[0]).as("the sequences allocate addresses").isGreaterThan(100);
    }

    @Test
    void a_fork_and_its_origin_never_affect_each_other() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 30),
                        lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30),
                        lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30))
                .checkAssert((common, onOrigin, onFork) -> {
                    Topology origin = Topology.create();
                    common.forEach(op -> quietly(origin, op));
                    Topology fork = origin.fork();
                    TopologyState atFork = origin.state();
                    String atForkBefore = describe(atFork);

                    Topology originAlone = Topology.create();
                    common.forEach(op -> quietly(originAlone, op));
                    onOrigin.forEach(op -> quietly(originAlone, op));
                    Topology forkAlone = Topology.create();
                    common.forEach(op -> quietly(forkAlone, op));
                    onFork.forEach(op -> quietly(forkAlone, op));

                    for (int i = 0; i < Math.max(onOrigin.size(), onFork.size()); i++) {
                        if (i < onOrigin.size()) {
                            quietly(origin, onOrigin.get(i));
                        }
                        if (i < onFork.size()) {
                            quietly(fork, onFork.get(i));
                        }
                    }
                    assertThat(describe(origin.state())).isEqualTo(describe(originAlone.state()));
                    assertThat(describe(fork.state())).isEqualTo(describe(forkAlone.state()));
                    assertThat(describe(atFork)).as("the state at the fork is untouched").isEqualTo(atForkBefore);
                    Topology commonAlone = Topology.create();
                    common.forEach(op -> quietly(commonAlone, op));
                    assertThat(atForkBefore).as("the state at the fork is the common history's")
                            .isEqualTo(describe(commonAlone.state()));
                });
    }

    // ---------------------------------------------------------------- operations, decoded from an int

    private static void quietly(Topology topology, int op) {
        try {
            apply(topology, op);
        } catch (AzureException | IllegalArgumentException ignored) {
            // refused: the properties test above checks that a refusal changes nothing
        }
    }

    /** One operation of the random sequences, decoded from {@code op}; may be refused. */
    public static void apply(Topology t, int op) {
        int kind = op % 10;
        int a = (op / 10) % NETWORKS.length;
        int b = (op / 100) % NETWORKS.length;
        int x = (op / 1000) % SPACES.length;
        int y = (op / 10000) % 7;
        String na = NETWORKS[a];
        String nb = NETWORKS[b];
        switch (kind) {
            case 0: {
                Cidr space = Cidr.parse(SPACES[x]);
                t.networks().define(na).withRegion(REGIONS[y % 2]).withAddressSpace(space.toString())
                        .withSubnet("s", firstSubnet(space)).create();
                break;
            }
            case 1:
            case 2:
                t.peer(na).to(nb).create();
                break;
            case 3:
                t.peerings().delete(na, peeringTo(t, na, nb));
                break;
            case 4:
                t.peerings().update(na, peeringTo(t, na, nb)).allowForwardedTraffic(y % 2 == 0).apply();
                break;
            case 5:
                t.networks().update(na).withAddressSpace(SPACES[x]).apply();
                break;
            case 6:
                t.peerings().sync(na, peeringTo(t, na, nb));
                break;
            case 7: {
                VirtualMachines.Definition vm = t.virtualMachines().define("vm" + (op / 7 % 1000))
                        .withExistingPrimaryNetwork(na).withSubnet("s");
                if (y < 3) {
                    VirtualNetwork n = t.network(na);
                    Subnet s = n.subnet("s").orElseThrow();
                    vm.withPrimaryPrivateIPAddressStatic(s.addressPrefix().firstAddress().plus(y * 2L).toString());
                }
                vm.create();
                break;
            }
            case 8: {
                List<String> vms = new ArrayList<>();
                t.state().virtualMachines().forEach(v -> vms.add(v.name()));
                if (!vms.isEmpty()) {
                    t.virtualMachines().delete(vms.get(y % vms.size()));
                }
                break;
            }
            default:
                t.networks().delete(na);
        }
    }

    private static String firstSubnet(Cidr space) {
        return space.firstAddress() + "/" + Math.max(space.prefixLength(), 24);
    }

    private static String peeringTo(Topology t, String from, String to) {
        VirtualNetwork local = t.network(from);
        return t.state().peeringsOf(local.id()).stream()
                .filter(p -> p.remoteNetworkName().equalsIgnoreCase(to)).map(Peering::name).findFirst()
                .orElse(from + "-To-" + to);
    }

    // ---------------------------------------------------------------- invariants

    private static void assertInvariants(TopologyState s) {
        for (Peering p : s.peerings()) {
            Optional<Peering> back = s.counterpart(p);
            switch (p.state()) {
                case Connected:
                    assertThat(back).as("%s is Connected, so its counterpart exists and is Connected (docs/azure/peering.md#peering-state)", p)
                            .hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(PeeringState.Connected));
                    break;
                case Initiated:
                    assertThat(back).as("%s is Initiated, so it has no counterpart (docs/azure/peering.md#peering-state)", p).isEmpty();
                    assertThat(s.network(p.remoteNetworkId())).as("an Initiated peering's remote exists").isPresent();
                    assertThat(p.syncLevel()).isIn(PeeringSyncLevel.RemoteNotInSync, PeeringSyncLevel.LocalAndRemoteNotInSync);
                    break;
                default:
                    assertThat(back).as("%s is Disconnected, so its counterpart is gone (docs/azure/peering.md#peering-state)", p).isEmpty();
            }
            assertThat(s.network(p.localNetworkId())).as("a peering lives in an existing network").isPresent();
            if (p.isConnected()) {
                VirtualNetwork local = s.network(p.localNetworkId()).orElseThrow();
                VirtualNetwork remote = s.network(p.remoteNetworkId()).orElseThrow();
                assertThat(local.addressSpace()).as("Connected peers %s and %s never overlap (docs/azure/peering.md#overlapping-address-spaces)", local.name(),
                        remote.name()).noneMatch(a -> remote.addressSpace().stream().anyMatch(a::overlaps));
                boolean synced = new HashSet<>(p.remoteAddressSpace()).equals(new HashSet<>(remote.addressSpace()))
                        && new HashSet<>(back.orElseThrow().remoteAddressSpace()).equals(new HashSet<>(local.addressSpace()));
                assertThat(p.syncLevel() == PeeringSyncLevel.FullyInSync).as("sync level of %s (docs/azure/peering.md#sync-level)", p).isEqualTo(synced);
            }
        }
        Set<String> seen = new HashSet<>();
        for (NetworkInterface nic : s.networkInterfaces()) {
            Subnet subnet = s.subnet(nic.subnetId()).orElseThrow();
            IpAddress address = nic.privateIpAddress();
            assertThat(subnet.addressPrefix().contains(address)).as("%s lies inside its subnet", nic).isTrue();
            assertThat(subnet.isReserved(address)).as("%s is not a reserved address (docs/azure/addressing.md#reserved-addresses)", nic).isFalse();
            assertThat(seen.add(nic.networkId() + "|" + address)).as("%s is unique in its network", nic).isTrue();
        }
    }

    private static String describe(TopologyState s) {
        StringBuilder out = new StringBuilder();
        s.networks().forEach(n -> out.append(n.name()).append(n.addressSpace()).append(';'));
        s.peerings().forEach(p -> out.append(p.name()).append(p.state()).append(p.syncLevel())
                .append(p.allowForwardedTraffic()).append(';'));
        s.networkInterfaces().forEach(n -> out.append(n.name()).append(n.privateIpAddress()).append(';'));
        return out.toString();
    }
}
