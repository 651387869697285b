package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code az deployment group create|show|list} on module arm, and their replay from the state file. */
class DeploymentCommandsTest {

    /** Two networks peered one way round, each with a subnet; the second's prefix is a parameter. */
    private static final String TEMPLATE = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {
                "prefix": { "type": "string", "defaultValue": "10.20.0.0/16" },
                "count": { "type": "int", "defaultValue": 1 },
                "name": { "type": "string" }
              },
              "resources": [
                {
                  "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
                  "name": "[parameters('name')]", "location": "[resourceGroup().location]",
                  "properties": {
                    "addressSpace": { "addressPrefixes": [ "[parameters('prefix')]" ] },
                    "subnets": [ { "name": "app", "properties": { "addressPrefix": "[parameters('prefix')]" } } ]
                  }
                }
              ],
              "outputs": {
                "vnetId": { "type": "string", "value": "[resourceId('Microsoft.Network/virtualNetworks', parameters('name'))]" },
                "doubled": { "type": "int", "value": "[mul(parameters('count'), 2)]" }
              }
            }
            """;

    @TempDir
    Path dir;

    private Az az;

    @BeforeEach
    void aGroup() throws IOException {
        az = Az.create();
        ok("group", "create", "-n", "rg", "-l", "westeurope");
        Files.writeString(dir.resolve("net.json"), TEMPLATE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("net.parameters.json"),
                "{\"parameters\": {\"name\": {\"value\": \"from-file\"}, \"prefix\": {\"value\": \"10.30.0.0/16\"}}}",
                StandardCharsets.UTF_8);
    }

    private String ok(String... args) {
        AzResult r = az.run(args);
        assertThat(r.err()).as(String.join(" ", args)).isEmpty();
        assertThat(r.exitCode()).isZero();
        return r.out();
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void a_deployed_template_is_seen_by_network_commands_and_prints_its_outputs() {
        JsonNode d = Json.parse(ok("deployment", "group", "create", "-g", "rg", "--template-file", file("net.json"),
                "--parameters", "name=spoke", "count=3"));
        assertThat(d.get("name").asText()).isEqualTo("net");
        assertThat(d.get("id").asText()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/rg/providers/Microsoft.Resources/deployments/net");
        assertThat(d.get("properties").get("provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(d.get("properties").get("outputs").get("doubled").get("value").asInt()).isEqualTo(6);
        assertThat(d.get("properties").get("outputResources").get(0).get("id").asText())
                .endsWith("/virtualNetworks/spoke");
        assertThat(ok("network", "vnet", "show", "-g", "rg", "-n", "spoke", "--query", "addressSpace.addressPrefixes[0]",
                "-o", "tsv")).isEqualTo("10.20.0.0/16\n");
        assertThat(ok("deployment", "group", "show", "-g", "rg", "-n", "net", "--query",
                "properties.outputs.vnetId.value", "-o", "tsv")).endsWith("/virtualNetworks/spoke\n");
    }

    @Test
    void a_subscription_deployment_creates_a_group_and_the_network_its_nested_deployment_declares() throws IOException {
        Files.writeString(dir.resolve("landing.json"), """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": { "groupName": { "type": "string" } },
                  "resources": [
                    { "type": "Microsoft.Resources/resourceGroups", "apiVersion": "2022-09-01",
                      "name": "[parameters('groupName')]", "location": "northeurope", "properties": {} },
                    { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "network",
                      "resourceGroup": "[parameters('groupName')]",
                      "dependsOn": [ "[resourceId('Microsoft.Resources/resourceGroups', parameters('groupName'))]" ],
                      "properties": { "mode": "Incremental", "expressionEvaluationOptions": { "scope": "inner" },
                        "template": {
                          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                          "contentVersion": "1.0.0.0",
                          "resources": [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
                            "name": "hub", "location": "[resourceGroup().location]",
                            "properties": { "addressSpace": { "addressPrefixes": [ "10.50.0.0/16" ] } } } ] } } }
                  ]
                }
                """, StandardCharsets.UTF_8);

        JsonNode d = Json.parse(ok("deployment", "sub", "create", "-l", "westeurope", "-f", file("landing.json"),
                "-p", "groupName=hub-rg"));

        assertThat(d.get("id").asText()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000"
                + "/providers/Microsoft.Resources/deployments/landing");
        assertThat(d.get("resourceGroup").isNull()).isTrue();
        assertThat(ok("group", "show", "-n", "hub-rg", "--query", "location", "-o", "tsv")).isEqualTo("northeurope\n");
        assertThat(ok("network", "vnet", "show", "-g", "hub-rg", "-n", "hub", "--query",
                "addressSpace.addressPrefixes[0]", "-o", "tsv")).isEqualTo("10.50.0.0/16\n");
        assertThat(ok("deployment", "sub", "show", "-n", "landing", "--query", "name", "-o", "tsv"))
                .isEqualTo("landing\n");
        assertThat(ok("deployment", "sub", "list", "--query", "[].name", "-o", "tsv")).isEqualTo("landing\n");
    }

    @Test
    void management_group_and_tenant_deployments_are_created_shown_and_listed_at_their_level() {
        ok("deployment", "mg", "create", "-m", "platform", "-l", "westeurope", "-n", "policies",
                DeploymentCommands.TEMPLATE_JSON, "{\"resources\": [], \"outputs\": {\"mg\": {\"type\": \"string\","
                        + " \"value\": \"[managementGroup().id]\"}}}");
        ok("deployment", "tenant", "create", "-l", "northeurope", "-n", "landing", DeploymentCommands.TEMPLATE_JSON,
                "{\"resources\": []}");

        assertThat(ok("deployment", "mg", "show", "-m", "platform", "-n", "policies", "--query",
                "[id, location, properties.outputs.mg.value]", "-o", "tsv")).isEqualTo(
                "/providers/Microsoft.Management/managementGroups/platform/providers/Microsoft.Resources/deployments"
                        + "/policies\nwesteurope\n/providers/Microsoft.Management/managementGroups/platform\n");
        assertThat(ok("deployment", "mg", "list", "-m", "platform", "--query", "[].name", "-o", "tsv"))
                .isEqualTo("policies\n");
        assertThat(ok("deployment", "mg", "list", "-m", "other", "--query", "[].name", "-o", "tsv")).isEmpty();
        assertThat(ok("deployment", "tenant", "show", "-n", "landing", "--query", "[id, location]", "-o", "tsv"))
                .isEqualTo("/providers/Microsoft.Resources/deployments/landing\nnortheurope\n");
        assertThat(ok("deployment", "tenant", "list", "--query", "[].name", "-o", "tsv")).isEqualTo("landing\n");
        AzResult missing = az.run("deployment", "tenant", "show", "-n", "policies");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("DeploymentNotFound");
    }

    @Test
    void a_subscription_deployment_shows_its_location_and_a_group_deployment_none() {
        ok("deployment", "sub", "create", "-l", "West Europe", "-n", "at-sub", DeploymentCommands.TEMPLATE_JSON, "{\"resources\": []}");
        ok("deployment", "group", "create", "-g", "rg", "-n", "in-group", DeploymentCommands.TEMPLATE_JSON, "{\"resources\": []}");

        assertThat(ok("deployment", "sub", "show", "-n", "at-sub", "--query", "location", "-o", "tsv"))
                .isEqualTo("westeurope\n");
        assertThat(ok("deployment", "sub", "list", "--query", "[].location", "-o", "tsv")).isEqualTo("westeurope\n");
        assertThat(Json.parse(ok("deployment", "group", "show", "-g", "rg", "-n", "in-group")).get("location").isNull())
                .isTrue();
    }

    @Test
    void a_subscription_deployment_needs_a_location() {
        AzResult r = az.run("deployment", "sub", "create", "-f", file("net.json"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the following arguments are required: --location/-l");
    }

    /** Later --parameters win over a parameters file, as in the CLI. */
    @Test
    void parameters_from_a_file_then_name_value_pairs_later_ones_winning() {
        ok("deployment", "group", "create", "-g", "rg", "-n", "second", "-f", file("net.json"),
                "-p", "@" + file("net.parameters.json"), "-p", "prefix=10.40.0.0/16");
        assertThat(ok("network", "vnet", "list", "-g", "rg", "--query", "[].[name, addressSpace.addressPrefixes[0]]",
                "-o", "tsv")).isEqualTo("from-file\t10.40.0.0/16\n");
        assertThat(ok("deployment", "group", "list", "-g", "rg", "-o", "table")).isEqualTo(""
                + "Name    ResourceGroup\n"
                + "------  ---------------\n"
                + "second  rg\n");
    }

    // docs/azure/naming.md#deployment-names
    @Test
    void a_deployment_name_outside_the_sdks_pattern_is_refused_before_anything_is_deployed() {
        AzResult slash = az.run("deployment", "group", "create", "-g", "rg", "-n", "x/hub", "-f", file("net.json"),
                "-p", "name=spoke");
        assertThat(slash.exitCode()).isEqualTo(1);
        assertThat(slash.err()).isEqualTo("ERROR: Parameter 'deployment_name' must conform to the following pattern:"
                + " '^[-\\w\\._\\(\\)]+$'.\n");
        AzResult tooLong = az.run("deployment", "group", "create", "-g", "rg", "-n", "d".repeat(65), "-f",
                file("net.json"), "-p", "name=spoke");
        assertThat(tooLong.err()).isEqualTo("ERROR: Parameter 'deployment_name' must have length less than or equal"
                + " to 64\n");
        assertThat(ok("network", "vnet", "list")).isEqualTo("[]\n");
        assertThat(ok("deployment", "group", "list", "-g", "rg")).isEqualTo("[]\n");
        ok("deployment", "group", "create", "-g", "rg", "-n", "net-(1)_a.b", "-f", file("net.json"), "-p",
                "name=spoke");
    }

    @Test
    void template_errors_are_arms_and_change_nothing() {
        AzResult missing = az.run("deployment", "group", "create", "-g", "rg", "-f", file("net.json"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("ERROR: (InvalidTemplate) ");
        assertThat(missing.err()).contains("'name'");
        AzResult overlap = az.run("deployment", "group", "create", "-g", "rg", "-f", file("net.json"),
                "-p", "name=a", "prefix=10.0.0.0/33");
        assertThat(overlap.exitCode()).isEqualTo(1);
        assertThat(ok("network", "vnet", "list")).isEqualTo("[]\n");
        assertThat(ok("deployment", "group", "list", "-g", "rg")).isEqualTo("[]\n");
        AzResult notFound = az.run("deployment", "group", "show", "-g", "rg", "-n", "nope");
        assertThat(notFound.exitCode()).isEqualTo(3);
        assertThat(notFound.err()).startsWith("ERROR: (DeploymentNotFound) Deployment 'nope' could not be found.");
        AzResult uri = az.run("deployment", "group", "create", "-g", "rg", "--template-uri", "https://example.com/t.json");
        assertThat(uri.exitCode()).isEqualTo(1);
        assertThat(uri.err()).startsWith("ERROR: vnetlab runs offline and cannot download --template-uri");
    }

    /** The journal keeps the template's content: replay works after the file is gone. */
    @Test
    void the_state_file_replays_a_deployment_after_its_template_file_is_deleted() throws IOException {
        StateFile state = new StateFile(dir.resolve("state.json"));
        Az first = state.load();
        assertThat(first.run("group", "create", "-n", "rg", "-l", "westeurope").succeeded()).isTrue();
        assertThat(first.run("deployment", "group", "create", "-g", "rg", "-f", file("net.json"),
                "-p", "@" + file("net.parameters.json")).succeeded()).isTrue();
        state.save(first);
        Files.delete(dir.resolve("net.json"));
        Files.delete(dir.resolve("net.parameters.json"));
        Az replayed = state.load();
        assertThat(replayed.run("network", "vnet", "show", "-g", "rg", "-n", "from-file", "--query",
                "addressSpace.addressPrefixes[0]", "-o", "tsv").out()).isEqualTo("10.30.0.0/16\n");
        assertThat(replayed.run("deployment", "group", "show", "-g", "rg", "-n", "net", "--query", "name", "-o", "tsv")
                .out()).isEqualTo("net\n");
        assertThat(replayed.journal().get(1)).contains(DeploymentCommands.TEMPLATE_JSON, "--name", "net");
    }

    @Test
    void a_deployment_prints_what_it_did_not_simulate_as_cli_warnings_on_standard_error() throws IOException {
        Files.writeString(dir.resolve("storage.json"), """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01",
                                "name": "logs", "location": "westeurope", "kind": "StorageV2",
                                "sku": {"name": "Standard_LRS"}}]}
                """, StandardCharsets.UTF_8);

        AzResult r = az.run("deployment", "group", "create", "-g", "rg", "--template-file",
                dir.resolve("storage.json").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("WARNING: Microsoft.Storage/storageAccounts 'logs': not simulated; deployed as a"
                + " record, with no effect on the network.\n");
        assertThat(Json.parse(r.out()).at("/properties/outputResources/0/id").asText())
                .endsWith("/providers/Microsoft.Storage/storageAccounts/logs");
    }

    @Test
    void a_deployed_firewall_adds_no_network_interface_to_the_groups_nic_list() throws IOException {
        Files.writeString(dir.resolve("fw.json"), """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                   {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "hub",
                    "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
                    "subnets": [{"name": "AzureFirewallSubnet", "properties": {"addressPrefix": "10.0.1.0/26"}}]}},
                   {"type": "Microsoft.Network/azureFirewalls", "apiVersion": "2024-05-01", "name": "fw",
                    "location": "westeurope", "dependsOn": ["hub"],
                    "properties": {"ipConfigurations": [{"name": "config", "properties": {"subnet": {"id":
                      "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'AzureFirewallSubnet')]"}}}]}}]}
                """, StandardCharsets.UTF_8);

        assertThat(az.run("deployment", "group", "create", "-g", "rg", "--template-file",
                dir.resolve("fw.json").toString()).exitCode()).isZero();

        assertThat(ok("network", "nic", "list", "-g", "rg")).isEqualTo("[]\n");
    }
}
