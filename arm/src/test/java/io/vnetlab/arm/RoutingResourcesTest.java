package io.vnetlab.arm;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.RouteState;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Route tables and routes, their association with subnets, VPN gateways, sites, connections and Azure Firewall,
 * deployed from small templates written for the purpose (templates/routing).
 */
class RoutingResourcesTest {

    private static final String SUB = Topology.DEFAULT_SUBSCRIPTION_ID;
    private static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg/providers/";

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private DeploymentResult firewallHub() {
        return ArmDeployment.into(azure, "rg").templateResource("templates/routing/firewall-hub.json").deploy();
    }

    private DeploymentResult vpnGateways(boolean site) {
        return ArmDeployment.into(azure, "rg").templateResource("templates/routing/vpn-gateways.json")
                .parameter("deploySite", site).deploy();
    }

    // ------------------------------------------------------------------ route tables

    // docs/azure/routing.md#route-tables
    @Test
    void a_route_table_keeps_its_inline_routes_a_top_level_route_and_disable_bgp_route_propagation() {
        firewallHub();

        RouteTable table = azure.routeTables().get("to-fw");
        assertThat(table.routes()).extracting(r -> r.name(), r -> r.addressPrefix().toString(), r -> r.nextHopType())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("default-to-fw", "0.0.0.0/0",
                                RouteNextHopType.VirtualAppliance),
                        org.assertj.core.groups.Tuple.tuple("blackhole", "192.0.2.0/24", RouteNextHopType.None));
        assertThat(table.disableBgpRoutePropagation()).isTrue();
    }

    // docs/azure/routing.md#route-selection
    @Test
    void a_subnets_route_table_id_associates_the_table_and_its_routes_become_effective() {
        DeploymentResult result = firewallHub();

        assertThat(azure.network("spoke").subnet("app").orElseThrow().routeTableId())
                .isEqualTo(azure.routeTables().get("to-fw").id());
        List<EffectiveRoute> routes = azure.effectiveRoutes("app-vm").routes();
        assertThat(routes).filteredOn(r -> r.source() == RouteSource.User)
                .extracting(r -> r.addressPrefix().toString(), EffectiveRoute::nextHopType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.0.0.0/0", NextHopType.VirtualAppliance),
                        org.assertj.core.groups.Tuple.tuple("192.0.2.0/24", NextHopType.None));
        assertThat(routes).filteredOn(r -> r.source() == RouteSource.Default
                        && r.addressPrefix().toString().equals("0.0.0.0/0"))
                .extracting(EffectiveRoute::state).containsExactly(RouteState.Invalid);
        assertThat(result.warnings()).noneMatch(w -> w.contains("route table"));
    }

    @Test
    void an_output_reads_the_route_table_as_it_is_at_the_end_with_the_subnet_that_associated_it_later() {
        assertThat(firewallHub().output("routeTableSubnets")).isEqualTo(1);
    }

    @Test
    void a_subnet_naming_a_route_table_that_does_not_exist_fails_with_invalid_resource_reference() {
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"vnet\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"10.5.0.0/16\"]}, \"subnets\": [{\"name\": \"a\", \"properties\":"
                + " {\"addressPrefix\": \"10.5.1.0/24\", \"routeTable\": {\"id\": \"[resourceId('Microsoft.Network/"
                + "routeTables', 'missing')]\"}}}]}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidResourceReference);
        assertThat(e.deploymentCode()).isEqualTo(AzureErrorCode.DeploymentFailed);
        assertThat(e.getMessage()).contains("Resource " + RG + "Microsoft.Network/routeTables/missing referenced by"
                + " resource " + RG + "Microsoft.Network/virtualNetworks/vnet/subnets/a was not found.");
        assertThat(azure.networks().list()).isEmpty();
    }

    @Test
    void a_vnet_redeployed_without_the_route_table_on_its_subnet_loses_the_association_as_a_put_does() {
        firewallHub();
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"spoke\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"10.1.0.0/16\"]}, \"subnets\": [{\"name\": \"app\", \"properties\":"
                + " {\"addressPrefix\": \"10.1.1.0/24\"}}]}}]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("spoke").subnet("app").orElseThrow().routeTableId()).isNull();
        assertThat(azure.effectiveRoutes("app-vm").routes()).noneMatch(r -> r.source() == RouteSource.User);
    }

    // ------------------------------------------------------------------ Azure Firewall

    @Test
    void a_firewall_is_a_forwarding_appliance_at_the_first_free_address_of_azure_firewall_subnet() {
        DeploymentResult result = firewallHub();

        NetworkInterface firewall = azure.state().networkInterface(io.vnetlab.model.ResourceId.parse(RG
                + "Microsoft.Network/azureFirewalls/fw")).orElseThrow();
        assertThat(firewall.privateIpAddress()).hasToString("10.0.1.4");
        assertThat(firewall.ipForwarding()).isTrue();
        assertThat(firewall.subnetId().name()).isEqualTo("AzureFirewallSubnet");
        assertThat(result.output("firewallIp")).isEqualTo("10.0.1.4");
        assertThat(azure.routeTables().get("to-fw").route("default-to-fw").orElseThrow().nextHopIp())
                .hasValueSatisfying(ip -> assertThat(ip).hasToString("10.0.1.4"));
        assertThat(result.simulated()).extracting(DeployedResource::type).contains("Microsoft.Network/azureFirewalls");
        assertThat(result.notSimulated()).isEmpty();
        // its rules and public IP are the firewall's own now (docs/azure/azure-firewall.md): no warning for them
        assertThat(result.warnings()).noneMatch(w -> w.contains("Azure Firewall 'fw'"));
        assertThat(azure.azureFirewalls().get("fw").ruleCollections()).extracting(c -> c.name() + " " + c.action())
                .containsExactly("deny-all Deny");
    }

    /** Its only collection has no rule, so the default deny decides (docs/azure/azure-firewall.md#default-deny). */
    @Test
    void a_verdict_that_crosses_the_firewall_is_decided_by_its_classic_rules() {
        firewallHub();

        Verdict verdict = azure.reach("app-vm", "8.8.8.8");

        assertThat(verdict.reachable()).isFalse();
        assertThat(HopText.decision(verdict.hops().get(0))).startsWith("route 0.0.0.0/0 -> VirtualAppliance 10.0.1.4 (User)");
        assertThat(VerdictRenderer.blockers(verdict)).containsExactly("Azure Firewall 'fw' denied the packet from"
                + " 10.1.1.4 to 8.8.8.8: the default deny (no rule matched), as Azure Firewall denies whatever no rule"
                + " allows.");
        assertThat(VerdictRenderer.fixes(verdict)).singleElement().asString()
                .startsWith("add to Azure Firewall 'fw' (classic rules) a network rule allowing ");
    }

    @Test
    void a_route_with_next_hop_none_drops_even_with_the_firewall_there() {
        firewallHub();

        Verdict verdict = azure.reach("app-vm", "192.0.2.10");

        assertThat(verdict.reachable()).isFalse();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void a_firewall_outside_azure_firewall_subnet_is_refused_and_nothing_deploys() {
        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateResource("templates/routing/firewall-hub.json")
                        .parameter("firewallSubnetName", "firewall").deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.AzureFirewallMustBeInAzureFirewallSubnet);
        assertThat(e.templatePath()).isEqualTo("resources[2]");
        assertThat(e.getMessage()).contains("an Azure Firewall goes only in the subnet named exactly"
                + " 'AzureFirewallSubnet'");
        assertThat(azure.networks().list()).isEmpty();
    }

    @Test
    void a_later_deployment_references_the_firewall_and_the_gateway_by_id() {
        firewallHub();
        vpnGateways(false);
        String json = "{\"resources\": [], \"outputs\": {"
                + "\"fw\": {\"type\": \"string\", \"value\": \"[reference(resourceId('Microsoft.Network/azureFirewalls',"
                + " 'fw')).ipConfigurations[0].properties.privateIPAddress]\"},"
                + "\"gw\": {\"type\": \"string\", \"value\": \"[reference(resourceId('Microsoft.Network/"
                + "virtualNetworkGateways', 'west-gw'), '2024-05-01', 'Full').id]\"},"
                + "\"route\": {\"type\": \"string\", \"value\": \"[reference(resourceId('Microsoft.Network/routeTables/"
                + "routes', 'to-fw', 'blackhole')).nextHopType]\"}}}";

        DeploymentResult later = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(later.output("fw")).isEqualTo("10.0.1.4");
        assertThat(later.output("gw")).isEqualTo(RG + "Microsoft.Network/virtualNetworkGateways/west-gw");
        assertThat(later.output("route")).isEqualTo("None");
    }

    // ------------------------------------------------------------------ gateways, sites, connections

    // docs/azure/gateways.md#gateway-transit
    @Test
    void gateways_take_their_type_vpn_type_sku_and_bgp_asn_from_the_template() {
        DeploymentResult result = vpnGateways(true);

        VirtualNetworkGateway east = azure.virtualNetworkGateways().get("east-gw");
        assertThat(east.gatewayType()).isEqualTo(GatewayType.Vpn);
        assertThat(east.vpnType()).isEqualTo(VpnType.RouteBased);
        assertThat(east.sku()).isEqualTo("VpnGw1");
        assertThat(east.bgpAsn()).isEqualTo(65010L);
        assertThat(east.subnetId().name()).isEqualTo("GatewaySubnet");
        assertThat(result.warnings()).contains("Microsoft.Network/virtualNetworkGateways 'east-gw': its public IP"
                + " address 'east-pip' is deployed but not used by the simulation: the gateway's public endpoint is"
                + " not simulated; its tunnels are the connections.");
    }

    @Test
    void reference_gives_the_gateways_id_and_the_bgp_settings_the_deployment_assigned() {
        DeploymentResult result = vpnGateways(true);

        assertThat(result.output("eastGatewayId")).isEqualTo(RG + "Microsoft.Network/virtualNetworkGateways/east-gw");
        assertThat(result.output("eastAsn")).isEqualTo(65010L);
        assertThat(result.output("westBgpPeer")).isEqualTo("10.20.255.4");
    }

    @Test
    void a_site_and_its_connections_are_deployed_and_vnet2vnet_connections_carry_traffic_between_the_gateways() {
        vpnGateways(true);

        LocalNetworkGateway branch = azure.localNetworkGateways().get("branch");
        assertThat(branch.gatewayIpAddress()).hasToString("203.0.113.10");
        assertThat(branch.addressPrefixes()).hasToString("[192.168.10.0/24]");
        assertThat(branch.bgpAsn()).isEqualTo(65100L);
        assertThat(azure.connections().list()).extracting(GatewayConnection::name, GatewayConnection::connectionType)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("east-to-west", ConnectionType.Vnet2Vnet),
                        org.assertj.core.groups.Tuple.tuple("west-to-east", ConnectionType.Vnet2Vnet),
                        org.assertj.core.groups.Tuple.tuple("east-to-branch", ConnectionType.IPsec));
        assertThat(azure.connections().get("east-to-west").enableBgp()).isTrue();

        Verdict eastToWest = azure.reach("east-vm", "west-vm");
        assertThat(eastToWest.reachable()).as(VerdictRenderer.render(eastToWest)).isTrue();
        assertThat(VerdictRenderer.render(eastToWest)).contains("gateway 'west-gw' (west)");
        assertThat(azure.reach(azure.onPremisesHost("branch", "192.168.10.5"), azure.host("east-vm"))
                .reachable()).isTrue();
    }

    @Test
    void a_condition_that_drops_the_site_drops_its_connection_too() {
        DeploymentResult result = vpnGateways(false);

        assertThat(azure.localNetworkGateways().list()).isEmpty();
        assertThat(result.skipped()).extracting(DeployedResource::type)
                .containsExactly("Microsoft.Network/localNetworkGateways", "Microsoft.Network/connections");
        assertThat(azure.reach("east-vm", "west-vm").reachable()).isTrue();
    }

    @Test
    void a_gateway_outside_gateway_subnet_fails_with_the_control_planes_code() {
        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateResource("templates/routing/vpn-gateways.json")
                        .parameter("gatewaySubnetName", "gateways").deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.GatewayMustBeInGatewaySubnet);
        assertThat(e.templatePath()).isEqualTo("resources[1]");
        assertThat(azure.networks().list()).isEmpty();
    }

    @Test
    void a_vnet2vnet_connection_from_one_side_only_is_named_in_a_warning_as_azure_needs_both() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode template = (com.fasterxml.jackson.databind.node.ObjectNode)
                Values.JSON.readTree(getClass().getClassLoader().getResourceAsStream("templates/routing/vpn-gateways.json"));
        com.fasterxml.jackson.databind.node.ArrayNode resources = (com.fasterxml.jackson.databind.node.ArrayNode)
                template.get("resources");
        for (int i = resources.size() - 1; i >= 0; i--) {
            if (resources.get(i).path("name").asText().equals("west-to-east")) {
                resources.remove(i);
            }
        }

        DeploymentResult oneSided = ArmDeployment.into(azure, "rg").templateJson(template.toString())
                .parameter("deploySite", false).deploy();

        assertThat(vpnGatewaysInAnotherTopology().warnings()).noneMatch(w -> w.contains("no Vnet2Vnet connection"));
        assertThat(oneSided.warnings()).contains("Microsoft.Network/connections 'east-to-west' connects gateway"
                + " 'east-gw' to 'west-gw', but no Vnet2Vnet connection goes back from 'west-gw': it stays NotConnected"
                + " and carries no traffic until that connection exists, as Azure brings the tunnel up only when each"
                + " gateway has a connection to the other.");
        assertThat(io.vnetlab.controlplane.ResourceManager.connectionStatus(azure.state(),
                azure.connections().get("east-to-west"))).isEqualTo(io.vnetlab.model.ConnectionStatus.NotConnected);
    }

    private static DeploymentResult vpnGatewaysInAnotherTopology() {
        io.vnetlab.Topology other = io.vnetlab.Topology.create();
        other.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        return ArmDeployment.into(other, "rg").templateResource("templates/routing/vpn-gateways.json")
                .parameter("deploySite", false).deploy();
    }

    // docs/azure/gateways.md#local-network-gateways-sites
    @Test
    void a_site_named_by_fqdn_takes_the_address_of_the_public_ip_that_carries_that_dns_name() {
        String labelled = "{\"resources\": [{\"type\": \"Microsoft.Network/publicIPAddresses\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"branch-device-ip\", \"location\": \"westeurope\", \"sku\": {\"name\":"
                + " \"Standard\"}, \"properties\": {\"publicIPAllocationMethod\": \"Static\", \"dnsSettings\":"
                + " {\"domainNameLabel\": \"Branch-Device\"}}}]}";
        ArmDeployment.into(azure, "rg").templateJson(labelled).deploy();
        String site = "{\"resources\": [{\"type\": \"Microsoft.Network/localNetworkGateways\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"branch\", \"location\": \"westeurope\", \"properties\": {\"fqdn\":"
                + " \"branch-device.WestEurope.cloudapp.azure.com\", \"localNetworkAddressSpace\": {\"addressPrefixes\":"
                + " [\"192.168.50.0/24\"]}}}]}";

        ArmDeployment.into(azure, "rg").templateJson(site).deploy();

        assertThat(azure.localNetworkGateways().get("branch").gatewayIpAddress())
                .isEqualTo(azure.publicIpAddresses().get("branch-device-ip").ipAddress());
    }

    @Test
    void a_site_named_by_an_fqdn_no_simulated_public_ip_carries_is_refused_with_what_to_give_instead() {
        String site = "{\"resources\": [{\"type\": \"Microsoft.Network/localNetworkGateways\", \"apiVersion\":"
                + " \"2024-05-01\", \"name\": \"branch\", \"location\": \"westeurope\", \"properties\": {\"fqdn\":"
                + " \"vpn.branch.example\", \"localNetworkAddressSpace\": {\"addressPrefixes\": [\"192.168.50.0/24\"]}}}]}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(site).deploy())
                .hasMessageContaining("'The template at path 'resources[0].properties.fqdn' is not valid: Local network"
                        + " gateway 'branch' names its device by fqdn 'vpn.branch.example', which is no public IP address"
                        + " of this simulation: vnetlab resolves only the DNS names of its own public IP addresses;"
                        + " give gatewayIpAddress instead.'");
        assertThat(azure.localNetworkGateways().list()).isEmpty();
    }

    @Test
    void a_vnet2vnet_connection_without_a_second_gateway_is_refused() {
        vpnGateways(false);
        String json = "{\"resources\": [{\"type\": \"Microsoft.Network/connections\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"half\", \"location\": \"westeurope\", \"properties\": {\"connectionType\": \"Vnet2Vnet\","
                + " \"virtualNetworkGateway1\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworkGateways',"
                + " 'east-gw')]\"}}}]}";

        ArmDeploymentException e = org.junit.jupiter.api.Assertions.assertThrows(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidConnectionEndpoints);
        assertThat(e.getMessage()).contains("needs a second virtual network gateway (virtualNetworkGateway2)");
    }

    @Test
    void the_routing_types_are_simulated() {
        assertThat(ArmDeployment.simulatedResourceTypes()).contains("Microsoft.Network/routeTables",
                "Microsoft.Network/routeTables/routes", "Microsoft.Network/virtualNetworkGateways",
                "Microsoft.Network/localNetworkGateways", "Microsoft.Network/connections",
                "Microsoft.Network/azureFirewalls");
    }
}
