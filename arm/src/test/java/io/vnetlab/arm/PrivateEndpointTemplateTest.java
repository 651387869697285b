package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code Microsoft.Network/privateEndpoints} in templates: the interface Azure creates, what {@code reference()} gives
 * of the endpoint and of its interface, the subnet's network policies (docs/azure/private-endpoints.md).
 */
class PrivateEndpointTemplateTest {

    private static final String SQL = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
            + "/resourceGroups/rg/providers/Microsoft.Sql/servers/appsql";

    private Topology azure;

    @BeforeEach
    void resourceGroup() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private static String template(String endpointProperties, String policies) {
        return """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet",
                   "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
                   "subnets": [{"name": "app", "properties": {"addressPrefix": "10.0.1.0/24"}},
                    {"name": "endpoints", "properties": {"addressPrefix": "10.0.2.0/24",
                     "privateEndpointNetworkPolicies": "%s"}}]}},
                  {"type": "Microsoft.Network/privateEndpoints", "apiVersion": "2024-05-01", "name": "sql-endpoint",
                   "location": "westeurope", "dependsOn": ["vnet"],
                   "properties": {"subnet": {"id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet',
                    'endpoints')]"}, %s}},
                  {"type": "Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "apiVersion": "2024-05-01",
                   "name": "sql-endpoint/default", "dependsOn": ["sql-endpoint"], "properties": {}}
                 ],
                 "outputs": {
                  "nic": {"type": "string", "value": "[reference('sql-endpoint').networkInterfaces[0].id]"},
                  "address": {"type": "string", "value": "[reference(reference('sql-endpoint').networkInterfaces[0]
                   .id).ipConfigurations[0].properties.privateIPAddress]"},
                  "names": {"type": "array", "value": "[reference(reference('sql-endpoint').networkInterfaces[0]
                   .id).ipConfigurations[0].properties.privateLinkConnectionProperties.fqdns]"},
                  "dns": {"type": "array", "value": "[reference('sql-endpoint').customDnsConfigs]"},
                  "status": {"type": "string", "value": "[concat(reference('sql-endpoint')
                   .privateLinkServiceConnections, reference('sql-endpoint').manualPrivateLinkServiceConnections)[0]
                   .properties.privateLinkServiceConnectionState.status]"}
                 }}""".formatted(policies, endpointProperties).replace("\n                   .", ".");
    }

    private static final String AUTOMATIC = """
            "privateLinkServiceConnections": [{"name": "sql-connection", "properties": {"privateLinkServiceId":
             "%s", "groupIds": ["sqlServer"]}}]""".formatted(SQL);

    @Test
    void an_endpoint_deploys_with_its_interface_and_reference_gives_its_address_and_names_as_azure_returns_them() {
        DeploymentResult result = ArmDeployment.into(azure, "rg")
                .templateJson(template(AUTOMATIC, "NetworkSecurityGroupEnabled")).deploy();

        String nic = (String) result.output("nic");
        assertThat(nic).matches("/subscriptions/.*/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces"
                + "/sql-endpoint\\.nic\\.[0-9a-f-]{36}");
        assertThat(result.output("address")).isEqualTo("10.0.2.4");
        assertThat(result.output("names")).isEqualTo(List.of("appsql.database.windows.net"));
        assertThat(result.output("dns")).isEqualTo(List.of(java.util.Map.of("fqdn", "appsql.database.windows.net",
                "ipAddresses", List.of("10.0.2.4"))));
        assertThat(result.output("status")).isEqualTo("Approved");
        assertThat(azure.network("vnet").subnet("endpoints").orElseThrow().privateEndpointPolicies())
                .isEqualTo(PrivateEndpointNetworkPolicies.NetworkSecurityGroupEnabled);
        assertThat(result.warnings()).contains("private endpoint 'sql-endpoint': the private-link resource it connects"
                + " to (appsql) is not simulated; flows end at the endpoint's address.");
        assertThat(result.notSimulated()).isEmpty();   // the zone group is simulated (docs/azure/private-dns.md#zone-groups)
    }

    @Test
    void a_manual_connection_a_static_address_a_custom_interface_name_and_groups_are_deployed_as_written() {
        azure.applicationSecurityGroups().define("databases").withRegion(Region.WEST_EUROPE)
                .withExistingResourceGroup("rg").create();
        String manual = """
                "customNetworkInterfaceName": "sql-endpoint-nic",
                "applicationSecurityGroups": [{"id": "[resourceId('Microsoft.Network/applicationSecurityGroups',
                 'databases')]"}],
                "ipConfigurations": [{"name": "sql-config", "properties": {"groupId": "sqlServer",
                 "memberName": "sqlServer", "privateIPAddress": "10.0.2.50"}}],
                "manualPrivateLinkServiceConnections": [{"name": "sql-request", "properties": {
                 "privateLinkServiceId": "%s", "groupIds": ["sqlServer"], "requestMessage": "please"}}]"""
                .formatted(SQL);

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(template(manual, "Disabled")).deploy();

        assertThat(azure.networkInterface("sql-endpoint-nic").privateIpAddress()).hasToString("10.0.2.50");
        assertThat(azure.networkInterface("sql-endpoint-nic").allocationMethod()).isEqualTo(IpAllocationMethod.Static);
        assertThat(result.output("address")).isEqualTo("10.0.2.50");
        assertThat(result.output("status")).isEqualTo("Pending");
        assertThat(azure.privateEndpoints().get("sql-endpoint").connection())
                .extracting(c -> c.name(), c -> c.requestMessage()).containsExactly("sql-request", "please");
        assertThat(azure.networkInterface("sql-endpoint-nic").snapshot().applicationSecurityGroupIds())
                .containsExactly(azure.applicationSecurityGroups().get("databases").id());
    }

    @Test
    void an_endpoint_declared_before_its_network_that_names_the_subnet_through_a_variable_deploys_after_it() {
        String json = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "variables": {"subnetId": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet',
                  'endpoints')]"},
                 "resources": [
                  {"type": "Microsoft.Network/privateEndpoints", "apiVersion": "2024-05-01", "name": "sql-endpoint",
                   "location": "westeurope", "properties": {"subnet": {"id": "[variables('subnetId')]"}, %s}},
                  {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet",
                   "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
                   "subnets": [{"name": "endpoints", "properties": {"addressPrefix": "10.0.2.0/24"}}]}}
                 ]}""".formatted(AUTOMATIC);

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.privateEndpoints().get("sql-endpoint").subnetId().name()).isEqualTo("endpoints");
        assertThat(result.warnings()).anyMatch(w -> w.contains("uses the id of") && w.contains("without a dependsOn"));
    }

    @Test
    void redeploying_an_endpoint_into_another_subnet_is_refused_and_leaves_it_where_it_was() {
        ArmDeployment.into(azure, "rg").templateJson(template(AUTOMATIC, "Disabled")).deploy();
        String moved = template(AUTOMATIC, "Disabled").replaceFirst("'vnet',\\s+'endpoints'\\)", "'vnet', 'app')");
        assertThat(moved).contains("'vnet', 'app')");
        String subnets = "/subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
                + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/";

        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(moved).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.CannotChangeSubnetOnExistingPrivateEndpoint);
        assertThat(e).hasMessageContaining("Private endpoint /subscriptions/" + Topology.DEFAULT_SUBSCRIPTION_ID
                + "/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/sql-endpoint is in subnet "
                + subnets + "endpoints; the subnet of an existing private endpoint cannot be changed to " + subnets
                + "app. Delete the private endpoint and create it in the new subnet.");
        assertThat(azure.privateEndpoints().get("sql-endpoint").subnetId().name()).isEqualTo("endpoints");
        assertThat(azure.networkInterface(azure.privateEndpoints().get("sql-endpoint").networkInterfaceId().name())
                .privateIpAddress()).hasToString("10.0.2.4");
    }

    private static final String STATIC = """
            "customNetworkInterfaceName": "sql-endpoint-nic",
            "ipConfigurations": [{"name": "sql-config", "properties": {"groupId": "sqlServer",
             "memberName": "sqlServer", "privateIPAddress": "10.0.2.50"}}],
            """ + AUTOMATIC;

    @Test
    void redeploying_an_endpoint_unchanged_keeps_it_and_its_static_address() {
        ArmDeployment.into(azure, "rg").templateJson(template(STATIC, "Disabled")).deploy();

        DeploymentResult again = ArmDeployment.into(azure, "rg").templateJson(template(STATIC, "Disabled")).deploy();

        assertThat(again.output("address")).isEqualTo("10.0.2.50");
        assertThat(azure.privateEndpoints().list()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "static IP address|10.0.2.50|10.0.2.60|10.0.2.50 to 10.0.2.60",
            "custom network interface name|sql-endpoint-nic|other-nic|'sql-endpoint-nic' to 'other-nic'"})
    void redeploying_an_endpoint_with_another_value_set_at_creation_is_refused_naming_both(String property,
                                                                                         String was, String asked,
                                                                                         String change) {
        ArmDeployment.into(azure, "rg").templateJson(template(STATIC, "Disabled")).deploy();

        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class, () -> ArmDeployment
                .into(azure, "rg").templateJson(template(STATIC.replace(was, asked), "Disabled")).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.PrivateEndpointPropertySetAtCreation);
        assertThat(e).hasMessageContaining("The " + property + " of private endpoint /subscriptions/"
                + Topology.DEFAULT_SUBSCRIPTION_ID + "/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints"
                + "/sql-endpoint is set when the endpoint is created and cannot be changed from " + change
                + ". Delete the private endpoint and create it again to change it.");
        assertThat(azure.networkInterface("sql-endpoint-nic").privateIpAddress()).hasToString("10.0.2.50");
    }

    @Test
    void redeploying_a_manual_connection_the_owner_approved_keeps_it_approved() {
        String manual = """
                "manualPrivateLinkServiceConnections": [{"name": "sql-request", "properties": {
                 "privateLinkServiceId": "%s", "groupIds": ["sqlServer"], "requestMessage": "please"}}]"""
                .formatted(SQL);
        ArmDeployment.into(azure, "rg").templateJson(template(manual, "Disabled")).deploy();
        azure.privateEndpoints().approveConnection("sql-endpoint", "Approved by the DBA");

        DeploymentResult again = ArmDeployment.into(azure, "rg").templateJson(template(manual, "Disabled")).deploy();

        assertThat(again.output("status")).isEqualTo("Approved");
        assertThat(azure.privateEndpoints().get("sql-endpoint").connection().statusDescription())
                .isEqualTo("Approved by the DBA");
    }

    @Test
    void a_subnet_with_an_unknown_private_endpoint_network_policies_value_is_refused_naming_the_values() {
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(template(AUTOMATIC, "Sometimes"))
                .deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("'Sometimes' is not a value of privateEndpointNetworkPolicies: use Disabled,"
                        + " Enabled, NetworkSecurityGroupEnabled or RouteTableEnabled.");
    }
}
