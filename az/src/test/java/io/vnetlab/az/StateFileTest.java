package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state file behind {@code bin/az}: what it journals, that concurrent calls lose nothing, and that it never reads
 * nor overwrites a file that is not its own. Each call goes through {@link StateFile#run}, the path
 * {@code bin/az} takes.
 */
class StateFileTest {

    @TempDir
    Path dir;

    private StateFile state() {
        return new StateFile(dir.resolve("state.json"));
    }

    private AzResult az(String... args) {
        return state().run(List.of(args));
    }

    private String journal() throws Exception {
        return Files.readString(dir.resolve("state.json"));
    }

    // ---- only state changes are journaled

    @ParameterizedTest
    @ValueSource(strings = {"network vnet create -g rg -n made -o table",
            "network nsg create -g rg -n made -o table",
            "network public-ip create -g rg -n made -o table",
            "network vnet create -g rg -n made --query abs(name)"})
    void a_create_whose_output_step_fails_keeps_its_change_and_every_later_call_still_works(String command)
            throws Exception {
        az("group", "create", "-n", "rg", "-l", "eastus", "-o", "none");

        AzResult created = az(command.split(" "));

        assertThat(created.exitCode()).as(created.err()).isNotZero();
        AzResult next = az("group", "show", "-n", "rg", "--query", "name", "-o", "tsv");
        assertThat(next.err()).isEmpty();
        assertThat(next.out()).isEqualTo("rg\n");
        String withoutOutputOption = command.replaceAll(" (-o|--query) .*", "");
        assertThat(Json.parse(journal()).get("commands").get(1)).as("the change stands")
                .isEqualTo(Json.strings(List.of(withoutOutputOption.split(" "))));
    }

    @Test
    void the_journal_keeps_the_options_that_made_the_change_and_none_of_the_output_options() throws Exception {
        az("group", "create", "--name=rg", "-l", "eastus", "--out", "tsv", "--query", "name", "--only-show-errors");

        assertThat(Json.parse(journal()).get("commands").toString())
                .isEqualTo("[[\"group\",\"create\",\"--name=rg\",\"-l\",\"eastus\"]]");
    }

    @Test
    void a_state_file_whose_journal_kept_a_failing_output_option_replays_its_changes() throws Exception {
        Files.writeString(dir.resolve("state.json"), "{\"format\": \"vnetlab-az-journal/1\", \"commands\": ["
                + "[\"group\", \"create\", \"-n\", \"rg\", \"-l\", \"eastus\", \"-o\", \"none\"],"
                + "[\"network\", \"vnet\", \"create\", \"-g\", \"rg\", \"-n\", \"v1\", \"-o\", \"table\"]]}");

        AzResult show = az("network", "vnet", "show", "-g", "rg", "-n", "v1", "--query", "name", "-o", "tsv");

        assertThat(show.err()).isEmpty();
        assertThat(show.out()).isEqualTo("v1\n");
    }

    @Test
    void a_journal_that_no_longer_replays_is_refused_naming_the_command_and_left_as_it_is() throws Exception {
        Path file = dir.resolve("state.json");
        String content = "{\"format\": \"vnetlab-az-journal/1\", \"commands\": ["
                + "[\"network\", \"vnet\", \"create\", \"-g\", \"gone\", \"-n\", \"v1\"]]}";
        Files.writeString(file, content);

        assertThatThrownBy(() -> az("group", "list"))
                .hasMessage("The vnetlab state file " + file + " no longer replays: its command 1 ('az network vnet"
                        + " create -g gone -n v1') fails with ERROR: (ResourceGroupNotFound) Resource group 'gone'"
                        + " could not be found. vnetlab leaves it as it is: move it away to start afresh.");
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    // ---- one writer at a time

    @Test
    void two_times_fifty_concurrent_creates_from_threads_lose_nothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<AzResult>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (String writer : List.of("a", "b")) {
                String name = writer + i;
                calls.add(pool.submit(() -> az("group", "create", "-n", name, "-l", "eastus", "-o", "none")));
            }
        }
        pool.shutdown();
        for (Future<AzResult> call : calls) {
            assertThat(call.get().err()).isEmpty();
        }
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(groupCount()).isEqualTo("100\n");
    }

    @Test
    void two_processes_of_fifty_creates_each_lose_nothing() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(thisJvmsTuning());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), FiftyCreates.class.getName(), writer));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("VNETLAB_STATE", dir.resolve("state.json").toString());
            writers.add(pb.start());
        }
        for (Process p : writers) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(output).isEmpty();
            assertThat(p.exitValue()).isZero();
        }

        assertThat(groupCount()).isEqualTo("100\n");
    }

    /** The writers start with the compiler and collector choices of the JVM that runs the tests (its -XX flags). */
    private static List<String> thisJvmsTuning() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:"))
                .toList();
    }

    private String groupCount() {
        return state().load().run("group", "list", "--query", "length(@)", "-o", "tsv").out();
    }

    /** One writer process: 50 {@code az group create} calls through the entry point {@code bin/az} runs. */
    static final class FiftyCreates {
        public static void main(String[] args) {
            PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                int exit = AzMain.run(List.of("az", "group", "create", "-n", args[0] + i, "-l", "eastus"),
                        out, System.err);
                if (exit != 0) {
                    System.exit(exit);
                }
            }
        }
    }

    // ---- nothing foreign is touched

    @Test
    void a_directory_is_refused_naming_it_and_what_to_do() {
        StateFile file = new StateFile(dir);

        assertThatThrownBy(() -> file.run(List.of("group", "create", "-n", "rg", "-l", "eastus")))
                .hasMessage("The vnetlab state file " + dir + " is a directory. vnetlab leaves it as it is: point"
                        + " VNETLAB_STATE at a file path; the file is made on first use.");
    }

    @Test
    @EnabledIf("devFullExists")
    void a_device_such_as_dev_full_is_refused_and_stays_a_device() {
        StateFile file = new StateFile(Path.of("/dev/full"));

        assertThatThrownBy(() -> file.run(List.of("group", "list")))
                .hasMessage("The vnetlab state file /dev/full is not a regular file (a device or another special"
                        + " file). vnetlab leaves it as it is: point VNETLAB_STATE at a file path; the file is made"
                        + " on first use.");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    static boolean devFullExists() {
        return Files.exists(Path.of("/dev/full"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"format\": 1}", "{\"format\": \"other-tool/1\", \"commands\": []}",
            "{\"format\": \"vnetlab-az-journal/1\", \"commands\": [[\"group\", 3]]}",
            "{\"format\": \"vnetlab-az-journal/1\", \"commands\": {}}",
            "{'format': 'vnetlab-az-journal/1'}", "// a comment\n{}", "garbage"})
    void a_file_that_is_not_a_vnetlab_journal_is_refused_and_never_overwritten(String content) throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> az("group", "create", "-n", "rg", "-l", "eastus"))
                .isInstanceOf(StateFile.StateFileException.class)
                .hasMessageStartingWith("The vnetlab state file " + file + " is not a vnetlab state file: ")
                .hasMessageEndingWith(". vnetlab leaves it as it is: point VNETLAB_STATE at another file, or move"
                        + " this one away to start afresh.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson")
                        .doesNotContain("Feature").doesNotContain("Exception").doesNotContain("\n"));
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void the_refusals_say_what_is_wrong_with_the_file() throws Exception {
        assertThat(refusalOf("{}")).contains(" is not a vnetlab state file: it has no \"format\":"
                + " \"vnetlab-az-journal/1\". ");
        assertThat(refusalOf("[]")).contains(" is not a vnetlab state file: it has no \"format\":"
                + " \"vnetlab-az-journal/1\". ");
        assertThat(refusalOf("{'format': 1}")).contains(" is not a vnetlab state file: it is not JSON (line 1,"
                + " column 2). ");
        assertThat(refusalOf("[".repeat(5000))).contains(" is not a vnetlab state file: it is not JSON");
        assertThat(refusalOf("{\"format\": \"vnetlab-az-journal/1\", \"commands\": [[]]}"))
                .contains(" is not a vnetlab state file: its command 1 is not a list of words. ");
    }

    private String refusalOf(String content) throws Exception {
        Files.writeString(dir.resolve("state.json"), content);
        try {
            az("group", "list");
        } catch (StateFile.StateFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused: " + content);
    }

    @Test
    void a_journal_of_another_format_version_is_refused_naming_both_versions() throws Exception {
        Path file = dir.resolve("state.json");
        String content = "{\"format\": \"vnetlab-az-journal/2\", \"commands\": []}";
        Files.writeString(file, content);

        assertThatThrownBy(() -> az("group", "create", "-n", "rg", "-l", "eastus"))
                .hasMessage("The vnetlab state file " + file + " is a journal in format vnetlab-az-journal/2,"
                        + " written by another vnetlab version; this one reads vnetlab-az-journal/1. vnetlab leaves"
                        + " it as it is: use the vnetlab version that wrote it, or point VNETLAB_STATE at another"
                        + " file.");
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void an_empty_file_as_mktemp_makes_it_is_an_empty_state() throws Exception {
        Files.writeString(dir.resolve("state.json"), "");

        assertThat(az("group", "create", "-n", "rg", "-l", "eastus", "-o", "none").exitCode()).isZero();

        assertThat(journal()).contains("\"format\": \"vnetlab-az-journal/1\"");
    }

    @Test
    void a_lock_that_cannot_be_taken_is_reported_in_words_and_changes_nothing() throws Exception {
        Files.createDirectories(dir.resolve("state.json.lock"));

        assertThatThrownBy(() -> az("group", "create", "-n", "rg", "-l", "eastus"))
                .hasMessage("The vnetlab state file " + dir.resolve("state.json") + " cannot be locked ("
                        + dir.resolve("state.json.lock") + ": Is a directory). Point VNETLAB_STATE at a file in a"
                        + " directory you can write to.");
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    // ---- atomic writes

    @Test
    void a_symbolic_link_stays_a_link_and_its_target_gets_the_journal() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("state.json");
        Files.createSymbolicLink(dir.resolve("state.json"), real);
        Files.writeString(real, "");

        az("group", "create", "-n", "rg", "-l", "eastus", "-o", "none");

        assertThat(Files.isSymbolicLink(dir.resolve("state.json"))).isTrue();
        assertThat(Files.readString(real)).contains("\"rg\"");
        try (var files = Files.list(real.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file left behind").containsExactlyInAnyOrder("state.json", "state.json.lock",
                            "state.json.snapshot");
        }
    }
}
