package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.diff.ReachabilityDiff;
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

import java.util.concurrent.TimeUnit;

/**
 * The reachability diff of a pull request on a 500-spoke estate (the full hub: VPN gateway and on-premises site,
 * appliance, gateway transit, 10 VMs per spoke): one spoke stops using the hub's gateway. Both data planes are
 * compiled afresh in every invocation, so the figure is what {@code ./vnetlab diff} pays after building.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class DiffBenchmark {

    Topology before;
    Topology after;

    @Setup
    public void build() {
        before = TopologyGenerator.fullHub(500, 10, false, 0);
        after = before.fork();
        String spoke = TopologyGenerator.spokeName(7);
        after.peerings().update(spoke, spoke + "-To-hub").useRemoteGateways(false).apply();
    }

    @Benchmark
    public ReachabilityDiff diff500Spokes() {
        return ReachabilityDiff.between(DataPlane.compile(before.state()), DataPlane.compile(after.state()));
    }
}
