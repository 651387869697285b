package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.DataPlane;
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
 * {@code topology.reachabilityMatrix()}, which the README quick start, the demo and {@code ./vnetlab diagram} render,
 * on the full hub with 100 and 500 spokes of 10 VMs (1,002 and 5,002 VMs), beside every pair walked with its verdict
 * kept (at 1,002 VMs only: at 5,002 that needs tens of gigabytes).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class MatrixBenchmarks {

    /** A hub of {@code spokes} spokes and its VMs' endpoints. */
    @State(Scope.Benchmark)
    public abstract static class Hub {
        Topology topology;
        List<Endpoint> vms;

        abstract int spokes();

        @Setup(Level.Trial)
        public void build() {
            topology = TopologyGenerator.fullHub(spokes(), 10, false, 0);
            DataPlane plane = topology.dataPlane();
            vms = new ArrayList<>();
            for (VirtualMachine vm : topology.state().virtualMachines()) {
                vms.add(plane.endpoint(topology.state().primaryNetworkInterface(vm)));
            }
        }
    }

    public static class Hub1000 extends Hub {
        @Override
        int spokes() {
            return 100;
        }
    }

    public static class Hub5000 extends Hub {
        @Override
        int spokes() {
            return 500;
        }
    }

    @Benchmark
    public int matrix1000(Hub1000 hub) {
        return hub.topology.reachabilityMatrix().endpoints().size();
    }

    @Benchmark
    public int matrix5000(Hub5000 hub) {
        return hub.topology.reachabilityMatrix().endpoints().size();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 1)
    public int naiveMatrix1000(Hub1000 hub) {
        return NaiveMatrix.of(hub.topology.dataPlane(), hub.vms).length;
    }
}
