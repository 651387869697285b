package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.reference.ReferenceTopologies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Building the Learn module topology and checking its six pairs, as a test does. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LearnModuleBenchmark {

    @Benchmark
    public int buildAndAssertSixPairs() {
        Topology t = ReferenceTopologies.learnModule();
        String[] vms = {"SalesVM", "MarketingVM", "ResearchVM"};
        int reachable = 0;
        for (String a : vms) {
            for (String b : vms) {
                if (!a.equals(b) && t.reach(a, b).reachable()) {
                    reachable++;
                }
            }
        }
        if (reachable != 4) {
            throw new AssertionError("The Learn module has 4 reachable pairs, not " + reachable);
        }
        return reachable;
    }
}
