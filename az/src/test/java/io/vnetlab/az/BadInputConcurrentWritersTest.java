package io.vnetlab.az;

import io.vnetlab.model.NetworkSecurityGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Several writers of one state file at once, as {@code az ... &} in a script makes them: each call loads the file,
 * runs one command and saves under the file's lock, the way {@code bin/az} does; in the end every command that
 * exited 0 is in the state, and no call failed with anything but an answer of the CLI.
 */
class BadInputConcurrentWritersTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261205L);

    @TempDir
    Path dir;

    @Test
    void concurrent_writers_of_one_state_file_lose_no_update() {
        Findings findings = new Findings("concurrent state-file writers");
        int[] round = {0};
        qt().withFixedSeed(SEED).withExamples(2)
                .forAll(integers().between(2, 3), integers().between(4, 8))
                .checkAssert((writers, callsEach) -> {
                    StateFile file = new StateFile(dir.resolve("state-" + round[0]++ + ".json"));
                    call(file, List.of("group", "create", "-n", "rg", "-l", "westeurope"));
                    List<String> made = race(findings, file, writers, callsEach);
                    List<String> kept = file.load().topology().state().all(NetworkSecurityGroup.class).stream()
                            .map(NetworkSecurityGroup::name).toList();
                    List<String> lost = new ArrayList<>(made);
                    lost.removeAll(kept);
                    if (!lost.isEmpty()) {
                        findings.add(new Violation(findings.family(), "bin/az state file", "writers",
                                writers + " writers", Violation.Rule.LOST_UPDATE, lost.size() + " of " + made.size()
                                        + " creates that exited 0 are gone: " + lost));
                    }
                });
        findings.assertKept();
    }

    /** Runs {@code writers} threads of {@code callsEach} creates; the NSGs whose create exited 0. */
    private static List<String> race(Findings findings, StateFile file, int writers, int callsEach) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = "w" + w;
            results.add(pool.submit(() -> {
                start.await();
                List<String> made = new ArrayList<>();
                for (int i = 0; i < callsEach; i++) {
                    String name = writer + "-" + i;
                    findings.countCase();
                    try {
                        AzResult r = call(file, List.of("network", "nsg", "create", "-g", "rg", "-n", name));
                        JavaInternals.in(r.err()).ifPresent(marker -> findings.add(new Violation(findings.family(),
                                "bin/az state file", "writers", "message", Violation.Rule.JAVA_INTERNALS, r.err())));
                        if (r.succeeded()) {
                            made.add(name);
                        }
                    } catch (RuntimeException e) {
                        findings.add(new Violation(findings.family(), "bin/az state file", "writers", "call",
                                Violation.Rule.UNCAUGHT_THROWABLE, e.toString()));
                    }
                }
                return made;
            }));
        }
        start.countDown();
        List<String> made = new ArrayList<>();
        try {
            for (Future<List<String>> result : results) {
                made.addAll(result.get(2, TimeUnit.MINUTES));
            }
        } catch (Exception e) {
            throw new IllegalStateException("a writer did not finish", e);
        } finally {
            pool.shutdownNow();
        }
        return made;
    }

    /** One {@code bin/az} call against {@code file}, through the same locked read-modify-write as bin/az. */
    private static AzResult call(StateFile file, List<String> args) {
        return file.run(args);
    }
}
