package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.OutboundAccess;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Microsoft.Network/natGateways}, {@code publicIPPrefixes} and a subnet's {@code natGateway} and
 * {@code defaultOutboundAccess} in templates (docs/azure/outbound-access.md#nat-gateway, #private-subnets).
 */
class OutboundResourcesTest {

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
    }

    /** A network with subnets {@code nat} (through the NAT gateway) and {@code plain}, at {@code apiVersion}. */
    private static String template(String apiVersion) {
        return """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                  {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-09-01", "name": "nat-ip",
                   "location": "eastus", "sku": {"name": "Standard"},
                   "properties": {"publicIPAllocationMethod": "Static"}},
                  {"type": "Microsoft.Network/publicIPPrefixes", "apiVersion": "2023-09-01", "name": "nat-prefix",
                   "location": "eastus", "sku": {"name": "Standard"}, "properties": {"prefixLength": 31}},
                  {"type": "Microsoft.Network/natGateways", "apiVersion": "2023-09-01", "name": "nat",
                   "location": "eastus", "sku": {"name": "Standard"},
                   "dependsOn": ["nat-ip", "nat-prefix"],
                   "properties": {"idleTimeoutInMinutes": 10,
                     "publicIpAddresses": [{"id": "[resourceId('Microsoft.Network/publicIPAddresses', 'nat-ip')]"}],
                     "publicIpPrefixes": [{"id": "[resourceId('Microsoft.Network/publicIPPrefixes', 'nat-prefix')]"}]}},
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "API", "name": "vnet",
                   "location": "eastus", "dependsOn": ["nat"],
                   "properties": {"addressSpace": {"addressPrefixes": ["10.1.0.0/16"]},
                     "subnets": [
                      {"name": "nat", "properties": {"addressPrefix": "10.1.0.0/24",
                        "natGateway": {"id": "[resourceId('Microsoft.Network/natGateways', 'nat')]"}}},
                      {"name": "plain", "properties": {"addressPrefix": "10.1.1.0/24"}}]}}]}
                """.replace("API", apiVersion);
    }

    private void vmIn(String subnet) {
        azure.virtualMachines().define(subnet + "-vm").withExistingPrimaryNetwork("vnet").withSubnet(subnet).create();
    }

    @Test
    void a_subnet_naming_a_nat_gateway_goes_out_from_its_public_ip() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template("2023-09-01")).deploy();
        vmIn("nat");
        vmIn("plain");

        assertThat(result.resources()).allMatch(r -> r.outcome() == DeployedResource.Outcome.SIMULATED);
        assertThat(azure.natGateways().get("nat").idleTimeoutInMinutes()).isEqualTo(10);
        OutboundAccess out = azure.outboundAccess("nat-vm");
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.NAT_GATEWAY);
        assertThat(out.sourceAddress()).contains(azure.publicIpAddresses().get("nat-ip").ipAddress());
        assertThat(azure.outboundAccess("plain-vm").method())
                .as("an older API version leaves defaultOutboundAccess unset: default outbound access")
                .isEqualTo(OutboundAccess.Method.DEFAULT_OUTBOUND_ACCESS);
    }

    @Test
    void from_api_version_2025_07_01_a_subnet_that_leaves_defaultOutboundAccess_out_is_private() {
        ArmDeployment.into(azure, "rg").templateJson(template("2025-07-01")).deploy();
        vmIn("plain");

        assertThat(azure.network("vnet").subnet("plain").orElseThrow().defaultOutboundAccess()).isFalse();
        assertThat(azure.outboundAccess("plain-vm").method()).isEqualTo(OutboundAccess.Method.NONE);
    }

    // docs/azure/decisions.md#standardv2-public-ip
    @Test
    void a_StandardV2_nat_gateway_and_public_ip_deploy_as_Standard_with_a_warning() {
        // the first SKU of the template is the NAT gateway's public IP's
        String v2 = template("2023-09-01").replaceFirst(java.util.regex.Pattern.quote("{\"name\": \"Standard\"}"),
                "{\"name\": \"StandardV2\"}");
        assertThat(v2).contains("StandardV2");

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(v2).deploy();
        vmIn("nat");

        assertThat(result.warnings()).contains("public IP address 'nat-ip' has SKU StandardV2: vnetlab simulates it"
                + " as Standard, the same static address for a flow.");
        assertThat(azure.outboundAccess("nat-vm").sourceAddress())
                .contains(azure.publicIpAddresses().get("nat-ip").ipAddress());
    }
}
