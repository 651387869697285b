package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.AllPairsReachability;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.NetworkInterface;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The fast data plane and the naive reference walk agree on random topologies and flows; and all-pairs reachability
 * by equivalence classes agrees with asking pair by pair.
 */
class DifferentialTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261123L);

    @Test
    void the_fast_path_and_the_naive_walk_agree_on_random_topologies_and_flows() {
        int[] compared = new int[2];
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(longs().all(), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((seed, pick) -> {
                    Topology topology = TopologyGenerator.random(seed);
                    TopologyState state = topology.state();
                    DataPlane plane = topology.dataPlane();
                    List<NetworkInterface> nics = new ArrayList<>(state.networkInterfaces());
                    for (NetworkInterface from : nics) {
                        for (NetworkInterface to : nics) {
                            boolean fast = plane.evaluate(Flow.from(plane.endpoint(from)).to(plane.endpoint(to))).reachable();
                            assertThat(fast).as("%s -> %s in%n%s", from, to, describe(state))
                                    .isEqualTo(NaiveWalk.reachable(state, from, to));
                            compared[fast ? 0 : 1]++;
                        }
                        IpAddress somewhere = IpAddress.parse(pick % 3 == 0 ? "8.8.8.8" : pick % 3 == 1 ? "10.0.0.99" : "20.0.0.4");
                        boolean fast = plane.evaluate(Flow.from(plane.endpoint(from)).to(Endpoint.address(somewhere))).reachable();
                        assertThat(fast).as("%s -> %s in%n%s", from, somewhere, describe(state))
                                .isEqualTo(NaiveWalk.reachable(state, from, somewhere));
                    }
                });
        assertThat(compared[0]).as("reachable pairs compared").isGreaterThan(100);
        assertThat(compared[1]).as("unreachable pairs compared").isGreaterThan(100);
    }

    @Test
    void all_pairs_by_equivalence_classes_equals_pair_by_pair() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Topology topology = TopologyGenerator.random(seed);
            DataPlane plane = topology.dataPlane();
            List<Endpoint> endpoints = new ArrayList<>();
            topology.state().networkInterfaces().forEach(n -> endpoints.add(plane.endpoint(n)));
            AllPairsReachability all = AllPairsReachability.of(plane, endpoints);
            for (int i = 0; i < endpoints.size(); i++) {
                for (int j = 0; j < endpoints.size(); j++) {
                    if (i != j) {
                        assertThat(all.reachable(i, j)).as("%s -> %s", endpoints.get(i), endpoints.get(j))
                                .isEqualTo(plane.evaluate(Flow.from(endpoints.get(i)).to(endpoints.get(j))).reachable());
                    }
                }
            }
        });
    }

    @Test
    void the_matrix_by_classes_equals_walking_each_pair_also_when_a_security_rule_names_single_addresses() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Topology topology = TopologyGenerator.random(seed);
            java.util.Random random = new java.util.Random(seed);
            List<NetworkInterface> nics = new ArrayList<>(topology.state().networkInterfaces());
            if (!nics.isEmpty()) {
                // a rule on one address of a subnet, to SSH: the matrix must tell that address from its neighbours
                NetworkInterface target = nics.get(random.nextInt(nics.size()));
                NetworkInterface source = nics.get(random.nextInt(nics.size()));
                topology.networkSecurityGroups().define("single").withRegion(target.region())
                        .defineRule("deny-one").denyInbound().fromAddress(source.privateIpAddress().toString())
                        .fromAnyPort().toAnyAddress().toPort(22).withProtocol(io.vnetlab.model.Protocol.Tcp)
                        .withPriority(100).attach().create();
                topology.networkSecurityGroups().associateWithSubnet("single", target.networkId().name(),
                        target.subnetId().name());
            }
            DataPlane plane = topology.dataPlane();
            io.vnetlab.dataplane.ReachabilityMatrix ssh = topology.reachabilityMatrix(io.vnetlab.model.Protocol.Tcp, 22);
            List<Endpoint> endpoints = ssh.endpoints();
            for (int i = 0; i < endpoints.size(); i++) {
                for (int j = 0; j < endpoints.size(); j++) {
                    if (i != j) {
                        assertThat(ssh.reachable(i, j)).as("%s -> %s", endpoints.get(i), endpoints.get(j))
                                .isEqualTo(plane.walk(Flow.from(endpoints.get(i)).to(endpoints.get(j))
                                        .on(io.vnetlab.model.Protocol.Tcp, 22)).reachable());
                    }
                }
            }
        });
    }

    @Test
    void a_hub_with_ten_spokes_of_three_vms_has_few_classes_and_the_right_count() {
        Topology hub = TopologyGenerator.hubAndSpoke(10, 3, true);
        DataPlane plane = hub.dataPlane();
        List<Endpoint> endpoints = new ArrayList<>();
        hub.state().networkInterfaces().forEach(n -> endpoints.add(plane.endpoint(n)));
        AllPairsReachability all = AllPairsReachability.of(plane, endpoints);
        for (int i = 0; i < endpoints.size(); i++) {
            for (int j = 0; j < endpoints.size(); j++) {
                if (i != j && all.reachable(i, j) != plane.evaluate(Flow.from(endpoints.get(i)).to(endpoints.get(j))).reachable()) {
                    throw new AssertionError(endpoints.get(i) + " -> " + endpoints.get(j) + " " + all.reachable(i, j));
                }
            }
        }
        assertThat(all.classCount()).isEqualTo(11);
        // within a spoke: 10 spokes x 3 x 2; spoke <-> hub both ways: 30 x 1 x 2; spoke <-> spoke: none
        assertThat(all.reachableCount()).isEqualTo(10 * 3 * 2 + 30 * 2);
        assertThat(all.pairCount()).isEqualTo(31L * 30);
    }

    private static String describe(TopologyState state) {
        StringBuilder out = new StringBuilder();
        state.networks().forEach(n -> out.append("  ").append(n).append('\n'));
        state.peerings().forEach(p -> out.append("  ").append(p).append(' ').append(p.remoteAddressSpace()).append('\n'));
        state.networkInterfaces().forEach(n -> out.append("  ").append(n).append('\n'));
        return out.toString();
    }
}
