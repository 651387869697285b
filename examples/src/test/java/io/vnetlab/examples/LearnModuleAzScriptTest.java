package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.az.Az;
import io.vnetlab.az.AzResult;
import io.vnetlab.az.ScriptRunner;
import io.vnetlab.diagram.MermaidDiagram;
import io.vnetlab.model.Peering;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Microsoft Learn peering module (units 3 to 5, docs/azure/learn-module.md) as its {@code az} commands:
 * {@code learn-module-units-3-to-5.azcli} beside this class, replayed offline with {@link ScriptRunner} (what
 * {@code ./vnetlab run} does). It prints what the module shows — the peering states after each create, the peering
 * list, the private addresses, the effective routes, the SSH answers of unit 5 — and builds exactly the topology
 * that the Java DSL builds in {@link LearnModule#peered()}: same picture, same reachability.
 */
class LearnModuleAzScriptTest {

    private static Az az;
    private static AzResult replay;

    @BeforeAll
    static void replay_the_script() throws IOException {
        az = Az.create();
        replay = new ScriptRunner(az).run(script());
    }

    @Test
    void every_command_succeeds() {
        assertThat(replay.err()).isEmpty();
        assertThat(replay.exitCode()).isZero();
    }

    // docs/azure/learn-module.md#unit-4
    @Test
    void it_prints_what_the_module_shows_initiated_then_connected_and_peering_is_not_transitive() {
        assertThat(replay.out()).isEqualTo("""
                Name           ResourceGroup    Location     NumSubnets    Prefixes     DnsServers    DDOSProtection    VMProtection
                -------------  ---------------  -----------  ------------  -----------  ------------  ----------------  --------------
                SalesVNet      learn-rg         northeurope  1             10.1.0.0/16                False             False
                MarketingVNet  learn-rg         northeurope  1             10.2.0.0/16                False             False
                ResearchVNet   learn-rg         westeurope   1             10.3.0.0/16                False             False
                SalesVNet-To-MarketingVNet:
                Initiated
                MarketingVNet-To-SalesVNet:
                Connected
                MarketingVNet-To-ResearchVNet:
                Initiated
                ResearchVNet-To-MarketingVNet:
                Connected
                Name                           Resource    PeeringState    AllowVnetAccess
                -----------------------------  ----------  --------------  -----------------
                MarketingVNet-To-SalesVNet     learn-rg    Connected       True
                MarketingVNet-To-ResearchVNet  learn-rg    Connected       True
                Name         PrivateIP
                -----------  -----------
                SalesVM      10.1.1.4
                MarketingVM  10.2.1.4
                ResearchVM   10.3.1.4
                Source    State    Address Prefix    Next Hop Type    Next Hop IP
                --------  -------  ----------------  ---------------  -------------
                Default   Active   10.1.0.0/16       VnetLocal
                Default   Active   10.2.0.0/16       VNetPeering
                Default   Active   0.0.0.0/0         Internet
                Default   Active   10.0.0.0/8        None
                Default   Active   100.64.0.0/10     None
                Default   Active   172.16.0.0/12     None
                Default   Active   192.168.0.0/16    None
                Source    State    Address Prefix    Next Hop Type      Next Hop IP
                --------  -------  ----------------  -----------------  -------------
                Default   Active   10.2.0.0/16       VnetLocal
                Default   Active   10.1.0.0/16       VNetPeering
                Default   Active   0.0.0.0/0         Internet
                Default   Active   10.0.0.0/8        None
                Default   Active   100.64.0.0/10     None
                Default   Active   172.16.0.0/12     None
                Default   Active   192.168.0.0/16    None
                Default   Active   10.3.0.0/16       VNetGlobalPeering
                SalesVM -> MarketingVM:
                Reachable
                SalesVM -> ResearchVM:
                Unreachable
                ResearchVM -> MarketingVM:
                Reachable
                """);
    }

    @Test
    void the_script_and_the_java_dsl_build_the_same_topology() {
        Topology fromScript = az.topology();
        Topology fromJava = LearnModule.peered();

        assertThat(MermaidDiagram.of(fromScript.state())).isEqualTo(MermaidDiagram.of(fromJava.state()));
        assertThat(Tables.reachability(fromScript.reachabilityMatrix())).isEqualTo(Tables.reachability(fromJava.reachabilityMatrix()));
        assertThat(fromScript.peerings().list()).extracting(Peering::name, Peering::state, Peering::global)
                .isEqualTo(fromJava.peerings().list().stream().map(p -> org.assertj.core.groups.Tuple.tuple(
                        p.name(), p.state(), p.global())).toList());
        assertThat(fromScript).vm("SalesVM").canReach("MarketingVM").cannotReach("ResearchVM");
    }

    // docs/azure/peering.md#no-rest-defaults
    @Test
    void the_cli_needs_allow_vnet_access_its_default_is_off() {
        Az fresh = Az.create();
        AzResult replayed = new ScriptRunner(fresh).run(String.join("\n",
                "az group create -n learn-rg -l northeurope -o none",
                "az network vnet create -g learn-rg -n SalesVNet --address-prefixes 10.1.0.0/16 -o none",
                "az network vnet create -g learn-rg -n MarketingVNet --address-prefixes 10.2.0.0/16 -o none",
                "az network vnet peering create -g learn-rg --vnet-name SalesVNet -n SalesVNet-To-MarketingVNet"
                        + " --remote-vnet MarketingVNet --query allowVirtualNetworkAccess",
                ""));

        assertThat(replayed.out()).isEqualTo("false\n");
        assertThat(fresh.topology()).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isInitiated()
                .doesNotAllowVirtualNetworkAccess();
    }

    static String script() throws IOException {
        try (InputStream in = LearnModuleAzScriptTest.class.getResourceAsStream("learn-module-units-3-to-5.azcli")) {
            assertThat(in).as("learn-module-units-3-to-5.azcli on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
