package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.AllPairsReachability;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.NetworkInterface;
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
 * Queries on a hub with 500 spokes of 10 VMs each (5,001 VMs, 1,000 peerings), against DESIGN.md's budgets, each
 * beside the same query answered by {@link NaiveWalk}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class QueryBenchmarks {

    Topology topology;
    DataPlane plane;
    Flow spokeToHub;
    Flow spokeToSpoke;
    NetworkInterface spokeNic;
    NetworkInterface hubNic;
    NetworkInterface otherSpokeNic;
    List<Endpoint> allVms;
    boolean flag;

    @Setup(Level.Trial)
    public void build() {
        topology = TopologyGenerator.hubAndSpoke(500, 10, false);
        plane = topology.dataPlane();
        spokeNic = topology.networkInterface("spoke-007-vm3VMNic");
        hubNic = topology.networkInterface("hub-vmVMNic");
        otherSpokeNic = topology.networkInterface("spoke-311-vm1VMNic");
        spokeToHub = Flow.from(plane.endpoint(spokeNic)).to(plane.endpoint(hubNic));
        spokeToSpoke = Flow.from(plane.endpoint(spokeNic)).to(plane.endpoint(otherSpokeNic));
        allVms = new ArrayList<>();
        for (VirtualMachine vm : topology.state().virtualMachines()) {
            allVms.add(plane.endpoint(topology.state().primaryNetworkInterface(vm)));
        }
        plane.evaluate(spokeToHub);
        plane.evaluate(spokeToSpoke);
    }

    @Benchmark
    public boolean canReach() {
        return plane.evaluate(spokeToHub).reachable();
    }

    @Benchmark
    public boolean canReachBlocked() {
        return plane.evaluate(spokeToSpoke).reachable();
    }

    @Benchmark
    public boolean naiveCanReach() {
        return NaiveWalk.reachable(topology.state(), spokeNic, hubNic);
    }

    @Benchmark
    public EffectiveRouteTable effectiveRoutes() {
        return plane.effectiveRoutes(hubNic);
    }

    @Benchmark
    public EffectiveRouteTable effectiveRoutesCold() {
        return DataPlane.compile(topology.state()).effectiveRoutes(hubNic);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public long allPairs() {
        return AllPairsReachability.of(DataPlane.compile(topology.state()), allVms).reachableCount();
    }

    /** One peering flag flips, then the same question is answered again: the recompilation it costs. */
    @Benchmark
    public boolean reanswerAfterPeeringFlagChange() {
        flag = !flag;
        topology.peerings().update("spoke-007", "spoke-007-To-hub").allowForwardedTraffic(flag).apply();
        return topology.evaluate(spokeToHub).reachable();
    }

    @Benchmark
    public Topology fork() {
        return topology.fork();
    }
}
