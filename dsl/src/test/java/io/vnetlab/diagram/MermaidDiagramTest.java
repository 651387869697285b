package io.vnetlab.diagram;

import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidDiagramTest {

    @Test
    void the_learn_module_is_drawn_with_regions_as_groups_and_peerings_as_labelled_edges() {
        assertThat(MermaidDiagram.of(ReferenceTopologies.learnModule().state())).isEqualTo(String.join("\n",
                "flowchart LR",
                "  subgraph northeurope[\"North Europe\"]",
                "    n0[\"SalesVNet<br/>10.1.0.0/16\"]",
                "    n1[\"MarketingVNet<br/>10.2.0.0/16\"]",
                "  end",
                "  subgraph westeurope[\"West Europe\"]",
                "    n2[\"ResearchVNet<br/>10.3.0.0/16\"]",
                "  end",
                "  n0 <-->|\"Connected<br/>vnet access\"| n1",
                "  n1 <-->|\"Connected, global<br/>vnet access\"| n2",
                ""));
    }

    @Test
    void a_side_alone_is_a_dotted_arrow_that_says_its_state() {
        Topology t = ReferenceTopologies.learnModuleUnpeered();
        t.peer("SalesVNet").to("MarketingVNet").create();
        t.peer("MarketingVNet").with("ResearchVNet").create();
        t.peerings().delete("ResearchVNet", "ResearchVNet-To-MarketingVNet");
        assertThat(MermaidDiagram.of(t.state())).contains(
                "  n0 -.->|\"Initiated, no way back<br/>vnet access\"| n1\n",
                "  n1 -.->|\"Disconnected, global<br/>vnet access\"| n2\n");
    }

    @Test
    void sides_with_different_flags_are_labelled_side_by_side() {
        Topology t = ReferenceTopologies.learnModuleUnpeered();
        t.peer("SalesVNet").to("MarketingVNet").allowForwardedTraffic().create();
        t.peer("MarketingVNet").to("SalesVNet").allowVirtualNetworkAccess(false).create();
        assertThat(MermaidDiagram.of(t.state())).contains("  n0 <-->|\"Connected<br/>SalesVNet: vnet access,"
                + " forwarded traffic<br/>MarketingVNet: no flags\"| n1\n");
    }

    @Test
    void a_peering_out_of_sync_says_which_side_is_behind() {
        Topology t = ReferenceTopologies.learnModule();
        t.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
        assertThat(MermaidDiagram.of(t.state())).contains("  n0 <-->|\"Connected<br/>vnet access<br/>SalesVNet"
                + " RemoteNotInSync, MarketingVNet LocalNotInSync\"| n1\n");
    }

    @Test
    void markdown_wraps_the_chart_in_a_mermaid_fence() {
        assertThat(MermaidDiagram.markdown(ReferenceTopologies.learnModule().state())).startsWith("```mermaid\nflowchart LR\n")
                .endsWith("```\n");
    }

    @Test
    void the_reachability_matrix_renders_as_markdown() {
        assertThat(Tables.reachabilityMarkdown(ReferenceTopologies.learnModule().reachabilityMatrix())).isEqualTo(String.join("\n",
                "| from \\ to | SalesVM | MarketingVM | ResearchVM |",
                "|---|---|---|---|",
                "| SalesVM | – | ✅ | ❌ |",
                "| MarketingVM | ✅ | – | ✅ |",
                "| ResearchVM | ❌ | ✅ | – |",
                ""));
    }

    // ---- gateways, sites, appliances and user routes

    /** The routing example of docs/java-dsl.md: a hub VPN gateway to a site, both spokes using it, an appliance routed to. */
    private static Topology hubAndSpoke() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24").create();
        t.networks().define("spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        t.networks().define("spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        t.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        t.peer("spoke1").with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();
        t.peer("spoke2").with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();
        t.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        t.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        t.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4")
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.1.4").create();
        t.routeTables().associate("spoke1-rt", "spoke1", "app");
        t.routeTables().associate("spoke2-rt", "spoke2", "app");
        return t;
    }

    @Test
    void gateways_sites_connections_appliances_and_user_routes_are_drawn() {
        assertThat(MermaidDiagram.of(hubAndSpoke().state())).isEqualTo(String.join("\n",
                "flowchart LR",
                "  subgraph westeurope[\"West Europe\"]",
                "    n0[\"hub<br/>10.0.0.0/16\"]",
                "    n1[\"spoke1<br/>10.1.0.0/16\"]",
                "    n2[\"spoke2<br/>10.2.0.0/16\"]",
                "    g0{{\"hub-vpn<br/>VPN gateway, route-based\"}}",
                "    a0([\"nva<br/>appliance 10.0.1.4\"])",
                "  end",
                "  subgraph onpremises[\"On-premises\"]",
                "    s0[\"OnPrem<br/>10.100.0.0/16\"]",
                "  end",
                "  n0 <-->|\"Connected<br/>hub: vnet access, forwarded traffic, gateway transit"
                        + "<br/>spoke1: vnet access, forwarded traffic, remote gateways\"| n1",
                "  n0 <-->|\"Connected<br/>hub: vnet access, forwarded traffic, gateway transit"
                        + "<br/>spoke2: vnet access, forwarded traffic, remote gateways\"| n2",
                "  n0 --- g0",
                "  n0 --- a0",
                "  g0 <-->|\"hub-to-onprem<br/>site-to-site\"| s0",
                "  n1 -.->|\"user route<br/>10.2.0.0/16\"| a0",
                "  n2 -.->|\"user routes<br/>10.1.0.0/16, 0.0.0.0/0\"| a0",
                ""));
    }

    @Test
    void a_route_target_without_IP_forwarding_is_drawn_as_an_appliance_that_does_not_forward() {
        Topology t = hubAndSpoke();
        t.networkInterfaces().updateIpForwarding("nvaVMNic", false);
        assertThat(MermaidDiagram.of(t.state())).contains("    a0([\"nva<br/>appliance 10.0.1.4, IP forwarding off\"])\n")
                .contains("  n1 -.->|\"user route<br/>10.2.0.0/16\"| a0\n");
    }

    @Test
    void an_ExpressRoute_gateway_and_a_VNet_to_VNet_connection_say_what_they_are() {
        Topology t = hubAndSpoke();
        t.networks().define("branch").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.50.0.0/16")
                .withSubnet("GatewaySubnet", "10.50.255.0/27").create();
        t.virtualNetworkGateways().define("branch-vpn").withExistingNetwork("branch").withPolicyBasedVpn().create();
        t.connections().define("branch-to-hub").withVnetToVnet("branch-vpn", "hub-vpn").create();
        t.virtualNetworkGateways().define("hub-er").withExistingNetwork("hub").withExpressRoute().create();
        String chart = MermaidDiagram.of(t.state());
        assertThat(chart).contains("  subgraph northeurope[\"North Europe\"]\n    n3[\"branch<br/>10.50.0.0/16\"]\n"
                        + "    g1{{\"branch-vpn<br/>VPN gateway, policy-based\"}}\n  end\n")
                .contains("    g2{{\"hub-er<br/>ExpressRoute gateway\"}}\n")
                .contains("  g1 <-->|\"branch-to-hub<br/>VNet-to-VNet\"| g0\n");
    }

    @Test
    void a_topology_without_gateways_sites_or_appliances_draws_exactly_as_before() {
        Topology t = ReferenceTopologies.learnModule();
        t.routeTables().define("internet-only").withRegion(Region.NORTH_EUROPE)
                .withRoute("0.0.0.0/0", io.vnetlab.model.RouteNextHopType.Internet).create();
        t.routeTables().associate("internet-only", "SalesVNet", "Apps");
        assertThat(MermaidDiagram.of(t.state())).isEqualTo(MermaidDiagram.of(ReferenceTopologies.learnModule().state()));
    }
}
