package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deployments as ARM runs them: parameters bound in the order their defaults need, {@code deployment()} of a local
 * file, linked templates and parameters files, nested deployments into another group, what is not simulated listed,
 * and {@code reference()} with the values Azure assigns.
 */
class DeploymentsAsAzureRunsThemTest {

    private static final String SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";

    @TempDir
    Path dir;

    private Topology azure;

    @BeforeEach
    void groups() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        azure.resourceGroups().define("spokes-rg").withRegion(Region.NORTH_EUROPE).create();
    }

    private static String vnet(String name, String prefix) {
        return "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": " + name
                + ", \"location\": \"[resourceGroup().location]\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [" + prefix + "]}}}";
    }

    @Test
    void a_default_value_may_read_a_parameter_declared_after_it() {
        String json = "{" + SCHEMA + ", \"parameters\": {"
                + "\"vnetName\": {\"type\": \"string\", \"defaultValue\": \"[concat(parameters('prefix'), '-vnet')]\"},"
                + "\"prefix\": {\"type\": \"string\", \"defaultValue\": \"hub\"}},"
                + "\"resources\": [" + vnet("\"[parameters('vnetName')]\"", "\"10.0.0.0/16\"") + "]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("hub-vnet").addressSpace()).hasToString("[10.0.0.0/16]");
    }

    @Test
    void defaults_that_read_each_other_are_a_circular_dependency() {
        String json = "{" + SCHEMA + ", \"parameters\": {"
                + "\"a\": {\"type\": \"string\", \"defaultValue\": \"[parameters('b')]\"},"
                + "\"b\": {\"type\": \"string\", \"defaultValue\": \"[parameters('a')]\"}}, \"resources\": []}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template parameters have a circular dependency in their default values:"
                        + " 'a' -> 'b' -> 'a'.");
    }

    @Test
    void a_template_deployed_from_a_local_file_has_no_template_link_as_in_azure() throws IOException {
        Path file = dir.resolve("main.json");
        Files.writeString(file, "{" + SCHEMA + ", \"parameters\": {\"_artifactsLocation\": {\"type\": \"string\","
                + " \"defaultValue\": \"[deployment().properties.templateLink.uri]\"}}, \"resources\": []}");

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateFile(file).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The language expression property 'templateLink' doesn't exist, available"
                        + " properties are 'template, templateHash, parameters, mode, provisioningState'.");
    }

    @Test
    void a_linked_template_is_read_by_relative_path_with_its_parameters_file() throws IOException {
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/spoke.json"), "{" + SCHEMA + ", \"parameters\": {\"name\": {\"type\":"
                + " \"string\"}, \"prefix\": {\"type\": \"string\"}}, \"resources\": [" + vnet("\"[parameters('name')]\"",
                "\"[parameters('prefix')]\"") + "], \"outputs\": {\"where\": {\"type\": \"string\","
                + " \"value\": \"[resourceGroup().name]\"}}}");
        Files.writeString(dir.resolve("nested/spoke.parameters.json"),
                "{\"parameters\": {\"prefix\": {\"value\": \"10.1.0.0/16\"}}}");
        Path main = dir.resolve("main.json");
        Files.writeString(main, "{" + SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Resources/deployments\","
                + " \"apiVersion\": \"2022-09-01\", \"name\": \"spoke\", \"resourceGroup\": \"spokes-rg\","
                + " \"properties\": {\"mode\": \"Incremental\", \"templateLink\": {\"relativePath\": \"nested/spoke.json\"},"
                + " \"parametersLink\": {\"relativePath\": \"nested/spoke.parameters.json\"},"
                + " \"parameters\": {\"name\": {\"value\": \"spoke1\"}}}}],"
                + " \"outputs\": {\"where\": {\"type\": \"string\", \"value\": \"[reference('spoke').outputs.where.value]\"}}}");

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateFile(main).deploy();

        assertThat(result.output("where")).isEqualTo("spokes-rg");
        assertThat(azure.network("spoke1").addressSpace()).hasToString("[10.1.0.0/16]");
        assertThat(azure.network("spoke1").region()).isEqualTo(Region.NORTH_EUROPE);
    }

    @Test
    void a_linked_template_under_a_mapped_uri_is_read_locally_and_sees_its_template_link() throws IOException {
        Files.writeString(dir.resolve("child.json"), "{" + SCHEMA + ", \"resources\": [], \"outputs\": {\"link\":"
                + " {\"type\": \"string\", \"value\": \"[deployment().properties.templateLink.uri]\"}}}");
        String main = "{" + SCHEMA + ", \"parameters\": {\"_artifactsLocation\": {\"type\": \"string\"}},"
                + " \"resources\": [{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\","
                + " \"name\": \"child\", \"properties\": {\"mode\": \"Incremental\", \"templateLink\": {\"uri\":"
                + " \"[uri(parameters('_artifactsLocation'), 'child.json')]\"}}}],"
                + " \"outputs\": {\"link\": {\"type\": \"string\", \"value\": \"[reference('child').outputs.link.value]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(main)
                .parameter("_artifactsLocation", "https://staging.example.com/templates/")
                .linkedTemplates("https://staging.example.com/templates/", dir).deploy();

        assertThat(result.output("link")).isEqualTo("https://staging.example.com/templates/child.json");
    }

    @Test
    void resource_types_not_simulated_deploy_and_are_listed_in_the_warnings() {
        String json = "{" + SCHEMA + ", \"resources\": [" + vnet("\"hub\"", "\"10.0.0.0/16\"") + ","
                + "{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-01-01\", \"name\": \"logs1\","
                + " \"location\": \"westeurope\"},"
                + "{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-01-01\", \"name\": \"logs2\","
                + " \"location\": \"westeurope\"},"
                + "{\"type\": \"Microsoft.Network/virtualNetworks/providers/diagnosticSettings\", \"apiVersion\":"
                + " \"2021-05-01-preview\", \"name\": \"hub/Microsoft.Insights/diag\", \"dependsOn\": [\"hub\"]}]}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.notSimulated()).extracting(r -> r.id().name())
                .containsExactly("logs1", "logs2", "diag");
        assertThat(result.warnings()).contains(
                "Microsoft.Storage/storageAccounts 'logs1', 'logs2': not simulated; deployed as a record, with no effect"
                        + " on the network.",
                "Microsoft.Network/virtualNetworks/providers/diagnosticSettings 'diag': not simulated; deployed as a"
                        + " record, with no effect on the network.");
    }

    @Test
    void reference_answers_a_public_ips_fqdn_and_the_full_view_has_the_identity_azure_assigns() {
        String json = "{" + SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Network/publicIPAddresses\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"web-pip\", \"location\": \"westeurope\","
                + " \"sku\": {\"name\": \"Standard\"}, \"properties\": {\"publicIPAllocationMethod\": \"Static\","
                + " \"dnsSettings\": {\"domainNameLabel\": \"Contoso-Web\"}}},"
                + "{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-01-01\", \"name\": \"st\","
                + " \"location\": \"westeurope\", \"identity\": {\"type\": \"SystemAssigned\"}}],"
                + " \"outputs\": {\"fqdn\": {\"type\": \"string\", \"value\": \"[reference('web-pip').dnsSettings.fqdn]\"},"
                + " \"principal\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01', 'Full').identity.tenantId]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).at(Instant.EPOCH).deploy();

        assertThat(result.output("fqdn")).isEqualTo("contoso-web.westeurope.cloudapp.azure.com");
        assertThat(result.output("principal")).isEqualTo(azure.state().subscription(Topology.DEFAULT_SUBSCRIPTION_ID)
                .orElseThrow().tenantId());
    }

    // docs/azure/arm-templates.md#not-simulated: a nested deployment's output passes a not-simulated resource on
    // as reference() gave it, so a property Azure would add (a key's keyUri) reads as unknown in the parent too
    @Test
    void a_nested_deployments_output_keeps_what_azure_would_add_to_a_resource_it_does_not_simulate_unknown() {
        String nested = "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\","
                + " \"name\": \"key\", \"properties\": {\"mode\": \"Incremental\", \"template\": {" + SCHEMA + ","
                + " \"resources\": [{\"type\": \"Microsoft.KeyVault/vaults\", \"apiVersion\": \"2023-07-01\","
                + " \"name\": \"kv\", \"location\": \"westeurope\", \"properties\": {\"tenantId\": \"[subscription().tenantId]\","
                + " \"sku\": {\"family\": \"A\", \"name\": \"standard\"}}},"
                + " {\"type\": \"Microsoft.KeyVault/vaults/keys\", \"apiVersion\": \"2023-07-01\", \"name\": \"kv/cmk\","
                + " \"dependsOn\": [\"kv\"], \"properties\": {\"kty\": \"RSA\"}}],"
                + " \"outputs\": {\"key\": {\"type\": \"object\", \"value\": \"[reference(resourceId("
                + "'Microsoft.KeyVault/vaults/keys', 'kv', 'cmk'), '2023-07-01', 'Full')]\"}}}}}";
        String json = "{" + SCHEMA + ", \"resources\": [" + nested + "], \"outputs\": {"
                + "\"kty\": {\"type\": \"string\", \"value\": \"[reference('key').outputs.key.value.properties.kty]\"},"
                + "\"vault\": {\"type\": \"string\", \"value\":"
                + " \"[split(reference('key').outputs.key.value.properties.keyUri, '/keys/')[0]]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.output("kty")).isEqualTo("RSA");
        assertThat(result.output("vault")).asString().contains("keyUri");
    }

    @Test
    void a_later_deployments_full_reference_shows_the_identity_and_sku_an_earlier_one_gave_the_resource() {
        String vm = "{" + SCHEMA + ", \"resources\": [" + vnet("\"app\"", "\"10.0.0.0/16\"") + ","
                + "{\"type\": \"Microsoft.Network/virtualNetworks/subnets\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"app/default\", \"dependsOn\": [\"app\"],"
                + " \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"}},"
                + "{\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"vm-nic\", \"location\": \"westeurope\", \"dependsOn\": [\"default\"],"
                + " \"properties\": {\"ipConfigurations\": [{\"name\": \"ipconfig1\", \"properties\": {\"subnet\":"
                + " {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'app', 'default')]\"}}}]}},"
                + "{\"type\": \"Microsoft.Compute/virtualMachines\", \"apiVersion\": \"2024-07-01\", \"name\": \"vm\","
                + " \"location\": \"westeurope\", \"dependsOn\": [\"vm-nic\"], \"identity\": {\"type\": \"SystemAssigned\"},"
                + " \"properties\": {\"networkProfile\": {\"networkInterfaces\": [{\"id\":"
                + " \"[resourceId('Microsoft.Network/networkInterfaces', 'vm-nic')]\"}]}}},"
                + "{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-01-01\", \"name\": \"st\","
                + " \"location\": \"westeurope\", \"sku\": {\"name\": \"Standard_LRS\"}, \"kind\": \"StorageV2\"}],"
                + " \"outputs\": {\"principal\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Compute/virtualMachines', 'vm'), '2024-07-01', 'Full').identity.principalId]\"}}}";
        String later = "{" + SCHEMA + ", \"resources\": [], \"outputs\": {"
                + "\"principal\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Compute/virtualMachines', 'vm'), '2024-07-01', 'Full').identity.principalId]\"},"
                + "\"sku\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01', 'Full').sku.name]\"},"
                + "\"kind\": {\"type\": \"string\", \"value\":"
                + " \"[reference(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01', 'Full').kind]\"}}}";
        Object principal = ArmDeployment.into(azure, "rg").templateJson(vm).deploy().output("principal");

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(later).deploy();

        assertThat(principal).asString().isNotBlank();
        assertThat(result.output("principal")).isEqualTo(principal);
        assertThat(result.output("sku")).isEqualTo("Standard_LRS");
        assertThat(result.output("kind")).isEqualTo("StorageV2");
    }

    @Test
    void a_child_resource_may_be_named_by_its_own_name_in_depends_on() {
        String json = "{" + SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"hub\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}, \"resources\": ["
                + "{\"type\": \"subnets\", \"apiVersion\": \"2024-05-01\", \"name\": \"a\", \"dependsOn\": [\"hub\"],"
                + " \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"}},"
                + "{\"type\": \"subnets\", \"apiVersion\": \"2024-05-01\", \"name\": \"b\", \"dependsOn\": [\"a\"],"
                + " \"properties\": {\"addressPrefix\": \"10.0.2.0/24\"}}]}]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("hub").subnets()).hasSize(2);
    }

    // docs/azure/arm-templates.md#not-simulated
    @Test
    void a_resource_in_an_extended_zone_deploys_in_its_region_and_the_zone_is_named_in_a_warning() {
        String json = "{" + SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"edge\", \"location\": \"westeurope\","
                + " \"extendedLocation\": {\"type\": \"EdgeZone\", \"name\": \"losangeles\"}, \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.9.0.0/16\"]}}}]}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("edge").region()).isEqualTo(Region.WEST_EUROPE);
        assertThat(result.warnings()).containsExactly("Microsoft.Network/virtualNetworks 'edge' names the extended"
                + " location 'losangeles', which is not simulated: it is deployed in its region, westeurope.");
    }
}
