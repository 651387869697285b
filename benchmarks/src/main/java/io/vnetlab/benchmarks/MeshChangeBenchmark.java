package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
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
 * One change to a 250-network full mesh (62,250 peerings): a new network peers with one of the mesh's. Each
 * invocation starts from a fork of the same mesh, so every measured change is the first one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class MeshChangeBenchmark {

    Topology mesh;
    Topology changing;
    int round;

    @Setup(Level.Trial)
    public void build() {
        mesh = TopologyGenerator.mesh(250);
        mesh.networks().define("newcomer").withRegion(TopologyGenerator.REGIONS.get(0))
                .withAddressSpace("10.250.0.0/16").withSubnet("default", "10.250.0.0/24").create();
    }

    @Setup(Level.Invocation)
    public void fork() {
        changing = mesh.fork();
    }

    @Benchmark
    public Topology addOnePeeringToMesh250() {
        changing.peer("newcomer").to(TopologyGenerator.meshName(round++ % 250)).create();
        return changing;
    }
}
