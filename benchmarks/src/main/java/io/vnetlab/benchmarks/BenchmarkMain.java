package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.render.CliTable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the JMH suite and prints one table: benchmark, median, the budget in docs/benchmarks.md, and the ratio to the
 * naive reference. Behind {@code ./vnetlab bench}; {@code ./vnetlab bench quick} runs fewer iterations.
 */
public final class BenchmarkMain {

    static final List<Budget> BUDGETS = List.of(
            new Budget("canReach", "one canReach query, warm (asked before), hub with 500 spokes", 1_000, "naiveCanReach"),
            new Budget("reachByName", "topology.reach(\"spoke-007-vm3\", \"hub-vm\"), warm, same hub (5,002 VMs)", 1_000, "naiveReachByName"),
            new Budget("handleAssertion", "assertThat(topology.vm(a)).canReach(topology.vm(b)), warm, same hub", 1_000, "naiveReachByName"),
            new Budget("assertionByName", "assertThat(topology).vm(a).canReach(b), warm, same hub", 1_000, "naiveReachByName"),
            new Budget("firstReachAfterBuild", "the first reach by name after building the hub, fresh JVM", 5e6, null),
            new Budget("canReachFirstWalk", "the same query walked from scratch", Budget.NONE, "naiveCanReach"),
            new Budget("canReachThroughApplianceFirstWalk", "spoke to spoke through the hub appliance, walked", Budget.NONE, null),
            new Budget("canReachOnPort", "one canReach query on a port, warm, 1,000-rule NSGs on the spokes", 1_000, null),
            new Budget("canReachOnPortFirstWalk", "the same walked from scratch through two 1,000-rule NSGs", Budget.NONE, null),
            new Budget("effectiveRoutes", "effective routes of one NIC, same topology", 5_000, "effectiveRoutesCold"),
            new Budget("allPairs", "all-pairs reachability, 500 spokes x 10 VMs (25M pairs)", 2e9, null),
            new Budget("coldAllPairs", "the same all pairs, first run in a fresh JVM", 2e9, null),
            new Budget("matrix1000", "topology.reachabilityMatrix(), hub with 100 spokes (1,002 VMs)", Budget.NONE, "naiveMatrix1000"),
            new Budget("matrix5000", "topology.reachabilityMatrix(), hub with 500 spokes (5,002 VMs)", 2e9, null),
            new Budget("recompileAfterPeeringFlagChange", "recompile after one peering flag changes, and re-answer", 25_000, null),
            new Budget("recompileAfterNsgRuleChange", "recompile after one NSG rule changes, and re-answer", 25_000, null),
            new Budget("updateThenReanswer", "the flag change itself (control plane) plus re-answer", Budget.NONE, null),
            new Budget("fork", "fork of the 500-spoke topology", 1_000_000, null),
            new Budget("buildAndAssertSixPairs", "build the Learn module and assert its 6 pairs", 1_000_000, null),
            new Budget("meshBuild100", "build a 100-network full mesh (9,900 peerings)", Budget.NONE, null),
            new Budget("meshBuild150", "build a 150-network full mesh (22,350 peerings)", Budget.NONE, null),
            new Budget("meshBuild250", "build a 250-network full mesh (62,250 peerings)", 5e9, null),
            new Budget("addOnePeeringToMesh250", "add one peering to the 250-network mesh", 50_000, null),
            new Budget("managedMesh250BuildCommitQuery", "build a 250-network global mesh by a network manager, commit it and ask one question", 5e9, null),
            new Budget("managedMesh250QueryFirstWalk", "one question on that committed mesh, walked from scratch", Budget.NONE, null),
            new Budget("hubWith20000VmsBuild", "build a 500-spoke hub with 20,000 VMs (40 per spoke)", 5e9, null),
            new Budget("diff500Spokes", "reachability diff of two 500-spoke estates (10 VMs per spoke)", 5e9, null),
            new Budget("azScript1000", "replay a generated 1,000-command az script", Budget.NONE, null),
            new Budget("azScript10000", "replay a generated 10,000-command az script", Budget.NONE, null),
            new Budget("azCallEmpty", "one bin/az call, empty state (a whole process)", 150e6, "azCallEmptyNaive"),
            new Budget("azCallEmptyJvm", "the same with a JVM per call (VNETLAB_AZ_SERVER=off)", Budget.NONE,
                    "azCallEmptyNaive"),
            new Budget("azCall1000", "one bin/az call, 1,000-command journal (a whole process)", 150e6,
                    "azCall1000Naive"),
            new Budget("azCall1000Jvm", "the same with a JVM per call (VNETLAB_AZ_SERVER=off)", Budget.NONE,
                    "azCall1000Naive"),
            new Budget("runPerCommand", "./vnetlab run of a 1,000-command script, per command", 20e6,
                    "runPerCommandNaive"),
            new Budget("firstAnswer", "JVM start to first answer on the Learn module (a whole process)", 250e6,
                    "firstAnswerNaive"));

    /** Replay rows, with how many commands each replays: the table shows their cost per command side by side. */
    static final Map<String, Integer> SCRIPT_COMMANDS = Map.of("azScript1000", 1_000, "azScript10000", 10_000);

    private BenchmarkMain() {
    }

    /**
     * {@code quick} runs fewer iterations; {@code forked} runs the rows that time whole processes
     * ({@link ForkedTimings}: {@code bin/az}, {@code ./vnetlab run}, JVM start to first answer), which the full suite
     * runs too; any other argument is a regular expression over benchmark names that runs only the matching ones
     * ({@code ./vnetlab bench quick mesh azScript}).
     */
    public static void main(String[] args) throws RunnerException {
        List<String> patterns = new ArrayList<>(List.of(args));
        boolean quick = patterns.remove("quick");
        boolean forkedAsked = patterns.remove("forked");
        boolean everything = patterns.isEmpty() && !forkedAsked;
        boolean forked = everything || forkedAsked;
        ChainedOptionsBuilder options = new OptionsBuilder();
        if (everything) {
            options.include(QueryBenchmarks.class.getName())
                    .include(LearnModuleBenchmark.class.getName())
                    .include(NsgQueryBenchmarks.class.getName())
                    .include(BuildBenchmarks.class.getName())
                    .include(MeshChangeBenchmark.class.getName())
                    .include(ByNameBenchmarks.class.getName())
                    .include(MatrixBenchmarks.class.getName())
                    .include(ColdBenchmarks.class.getName())
                    .include(ManagedMeshBenchmark.class.getName())
                    .include(DiffBenchmark.class.getName());
        }
        patterns.forEach(options::include);
        options.verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(1).measurementIterations(2).forks(1);
        }
        System.out.println("vnetlab benchmarks (JMH" + (quick ? ", quick" : "") + ") on "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; this takes a few minutes...");
        Map<String, Double> medians = new HashMap<>();
        Collection<RunResult> results = everything || !patterns.isEmpty() ? new Runner(options.build()).run()
                : List.of();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            var statistics = result.getPrimaryResult().getStatistics();
            double value = result.getParams().getMode().shortLabel().equals("ss")
                    ? statistics.getMean() : statistics.getPercentile(50);
            medians.put(name, toNanos(value, result.getPrimaryResult().getScoreUnit()));
        }
        if (forked) {
            try {
                medians.putAll(new ForkedTimings(Path.of("").toAbsolutePath(), quick ? 3 : 9).measure());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.println(table(medians, heapOfLargestTopology(), heapOfMatrix()));
    }

    static String table(Map<String, Double> medians, long heapBytes, long matrixHeapBytes) {
        List<String[]> rows = new ArrayList<>();
        for (Budget budget : BUDGETS) {
            Double median = medians.get(budget.benchmark());
            String ratio = "";
            if (median != null && budget.naiveBenchmark() != null && medians.containsKey(budget.naiveBenchmark())) {
                ratio = String.format(Locale.ROOT, "%.0fx faster", medians.get(budget.naiveBenchmark()) / median);
            }
            if (median != null && SCRIPT_COMMANDS.containsKey(budget.benchmark())) {
                ratio = human(median / SCRIPT_COMMANDS.get(budget.benchmark())) + " per command";
            }
            if (median != null && budget.benchmark().equals("allPairs") && medians.containsKey("naiveCanReach")) {
                double naivePairByPair = medians.get("naiveCanReach") * 5_001L * 5_000L;
                ratio = String.format(Locale.ROOT, "%.0fx faster (naive pair by pair, estimated)", naivePairByPair / median);
            }
            rows.add(new String[]{budget.what(), median == null ? "not run" : human(median),
                    budget.isContext() ? "-" : human(budget.budgetNanos()), status(budget, median), ratio});
        }
        rows.add(new String[]{"heap, 500-spoke hub with a 1,000-rule NSG on every spoke subnet", mb(heapBytes), "256 MB",
                heapBytes <= 256L * 1024 * 1024 ? "within" : "OVER", ""});
        rows.add(new String[]{"heap of reachabilityMatrix(), 5,002 VMs, beyond the topology's", mb(matrixHeapBytes),
                "256 MB", matrixHeapBytes <= 256L * 1024 * 1024 ? "within" : "OVER",
                "naive: a verdict per pair, about 29 GB (estimated)"});
        return CliTable.render(List.of("Benchmark", "Median", "Budget", "", "Ratio to naive"), rows);
    }

    /** "within" or "OVER" a budget; "context" for rows that explain a budget row but have no budget of their own. */
    static String status(Budget budget, Double median) {
        if (median == null) {
            return "";
        }
        if (budget.isContext()) {
            return "context";
        }
        return median <= budget.budgetNanos() ? "within" : "OVER";
    }

    /** Heap retained by the largest generated topology with its data plane compiled, measured after GC. */
    static long heapOfLargestTopology() {
        Runtime runtime = Runtime.getRuntime();
        long before = used(runtime);
        Topology topology = TopologyGenerator.fullHub(500, 10, false, 1_000);
        topology.reach("spoke-000-vm0", "hub-vm");
        long after = used(runtime);
        if (topology.state().networks().isEmpty()) {
            throw new IllegalStateException("unreachable: keeps the topology alive until measured");
        }
        return Math.max(0, after - before);
    }

    /** Heap retained by reachabilityMatrix() of the 500-spoke hub, beyond the topology and its data plane. */
    static long heapOfMatrix() {
        Runtime runtime = Runtime.getRuntime();
        Topology topology = TopologyGenerator.fullHub(500, 10, false, 0);
        topology.reach("spoke-000-vm0", "hub-vm");
        long before = used(runtime);
        io.vnetlab.dataplane.ReachabilityMatrix matrix = topology.reachabilityMatrix();
        long after = used(runtime);
        if (matrix.pairCount() == 0 || topology.state().networks().isEmpty()) {
            throw new IllegalStateException("unreachable: keeps the matrix and the topology alive until measured");
        }
        return Math.max(0, after - before);
    }

    private static long used(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static double toNanos(double value, String unit) {
        switch (unit.substring(0, unit.indexOf('/'))) {
            case "ns": return value;
            case "us": return value * 1e3;
            case "ms": return value * 1e6;
            case "s": return value * 1e9;
            default: throw new IllegalArgumentException("Unknown unit " + unit);
        }
    }

    static String human(double nanos) {
        if (nanos < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
