package io.vnetlab.az;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * What one family of the bad-input suite found: it counts the cases, keeps every violation, and in the end fails
 * with one line per distinct kind of violation (rule, surface, parameter, value class, first example) unless
 * {@link KnownUnfixed} tolerates it.
 */
final class Findings {

    private final String family;
    private long cases;
    private final List<Violation> broken = new ArrayList<>();
    private final List<Violation> tolerated = new ArrayList<>();

    private final long cpuStart = cpuNanos();

    Findings(String family) {
        this.family = family;
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    String family() {
        return family;
    }

    synchronized void countCase() {
        cases++;
    }

    synchronized void add(Violation v) {
        (KnownUnfixed.tolerates(v) ? tolerated : broken).add(v);
    }

    synchronized void addAll(List<Violation> found) {
        found.forEach(this::add);
    }

    synchronized long cases() {
        return cases;
    }

    /** Records the count and fails on any violation {@link KnownUnfixed} does not tolerate. */
    void assertKept() {
        BadInputCounts.record(family, cases, (cpuNanos() - cpuStart) / 1_000_000);
        if (!tolerated.isEmpty()) {
            System.out.println("badinput " + family + ": " + tolerated.size() + " known-unfixed violations tolerated");
        }
        if (!broken.isEmpty()) {
            fail("%s: %d violations in %d cases, by kind:%n%s", family, broken.size(), cases, summary(broken));
        }
    }

    private static String summary(List<Violation> violations) {
        Map<String, List<Violation>> byKind = new LinkedHashMap<>();
        for (Violation v : violations) {
            byKind.computeIfAbsent(v.rule() + " " + v.surface() + " " + v.param() + " <" + v.valueClass() + ">",
                    k -> new ArrayList<>()).add(v);
        }
        return byKind.entrySet().stream().limit(150)
                .map(e -> e.getKey() + " x" + e.getValue().size() + ": " + oneLine(e.getValue().get(0).seen()))
                .collect(Collectors.joining("\n"));
    }

    private static String oneLine(String text) {
        String flat = text.replace("\n", "\\n");
        return flat.length() > 220 ? flat.substring(0, 220) + "..." : flat;
    }
}
