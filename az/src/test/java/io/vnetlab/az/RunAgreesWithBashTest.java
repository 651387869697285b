package io.vnetlab.az;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same scripts run twice, by real bash with {@code az} on the PATH and by {@code ./vnetlab run}: the same
 * standard output, the same exit code, the same CLI errors and the same final state (the journal of what changed
 * it). The bash side's {@code az} calls go to a resident server, as {@code bin/az}'s do.
 */
class RunAgreesWithBashTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void bashIsNeeded() {
        assumeTrue(BashWithAz.bashIsPresent(), "bash is not installed: the comparison with bash cannot run here");
    }

    @Test
    void expansions_quotes_echo_and_the_exit_status_mean_the_same() throws Exception {
        agree("expansions.sh", """
                echo "rc=$?" $'a\\nb' ~/x
                x=$(echo hi)
                echo "[$x]" $'\\x41\\101\\t|' $"q $x"
                echo -n no-newline; echo -e "tab\\tstop\\c"; echo -E "a\\tb" -n
                P=~/a:~/b; echo $P x=~/y --o=~/z "~" ~.
                az group show -n missing -o none
                echo "rc=$?" $# "[$1]"
                """);
    }

    @Test
    void a_create_whose_output_fails_keeps_its_change_and_substitutions_see_it() throws Exception {
        agree("output.sh", """
                az group create -n rg -l eastus -o none
                az network vnet create -g rg -n v1 -o table
                echo "rc=$?"
                names=$(az network vnet list -g rg --query "[].name" -o tsv)
                echo "vnets: $names"
                """);
    }

    @Test
    void a_byte_order_mark_makes_the_first_command_not_found_and_the_script_goes_on() throws Exception {
        agree("bom.sh", "\uFEFFaz group create -n first -l eastus -o none\n"
                + "echo \"rc=$?\"\n"
                + "az group create -n second -l eastus --query name -o tsv\n");
    }

    @Test
    void a_double_semicolon_is_a_syntax_error_that_runs_nothing() throws Exception {
        Sides sides = agree("semicolons.sh", "echo a;;echo b\n");
        assertThat(sides.bash().exitCode()).isEqualTo(2);
        assertThat(sides.run().err()).endsWith("line 1: syntax error near unexpected token `;;'\n");
    }

    /** The output of both sides. */
    record Sides(BashWithAz.Outcome bash, BashWithAz.Outcome run) {
    }

    private Sides agree(String name, String script) throws Exception {
        BashWithAz.Outcome bash = BashWithAz.run(dir, name, script);
        BashWithAz.Outcome run = run(dir.resolve(name));
        assertThat(run.out()).as("standard output").isEqualTo(bash.out());
        assertThat(run.exitCode()).as("exit code").isEqualTo(bash.exitCode());
        assertThat(cliErrors(run.err())).as("the CLI's errors").isEqualTo(cliErrors(bash.err()));
        assertThat(run.err().isEmpty()).as("something on standard error").isEqualTo(bash.err().isEmpty());
        assertThat(run.journal()).as("the final state").isEqualTo(bash.journal());
        return new Sides(bash, run);
    }

    /** {@code ./vnetlab run FILE} in-process, and the state the same script leaves in a runner of its own. */
    private static BashWithAz.Outcome run(Path script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AzMain.run(List.of("run", script.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Az az = Az.create();
        try {
            new ScriptRunner(az).run(Files.readString(script));
        } catch (ScriptException refused) {
            // nothing ran: the state stays empty, as AzMain reported
        }
        return new BashWithAz.Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit,
                az.journal());
    }

    private static List<String> cliErrors(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("ERROR: ")).toList();
    }
}
