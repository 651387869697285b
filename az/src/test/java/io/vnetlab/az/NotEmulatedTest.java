package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Azure CLI command or option vnetlab does not emulate gets one clear answer with exit code 2; the CLI's typo
 * answers stay for what the real CLI does not know either.
 */
class NotEmulatedTest {

    private final AzTestBench cli = new AzTestBench();

    @Test
    void a_real_command_of_an_emulated_group_is_answered_as_not_emulated() {
        AzResult r = cli.run("network vnet subnet list-available-delegations -l westus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: 'az network vnet subnet list-available-delegations' is an Azure CLI"
                + " command that vnetlab does not emulate; vnetlab emulates the commands that 'az network vnet subnet"
                + " --help' lists.\n");
    }

    @Test
    void a_real_group_vnetlab_does_not_simulate_is_answered_as_not_emulated() {
        AzResult r = cli.run("storage account create -n sa -g rg");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: 'az storage account create' is an Azure CLI command that vnetlab does"
                + " not emulate; vnetlab emulates the commands that 'az --help' lists.\n");
    }

    @Test
    void a_typo_keeps_the_clis_misspelled_message() {
        AzResult r = cli.run("network nic creat -g rg -n nic1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: 'creat' is misspelled or not recognized by the system.\n");
    }

    @Test
    void a_real_option_vnetlab_does_not_take_is_answered_as_not_emulated() {
        AzResult r = cli.run("vm create -g rg -n vm1 --image Ubuntu2204 --ultra-ssd-enabled true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --ultra-ssd-enabled: '--ultra-ssd-enabled' is an"
                + " option of 'az vm create' that vnetlab does not emulate; vnetlab emulates the options that"
                + " 'az vm create --help' lists.\n");
    }

    @Test
    void an_option_the_real_cli_does_not_know_is_unrecognized() {
        AzResult r = cli.run("vm create -g rg -n vm1 --image Ubuntu2204 --ultra-ssd-enabledd true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: unrecognized arguments: --ultra-ssd-enabledd true\n");
    }
}
