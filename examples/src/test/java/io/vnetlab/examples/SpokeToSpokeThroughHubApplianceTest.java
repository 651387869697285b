package io.vnetlab.examples;

import io.vnetlab.render.BlockerText;
import io.vnetlab.Topology;
import io.vnetlab.assertj.Via;
import io.vnetlab.dataplane.NextHop;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.diagram.MermaidDiagram;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spoke to spoke through an appliance in the hub (docs/azure/routing.md#ip-forwarding, #hub-appliance,
 * docs/azure/peering.md#allow-forwarded-traffic), built one setting at a time: after each step the verdict names the
 * next missing piece, until the spokes reach each other through the appliance — and only through it. The failing steps,
 * with their full messages, are in {@link MistakesPeopleMakeTest}.
 */
class SpokeToSpokeThroughHubApplianceTest {

    /** The hub with NvaVM (10.0.1.4) and two spokes with a VM each, both peered with the hub (default flags). */
    static Topology peeredSpokes() {
        Topology azure = MistakesPeopleMakeTest.hubAndSpokes();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.peer("Spoke2VNet").with("HubVNet").create();
        azure.virtualMachines().define("NvaVM").withExistingPrimaryNetwork("HubVNet").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").create();
        return azure;
    }

    @Test
    void each_step_removes_one_blocker_until_the_spokes_reach_each_other_through_the_appliance() {
        Topology azure = peeredSpokes();
        assertThat(firstBlocker(azure)).startsWith("Spoke1VNet and Spoke2VNet are not peered. Peering is not transitive");

        // 1. a user route on each spoke's subnet: the other spoke's prefix -> VirtualAppliance 10.0.1.4
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        azure.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4").create();
        azure.routeTables().associate("spoke1-rt", "Spoke1VNet", "app");
        azure.routeTables().associate("spoke2-rt", "Spoke2VNet", "app");
        assertThat(firstBlocker(azure)).isEqualTo("Network interface 'NvaVMVMNic' (10.0.1.4) does not have IP"
                + " forwarding enabled, so Azure drops the packets to 10.2.1.4 that are routed to it.");

        // 2. IP forwarding on the appliance's network interface
        azure.networkInterfaces().updateIpForwarding("NvaVMVMNic", true);
        assertThat(firstBlocker(azure)).isEqualTo("The packet's source 10.1.1.4 is outside HubVNet's address space, so"
                + " it is forwarded traffic, and peering 'Spoke2VNet/Spoke2VNet-To-HubVNet' does not allow forwarded"
                + " traffic.");

        // 3. allowForwardedTraffic on each spoke's peering to the hub (the side the relayed packets enter)
        azure.peerings().update("Spoke2VNet", "Spoke2VNet-To-HubVNet").allowForwardedTraffic(true).apply();
        azure.peerings().update("Spoke1VNet", "Spoke1VNet-To-HubVNet").allowForwardedTraffic(true).apply();

        assertThat(azure).vm("Spoke1VM").canReachThrough("Spoke2VM", Via.nextHop("10.0.1.4"));
        assertThat(azure).vm("Spoke2VM").canReachThrough("Spoke1VM", Via.nextHop("10.0.1.4"));
        assertThat(azure).vm("Spoke1VM").hasEffectiveRoute(route("10.2.0.0/16", NextHopType.VirtualAppliance)
                .withNextHopIp("10.0.1.4").withSource(RouteSource.User));
        NextHop hop = azure.nextHop("Spoke1VM", "10.1.1.4", "10.2.1.4");      // az network watcher show-next-hop
        assertThat(hop.nextHopType()).isEqualTo(NextHopType.VirtualAppliance);
        assertThat(hop.routeTableId()).endsWith("/routeTables/spoke1-rt");
    }

    @Test
    void the_hub_itself_stays_directly_reachable_from_both_spokes() {
        Topology azure = peeredSpokes();
        assertThat(azure).vms("Spoke1VM", "Spoke2VM").canReachEveryVmIn("HubVNet");
        assertThat(azure).vm("Spoke1VM").canReachAvoiding("NvaVM", Via.nextHopType(NextHopType.VirtualAppliance));
    }

    @Test
    void the_picture_shows_the_appliance_and_the_user_routes_that_lead_to_it() {
        Topology azure = peeredSpokes();
        azure.networkInterfaces().updateIpForwarding("NvaVMVMNic", true);
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        azure.routeTables().associate("spoke1-rt", "Spoke1VNet", "app");
        azure.peerings().update("Spoke1VNet", "Spoke1VNet-To-HubVNet").allowForwardedTraffic(true).apply();

        assertThat(MermaidDiagram.of(azure.state())).isEqualTo("""
                flowchart LR
                  subgraph westeurope["West Europe"]
                    n0["HubVNet<br/>10.0.0.0/16"]
                    n1["Spoke1VNet<br/>10.1.0.0/16"]
                    n2["Spoke2VNet<br/>10.2.0.0/16"]
                    a0(["NvaVM<br/>appliance 10.0.1.4"])
                  end
                  n1 <-->|"Connected<br/>Spoke1VNet: vnet access, forwarded traffic<br/>HubVNet: vnet access"| n0
                  n2 <-->|"Connected<br/>vnet access"| n0
                  n0 --- a0
                  n1 -.->|"user route<br/>10.2.0.0/16"| a0
                """);
    }

    private static String firstBlocker(Topology azure) {
        return BlockerText.reason(azure.reach("Spoke1VM", "Spoke2VM").blockers().get(0));
    }
}
