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

    /**
     * The hub at scale in small: an appliance every spoke routes through, gateway transit, NSGs on the spokes; and
     * what breaks it in each stage the walk decides in — the appliance's IP forwarding, a spoke's forwarded traffic,
     * an NSG that denies one spoke's range. All pairs, on any protocol and on SSH, against the explaining walk of
     * each pair (walked afresh, never from a cache).
     */
    @Test
    void all_pairs_on_generated_hubs_equals_the_explaining_walk_of_each_pair() {
        int[] compared = new int[2];
        qt().withFixedSeed(SEED).withExamples(40)
                .forAll(integers().between(1, 6), integers().between(1, 3), integers().between(0, 2), longs().all())
                .checkAssert((spokes, vms, rules, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    Topology hub = TopologyGenerator.fullHub(spokes, vms, random.nextBoolean(), rules);
                    if (random.nextInt(4) == 0) {
                        hub.networkInterfaces().updateIpForwarding("nvaVMNic", false);
                    }
                    if (random.nextBoolean()) {
                        String spoke = TopologyGenerator.spokeName(random.nextInt(spokes));
                        hub.peerings().update(spoke, spoke + "-To-hub").allowForwardedTraffic(false).apply();
                    }
                    if (random.nextBoolean()) {
                        int denied = random.nextInt(spokes);
                        String spoke = TopologyGenerator.spokeName(random.nextInt(spokes));
                        hub.networkSecurityGroups().define("deny-one-spoke").withRegion(TopologyGenerator.REGIONS.get(0))
                                .defineRule("deny").denyInbound().fromAddress(TopologyGenerator.spokePrefix(denied))
                                .fromAnyPort().toAnyAddress().toPort(22).withProtocol(io.vnetlab.model.Protocol.Tcp)
                                .withPriority(100).attach().create();
                        if (hub.state().networks().stream().anyMatch(n -> n.name().equals(spoke)
                                && n.region().equals(TopologyGenerator.REGIONS.get(0)))) {
                            hub.networkSecurityGroups().associateWithSubnet("deny-one-spoke", spoke, "default");
                        }
                    }
                    DataPlane plane = hub.dataPlane();
                    List<Endpoint> endpoints = new ArrayList<>();
                    hub.state().networkInterfaces().forEach(n -> endpoints.add(plane.endpoint(n)));
                    for (boolean ssh : new boolean[] {false, true}) {
                        AllPairsReachability all = ssh
                                ? AllPairsReachability.of(plane, endpoints, io.vnetlab.model.Protocol.Tcp, 22)
                                : AllPairsReachability.of(plane, endpoints);
                        for (int i = 0; i < endpoints.size(); i++) {
                            for (int j = 0; j < endpoints.size(); j++) {
                                if (i != j) {
                                    Flow flow = Flow.from(endpoints.get(i)).to(endpoints.get(j));
                                    boolean walked = plane.walk(ssh ? flow.on(io.vnetlab.model.Protocol.Tcp, 22) : flow)
                                            .reachable();
                                    assertThat(all.reachable(i, j)).as("%s", flow).isEqualTo(walked);
                                    compared[walked ? 0 : 1]++;
                                }
                            }
                        }
                    }
                });
        assertThat(compared[0]).as("reachable pairs compared").isGreaterThan(1000);
        assertThat(compared[1]).as("unreachable pairs compared").isGreaterThan(100);
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
