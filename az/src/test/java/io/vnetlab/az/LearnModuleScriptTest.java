package io.vnetlab.az;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Learn module's units 3 to 5 (docs/azure/learn-module.md), as a script of az commands. */
class LearnModuleScriptTest {

    static String script() throws IOException {
        try (InputStream in = LearnModuleScriptTest.class.getResourceAsStream("learn-module.azcli")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static AzResult runInProcess() throws IOException {
        return new ScriptRunner(Az.create()).run(script());
    }

    // docs/azure/cli-and-network-watcher.md#vnet-list-table
    @Test
    void unit_3_lists_three_virtual_networks_with_the_clis_vnet_table() throws IOException {
        assertThat(runInProcess().out()).contains(""
                + "Name           ResourceGroup    Location     NumSubnets    Prefixes     DnsServers    DDOSProtection    VMProtection\n"
                + "-------------  ---------------  -----------  ------------  -----------  ------------  ----------------  --------------\n"
                + "SalesVNet      learn-rg         northeurope  1             10.1.0.0/16                False             False\n"
                + "MarketingVNet  learn-rg         northeurope  1             10.2.0.0/16                False             False\n"
                + "ResearchVNet   learn-rg         westeurope   1             10.3.0.0/16                False             False\n");
    }

    /**
     * The newer unit 3 filters with --query, so the table keeps the CLI's own key order (knack,
     * docs/azure/cli-and-network-watcher.md#table-output).
     */
    @Test
    void unit_3_filtered_vnet_list_shows_the_columns_the_learn_module_shows() throws IOException {
        assertThat(runInProcess().out()).contains(""
                + "Location     Name           EnableDdosProtection    ProvisioningState    ResourceGuid"
                + "                          ResourceGroup\n"
                + "-----------  -------------  ----------------------  -------------------  ------------------------------------"
                + "  ---------------\n"
                + "northeurope  SalesVNet      False                   Succeeded            ");
    }

    @Test
    void unit_3_vms_are_running_as_show_details_reports_them() throws IOException {
        assertThat(runInProcess().out()).contains(""
                + "Name         ProvisioningState    PowerState\n"
                + "-----------  -------------------  ------------\n"
                + "SalesVM      Succeeded            VM running\n"
                + "MarketingVM  Succeeded            VM running\n"
                + "ResearchVM   Succeeded            VM running\n");
    }

    // docs/azure/cli-and-network-watcher.md#table-output
    @Test
    void unit_4_every_peering_list_shows_its_peerings_connected() throws IOException {
        String out = runInProcess().out();
        assertThat(out).contains("False                    False                  True                         False"
                + "                        SalesVNet-To-MarketingVNet  Connected       FullyInSync         Succeeded"
                + "            learn-rg");
        assertThat(out).contains("ResearchVNet-To-MarketingVNet  Connected");
        assertThat(out).contains("MarketingVNet-To-SalesVNet     Connected");
        assertThat(out).contains("MarketingVNet-To-ResearchVNet  Connected");
        assertThat(out).doesNotContain("Initiated");
    }

    // docs/azure/learn-module.md#unit-4
    @Test
    void unit_4_effective_routes_are_the_modules_plus_172_16_0_0_12_to_none() throws IOException {
        String out = runInProcess().out();
        assertThat(out).contains(""
                + "Source    State    Address Prefix    Next Hop Type    Next Hop IP\n"
                + "--------  -------  ----------------  ---------------  -------------\n"
                + "Default   Active   10.1.0.0/16       VnetLocal\n"
                + "Default   Active   10.2.0.0/16       VNetPeering\n"
                + "Default   Active   0.0.0.0/0         Internet\n"
                + "Default   Active   10.0.0.0/8        None\n"
                + "Default   Active   100.64.0.0/10     None\n"
                + "Default   Active   172.16.0.0/12     None\n"
                + "Default   Active   192.168.0.0/16    None\n");
        assertThat(out).contains(""
                + "Source    State    Address Prefix    Next Hop Type      Next Hop IP\n"
                + "--------  -------  ----------------  -----------------  -------------\n"
                + "Default   Active   10.2.0.0/16       VnetLocal\n"
                + "Default   Active   10.1.0.0/16       VNetPeering\n"
                + "Default   Active   0.0.0.0/0         Internet\n"
                + "Default   Active   10.0.0.0/8        None\n"
                + "Default   Active   100.64.0.0/10     None\n"
                + "Default   Active   172.16.0.0/12     None\n"
                + "Default   Active   192.168.0.0/16    None\n"
                + "Default   Active   10.3.0.0/16       VNetGlobalPeering\n");
        assertThat(out).contains(""
                + "Default   Active   10.3.0.0/16       VnetLocal\n"
                + "Default   Active   0.0.0.0/0         Internet\n"
                + "Default   Active   10.0.0.0/8        None\n"
                + "Default   Active   100.64.0.0/10     None\n"
                + "Default   Active   172.16.0.0/12     None\n"
                + "Default   Active   192.168.0.0/16    None\n"
                + "Default   Active   10.2.0.0/16       VNetGlobalPeering\n");
    }

    // docs/azure/learn-module.md#unit-5
    @Test
    void unit_5_private_addresses_and_the_reachability_matrix_sales_and_research_cannot_talk()
            throws IOException {
        AzResult r = runInProcess();
        assertThat(r.out()).contains(""
                + "Name         PrivateIP    PublicIP\n"
                + "-----------  -----------  ----------\n"
                + "SalesVM      10.1.1.4     20.0.0.4\n"
                + "MarketingVM  10.2.1.4     20.0.0.5\n"
                + "ResearchVM   10.3.1.4     20.0.0.6\n");
        assertThat(r.out()).endsWith(""
                + "SalesVM -> MarketingVM: Reachable\n"
                + "SalesVM -> ResearchVM: Unreachable\n"
                + "ResearchVM -> MarketingVM: Reachable\n"
                + "ResearchVM -> SalesVM: Unreachable\n"
                + "MarketingVM -> ResearchVM: Reachable\n"
                + "MarketingVM -> SalesVM: Reachable\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    /**
     * The same script under real bash, its az commands going to an az executable that keeps the state in a file
     * between calls (what bin/az does through ./vnetlab, here on the test class path so no build runs in a test).
     */
    @Test
    void the_same_script_under_bash_with_az_on_the_path_prints_the_same(@TempDir Path dir) throws Exception {
        BashWithAz.Outcome bash = BashWithAz.run(dir, "learn.sh", script());
        assertThat(bash.err()).isEmpty();
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).isEqualTo(runInProcess().out());
        assertThat(Files.readString(dir.resolve("state.json"))).contains("\"format\": \"vnetlab-az-journal/1\"");
    }

    @Test
    void bin_az_is_an_executable_that_hands_its_arguments_to_the_launcher() throws IOException {
        Path binAz = Path.of("..", "bin", "az");
        assertThat(Files.isExecutable(binAz)).isTrue();
        assertThat(Files.readString(binAz)).contains("vnetlab\" az \"$@\"");
    }
}
