package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script that deploys an ARM template and then works on the result with route tables, an appliance and NSG rules
 * (docs/azure/routing.md#hub-appliance, docs/azure/network-security-groups.md,
 * docs/azure/cli-and-network-watcher.md#next-hop, #ip-flow-verify), in-process and under real bash through an az on the
 * PATH.
 */
class HubSpokesScriptTest {

    private static final String EXPECTED = ""
            + "spoke1\nspoke2\n"
            + "hub-to-spoke1\tConnected\nhub-to-spoke2\tConnected\n"
            + "true\n"
            + "spoke to spoke before the route tables:\nUnreachable\n"
            + "spoke to spoke through the appliance:\nVirtualAppliance\n10.0.1.4\nReachable\n"
            + "app2 closes SSH:\n"
            + "Name               ResourceGroup    Priority    Access    Protocol    Direction\n"
            + "-----------------  ---------------  ----------  --------  ----------  -----------\n"
            + "default-allow-ssh  hub-rg           1000        Allow     Tcp         Inbound\n"
            + "deny-ssh           hub-rg           900         Deny      Tcp         Inbound\n"
            + "Access    RuleName\n"
            + "--------  ----------------------\n"
            + "Deny      securityRules/deny-ssh\n"
            + "Unreachable\n"
            + "hub-spokes\n";

    private static String resource(String name) throws IOException {
        try (InputStream in = HubSpokesScriptTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script with {@code dir} set to a folder holding the template. */
    private static String script(Path dir) throws IOException {
        Files.writeString(dir.resolve("hub-spokes.json"), resource("hub-spokes.json"));
        return "dir=" + dir + "\n" + resource("hub-spokes-appliance.azcli");
    }

    @Test
    void a_deployed_hub_and_spokes_reach_each_other_through_the_appliance_until_an_nsg_rule_denies(
            @TempDir Path dir) throws IOException {
        AzResult r = new ScriptRunner(Az.create()).run(script(dir));
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(EXPECTED);
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void the_same_script_under_bash_replays_the_deployment_from_the_state_file(@TempDir Path dir) throws Exception {
        BashWithAz.Outcome bash = BashWithAz.run(dir, "hub.sh", script(dir));
        assertThat(bash.err()).isEmpty();
        assertThat(bash.out()).isEqualTo(EXPECTED);
        assertThat(Files.readString(dir.resolve("state.json"))).contains(DeploymentCommands.TEMPLATE_JSON)
                .doesNotContain("hub-spokes.json");
    }
}
