package io.vnetlab.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The rows a JVM cannot time from inside: whole processes, started the way a user starts them, each beside the
 * naive way (a plain {@code java -cp} on the classes directories, no class-data sharing, no launcher flags, and for
 * {@code bin/az} no snapshot: the journal replayed). Run from the repository root after a build, by
 * {@code ./vnetlab bench}; the figure of a row is the median wall-clock time of its runs.
 *
 * <ul>
 *   <li>{@code azCallEmpty}: one {@code bin/az} call on an empty state, answered by the resident server an earlier
 *   call started (and {@code azCallEmptyJvm}: with a JVM per call, {@code VNETLAB_AZ_SERVER=off});</li>
 *   <li>{@code azCall1000}: the same on a state whose journal holds 1,000 commands (and {@code azCall1000Jvm});</li>
 *   <li>{@code runPerCommand}: {@code ./vnetlab run} of a 1,000-command script, divided by 1,000;</li>
 *   <li>{@code firstAnswer}: a JVM from its start to the first answer on the Learn module ({@link FirstAnswer}),
 *   with the class-data sharing archive and flags the launcher uses.</li>
 * </ul>
 */
final class ForkedTimings {

    static final int JOURNAL_COMMANDS = 1_000;

    /** bin/az as it was before its resident server: a JVM per call (class-data sharing, snapshot, lean flags). */
    private static final Map<String, String> ONE_JVM_PER_CALL = Map.of("VNETLAB_AZ_SERVER", "off");

    private final Path root;
    private final int runs;
    private final Path work;

    ForkedTimings(Path root, int runs) throws IOException {
        this.root = root;
        this.runs = runs;
        this.work = Files.createTempDirectory("vnetlab-forked-timings");
    }

    /** Every forked row, in nanoseconds. */
    Map<String, Double> measure() throws IOException, InterruptedException {
        Map<String, Double> medians = new LinkedHashMap<>();
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> naiveAz = List.of(java, "-cp", classpath("az"), "io.vnetlab.az.AzMain");
            List<String> binAz = List.of(root.resolve("bin/az").toString());

            Path empty = work.resolve("empty.json");
            // the first call starts the resident server; the row is what every call after it costs
            time(binAz, List.of("group", "list", "-o", "none"), empty);
            medians.put("azCallEmpty", median(binAz, List.of("group", "list", "-o", "none"), empty, () -> { }));
            medians.put("azCallEmptyJvm", median(binAz, List.of("group", "list", "-o", "none"), empty, () -> { },
                    ONE_JVM_PER_CALL));
            medians.put("azCallEmptyNaive", median(cat(naiveAz, "az"), List.of("group", "list", "-o", "none"),
                    empty, () -> { }));

            Path journal = work.resolve("journal.json");
            Files.writeString(journal, journalOf(JOURNAL_COMMANDS - 1));
            List<String> show = List.of("network", "vnet", "show", "-g", "rg", "-n", "hub", "--query", "name",
                    "-o", "tsv");
            Path snapshot = journal.resolveSibling("journal.json.snapshot");
            // the 1,000th command replays the journal once, writes it back as the state file writes journals, and
            // keeps the snapshot of it
            time(binAz, List.of("group", "create", "-n", "timing", "-l", "westeurope", "-o", "none"), journal);
            medians.put("azCall1000", median(binAz, show, journal, () -> { }));
            medians.put("azCall1000Jvm", median(binAz, show, journal, () -> { }, ONE_JVM_PER_CALL));
            medians.put("azCall1000Naive", median(cat(naiveAz, "az"), show, journal, () -> delete(snapshot)));

            Path script = work.resolve("script.azcli");
            Files.writeString(script, AzScriptGenerator.hubAndSpokeScript(JOURNAL_COMMANDS));
            List<String> run = List.of(root.resolve("vnetlab").toString(), "run", script.toString());
            medians.put("runPerCommand", median(run, List.of(), empty, () -> { }) / JOURNAL_COMMANDS);
            medians.put("runPerCommandNaive", median(cat(naiveAz, "run", script.toString()), List.of(), empty,
                    () -> { }) / JOURNAL_COMMANDS);

            String jars = jarClasspath("benchmarks");
            Path archive = work.resolve("first-answer.jsa");
            List<String> quiet = List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=error:stderr");
            List<String> training = new ArrayList<>(List.of(java));
            training.addAll(quiet);
            training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", jars, FirstAnswer.class.getName()));
            time(training, List.of(), empty);
            List<String> lean = new ArrayList<>(List.of(java));
            lean.addAll(quiet);
            lean.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", jars, FirstAnswer.class.getName()));
            medians.put("firstAnswer", median(lean, List.of(), empty, () -> { }));
            medians.put("firstAnswerNaive", median(List.of(java, "-cp", classpath("benchmarks"),
                    FirstAnswer.class.getName()), List.of(), empty, () -> { }));
        } finally {
            stopServer();
            deleteTree(work);
        }
        return medians;
    }

    /** Stops the resident server the bin/az rows started, and waits until it has written its snapshots and ended. */
    private void stopServer() throws IOException, InterruptedException {
        Path endpoint = root.resolve("az/target/az-server/endpoint");
        if (!Files.isRegularFile(endpoint)) {
            return;
        }
        String[] fields = Files.readString(endpoint, StandardCharsets.UTF_8).strip().split(" ");
        time(List.of(root.resolve("vnetlab").toString(), "az-server", "stop"), List.of(), work.resolve("none.json"));
        if (fields.length == 3 && fields[2].matches("[0-9]+")) {
            var server = ProcessHandle.of(Long.parseLong(fields[2]));
            if (server.isPresent()) {
                try {
                    server.get().onExit().get(1, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("the az server did not stop within a minute", e);
                }
            }
        }
    }

    /**
     * The journal a state file holds after the first {@code commands} state-changing commands of the generated
     * hub-and-spoke script (its read-only {@code peering show} lines are not journaled), laid out as the state file
     * writes it.
     */
    static String journalOf(int commands) {
        List<String> lines = AzScriptGenerator.hubAndSpokeScript(AzScriptGenerator.MAX_COMMANDS).lines()
                .filter(l -> !l.contains(" show ")).limit(commands).toList();
        StringBuilder json = new StringBuilder("{\n  \"commands\": [");
        for (int i = 0; i < lines.size(); i++) {
            json.append(i == 0 ? "\n    [" : ",\n    [");
            String[] words = lines.get(i).substring("az ".length()).split(" ");
            for (int w = 0; w < words.length; w++) {
                json.append(w == 0 ? "\n      \"" : ",\n      \"").append(words[w].equals("''") ? "" : words[w])
                        .append('"');
            }
            json.append("\n    ]");
        }
        return json.append("\n  ],\n  \"format\": \"vnetlab-az-journal/1\"\n}\n").toString();
    }

    private double median(List<String> command, List<String> args, Path state, Runnable before)
            throws IOException, InterruptedException {
        return median(command, args, state, before, Map.of());
    }

    private double median(List<String> command, List<String> args, Path state, Runnable before,
                          Map<String, String> environment) throws IOException, InterruptedException {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            before.run();
            times[i] = time(command, args, state, environment);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Wall-clock nanoseconds of one process, its output discarded; a failing process fails the measurement. */
    private double time(List<String> command, List<String> args, Path state) throws IOException, InterruptedException {
        return time(command, args, state, Map.of());
    }

    private double time(List<String> command, List<String> args, Path state, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cat(command, args.toArray(String[]::new))).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("err.txt").toFile());
        pb.environment().put("VNETLAB_STATE", state.toString());
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 10 minutes");
        }
        long elapsed = System.nanoTime() - start;
        if (p.exitValue() != 0 && !command.get(command.size() - 1).equals(FirstAnswer.class.getName())) {
            throw new IllegalStateException(String.join(" ", command) + " " + String.join(" ", args) + " failed: "
                    + Files.readString(work.resolve("err.txt")));
        }
        return elapsed;
    }

    /** A module's classes directory and its dependencies: the class path the launcher used before its flags. */
    private String classpath(String module) throws IOException {
        return root.resolve(module + "/target/classes") + File.pathSeparator
                + Files.readString(root.resolve(module + "/target/launcher-classpath.txt"), StandardCharsets.UTF_8)
                .strip();
    }

    /** A module's jar and its dependencies: class-data sharing archives classes from jars only. */
    private String jarClasspath(String module) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(module + "/target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("vnetlab-.*-SNAPSHOT\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in " + module + "/target: run ./mvnw package"));
            return jar + File.pathSeparator + Files.readString(root.resolve(module + "/target/launcher-classpath.txt"),
                    StandardCharsets.UTF_8).strip();
        }
    }

    private static List<String> cat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + file, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
