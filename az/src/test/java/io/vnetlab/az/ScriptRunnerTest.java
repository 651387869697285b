package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shell subset of Azure docs scripts. */
class ScriptRunnerTest {

    private final ScriptRunner runner = new ScriptRunner(Az.create());

    @Test
    void comments_continuations_quotes_variables_and_echo() {
        AzResult r = runner.run(""
                + "# a comment\n"
                + "name=\"my rg\"   # a trailing comment\n"
                + "loc='east''us'\n"
                + "echo hello   \"$name\" '$name' ${loc} \\\n"
                + "   continued\n"
                + "echo \"a\\\"b\" \\$literal\n");
        assertThat(r.out()).isEqualTo("hello my rg $name eastus continued\na\"b $literal\n");
        assertThat(runner.variables()).containsEntry("loc", "eastus");
    }

    @Test
    void command_substitution_runs_an_az_command_and_drops_trailing_newlines() {
        AzResult r = runner.run(""
                + "az group create -n rg -l eastus -o none\n"
                + "az network vnet create -g rg -n v1 -o none\n"
                + "vnet1Id=$(az network vnet show \\\n"
                + "  --resource-group rg \\\n"
                + "  --name v1 \\\n"
                + "  --query id --out tsv)\n"
                + "echo \"[$vnet1Id]\"\n");
        assertThat(r.out()).isEqualTo("[/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
                + "/providers/Microsoft.Network/virtualNetworks/v1]\n");
    }

    @Test
    void unquoted_variables_split_into_words_and_empty_quotes_stay_one_empty_word() {
        AzResult r = runner.run(""
                + "az group create -n rg -l eastus -o none\n"
                + "opts='--query name -o tsv'\n"
                + "az group show -n rg $opts\n"
                + "az vm create -g rg -n vm1 --nsg \"\" --public-ip-address '' --query privateIpAddress -o tsv\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("rg\n10.0.0.4\n");
    }

    @Test
    void a_failing_command_prints_its_error_and_the_script_goes_on_as_in_bash() {
        AzResult r = runner.run("az group show -n missing\necho after\n");
        assertThat(r.err()).startsWith("ERROR: (ResourceGroupNotFound)");
        assertThat(r.out()).isEqualTo("after\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void unsupported_shell_syntax_is_refused_before_anything_runs_naming_the_line() {
        assertThatThrownBy(() -> runner.run("az group create -n rg -l eastus\n\naz group list | jq .\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("line 3: '|' (pipes, redirections, background jobs, subshells and backquotes) is not"
                        + " supported by the vnetlab script runner.");
        assertThatThrownBy(() -> runner.run("echo ok\nwatch -d -n 5 \"az vm list\"\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("line 2: 'watch' is not supported by the vnetlab script runner;");
        assertThatThrownBy(() -> runner.run("x=$(export y=1)\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("line 1: only az and echo commands can be substituted with $(...) by the vnetlab script"
                        + " runner, not 'export'.");
        assertThatThrownBy(() -> runner.run("x=$(echo a; echo b)\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("line 1: one command per $(...) is supported by the vnetlab script runner, not a list of"
                        + " commands.");
        assertThatThrownBy(() -> runner.run("echo $$\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("line 1: '$$' is not supported by the vnetlab script runner; it runs az commands, echo,"
                        + " NAME=value assignments, export, $VAR, ${VAR}, $?, $'...', ~, $(az ...) and $(echo ...),"
                        + " comments, quotes, ; and line continuations.");
        assertThatThrownBy(() -> runner.run("echo ~root\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("line 1: '~r...' (another user's home directory, ~+ or ~-) is not supported by the"
                        + " vnetlab script runner; write the path, or ~/ for your own home.");
        assertThat(runner.variables()).isEmpty();
    }

    // ---- what bash means

    @Test
    void the_exit_status_ansi_c_quotes_and_the_home_directory_expand_as_in_bash() {
        AzResult r = runner.run("echo \"rc=$?\" $'a\\nb' ~/x\n"
                + "az group show -n missing -o none\n"
                + "echo \"rc=$?\"\n");
        assertThat(r.out()).isEqualTo("rc=0 a\nb " + System.getenv().getOrDefault("HOME", "") + "/x\nrc=3\n");
    }

    @Test
    void command_substitution_of_echo_takes_its_output_and_sets_the_exit_status() {
        AzResult r = runner.run("x=$(echo hi)\necho \"[$x]\"\ny=$(az group show -n missing)\necho $?\n");
        assertThat(r.out()).isEqualTo("[hi]\n3\n");
        assertThat(runner.variables()).containsEntry("x", "hi");
    }

    @Test
    void echo_takes_bashs_options() {
        AzResult r = runner.run("echo -n a; echo -e 'b\\tc\\c' d; echo -E 'e\\tf' -n; echo -x\n");
        assertThat(r.out()).isEqualTo("ab\tce\\tf -n\n-x\n");
    }

    @Test
    void a_double_semicolon_or_a_semicolon_without_a_command_is_bashs_syntax_error() {
        assertThatThrownBy(() -> runner.run("echo a;;echo b\n"))
                .isInstanceOf(ScriptException.class).hasMessage("line 1: syntax error near unexpected token `;;'");
        assertThatThrownBy(() -> runner.run("echo a;\necho b; ;\n"))
                .isInstanceOf(ScriptException.class).hasMessage("line 2: syntax error near unexpected token `;'");
    }

    @Test
    void a_byte_order_mark_makes_the_first_word_a_command_bash_does_not_find() {
        AzResult r = runner.run("\uFEFFaz group create -n rg -l eastus -o none\necho \"rc=$?\"\n");
        assertThat(r.out()).isEqualTo("rc=127\n");
        assertThat(r.err()).isEqualTo("line 1: \uFEFFaz: command not found (the file starts with a UTF-8 byte-order"
                + " mark, which bash reads as part of the first word; save it without one)\n");
        assertThat(runner.run("az group list -o tsv").out()).isEmpty();
    }

    @Test
    void unterminated_quotes_name_their_line() {
        assertThatThrownBy(() -> runner.run("echo ok\necho \"oops\n"))
                .isInstanceOf(ScriptException.class).hasMessage("line 2: unterminated double quote");
    }

    // ---- stopping at the first failing command

    @Test
    void a_failing_command_does_not_stop_the_script_as_in_bash_without_set_e() {
        AzResult r = runner.run("az group create -n rg -l eastus -o none\n"
                + "az network vnet show -g rg -n missing\n"
                + "echo after\n");
        assertThat(r.out()).isEqualTo("after\n");
        assertThat(r.err()).startsWith("ERROR: ");
    }

    @Test
    void stopping_at_the_first_error_names_the_line_the_exit_code_and_the_error_and_runs_nothing_after_it() {
        Az az = Az.create();
        ScriptRunner strict = new ScriptRunner(az).stoppingAtFirstError();
        assertThatThrownBy(() -> strict.run("az group create -n rg -l eastus -o none\n"
                + "\n"
                + "az network vnet create -g rg -n v1 \\\n"
                + "   --address-prefixes 10.1.0.0/16 -o none\n"
                + "az network vnet create -g rg -n v1 --bogus -o none\n"
                + "az network vnet create -g rg -n v2 -o none\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("line 5: the command failed with exit code 2: ERROR: unrecognized arguments: --bogus")
                .satisfies(e -> assertThat(((ScriptException) e).line()).isEqualTo(5));
        assertThat(az.topology().networks().list()).extracting(n -> n.name()).containsExactly("v1");
    }
}
