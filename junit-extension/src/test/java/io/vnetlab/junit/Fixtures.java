package io.vnetlab.junit;

import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs fixture classes through the Jupiter engine. */
final class Fixtures {

    private Fixtures() {
    }

    static EngineExecutionResults run(Class<?>... fixtures) {
        return run(Map.of(), fixtures);
    }

    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... fixtures) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameter(Fixture.PARAMETER, "run")
                .configurationParameters(configuration)
                .execute();
    }

    /** Asserts that every test of the run succeeded, and that there were {@code count}; shows the failures. */
    static void assertAllSucceeded(EngineExecutionResults results, long count) {
        List<String> failures = results.allEvents().failed().stream().map(e -> e.getTestDescriptor().getDisplayName()
                + ": " + e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::toString)
                .orElse("?")).collect(Collectors.toList());
        org.assertj.core.api.Assertions.assertThat(failures).as("failures").isEmpty();
        results.testEvents().assertStatistics(s -> s.started(count).succeeded(count));
    }

    /** The throwable of the failed event (test or container) whose display name starts with {@code name}. */
    static Throwable failure(Events events, String name) {
        Event event = events.failed().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no failed event named " + name + " among "
                        + events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList()));
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class).flatMap(
                org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
    }

    /** The report entries published for the test whose display name starts with {@code name}. */
    static List<Map<String, String>> reports(Events events, String name) {
        return events.reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name))
                .map(e -> e.getPayload(ReportEntry.class)).flatMap(Optional::stream)
                .map(ReportEntry::getKeyValuePairs).collect(Collectors.toList());
    }
}
