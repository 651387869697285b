package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that changes a static topology field itself, instead of its fork, fails naming itself; the field is put
 * back, so every later test starts from the topology as it was built; and no other test is blamed, also when the
 * tests run in parallel.
 */
class StaticFieldChangeTest {

    private static final Map<String, String> CONCURRENT = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    @Test
    void each_test_that_changes_the_static_field_fails_naming_itself_and_the_next_test_sees_the_field_as_built() {
        Events tests = Fixtures.run(StaticFieldChangeFixture.class).testEvents();

        assertThat(names(tests.failed().list())).containsExactly("deletes_a_peering_of_the_static_field()",
                "adds_a_network_to_the_static_field()");
        assertThat(Fixtures.failure(tests, "deletes_a_peering_of_the_static_field"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(changedBy("StaticFieldChangeFixture", "deletes_a_peering_of_the_static_field()"));
        assertThat(Fixtures.failure(tests, "adds_a_network_to_the_static_field"))
                .hasMessage(changedBy("StaticFieldChangeFixture", "adds_a_network_to_the_static_field()"));
        assertThat(names(tests.succeeded().list())).containsExactly(
                "the_next_test_starts_from_the_topology_as_built(Topology)",
                "the_test_after_that_starts_from_the_topology_as_built_again(Topology)");
        assertThat(StaticFieldChangeFixture.azure.peerings().list()).hasSize(4);
        assertThat(StaticFieldChangeFixture.azure.networks().list()).hasSize(3);
    }

    @Test
    void under_parallel_execution_only_the_test_that_changed_the_field_is_blamed_run_after_run() {
        for (int run = 1; run <= 3; run++) {
            ParallelStaticFieldFixture.reset();

            EngineExecutionResults results = Fixtures.run(CONCURRENT, ParallelStaticFieldFixture.class);

            Events tests = results.testEvents();
            assertThat(names(tests.failed().list())).as("failed tests of run %d", run)
                    .containsExactly("changes_the_static_field()");
            assertThat(Fixtures.failure(tests, "changes_the_static_field"))
                    .hasMessage(changedBy("ParallelStaticFieldFixture", "changes_the_static_field()"));
            assertThat(tests.succeeded().count()).isEqualTo(ParallelStaticFieldFixture.BYSTANDERS);
            assertThat(ParallelStaticFieldFixture.azure.peerings().list()).as("the field after run %d", run)
                    .hasSize(4);
        }
    }

    private static String changedBy(String fixture, String test) {
        return "Field 'azure' of " + fixture + " is static, so all its tests share it, and it was changed while test '"
                + test + "' ran: change the fork that each test receives instead (a parameter 'Topology azure', an"
                + " @AzureResource or a @TopologyView), or make the field an instance field. It is put back as it"
                + " was when the first test started, so the tests after this one do not see the change.";
    }

    private static List<String> names(List<Event> events) {
        return events.stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }
}
