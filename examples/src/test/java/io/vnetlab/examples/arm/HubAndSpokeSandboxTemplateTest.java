package io.vnetlab.examples.arm;

import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.arm.DeployedResource;
import io.vnetlab.arm.DeploymentResult;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario "hub and spoke sandbox" (quickstart 101-hub-and-spoke-sandbox), written anew: a hub with a management
 * subnet and — when {@code deployVpnGateway} is {@code Yes} — a GatewaySubnet and a VPN gateway (conditional
 * resources), two spokes peered with it, with gateway transit on (hub: allowGatewayTransit, spokes:
 * useRemoteGateways) exactly when the gateway is deployed. The documentation: "establishes VNet peerings between
 * the Hub and the two spokes"; transit follows docs/azure/gateways.md#gateway-transit, #transit-preconditions,
 * #transit-skus, #gateway-routes, #advertised-prefixes.
 */
class HubAndSpokeSandboxTemplateTest {

    private final Topology azure = Topology.create();

    private DeploymentResult deploy(String deployVpnGateway, String sku) {
        azure.resourceGroups().define("sandbox-rg").withRegion(Region.WEST_EUROPE).create();
        return ArmDeployment.into(azure, "sandbox-rg").templateResource("arm/hub-and-spoke-sandbox.json")
                .parameter("deployVpnGateway", deployVpnGateway).parameter("gatewaySku", sku).deploy();
    }

    /** An on-premises site connected to the hub's gateway, added after the deployment with the Java DSL. */
    private Endpoint branchBehindTheHubGateway() {
        azure.localNetworkGateways().define("branch").withRegion(Region.WEST_EUROPE).withIPAddress("198.51.100.7")
                .withAddressSpace("172.30.0.0/16").create();
        azure.connections().define("core-to-branch").withSiteToSite("core-gateway", "branch").create();
        return azure.onPremisesHost("branch", "172.30.0.10").endpoint();
    }

    @Test
    void without_the_gateway_its_subnet_and_the_gateway_are_skipped_and_transit_is_off() {
        DeploymentResult result = deploy("No", "VpnGw1");

        assertThat(result.skipped()).extracting(DeployedResource::type).containsExactly(
                "Microsoft.Network/virtualNetworks/subnets", "Microsoft.Network/virtualNetworkGateways");
        assertThat(azure.network("core-vnet").subnet("GatewaySubnet")).isEmpty();
        assertThat(azure.virtualNetworkGateways().list()).isEmpty();
        assertThat(azure.peerings().list()).hasSize(4).allMatch(p -> p.state() == PeeringState.Connected)
                .noneMatch(Peering::allowGatewayTransit).noneMatch(Peering::useRemoteGateways);
    }

    // docs/azure/gateways.md#gateway-transit
    @Test
    void with_the_gateway_the_hub_allows_transit_and_the_spokes_use_it() {
        deploy("Yes", "VpnGw1");

        assertThat(azure.virtualNetworkGateways().get("core-gateway").subnetId().name()).isEqualTo("GatewaySubnet");
        assertThat(azure.peering("core-vnet", "to-dev-vnet").allowGatewayTransit()).isTrue();
        assertThat(azure.peering("dev-vnet", "to-core-vnet").useRemoteGateways()).isTrue();
        assertThat(azure.peering("prod-vnet", "to-core-vnet").useRemoteGateways()).isTrue();
        assertThat(azure.peerings().list()).allMatch(p -> p.state() == PeeringState.Connected);
    }

    // docs/azure/gateways.md#advertised-prefixes
    @Test
    void with_gateway_transit_a_site_behind_the_hub_gateway_reaches_both_spokes() {
        deploy("Yes", "VpnGw1");
        Endpoint branch = branchBehindTheHubGateway();

        assertThat(azure.reach(branch, azure.endpoint("dev-vnet-app")).reachable()).isTrue();
        assertThat(azure.reach(branch, azure.endpoint("prod-vnet-app")).reachable()).isTrue();
        assertThat(azure.effectiveRoutes("dev-vnet-app").routes())
                .anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway
                        && r.addressPrefix().toString().equals("172.30.0.0/16"));
    }

    // docs/azure/gateways.md#transit-skus
    @Test
    void a_basic_gateway_gives_no_transit_so_the_spokes_learn_no_site_routes() {
        deploy("Yes", "Basic");
        Endpoint branch = branchBehindTheHubGateway();

        assertThat(azure.peering("dev-vnet", "to-core-vnet").useRemoteGateways()).isTrue();
        assertThat(azure.effectiveRoutes("dev-vnet-app").routes())
                .noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        assertThat(azure.reach(branch, azure.endpoint("dev-vnet-app")).reachable()).isFalse();
        assertThat(azure.reach(branch, azure.endpoint("jumphost")).reachable()).isTrue();
    }

    // docs/azure/peering.md#across-subscriptions-and-tenants
    @Test
    void the_jump_host_reaches_both_spokes_but_the_spokes_do_not_reach_each_other() {
        deploy("No", "VpnGw1");

        assertThat(azure.reach("jumphost", "dev-vnet-app").reachable()).isTrue();
        assertThat(azure.reach("jumphost", "prod-vnet-app").reachable()).isTrue();
        assertThat(azure.reach("dev-vnet-app", "prod-vnet-app").reachable()).isFalse();
    }
}
