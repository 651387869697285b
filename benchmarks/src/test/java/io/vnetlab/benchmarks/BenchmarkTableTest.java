package io.vnetlab.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTableTest {

    @Test
    void a_budget_row_says_within_or_over_and_a_context_row_has_no_budget_to_miss() {
        String table = BenchmarkMain.table(Map.of(
                "canReach", 30.0,               // budget (README.md#benchmarks): <= 1 us
                "canReachFirstWalk", 1_500.0,   // no budget: context for the row above
                "fork", 2_000_000.0,            // budget (README.md#benchmarks): <= 1 ms
                "naiveCanReach", 22_000.0), 100L * 1024 * 1024, 20L * 1024 * 1024);

        assertThat(table).containsPattern("one canReach query, warm.*30 ns +1\\.0 µs +within +733x faster")
                .containsPattern("the same query walked from scratch +1\\.5 µs +- +context +15x faster")
                .containsPattern("fork of the 500-spoke topology +2\\.0 ms +1\\.0 ms +OVER")
                .containsPattern("effective routes of one NIC, same topology +not run")
                .containsPattern("heap, .* +100 MB +256 MB +within")
                .containsPattern("heap of reachabilityMatrix\\(\\), .* +20 MB +256 MB +within");
    }

    @Test
    void a_script_replay_row_shows_its_cost_per_command_so_two_lengths_can_be_compared() {
        String table = BenchmarkMain.table(Map.of("azScript1000", 2e9, "azScript10000", 25e9), 0, 0);

        assertThat(table).containsPattern("replay a generated 1,000-command az script +2\\.00 s +- +context +2\\.0 ms per command")
                .containsPattern("replay a generated 10,000-command az script +25\\.00 s +- +context +2\\.5 ms per command");
    }
}
