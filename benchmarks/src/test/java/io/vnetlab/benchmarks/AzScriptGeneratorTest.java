package io.vnetlab.benchmarks;

import io.vnetlab.az.Az;
import io.vnetlab.az.ScriptRunner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AzScriptGeneratorTest {

    @Test
    void a_script_has_exactly_the_commands_asked_for_and_every_one_succeeds() {
        String script = AzScriptGenerator.hubAndSpokeScript(250);
        assertThat(script.lines()).hasSize(250).allMatch(line -> line.startsWith("az "));

        Az az = Az.create();
        new ScriptRunner(az).stoppingAtFirstError().run(script);

        // 2 header commands, then 12 full blocks of 20 and the first 8 commands of the 13th
        assertThat(az.topology().state().networks()).hasSize(1 + 13);
        assertThat(az.topology().state().virtualMachines()).hasSize(12 * 16 + 7);
        assertThat(az.topology().state().peerings()).hasSize(12 * 2);
    }

    @Test
    void a_script_longer_than_the_hub_can_peer_is_refused() {
        assertThatThrownBy(() -> AzScriptGenerator.hubAndSpokeScript(AzScriptGenerator.MAX_COMMANDS + 1))
                .hasMessage("A script has 2 to 10002 commands, not 10003.");
    }
}
