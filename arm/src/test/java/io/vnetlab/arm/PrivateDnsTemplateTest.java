package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.NameResolution;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Private DNS zones, their links and record sets, and private endpoints' DNS zone groups in templates: deployed,
 * validated and given back by {@code reference()} (docs/azure/private-dns.md#arm-and-cli-shapes).
 */
class PrivateDnsTemplateTest {

    private static final String STORAGE = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
            + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/appdata";

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    /** A network with a VM and a blob endpoint, the privatelink zone linked to it, a zone group and an A record. */
    private static String template(String linkProperties) {
        return """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "variables": {"zone": "privatelink.blob.core.windows.net"},
                 "resources": [
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet",
                   "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
                   "subnets": [{"name": "app", "properties": {"addressPrefix": "10.0.1.0/24"}},
                    {"name": "endpoints", "properties": {"addressPrefix": "10.0.2.0/24"}}]}},
                  {"type": "Microsoft.Network/privateEndpoints", "apiVersion": "2024-05-01", "name": "blob-endpoint",
                   "location": "westeurope", "dependsOn": ["vnet"],
                   "properties": {"subnet": {"id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet',
                    'endpoints')]"}, "privateLinkServiceConnections": [{"name": "blob", "properties":
                    {"privateLinkServiceId": "%s", "groupIds": ["blob"]}}]}},
                  {"type": "Microsoft.Network/privateDnsZones", "apiVersion": "2020-06-01",
                   "name": "[variables('zone')]", "location": "global", "properties": {}},
                  {"type": "Microsoft.Network/privateDnsZones/virtualNetworkLinks", "apiVersion": "2020-06-01",
                   "name": "[format('{0}/{1}', variables('zone'), 'vnet-link')]", "location": "global",
                   "dependsOn": ["[resourceId('Microsoft.Network/privateDnsZones', variables('zone'))]", "vnet"],
                   "properties": %s},
                  {"type": "Microsoft.Network/privateDnsZones/A", "apiVersion": "2020-06-01",
                   "name": "[format('{0}/{1}', variables('zone'), 'legacy')]",
                   "dependsOn": ["[resourceId('Microsoft.Network/privateDnsZones', variables('zone'))]"],
                   "properties": {"ttl": 300, "aRecords": [{"ipv4Address": "10.0.2.50"}]}},
                  {"type": "Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "apiVersion": "2024-05-01",
                   "name": "blob-endpoint/default",
                   "dependsOn": ["blob-endpoint", "[resourceId('Microsoft.Network/privateDnsZones', variables('zone'))]"],
                   "properties": {"privateDnsZoneConfigs": [{"name": "blob", "properties": {"privateDnsZoneId":
                    "[resourceId('Microsoft.Network/privateDnsZones', variables('zone'))]"}}]}}
                 ],
                 "outputs": {
                  "links": {"type": "int", "value": "[reference(resourceId('Microsoft.Network/privateDnsZones',
                   variables('zone'))).numberOfVirtualNetworkLinks]"},
                  "records": {"type": "array", "value": "[reference(resourceId('Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
                   'blob-endpoint', 'default')).privateDnsZoneConfigs[0].properties.recordSets]"},
                  "legacy": {"type": "string", "value": "[reference(resourceId('Microsoft.Network/privateDnsZones/A',
                   variables('zone'), 'legacy')).aRecords[0].ipv4Address]"}
                 }}""".formatted(STORAGE, linkProperties);
    }

    private static final String LINK = """
            {"registrationEnabled": false, "virtualNetwork": {"id": "[resourceId('Microsoft.Network/virtualNetworks',
             'vnet')]"}}""";

    @Test
    void the_four_types_deploy_and_reference_gives_them_as_azure_returns_them() {
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template(LINK)).deploy();

        assertThat(result.output("links")).isEqualTo(1);
        assertThat(result.output("legacy")).isEqualTo("10.0.2.50");
        assertThat(result.output("records")).isEqualTo(List.of(Map.of("fqdn", "appdata.privatelink.blob.core.windows.net",
                "ipAddresses", List.of("10.0.2.4"), "provisioningState", "Succeeded", "recordSetName", "appdata",
                "recordType", "A", "ttl", 10L)));
        assertThat(result.notSimulated()).isEmpty();
    }

    @Test
    void a_vm_of_the_linked_network_resolves_the_storage_accounts_name_to_the_endpoint() {
        ArmDeployment.into(azure, "rg").templateJson(template(LINK)).deploy();
        azure.virtualMachines().define("app-vm").withExistingPrimaryNetwork("vnet").withSubnet("app").create();

        NameResolution r = azure.resolve("app-vm", "appdata.blob.core.windows.net");

        assertThat(r.addresses()).extracting(Object::toString).containsExactly("10.0.2.4");
    }

    @Test
    void a_record_whose_address_comes_from_a_resource_not_simulated_deploys_without_it_and_says_so() {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                  {"type": "Microsoft.ApiManagement/service", "apiVersion": "2022-08-01", "name": "apim",
                   "location": "westeurope", "properties": {}},
                  {"type": "Microsoft.Network/privateDnsZones", "apiVersion": "2020-06-01", "name": "contoso.com",
                   "location": "global"},
                  {"type": "Microsoft.Network/privateDnsZones/A", "apiVersion": "2020-06-01", "name": "contoso.com/api",
                   "location": "global", "dependsOn": ["apim", "[resourceId('Microsoft.Network/privateDnsZones',
                   'contoso.com')]"], "properties": {"ttl": 36000, "aRecords": [{"ipv4Address":
                   "[reference('apim').privateIPAddresses[0]]"}]}}
                 ]}""";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template).deploy();

        assertThat(azure.privateDnsZones().recordSets("contoso.com")).singleElement()
                .satisfies(set -> assertThat(set.values()).isEmpty());
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("A record set 'api': its ipv4Address comes from"
                + " reference('apim')"));
    }

    @Test
    void a_links_resolution_policy_is_deployed_and_sends_a_missing_privatelink_name_to_public_dns() {
        String fallback = LINK.replace("{\"registrationEnabled\": false,", "{\"registrationEnabled\": false,"
                + " \"resolutionPolicy\": \"NxDomainRedirect\",");
        ArmDeployment.into(azure, "rg").templateJson(template(fallback)).deploy();
        azure.virtualMachines().define("app-vm").withExistingPrimaryNetwork("vnet").withSubnet("app").create();

        assertThat(azure.privateDnsZones().link("privatelink.blob.core.windows.net", "vnet-link").resolutionPolicy())
                .isEqualTo(io.vnetlab.model.DnsResolutionPolicy.NxDomainRedirect);
        assertThat(azure.resolve("app-vm", "other.privatelink.blob.core.windows.net").answer())
                .isEqualTo(NameResolution.Answer.PUBLIC_NOT_SIMULATED);
    }

    @Test
    void a_networks_custom_dns_servers_are_deployed_and_its_vms_resolution_is_not_simulated() {
        String template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "spoke",
                   "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.1.0.0/16"]},
                   "dhcpOptions": {"dnsServers": ["10.0.0.4"]},
                   "subnets": [{"name": "app", "properties": {"addressPrefix": "10.1.1.0/24"}}]}}
                 ],
                 "outputs": {"dns": {"type": "array", "value": "[reference('spoke').dhcpOptions.dnsServers]"}}}""";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template).deploy();
        azure.virtualMachines().define("app-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();

        assertThat(result.output("dns")).isEqualTo(List.of("10.0.0.4"));
        assertThat(azure.resolve("app-vm", "db.contoso.internal").answer())
                .isEqualTo(NameResolution.Answer.CUSTOM_DNS_NOT_SIMULATED);
    }

    @Test
    void a_link_without_its_network_is_refused() {
        String broken = LINK.replace("'vnet')]", "'elsewhere')]");

        AzureException e = catchThrowableOfType(AzureException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(template(broken)).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.ResourceNotFound);
        assertThat(azure.privateDnsZones().list()).isEmpty();
    }
}
