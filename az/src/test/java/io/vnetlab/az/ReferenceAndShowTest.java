package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template's {@code reference(id, apiVersion, 'Full')} and {@code az ... show} print the same resource: the
 * CLI's is the ARM object with its {@code properties} flattened and {@code resourceGroup} added.
 */
class ReferenceAndShowTest {

    private static final String TEMPLATE = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2024-05-01", "name": "nsg",
                  "location": "westeurope", "properties": { "securityRules": [ { "name": "ssh", "properties": {
                    "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
                    "sourceAddressPrefix": "*", "sourcePortRange": "*", "destinationAddressPrefix": "*",
                    "destinationPortRange": "22" } } ] } },
                { "type": "Microsoft.Network/routeTables", "apiVersion": "2024-05-01", "name": "rt",
                  "location": "westeurope", "properties": { "routes": [ { "name": "default", "properties": {
                    "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.0.4" } } ] } },
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet",
                  "location": "westeurope", "dependsOn": [ "nsg", "rt" ],
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] }, "subnets": [
                    { "name": "app", "properties": { "addressPrefix": "10.0.0.0/24",
                      "networkSecurityGroup": { "id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg')]" },
                      "routeTable": { "id": "[resourceId('Microsoft.Network/routeTables', 'rt')]" } } } ] } },
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic",
                  "location": "westeurope", "dependsOn": [ "vnet" ],
                  "properties": { "ipConfigurations": [ { "name": "ipconfig1", "properties": {
                    "privateIPAllocationMethod": "Dynamic",
                    "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'app')]" } } } ] } }
              ],
              "outputs": {
                "vnet": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/virtualNetworks', 'vnet'), '2024-05-01', 'Full')]" },
                "subnet": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'app'), '2024-05-01', 'Full')]" },
                "nsg": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/networkSecurityGroups', 'nsg'), '2024-05-01', 'Full')]" },
                "rule": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/networkSecurityGroups/securityRules', 'nsg', 'ssh'), '2024-05-01', 'Full')]" },
                "rt": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/routeTables', 'rt'), '2024-05-01', 'Full')]" },
                "route": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/routeTables/routes', 'rt', 'default'), '2024-05-01', 'Full')]" },
                "nic": { "type": "object", "value": "[reference(resourceId('Microsoft.Network/networkInterfaces', 'nic'), '2024-05-01', 'Full')]" }
              }
            }
            """;

    @TempDir
    Path dir;

    private final AzTestBench cli = new AzTestBench();
    private JsonNode outputs;

    @BeforeEach
    void deploy() throws IOException {
        cli.ok("group create -n rg -l westeurope");
        Path template = dir.resolve("every.json");
        Files.writeString(template, TEMPLATE, StandardCharsets.UTF_8);
        outputs = Json.parse(cli.ok("deployment group create -g rg --template-file " + template
                + " --query properties.outputs"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "vnet,   network vnet show -g rg -n vnet",
            "subnet, network vnet subnet show -g rg --vnet-name vnet -n app",
            "nsg,    network nsg show -g rg -n nsg",
            "rule,   network nsg rule show -g rg --nsg-name nsg -n ssh",
            "rt,     network route-table show -g rg -n rt",
            "route,  network route-table route show -g rg --route-table-name rt -n default",
            "nic,    network nic show -g rg -n nic",
    })
    void az_show_prints_what_reference_full_answers_flattened(String output, String show) {
        JsonNode referenced = outputs.get(output).get("value");

        assertThat(Json.parse(cli.ok(show))).isEqualTo(Shapes.cli((ObjectNode) referenced));
    }
}
