package io.vnetlab.az;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The resident server behind {@code bin/az}, spoken to by the launcher's own bash client: it answers a call exactly
 * as a JVM of its own does, in the caller's directory, with the state file as the truth, and it stops when it must.
 */
class AzServerTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void bashIsNeeded() {
        assumeTrue(BashWithAz.bashIsPresent(), "bash is not installed: the launcher's client cannot run here");
    }

    /** What the client printed and returned, and whether a server answered. */
    record Call(String out, String err, int exitCode, boolean answered) {
    }

    @Test
    void a_call_prints_standard_output_standard_error_and_the_exit_code_a_jvm_of_its_own_prints() throws Exception {
        try (ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("server/endpoint"))) {
            call(server, "group", "create", "-n", "rg", "-l", "westeurope", "-o", "none");
            Call missing = call(server, "network", "vnet", "show", "-g", "rg", "-n", "réseau-été");
            Call shown = call(server, "group", "show", "-n", "rg", "--query", "{name: name, where: location}");

            AzResult missingAlone = AzMain.call(dir, "state.json", List.of("network", "vnet", "show", "-g", "rg", "-n",
                    "réseau-été"), Optional.empty());
            assertThat(missing).isEqualTo(new Call("", missingAlone.err(), 3, true));
            assertThat(missing.err()).contains("'Microsoft.Network/virtualNetworks/réseau-été'");
            assertThat(shown).isEqualTo(new Call("{\n  \"name\": \"rg\",\n  \"where\": \"westeurope\"\n}\n", "", 0, true));
        }
    }

    @Test
    void a_relative_state_file_and_a_relative_template_file_are_the_callers() throws Exception {
        Path caller = Files.createDirectories(dir.resolve("caller"));
        Files.writeString(caller.resolve("net.json"), """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01",
                   "name": "from-file", "location": "westeurope",
                   "properties": {"addressSpace": {"addressPrefixes": ["10.9.0.0/16"]}}}]}
                """);
        try (ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("server/endpoint"))) {
            call(server, caller, "relative/state.json", "group", "create", "-n", "rg", "-l", "westeurope", "-o", "none");
            Call deployed = call(server, caller, "relative/state.json", "deployment", "group", "create", "-g", "rg",
                    "--template-file", "net.json", "--query", "properties.provisioningState", "-o", "tsv");
            Call listed = call(server, caller, "relative/state.json", "network", "vnet", "list", "--query", "[].name",
                    "-o", "tsv");

            assertThat(deployed).isEqualTo(new Call("Succeeded\n", "", 0, true));
            assertThat(listed.out()).isEqualTo("from-file\n");
            assertThat(caller.resolve("relative/state.json")).isRegularFile();
        }
    }

    @Test
    void a_journal_another_jvm_wrote_since_the_last_call_is_the_one_the_next_call_starts_from() throws Exception {
        try (ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("server/endpoint"))) {
            call(server, "group", "create", "-n", "by-server", "-l", "westeurope", "-o", "none");
            AzResult alone = AzMain.call(dir, "state.json", List.of("group", "create", "-n", "by-another-jvm", "-l",
                    "westeurope", "-o", "none"), Optional.empty());
            Call listed = call(server, "group", "list", "--query", "[].name", "-o", "tsv");

            assertThat(alone.exitCode()).isZero();
            assertThat(listed.out()).isEqualTo("by-server\nby-another-jvm\n");
        }
    }

    @Test
    void when_it_stops_it_removes_its_endpoint_and_leaves_the_snapshot_of_each_state_it_kept() throws Exception {
        Path endpoint = dir.resolve("server/endpoint");
        ServerInThisJvm server = ServerInThisJvm.start(endpoint);
        call(server, "group", "create", "-n", "rg", "-l", "westeurope", "-o", "none");
        server.close();

        Path state = dir.resolve("state.json").toRealPath();
        assertThat(endpoint).doesNotExist();
        assertThat(new JournalSnapshot(state).restore(Files.readString(state)).map(az -> az.journal()))
                .contains(List.of(List.of("group", "create", "-n", "rg", "-l", "westeurope")));
    }

    @Test
    void a_server_whose_build_changed_answers_no_call_and_stops_so_that_the_launcher_starts_another()
            throws Exception {
        ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("server/endpoint"), () -> true);
        Call call = call(server, "group", "create", "-n", "rg", "-l", "westeurope");

        assertThat(call).isEqualTo(new Call("", "", 1, false));
        server.awaitStopped();
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    @Test
    void a_connection_without_the_endpoints_token_gets_no_answer() throws Exception {
        try (ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("server/endpoint"))) {
            int port = Integer.parseInt(Files.readString(server.endpoint()).split(" ")[0]);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("not-the-token\0" + dir + "\0state.json\0" + "1\0" + "--version\0")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                assertThat(in.read()).isEqualTo(-1);
            }
            assertThat(call(server, "group", "list", "-o", "tsv")).isEqualTo(new Call("", "", 0, true));
            assertThat(dir.resolve("state.json")).doesNotExist();
        }
    }

    @Test
    void without_a_call_for_its_idle_time_it_stops_by_itself() throws Exception {
        Path endpoint = dir.resolve("server/endpoint");
        AzServer server = AzServer.open(endpoint, Duration.ofMillis(1), () -> false);
        assertThat(endpoint).isRegularFile();

        server.serve();   // returns at its first tick

        assertThat(endpoint).doesNotExist();
    }

    @Test
    void the_endpoint_file_is_readable_by_its_owner_only() throws Exception {
        try (ServerInThisJvm server = ServerInThisJvm.start(dir.resolve("server/endpoint"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(server.endpoint()))).isEqualTo("rw-------");
            assertThat(Files.readString(server.endpoint()))
                    .matches("[0-9]+ [0-9a-f]{32} " + ProcessHandle.current().pid() + "\n");
        }
    }

    private Call call(ServerInThisJvm server, String... args) throws IOException, InterruptedException {
        return call(server, dir, "state.json", args);
    }

    /** One call by the launcher's client, made in {@code caller} with $VNETLAB_STATE = {@code state}. */
    private Call call(ServerInThisJvm server, Path caller, String state, String... args)
            throws IOException, InterruptedException {
        Path status = Files.createTempFile(dir, "status", ".txt");
        List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$0\"; az_call_server \"$1\" \"$PWD\" "
                + "\"${@:3}\"; rc=$?; printf '%s %s' \"$rc\" \"${az_server_answered:-no}\" > \"$2\"",
                BashWithAz.CLIENT.toString(), server.endpoint().toString(), status.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(caller.toFile());
        pb.environment().put("VNETLAB_STATE", state);
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the client did not end");
        }
        String[] ended = Files.readString(status).split(" ");
        return new Call(out, Files.readString(err, StandardCharsets.UTF_8), Integer.parseInt(ended[0]),
                ended[1].equals("yes"));
    }
}
