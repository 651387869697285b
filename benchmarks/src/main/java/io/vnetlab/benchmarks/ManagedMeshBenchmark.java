package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.MembershipCondition;
import io.vnetlab.model.Region;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A global mesh of 250 virtual networks made by a network manager (one connected group, no peering resources):
 * built, committed to every region and asked one question from scratch; and a question on the committed mesh
 * walked from scratch. The peered mesh of {@link BuildBenchmarks#meshBuild250} is the baseline beside it.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ManagedMeshBenchmark {

    static final int SIZE = 250;

    Topology committed;
    int round;

    /** The mesh's networks and VMs, a manager whose conditional group takes them all, and a global mesh. */
    static Topology managedMesh() {
        Topology t = Topology.create();
        for (int i = 0; i < SIZE; i++) {
            String name = TopologyGenerator.meshName(i);
            t.networks().define(name).withRegion(TopologyGenerator.REGIONS.get(i % TopologyGenerator.REGIONS.size()))
                    .withAddressSpace("10." + i + ".0.0/16").withSubnet("default", "10." + i + ".0.0/24").create();
            t.virtualMachines().define(name + "-vm").withExistingPrimaryNetwork(name).withSubnet("default").create();
        }
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        t.networkManagers().group("avnm", "all").withCondition("name", MembershipCondition.Operator.like,
                TopologyGenerator.meshName(0).replaceAll("[0-9]+$", "") + "*").create();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("all").global().create();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, List.copyOf(TopologyGenerator.REGIONS),
                "mesh");
        return t;
    }

    @Setup
    public void build() {
        committed = managedMesh();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Verdict managedMesh250BuildCommitQuery() {
        Topology t = managedMesh();
        return t.reach(TopologyGenerator.meshName(0) + "-vm", TopologyGenerator.meshName(SIZE - 1) + "-vm");
    }

    /** A question on the committed mesh, walked from scratch (a new pair each time, so never a remembered one). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Verdict managedMesh250QueryFirstWalk() {
        int from = round % SIZE;
        int to = (round / SIZE + from + 1) % SIZE;
        round++;
        return committed.dataPlane().walk(io.vnetlab.dataplane.Flow.from(committed.endpoint(
                TopologyGenerator.meshName(from) + "-vm")).to(committed.endpoint(TopologyGenerator.meshName(to) + "-vm")));
    }
}
