package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.assertj.NetworkAssertions;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Flow;
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

import java.util.concurrent.TimeUnit;

/**
 * Questions asked the way tests ask them, by name, on the full hub with 500 spokes of 10 VMs (5,002 VMs): the names
 * resolved, the verdict answered (warm: asked before), beside the same question with the VMs found by a scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {"-Xmx3g"})
public class ByNameBenchmarks {

    static final String SPOKE_VM = "spoke-007-vm3";
    static final String HUB_VM = "hub-vm";

    Topology topology;

    @Setup(Level.Trial)
    public void build() {
        topology = TopologyGenerator.fullHub(500, 10, false, 0);
        topology.reach(SPOKE_VM, HUB_VM);
    }

    /** {@code topology.reach("spoke-007-vm3", "hub-vm")}. */
    @Benchmark
    public boolean reachByName() {
        return topology.reach(SPOKE_VM, HUB_VM).reachable();
    }

    /** {@code assertThat(topology.vm("spoke-007-vm3")).canReach(topology.vm("hub-vm"))}: handles, then the assertion. */
    @Benchmark
    public Object handleAssertion() {
        return NetworkAssertions.assertThat(topology.vm(SPOKE_VM)).canReach(topology.vm(HUB_VM));
    }

    /** {@code assertThat(topology).vm("spoke-007-vm3").canReach("hub-vm")}: the assertion entry by name. */
    @Benchmark
    public Object assertionByName() {
        return NetworkAssertions.assertThat(topology).vm(SPOKE_VM).canReach(HUB_VM);
    }

    /** The baseline: the same question with both VMs found by scanning every VM. */
    @Benchmark
    public boolean naiveReachByName() {
        DataPlane plane = topology.dataPlane();
        VirtualMachine from = NaiveLookup.vm(topology.state(), SPOKE_VM);
        VirtualMachine to = NaiveLookup.vm(topology.state(), HUB_VM);
        return plane.evaluate(Flow.from(plane.endpoint(topology.state().primaryNetworkInterface(from)))
                .to(plane.endpoint(topology.state().primaryNetworkInterface(to)))).reachable();
    }
}
