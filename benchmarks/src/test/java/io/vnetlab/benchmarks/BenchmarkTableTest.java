package io.vnetlab.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTableTest {

    @Test
    void a_budget_row_says_within_or_over_and_a_context_row_has_no_budget_to_miss() {
        String table = BenchmarkMain.table(Map.of(
                "canReach", 30.0,               // budget (docs/benchmarks.md): <= 1 us
                "canReachFirstWalk", 1_500.0,   // no budget: context for the row above
                "fork", 2_000_000.0,            // budget (docs/benchmarks.md): <= 1 ms
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

    @Test
    void a_whole_process_row_is_shown_beside_its_naive_way_against_its_budget() {
        String table = BenchmarkMain.table(Map.of("azCall1000", 120e6, "azCall1000Naive", 2.4e9,
                "firstAnswer", 300e6, "firstAnswerNaive", 600e6), 0, 0);

        assertThat(table).containsPattern("one bin/az call, 1,000-command journal .* +120\\.0 ms +150\\.0 ms +within +20x faster")
                .containsPattern("JVM start to first answer on the Learn module .* +300\\.0 ms +250\\.0 ms +OVER +2x faster");
    }

    @Test
    void the_timed_journal_holds_the_state_changing_commands_of_the_generated_script_as_the_state_file_lays_them_out()
            throws Exception {
        String journal = ForkedTimings.journalOf(1_000);

        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(journal);
        assertThat(root.path("format").asText()).isEqualTo("vnetlab-az-journal/1");
        assertThat(root.path("commands")).hasSize(1_000);
        assertThat(journal).doesNotContain("\"show\"").contains("\n    [\n      \"vm\",\n      \"create\",\n");
        assertThat(root.path("commands").get(3).get(root.path("commands").get(3).size() - 1).asText())
                .as("an empty argument stays an empty word").isEmpty();
    }
}
