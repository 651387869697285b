package io.vnetlab.arm.estate;

import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeploymentException;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CliOutputImportTest {

    static final String SALES_SUB = "7a1c3e5f-2b4d-4f6a-8c0e-1a3c5e7a9c1e";
    static final String MARKETING_SUB = "3e5a7c9e-4f6b-4d8f-a2c4-6e8a0c2e4a6c";

    static String vnet(String subscription, String group, String name, String space, String subnetPrefix,
                       String remoteId) {
        String id = "/subscriptions/" + subscription + "/resourceGroups/" + group
                + "/providers/Microsoft.Network/virtualNetworks/" + name;
        return """
                {"addressSpace": {"addressPrefixes": ["%s"]}, "id": "%s", "location": "eastus", "name": "%s",
                 "provisioningState": "Succeeded", "resourceGroup": "%s",
                 "subnets": [{"addressPrefix": "%s", "id": "%s/subnets/default", "name": "default",
                              "resourceGroup": "%s", "type": "Microsoft.Network/virtualNetworks/subnets"}],
                 "type": "Microsoft.Network/virtualNetworks",
                 "virtualNetworkPeerings": [{"allowVirtualNetworkAccess": true, "id": "%s/virtualNetworkPeerings/to-peer",
                     "name": "to-peer", "peeringState": "Connected",
                     "remoteVirtualNetwork": {"id": "%s", "resourceGroup": "x"}, "resourceGroup": "%s"}]}
                """.formatted(space, id, name, group, subnetPrefix, id, group, id, remoteId, group);
    }

    static String id(String subscription, String group, String name) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + group
                + "/providers/Microsoft.Network/virtualNetworks/" + name;
    }

    @Test
    void list_outputs_of_two_subscriptions_in_one_file_import_with_their_peering_across_them() {
        String sales = id(SALES_SUB, "sales-rg", "sales-vnet");
        String marketing = id(MARKETING_SUB, "marketing-rg", "marketing-vnet");
        // az network vnet list --subscription ... >> estate.json, once per subscription: two arrays in a row
        String file = "[" + vnet(SALES_SUB, "sales-rg", "sales-vnet", "10.1.0.0/16", "10.1.1.0/24", marketing)
                + "]\n[" + vnet(MARKETING_SUB, "marketing-rg", "marketing-vnet", "10.2.0.0/16", "10.2.1.0/24", sales)
                + "]";
        Topology azure = Topology.create();

        EstateImport.into(azure).cliOutputJson(file).run();

        assertThat(azure.state().subscription(SALES_SUB)).isPresent();
        assertThat(azure.state().subscription(MARKETING_SUB)).isPresent();
        assertThat(azure.peering(sales, "to-peer").state().toString()).isEqualTo("Connected");
        assertThat(azure.peering(marketing, "to-peer").state().toString()).isEqualTo("Connected");
        assertThat(azure.currentSubscriptionId()).isEqualTo(Topology.DEFAULT_SUBSCRIPTION_ID);
    }

    @Test
    void output_that_is_not_resources_is_refused_saying_what_the_import_reads() {
        assertThatThrownBy(() -> EstateImport.into(Topology.create()).cliOutputJson("[{\"name\": \"x\"}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Item 0 of the CLI output is not a resource of a resource group: the import reads what"
                        + " the CLI prints for list and show commands (-o json), each resource with its \"id\".");
    }

    @Test
    void a_resource_azure_would_refuse_leaves_the_topology_as_it_was() {
        // two networks of one group whose spaces overlap, peered: the second peering is refused
        String a = id(SALES_SUB, "sales-rg", "vnet-a");
        String b = id(SALES_SUB, "sales-rg", "vnet-b");
        Topology azure = Topology.create();
        TopologyState before = azure.state();

        ArmDeploymentException refused = catchThrowableOfType(ArmDeploymentException.class, () ->
                EstateImport.into(azure).cliOutputJson("[" + vnet(SALES_SUB, "sales-rg", "vnet-a", "10.1.0.0/16",
                        "10.1.1.0/24", b) + "," + vnet(SALES_SUB, "sales-rg", "vnet-b", "10.1.0.0/16", "10.1.1.0/24", a)
                        + "]").run());

        assertThat(refused.code()).isEqualTo(AzureErrorCode.VnetAddressSpacesOverlap);
        assertThat(azure.state()).isSameAs(before);
    }
}
