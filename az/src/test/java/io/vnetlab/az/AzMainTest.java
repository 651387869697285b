package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry point behind ./vnetlab run|az and bin/az, and the state file between calls. */
class AzMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return AzMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_state_file_keeps_the_journal_of_changes_and_replays_it_on_the_next_call(@TempDir Path dir) {
        StateFile file = new StateFile(dir.resolve("nested/state.json"));
        Az first = file.load();
        first.run("group", "create", "-n", "rg", "-l", "eastus");
        first.run("group", "show", "-n", "rg");
        first.run("account", "set", "-s", "aaaaaaaa-0000-0000-0000-000000000002");
        first.run("group", "create", "-n", "rg2", "-l", "eastus");
        file.save(first);
        Az second = file.load();
        assertThat(second.journal()).hasSize(3);
        assertThat(second.topology().currentSubscriptionId()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000002");
        assertThat(second.run("group", "show", "-n", "rg2", "--query", "name", "-o", "tsv").out()).isEqualTo("rg2\n");
        assertThat(second.run("group", "show", "-n", "rg").exitCode()).isEqualTo(3);
    }

    @Test
    void run_with_a_sandbox_group_makes_the_group_a_learn_sandbox_provides(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.azcli");
        Files.writeString(script, "az network vnet create -g learn-rg -n v1 --query newVNet.name -o tsv\n");
        assertThat(main("run", "--sandbox-group", "learn-rg", script.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("v1\n");
    }

    @Test
    void run_reports_unsupported_syntax_with_the_file_and_line_and_exit_code_2(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("bad.sh");
        Files.writeString(script, "az group list > out.txt\n");
        assertThat(main("run", script.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("vnetlab: " + script + ": line 1: '>' (pipes,"
                + " redirections, background jobs, subshells and backquotes) is not supported by the vnetlab script"
                + " runner.\n");
    }

    @Test
    void run_and_diagram_of_a_missing_file_say_there_is_no_such_file(@TempDir Path dir) {
        String missing = dir.resolve("missing.azcli").toString();
        assertThat(main("run", missing)).isEqualTo(2);
        assertThat(main("diagram", missing)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "vnetlab: cannot read " + missing + ": No such file or directory\n"
                + "vnetlab: cannot read " + missing + ": No such file or directory\n");
    }

    // ---- ./vnetlab diagram

    @Test
    void diagram_replays_the_script_and_prints_the_picture_and_the_matrix_as_markdown(@TempDir Path dir)
            throws Exception {
        Path script = dir.resolve("two.azcli");
        Files.writeString(script, String.join("\n",
                "az group create -n rg -l westeurope",
                "az network vnet create -g rg -n HubVNet --address-prefixes 10.0.0.0/16 --subnet-name default \\",
                "    --subnet-prefixes 10.0.0.0/24",
                "az network vnet create -g rg -n SpokeVNet --address-prefixes 10.1.0.0/16 --subnet-name default"
                        + " --subnet-prefixes 10.1.0.0/24",
                "az network vnet peering create -g rg --vnet-name HubVNet -n hub-to-spoke --remote-vnet SpokeVNet"
                        + " --allow-vnet-access",
                "az vm create -g rg -n HubVM --vnet-name HubVNet --subnet default --image Ubuntu2204",
                "az vm create -g rg -n SpokeVM --vnet-name SpokeVNet --subnet default --image Ubuntu2204",
                "az network vnet peering create -g rg --vnet-name SpokeVNet -n spoke-to-hub --remote-vnet NoSuchVNet",
                ""));

        int exit = main("diagram", script.toString());

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                ```mermaid
                flowchart LR
                  subgraph westeurope["West Europe"]
                    n0["HubVNet<br/>10.0.0.0/16"]
                    n1["SpokeVNet<br/>10.1.0.0/16"]
                  end
                  n0 -.->|"Initiated, no way back<br/>vnet access"| n1
                ```

                | from \\ to | HubVM | SpokeVM |
                |---|---|---|
                | HubVM | – | ❌ |
                | SpokeVM | ❌ | – |
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("ERROR: ").contains("NoSuchVNet");
        assertThat(exit).as("the script's exit code: its last command failed").isNotZero();
    }

    @Test
    void diagram_without_a_file_prints_its_usage() {
        assertThat(main("diagram")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("usage: ./vnetlab diagram [--sandbox-group NAME] FILE\n");
    }
}
