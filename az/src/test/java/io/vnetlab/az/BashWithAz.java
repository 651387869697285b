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
 * {@code bin/az} does through {@code ./vnetlab}, here with the launcher's client of the resident server and that
 * server in this JVM, on the test class path, so that no build runs inside a test.
 */
final class BashWithAz {

    /** What bash printed, how it ended, and the journal the state file holds afterwards (empty without one). */
    record Outcome(String out, String err, int exitCode, List<List<String>> journal) {
    }

    /** The launcher's client of the resident server, as the module's tests find it. */
    static final Path CLIENT = Path.of("src", "launcher", "az-client.bash").toAbsolutePath();

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

    /**
     * Runs {@code script} (written to {@code dir/name}) under bash in {@code dir}, state in {@code dir/state.json},
     * its az calls answered by a resident server in this JVM, stopped when the script ends.
     */
    static Outcome run(Path dir, String name, String script) throws IOException, InterruptedException {
        try (ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("az-server").resolve("endpoint"))) {
            return run(dir, name, script, server.endpoint());
        }
    }

    /** Runs {@code script} as {@link #run(Path, String, String)} does, its az calls sent to {@code endpoint}'s server. */
    static Outcome run(Path dir, String name, String script, Path endpoint) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path az = bin.resolve("az");
        // what bin/az does once its server runs: the launcher's own client, over the loopback interface
        Files.writeString(az, "#!/usr/bin/env bash\n"
                + "source \"" + CLIENT + "\"\n"
                + "az_call_server \"" + endpoint + "\" \"$PWD\" \"$@\"\n"
                + "rc=$?\n"
                + "[ -n \"$az_server_answered\" ] || { echo 'az: the server did not answer' >&2; exit 99; }\n"
                + "exit \"$rc\"\n");
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
