package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
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
 * Queries on the full hub with 500 spokes of 10 VMs each (5,002 VMs, 1,000 peerings, a VPN gateway to a site, an
 * appliance with user routes; {@link TopologyGenerator#fullHub}), against the budgets in docs/benchmarks.md, beside
 * the naive walk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class QueryBenchmarks {

    Topology topology;
    DataPlane plane;
    Flow spokeToHub;
    Flow spokeToSpoke;
    Flow spokeToSpokeHttps;
    NetworkInterface spokeNic;
    NetworkInterface hubNic;
    List<Endpoint> allVms;
    TopologyState flagOff;
    TopologyState flagOn;
    TopologyState ruleAllows;
    TopologyState ruleDenies;
    DataPlane previous;
    boolean flag;
    int round;

    @Setup(Level.Trial)
    public void build() {
        topology = TopologyGenerator.fullHub(500, 10, false, 0);
        plane = topology.dataPlane();
        spokeNic = topology.networkInterface("spoke-007-vm3VMNic").snapshot();
        hubNic = topology.networkInterface("hub-vmVMNic").snapshot();
        NetworkInterface otherSpokeNic = topology.networkInterface("spoke-311-vm1VMNic").snapshot();
        spokeToHub = Flow.from(plane.endpoint(spokeNic)).to(plane.endpoint(hubNic));
        spokeToSpoke = Flow.from(plane.endpoint(spokeNic)).to(plane.endpoint(otherSpokeNic));
        spokeToSpokeHttps = spokeToSpoke.on(Protocol.Tcp, 443);
        allVms = new ArrayList<>();
        for (VirtualMachine vm : topology.state().virtualMachines()) {
            allVms.add(plane.endpoint(topology.state().primaryNetworkInterface(vm)));
        }
        plane.evaluate(spokeToHub);
        plane.evaluate(spokeToSpoke);
        // two states one peering flag apart, and two states one NSG rule apart, for recompilation
        Topology changing = topology.fork();
        changing.networkSecurityGroups().define("probe-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("https").allowInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toPort(443)
                .withProtocol(Protocol.Tcp).withPriority(100).attach().create();
        changing.networkSecurityGroups().associateWithSubnet("probe-nsg", "spoke-311", "default");
        flagOff = changing.state();
        changing.peerings().update("spoke-007", "spoke-007-To-hub").allowForwardedTraffic(false).apply();
        flagOn = changing.state();
        // the NSG rule changed in place, as networkSecurityGroups().update(...) does
        changing.networkSecurityGroups().update("probe-nsg").withoutRule("https").defineRule("https").denyInbound()
                .fromAnyAddress().fromAnyPort().toAnyAddress().toPort(443).withProtocol(Protocol.Tcp)
                .withPriority(100).attach().apply();
        ruleDenies = changing.state();
        ruleAllows = flagOn;
        previous = DataPlane.compile(flagOff);
        previous.evaluate(spokeToSpokeHttps);
    }

    /** The same question asked again: answered from the data plane's verdicts. */
    @Benchmark
    public boolean canReach() {
        return plane.evaluate(spokeToHub).reachable();
    }

    /** A question walked from scratch (routes compiled): spoke to hub over the peering. */
    @Benchmark
    public boolean canReachFirstWalk() {
        return plane.walk(spokeToHub).reachable();
    }

    /** Walked from scratch: spoke to spoke through the hub appliance, replies walked back, explanation built. */
    @Benchmark
    public boolean canReachThroughApplianceFirstWalk() {
        return plane.walk(spokeToSpoke).reachable();
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

    /** The recompilation a peering flag change costs, and the question answered again (flow across it). */
    @Benchmark
    public boolean recompileAfterPeeringFlagChange() {
        TopologyState next = (round++ & 1) == 0 ? flagOn : flagOff;
        previous = DataPlane.recompile(previous, next);
        return previous.evaluate(spokeToHub).reachable();
    }

    /** The recompilation an NSG rule change costs, and the question on that port answered again. */
    @Benchmark
    public boolean recompileAfterNsgRuleChange() {
        TopologyState next = (round++ & 1) == 0 ? ruleDenies : ruleAllows;
        previous = DataPlane.recompile(previous, next);
        return previous.evaluate(spokeToSpokeHttps).reachable();
    }

    /** The whole change as a test makes it: the control-plane update, then the question again. */
    @Benchmark
    public boolean updateThenReanswer() {
        flag = !flag;
        topology.peerings().update("spoke-007", "spoke-007-To-hub").allowForwardedTraffic(flag).apply();
        return topology.evaluate(spokeToHub).reachable();
    }

    @Benchmark
    public Topology fork() {
        return topology.fork();
    }
}
