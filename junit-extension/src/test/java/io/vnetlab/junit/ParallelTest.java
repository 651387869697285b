package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Forks keep tests apart under JUnit's parallel execution, run after run. */
class ParallelTest {

    private static final Map<String, String> CONCURRENT = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    @Test
    void sixty_concurrent_tests_each_see_only_their_own_changes_run_after_run() {
        for (int run = 1; run <= 5; run++) {
            ParallelFixture.reset();

            EngineExecutionResults results = Fixtures.run(CONCURRENT, ParallelFixture.class);

            Fixtures.assertAllSucceeded(results, ParallelFixture.TESTS);
            assertThat(ParallelFixture.THREADS).as("threads of run %d", run).hasSizeGreaterThan(1);
            assertThat(ParallelFixture.azure.state()).as("the static topology after run %d", run)
                    .isSameAs(ParallelFixture.INITIAL);
        }
    }
}
