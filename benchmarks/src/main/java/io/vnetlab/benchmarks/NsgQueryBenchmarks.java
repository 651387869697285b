package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.Protocol;
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
 * Reachability questions on a port, on the full hub with a 1,000-rule NSG on every spoke subnet
 * ({@link TopologyGenerator#fullHub} with {@code rulesPerNsg = 1000}): the flow leaves one spoke through its NSG,
 * crosses the hub appliance and enters another spoke through its NSG, whose rule 900 of 1,000 decides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class NsgQueryBenchmarks {

    DataPlane plane;
    Flow fromOnPremisesRange;

    @Setup
    public void build() {
        Topology topology = TopologyGenerator.fullHub(500, 10, false, 1_000);
        plane = topology.dataPlane();
        // rule r900 allows TCP 1900 from 10.100.150.0/24; the spoke VM is not in it, so the walk reads every rule
        // before the default rules decide
        fromOnPremisesRange = Flow.from(plane.endpoint(topology.networkInterface("spoke-007-vm3VMNic").snapshot()))
                .to(plane.endpoint(topology.networkInterface("spoke-311-vm1VMNic").snapshot())).on(Protocol.Tcp, 1_900);
        plane.evaluate(fromOnPremisesRange);
    }

    /** Asked before: answered from the data plane's verdicts. */
    @Benchmark
    public boolean canReachOnPort() {
        return plane.evaluate(fromOnPremisesRange).reachable();
    }

    /** Walked from scratch: two 1,000-rule NSGs read, the appliance crossed, the explanation built. */
    @Benchmark
    public boolean canReachOnPortFirstWalk() {
        return plane.walk(fromOnPremisesRange).reachable();
    }
}
