package io.vnetlab.katas;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The katas teach: unsolved (an attempt that does nothing, as every learner's file starts), each kata fails, and
 * every failure message states the concept the kata is about (guard tests such as "what worked still works" may
 * pass); run against the reference solutions, every test passes. The learner's own files are never run here: they
 * change as the learner solves katas, and the build must stay green whichever are solved.
 */
class KatasTeachTest {

    private static final List<Class<?>> KATAS = List.of(K01PeerTwoNetworksTest.class, K02ReachAcrossTheHubTest.class,
            K03PeerAcrossRegionsTest.class, K04MakeRoomForAPeeringTest.class, K05SyncAfterResizeTest.class,
            K06ShareTheHubGatewayTest.class, K07RouteThroughTheApplianceTest.class, K08PreferTheApplianceTest.class,
            K09OpenOnlyHttpsToTheWorldTest.class);

    @Test
    void every_unsolved_kata_fails_with_the_concept_it_teaches() throws Exception {
        for (Class<?> kata : KATAS) {
            String concept = (String) kata.getDeclaredField("CONCEPT").get(null);
            EngineExecutionResults results = run(kata, "unsolved");
            List<Event> failed = results.testEvents().failed().list();
            assertThat(failed).as("%s fails unsolved", kata.getSimpleName()).isNotEmpty();
            for (Event event : failed) {
                Throwable why = event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow();
                assertThat(why).as("%s: %s", kata.getSimpleName(), event.getTestDescriptor().getDisplayName())
                        .isInstanceOf(AssertionError.class);
                assertThat(why.getMessage()).startsWith(concept);
            }
        }
    }

    @Test
    void every_kata_passes_with_its_reference_solution() {
        for (Class<?> kata : KATAS) {
            EngineExecutionResults results = run(kata, "solutions");
            assertThat(results.testEvents().failed().list().stream().map(e -> e.getTestDescriptor().getDisplayName())
                    .collect(Collectors.toList())).as(kata.getSimpleName()).isEmpty();
            assertThat(results.testEvents().succeeded().count()).isPositive();
        }
    }

    private static EngineExecutionResults run(Class<?> kata, String which) {
        String before = System.getProperty(Katas.PROPERTY);
        System.setProperty(Katas.PROPERTY, which);
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kata)).execute();
        } finally {
            if (before == null) {
                System.clearProperty(Katas.PROPERTY);
            } else {
                System.setProperty(Katas.PROPERTY, before);
            }
        }
    }
}
