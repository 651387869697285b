package io.vnetlab.examples;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.OnPremisesHost;
import io.vnetlab.dataplane.NextHop;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Region;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps README.md's section "Routing, gateways and appliances" true: its example is this code, compiled and run. */
class RoutingReadmeTest {

    @Test
    void the_routing_example_compiles_runs_and_says_what_the_readme_says() throws IOException {
        // snippet:routing
        Topology azure = Topology.create();
        azure.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24").create();
        azure.networks().define("spoke1").withRegion(Region.WEST_EUROPE)
                .withAddressSpace("10.1.0.0/16").withSubnet("app", "10.1.1.0/24").create();
        azure.networks().define("spoke2").withRegion(Region.WEST_EUROPE)
                .withAddressSpace("10.2.0.0/16").withSubnet("app", "10.2.1.0/24").create();
        azure.virtualMachines().define("spoke1-vm").withExistingPrimaryNetwork("spoke1").withSubnet("app").create();
        azure.virtualMachines().define("spoke2-vm").withExistingPrimaryNetwork("spoke2").withSubnet("app").create();

        // A VPN gateway in the hub, connected to an on-premises site, shared by both spokes (gateway transit)
        azure.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        azure.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.10").withAddressSpace("10.100.0.0/16").create();
        azure.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        azure.peer("spoke1").with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();
        azure.peer("spoke2").with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();

        OnPremisesHost onPremises = azure.onPremisesHost("OnPrem", "10.100.0.10");
        Verdict fromSite = onPremises.reach(azure.vm("spoke1-vm"));              // reachable, through hub-vpn
        Verdict direct = azure.reach("spoke1-vm", "spoke2-vm");                    // unreachable: not transitive

        // Spoke to spoke through an appliance in the hub
        azure.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        azure.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4").create();
        azure.routeTables().associate("spoke1-rt", "spoke1", "app");
        azure.routeTables().associate("spoke2-rt", "spoke2", "app");

        Verdict viaAppliance = azure.reach("spoke1-vm", "spoke2-vm");              // reachable now
        System.out.println(VerdictRenderer.render(viaAppliance));
        System.out.println(Tables.effectiveRoutes(azure.effectiveRoutes("spoke1-vm")));
        NextHop hop = azure.nextHop("spoke1-vm", "10.1.1.4", "10.2.1.4");          // VirtualAppliance 10.0.1.4
        // end-snippet

        assertThat(fromSite.reachable()).isTrue();
        assertThat(direct.reachable()).isFalse();
        assertThat(viaAppliance.reachable()).isTrue();
        assertThat(hop.nextHopType()).isEqualTo(NextHopType.VirtualAppliance);
        assertThat(hop.routeTableId()).endsWith("/routeTables/spoke1-rt");
        String readme = String.join("\n", readme());
        assertThat(readme).contains(VerdictRenderer.render(viaAppliance).strip());
        assertThat(readme).contains(Tables.effectiveRoutes(azure.effectiveRoutes("spoke1-vm")).strip());
        // the README shows the picture the library draws of this topology
        assertThat(readme).contains(io.vnetlab.diagram.MermaidDiagram.markdown(azure.state()));
    }

    @Test
    void the_readme_shows_exactly_the_compiled_routing_example() throws IOException {
        assertThat(snippet(readme(), "<!-- snippet:routing", "<!-- end-snippet -->"))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/test/java/io/vnetlab/examples/RoutingReadmeTest.java")),
                        "// snippet:routing", "// end-snippet"));
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(Path.of("..", "docs", "java-dsl.md"));
    }

    private static List<String> snippet(List<String> lines, String start, String end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).trim().startsWith(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).trim().startsWith(end)) {
                to = i;
                break;
            }
        }
        assertThat(from).as("marker %s", start).isPositive();
        assertThat(to).as("marker %s", end).isPositive();
        return lines.subList(from, to).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("```")).collect(Collectors.toList());
    }
}
