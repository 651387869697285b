package io.vnetlab.examples.arm;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.junit.ArmTemplate;
import io.vnetlab.junit.ArmTopology;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.VirtualNetworkGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Scenario "VNet to VNet with BGP" (quickstart 201-vnet-to-vnet-bgp), written anew: two networks in one region,
 * each with a GatewaySubnet and a route-based VPN gateway with BGP and a private ASN, joined by a Vnet2Vnet
 * connection in each direction — and no peering. The documentation: "establishes a BGP enabled connection between
 * the two gateways"; traffic between the networks goes through the gateways
 * (docs/azure/gateways.md#gateway-as-next-hop).
 */
@VnetlabTest
class VnetToVnetBgpGatewaysTemplateTest {

    @ArmTemplate(value = "arm/vnet-to-vnet-bgp.json", parameters = "arm/vnet-to-vnet-bgp.parameters.json",
            location = "northeurope")
    static class BgpGateways extends ArmTopology {
    }

    @TestTopology(factory = BgpGateways.class)
    static Topology azure;

    @Test
    void each_network_has_a_route_based_vpn_gateway_with_its_own_private_asn(Topology fork) {
        assertThat(fork.virtualNetworkGateways().list())
                .extracting(VirtualNetworkGateway::name, VirtualNetworkGateway::bgpAsn, VirtualNetworkGateway::sku)
                .containsExactly(tuple("alpha-gateway", 65031L, "VpnGw1"), tuple("beta-gateway", 65032L, "VpnGw1"));
        assertThat(fork.virtualNetworkGateways().list()).allMatch(VirtualNetworkGateway::isRouteBasedVpn);
    }

    @Test
    void two_bgp_enabled_vnet2vnet_connections_join_the_gateways_and_no_peering_exists(Topology fork) {
        assertThat(fork.connections().list())
                .extracting(GatewayConnection::name, GatewayConnection::connectionType, GatewayConnection::enableBgp)
                .containsExactlyInAnyOrder(tuple("alpha-to-beta", ConnectionType.Vnet2Vnet, true),
                        tuple("beta-to-alpha", ConnectionType.Vnet2Vnet, true));
        assertThat(fork.peerings().list()).isEmpty();
    }

    // docs/azure/gateways.md#gateway-as-next-hop
    @Test
    void each_network_learns_the_other_through_its_gateway(Topology fork) {
        EffectiveRoute toBeta = fork.effectiveRoutes("alpha-northeurope-vm").routes().stream()
                .filter(r -> r.source() == RouteSource.VirtualNetworkGateway).findFirst().orElseThrow();

        assertThat(toBeta.addressPrefix()).hasToString("10.80.2.0/23");
        assertThat(toBeta.nextHopType()).isEqualTo(NextHopType.VirtualNetworkGateway);
    }

    @Test
    void the_vms_reach_each_other_through_the_gateways(Topology fork) {
        Verdict verdict = fork.reach("alpha-northeurope-vm", "beta-northeurope-vm");

        assertThat(verdict.reachable()).as(VerdictRenderer.render(verdict)).isTrue();
        assertThat(VerdictRenderer.render(verdict)).contains("gateway 'beta-gateway' (beta-northeurope)");
        assertThat(fork.reach("beta-northeurope-vm", "alpha-northeurope-vm").reachable()).isTrue();
    }

    @Test
    void reference_gives_the_gateway_id_and_bgp_peering_address_the_deployment_assigned() {
        Topology fresh = Topology.create();
        fresh.resourceGroups().define("bgp-rg").withRegion(io.vnetlab.model.Region.NORTH_EUROPE).create();

        io.vnetlab.arm.DeploymentResult result = io.vnetlab.arm.ArmDeployment.into(fresh, "bgp-rg")
                .templateResource("arm/vnet-to-vnet-bgp.json").parameter("sharedKey", "example-only-key").deploy();

        assertThat(result.output("alphaGatewayId")).isEqualTo(fresh.virtualNetworkGateways().get("alpha-gateway")
                .id().toString());
        assertThat(result.output("alphaBgpPeeringAddress")).isEqualTo("10.80.1.228");
        assertThat(result.notSimulated()).isEmpty();      // public IPs are simulated
        // the gateways record the public IPs the template gives them (docs/azure/gateways.md#public-ip-addresses)
        assertThat(result.warnings()).filteredOn(w -> w.contains("public IP address") && w.contains("not used"))
                .isEmpty();
        assertThat(fresh.virtualNetworkGateways().get("alpha-gateway").publicIpAddressIds()).hasSize(1);
    }
}
