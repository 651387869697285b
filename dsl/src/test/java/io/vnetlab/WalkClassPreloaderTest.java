package io.vnetlab;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk's classes load on a thread of their own, started by the first topology of a JVM; that no question then
 * loads a class of the library is {@link FreshJvmQuestionsTest}'s to show, in the JVM of its own it already runs.
 */
class WalkClassPreloaderTest {

    private static final String CREATED = "-- created --";

    @Test
    void everyNameItPreloadsIsAClassOfTheLibrary() throws Exception {
        for (String name : WalkClassPreloader.WALK_CLASSES) {
            assertThat(Class.forName(name, false, WalkClassPreloader.class.getClassLoader()).getName())
                    .isEqualTo(name);
        }
    }

    @Test
    void theSystemPropertyTurnsItOff() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + WalkClassPreloader.PROPERTY + "=false", "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), CreateOneTopology.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        // a thread that create() started is joined, or already done, before the marker: it would have loaded Walk
        assertThat(output.substring(0, output.indexOf(CREATED))).contains("preloader running: false")
                .doesNotContain("io.vnetlab.dataplane.Walk source:");
    }

    /** Creates one topology, waits for the preloading if it runs, and says whether it ran. */
    static final class CreateOneTopology {

        public static void main(String[] args) throws Exception {
            Topology.create();
            boolean running = false;
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals(WalkClassPreloader.THREAD_NAME)) {
                    running = true;
                    thread.join();
                }
            }
            System.out.println("preloader running: " + running);
            System.out.println(CREATED);
        }
    }
}
