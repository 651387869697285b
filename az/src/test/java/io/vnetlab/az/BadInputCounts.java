package io.vnetlab.az;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The number of cases each family of the bad-input suite ran, printed with the test output and appended to
 * {@code target/badinput-counts.txt}, so that a build reports how much hostile input it threw and what it cost.
 */
final class BadInputCounts {

    private static final Path FILE = Path.of("target", "badinput-counts.txt");

    private BadInputCounts() {
    }

    /** Records {@code cases} for {@code family}, with the CPU time they took (a figure to read, not to assert). */
    static synchronized void record(String family, long cases, long cpuMillis) {
        String line = "badinput " + family + ": " + cases + " cases, " + cpuMillis + " ms CPU";
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
