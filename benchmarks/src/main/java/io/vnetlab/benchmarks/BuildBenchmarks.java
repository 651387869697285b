package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.az.Az;
import io.vnetlab.az.ScriptRunner;
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
 * Building large topologies through the control plane, each from nothing: full meshes (what Azure Virtual Network
 * Manager makes), a hub with 20,000 VMs, and generated {@code az} scripts of two lengths, whose cost per command
 * should be the same. Each build is one shot: the first operations are as much part of it as the last.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class BuildBenchmarks {

    String script1000;
    String script10000;

    @Setup
    public void scripts() {
        script1000 = AzScriptGenerator.hubAndSpokeScript(1_000);
        script10000 = AzScriptGenerator.hubAndSpokeScript(10_000);
    }

    @Benchmark
    public Topology meshBuild100() {
        return TopologyGenerator.mesh(100);
    }

    @Benchmark
    public Topology meshBuild150() {
        return TopologyGenerator.mesh(150);
    }

    @Benchmark
    public Topology meshBuild250() {
        return TopologyGenerator.mesh(250);
    }

    @Benchmark
    public Topology hubWith20000VmsBuild() {
        return TopologyGenerator.hubAndSpoke(500, 40, false);
    }

    @Benchmark
    public Topology azScript1000() {
        return replay(script1000);
    }

    @Benchmark
    public Topology azScript10000() {
        return replay(script10000);
    }

    private static Topology replay(String script) {
        Az az = Az.create();
        new ScriptRunner(az).stoppingAtFirstError().run(script);
        return az.topology();
    }
}
