package io.vnetlab.az;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A script run by real bash with an {@code az} on the PATH that keeps its state in a file between calls: what
 * {@code bin/az} does through {@code ./vnetlab}, here the entry point on the test class path, so that no build runs
 * inside a test.
 */
final class BashWithAz {

    /** What bash printed, how it ended, and the journal the state file holds afterwards (empty without one). */
    record Outcome(String out, String err, int exitCode, List<List<String>> journal) {
    }

    private BashWithAz() {
    }

    static boolean bashIsPresent() {
        try {
            Process p = new ProcessBuilder("bash", "-c", "exit 0").start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code script} (written to {@code dir/name}) under bash in {@code dir}, state in {@code dir/state.json}. */
    static Outcome run(Path dir, String name, String script) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path az = bin.resolve("az");
        // one JVM per az call, as bin/az starts it: quick compiler only, serial collector (the state file's snapshot
        // spares each call the journal's replay)
        Files.writeString(az, "#!/usr/bin/env bash\nexec \"" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -cp \""
                + System.getProperty("java.class.path") + "\" io.vnetlab.az.AzMain az \"$@\"\n");
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = dir.resolve(name);
        Files.writeString(file, script);
        Path state = dir.resolve("state.json");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", file.toString())).directory(dir.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("VNETLAB_STATE", state.toString());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bash " + file + " did not end within 5 minutes");
        }
        List<List<String>> journal = Files.exists(state) ? new StateFile(state).load().journal() : new ArrayList<>();
        return new Outcome(out, Files.readString(err), p.exitValue(), journal);
    }
}
