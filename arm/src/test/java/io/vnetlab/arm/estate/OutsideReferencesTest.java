package io.vnetlab.arm.estate;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Resource groups that name each other by id: a spoke's export peers with a hub another group holds. */
class OutsideReferencesTest {

    static final String SUB = "0b6d9a3e-1c2f-4e5a-8b7c-9d0e1f2a3b4c";
    static final String HUB_ID = "/subscriptions/" + SUB + "/resourceGroups/hub-rg/providers/Microsoft.Network"
            + "/virtualNetworks/hub";
    static final String SPOKE_ID = "/subscriptions/" + SUB + "/resourceGroups/spokes-rg/providers/Microsoft.Network"
            + "/virtualNetworks/spoke";

    /** Exported from spokes-rg: the hub is outside, so the export makes it an {@code _externalid} parameter. */
    static final String SPOKE_EXPORT = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {
                "virtualNetworks_spoke_name": { "defaultValue": "spoke", "type": "String" },
                "virtualNetworks_hub_externalid": { "defaultValue": "%s", "type": "String" },
                "networkWatchers_eastus_name": { "defaultValue": "NetworkWatcher_eastus", "type": "String" }
              },
              "variables": {},
              "resources": [
                {
                  "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "apiVersion": "2024-05-01",
                  "name": "[concat(parameters('virtualNetworks_spoke_name'), '/spoke-to-hub')]",
                  "properties": {
                    "peeringState": "Connected", "peeringSyncLevel": "FullyInSync",
                    "remoteVirtualNetwork": { "id": "[parameters('virtualNetworks_hub_externalid')]" },
                    "allowVirtualNetworkAccess": true, "allowForwardedTraffic": false,
                    "allowGatewayTransit": false, "useRemoteGateways": false,
                    "remoteAddressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] }
                  }
                },
                {
                  "type": "Microsoft.Network/virtualNetworks",
                  "apiVersion": "2024-05-01",
                  "name": "[parameters('virtualNetworks_spoke_name')]",
                  "location": "westeurope",
                  "properties": {
                    "provisioningState": "Succeeded",
                    "resourceGuid": "2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a",
                    "addressSpace": { "addressPrefixes": [ "10.1.0.0/16" ] },
                    "subnets": [ { "name": "app", "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('virtualNetworks_spoke_name'), 'app')]",
                                   "properties": { "addressPrefix": "10.1.1.0/24", "provisioningState": "Succeeded" },
                                   "type": "Microsoft.Network/virtualNetworks/subnets" } ],
                    "virtualNetworkPeerings": [ { "name": "spoke-to-hub",
                        "id": "[resourceId('Microsoft.Network/virtualNetworks/virtualNetworkPeerings', parameters('virtualNetworks_spoke_name'), 'spoke-to-hub')]",
                        "properties": { "peeringState": "Connected",
                                        "remoteVirtualNetwork": { "id": "[parameters('virtualNetworks_hub_externalid')]" },
                                        "allowVirtualNetworkAccess": true } } ],
                    "enableDdosProtection": false
                  }
                }
              ]
            }
            """.formatted(HUB_ID);

    /** {@code az network vnet show -g hub-rg -n hub}: the hub, peered back to the spoke. */
    static final String HUB_SHOW = """
            {
              "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
              "ddosProtectionPlan": null,
              "enableDdosProtection": false,
              "etag": "W/\\"5d7f9b1d-3f5a-4c7e-9a1c-3e5a7c9e1a3c\\"",
              "id": "%s",
              "location": "westeurope",
              "name": "hub",
              "provisioningState": "Succeeded",
              "resourceGroup": "hub-rg",
              "subnets": [ { "addressPrefix": "10.0.1.0/24", "id": "%s/subnets/shared", "name": "shared",
                             "networkSecurityGroup": null, "provisioningState": "Succeeded",
                             "resourceGroup": "hub-rg", "routeTable": null,
                             "type": "Microsoft.Network/virtualNetworks/subnets" } ],
              "tags": {},
              "type": "Microsoft.Network/virtualNetworks",
              "virtualNetworkPeerings": [ { "allowForwardedTraffic": false, "allowGatewayTransit": false,
                  "allowVirtualNetworkAccess": true, "id": "%s/virtualNetworkPeerings/hub-to-spoke",
                  "name": "hub-to-spoke", "peeringState": "Connected", "peeringSyncLevel": "FullyInSync",
                  "provisioningState": "Succeeded", "remoteBgpCommunities": null,
                  "remoteVirtualNetwork": { "id": "%s", "resourceGroup": "spokes-rg" },
                  "resourceGroup": "hub-rg", "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                  "useRemoteGateways": false } ]
            }
            """.formatted(HUB_ID, HUB_ID, HUB_ID, SPOKE_ID);

    @Test
    void an_export_naming_a_network_that_no_input_holds_is_refused_whole_naming_it() {
        Topology azure = Topology.create();
        TopologyState before = azure.state();

        AzureException refused = catchThrowableOfType(AzureException.class, () -> EstateImport.into(azure)
                .exportedTemplateJson(SPOKE_EXPORT, SUB, "spokes-rg").run());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.ResourceNotFound);
        assertThat(refused.getMessage()).isEqualTo("The inputs name resources outside the resource groups they"
                + " hold, which neither another input nor the topology has: " + HUB_ID + ". Import the groups"
                + " that hold them too (their exported template or CLI output), or create them first.");
        assertThat(azure.state()).isSameAs(before);
    }

    @Test
    void an_export_and_the_cli_output_of_the_group_it_names_import_together_and_report_the_reference() {
        Topology azure = Topology.create();

        ImportReport report = EstateImport.into(azure)
                .exportedTemplateJson(SPOKE_EXPORT, SUB, "spokes-rg")
                .cliOutputJson(HUB_SHOW)
                .run();

        assertThat(report.outsideReferences()).containsExactly(
                new OutsideReference(ResourceId.parse(HUB_ID), "spokes-rg", true),
                new OutsideReference(ResourceId.parse(SPOKE_ID), "hub-rg", true));
        assertThat(report.missingOutsideReferences()).isEmpty();
        assertThat(azure.peering(SPOKE_ID, "spoke-to-hub").state().toString()).isEqualTo("Connected");
        assertThat(azure.peering(HUB_ID, "hub-to-spoke").state().toString()).isEqualTo("Connected");
        assertThat(azure.network(SPOKE_ID).region().name()).isEqualTo("westeurope");
    }
}
