package io.vnetlab.examples;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.assertj.Via;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.diagram.MermaidDiagram;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hub-and-spoke with VPN gateway transit to an on-premises site (docs/azure/gateways.md#gateway-transit,
 * #transit-preconditions, #transit-skus, #gateway-routes, #advertised-prefixes): the hub has the only VPN gateway,
 * connected site-to-site to the datacenter; two spokes — one in the hub's region, one in another (global peering) — use
 * it through gateway transit. The spokes learn the site's prefixes from the gateway, the site learns the spokes, and
 * the spokes still cannot reach each other: transit is for the gateway, not between spokes.
 */
@VnetlabTest
class HubAndSpokeVpnTransitTest {

    @TestTopology
    static Topology azure = hubAndSpokes();

    /** The topology, built as a network team would: the hub and its gateway first, then the spokes. */
    static Topology hubAndSpokes() {
        Topology azure = Topology.create();
        azure.networks().define("HubVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("shared", "10.0.1.0/24").create();
        azure.networks().define("Spoke1VNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        azure.networks().define("Spoke2VNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        azure.virtualMachines().define("HubVM").withExistingPrimaryNetwork("HubVNet").withSubnet("shared").create();
        azure.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1VNet").withSubnet("app").create();
        azure.virtualMachines().define("Spoke2VM").withExistingPrimaryNetwork("Spoke2VNet").withSubnet("app").create();

        azure.virtualNetworkGateways().define("HubVpnGateway").withExistingNetwork("HubVNet").withRouteBasedVpn().create();
        azure.localNetworkGateways().define("Datacenter").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.10").withAddressSpace("10.100.0.0/16").create();
        azure.connections().define("HubToDatacenter").withSiteToSite("HubVpnGateway", "Datacenter").create();

        // allowGatewayTransit on the hub's side, useRemoteGateways on the spoke's: the hub's side first
        azure.peer("Spoke1VNet").with("HubVNet").usingGatewayOf("HubVNet").create();
        azure.peer("Spoke2VNet").with("HubVNet").usingGatewayOf("HubVNet").create();
        return azure;
    }

    private static Endpoint datacenterHost(Topology azure) {
        return azure.onPremisesHost("Datacenter", "10.100.0.10").endpoint();
    }

    // docs/azure/gateways.md#transit-preconditions
    @Test
    void the_hub_side_allows_gateway_transit_and_the_spoke_side_uses_remote_gateways(Topology azure) {
        assertThat(azure).peering("HubVNet", "HubVNet-To-Spoke1VNet").isConnected().allowsGatewayTransit()
                .doesNotUseRemoteGateways();
        assertThat(azure).peering("Spoke1VNet", "Spoke1VNet-To-HubVNet").isConnected().usesRemoteGateways()
                .doesNotAllowGatewayTransit();
        assertThat(azure).peering("Spoke2VNet", "Spoke2VNet-To-HubVNet").isConnected().isGlobal().usesRemoteGateways();
    }

    // docs/azure/gateways.md#gateway-routes
    @Test
    void each_spoke_learns_the_sites_prefix_from_the_hubs_gateway(Topology azure) {
        for (String spoke : new String[]{"Spoke1VM", "Spoke2VM"}) {
            assertThat(azure).vm(spoke).hasEffectiveRoute(route("10.100.0.0/16", NextHopType.VirtualNetworkGateway)
                    .withNextHopIp("10.0.255.4").withSource(RouteSource.VirtualNetworkGateway));
        }
    }

    @Test
    void the_spokes_reach_the_datacenter_and_the_datacenter_reaches_them_through_the_gateway(Topology azure) {
        for (String spoke : new String[]{"Spoke1VM", "Spoke2VM"}) {
            assertThat(azure.reach(azure.endpoint(spoke), datacenterHost(azure))).as("%s to the datacenter", spoke)
                    .isReachable().passesThrough(Via.nextHopType(NextHopType.VirtualNetworkGateway));
            assertThat(azure.reach(datacenterHost(azure), azure.endpoint(spoke))).as("the datacenter to %s", spoke)
                    .isReachable();
        }
        assertThat(VerdictRenderer.render(azure.reach(datacenterHost(azure), azure.endpoint("Spoke2VM")))).isEqualTo("""
                host 10.100.0.10 (site 'Datacenter') -> vm 'Spoke2VM' 10.2.1.4 (Spoke2VNet/app): reachable
                  1. site 'Datacenter' -> gateway 'HubVpnGateway' (HubVNet): connection 'HubToDatacenter' (IPsec)                                       ok
                  2. HubVNet/GatewaySubnet -> Spoke2VNet: route 10.2.0.0/16 -> VNetGlobalPeering (Default), peering 'HubVNet-To-Spoke2VNet' Connected   ok
                  3. Spoke2VNet/app -> Spoke2VM: nic 'Spoke2VMVMNic' holds 10.2.1.4                                                                     delivered
                """);
    }

    // docs/azure/peering.md#non-transitive
    @Test
    void gateway_transit_does_not_connect_the_spokes_to_each_other(Topology azure) {
        assertThat(azure).vm("Spoke1VM").cannotReach("Spoke2VM");
        assertThat(azure).vm("Spoke2VM").cannotReach("Spoke1VM");
        assertThat(azure).vmsIn("Spoke1VNet", "Spoke2VNet").canReachEveryVmIn("HubVNet");
    }

    // docs/azure/routing.md#virtual-appliance-next-hop
    @Test
    void a_spoke_subnet_that_disables_gateway_route_propagation_loses_the_datacenter(Topology azure) {
        azure.routeTables().define("spoke2-no-bgp").withRegion(Region.NORTH_EUROPE).withDisableBgpRoutePropagation()
                .create();
        azure.routeTables().associate("spoke2-no-bgp", "Spoke2VNet", "app");

        assertThat(azure).vm("Spoke2VM").doesNotHaveEffectiveRoute(route("10.100.0.0/16", NextHopType.VirtualNetworkGateway));
        assertThat(azure.reach(azure.endpoint("Spoke2VM"), datacenterHost(azure))).isNotReachable();
        assertThat(azure.reach(azure.endpoint("Spoke1VM"), datacenterHost(azure))).isReachable();
    }

    @Test
    void the_picture_shows_the_gateway_the_site_and_which_side_sets_which_flag() {
        assertThat(MermaidDiagram.of(azure.state())).isEqualTo("""
                flowchart LR
                  subgraph westeurope["West Europe"]
                    n0["HubVNet<br/>10.0.0.0/16"]
                    n1["Spoke1VNet<br/>10.1.0.0/16"]
                    g0{{"HubVpnGateway<br/>VPN gateway, route-based"}}
                  end
                  subgraph northeurope["North Europe"]
                    n2["Spoke2VNet<br/>10.2.0.0/16"]
                  end
                  subgraph onpremises["On-premises"]
                    s0["Datacenter<br/>10.100.0.0/16"]
                  end
                  n0 <-->|"Connected<br/>HubVNet: vnet access, gateway transit<br/>Spoke1VNet: vnet access, remote gateways"| n1
                  n0 <-->|"Connected, global<br/>HubVNet: vnet access, gateway transit<br/>Spoke2VNet: vnet access, remote gateways"| n2
                  n0 --- g0
                  g0 <-->|"HubToDatacenter<br/>site-to-site"| s0
                """);
    }
}
