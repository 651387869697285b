package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.AllPairsReachability;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.VirtualMachine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a CI job sees: the first question of its kind in a fresh JVM, right after building the 500-spoke hub (5,002
 * VMs). Each fork measures once, without warm-up; the figure is the mean over ten forks, since one fork's figure moves
 * with what the compiler's and the collector's threads still do right after the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgs = {"-Xmx3g"})
public class ColdBenchmarks {

    Topology topology;

    @Setup(Level.Trial)
    public void build() {
        topology = TopologyGenerator.fullHub(500, 10, false, 0);
    }

    /** All pairs, the first time in this JVM (the data plane compiled as part of it). */
    @Benchmark
    public long coldAllPairs() {
        List<Endpoint> vms = new ArrayList<>();
        for (VirtualMachine vm : topology.state().virtualMachines()) {
            vms.add(topology.endpoint(vm));
        }
        return AllPairsReachability.of(topology.dataPlane(), vms).reachableCount();
    }

    /** The first {@code reach} by name after the build. */
    @Benchmark
    public boolean firstReachAfterBuild() {
        return topology.reach(ByNameBenchmarks.SPOKE_VM, ByNameBenchmarks.HUB_VM).reachable();
    }
}
