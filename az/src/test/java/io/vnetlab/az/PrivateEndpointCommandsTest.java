package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network private-endpoint create|show|list|delete} (docs/azure/private-endpoints.md#network-interface,
 * #routes, #arm-and-cli-shapes).
 */
class PrivateEndpointCommandsTest {

    private static final String STORAGE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
            + "/providers/Microsoft.Storage/storageAccounts/appdata";

    private final AzTestBench cli = new AzTestBench();

    private void network() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name endpoints"
                + " --subnet-prefixes 10.0.2.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n app --address-prefixes 10.0.1.0/24");
    }

    @Test
    void create_show_list_delete_with_the_interface_azure_makes_and_its_names() {
        network();

        JsonNode endpoint = Json.parse(cli.ok("network private-endpoint create -g rg -n data-pe --vnet-name vnet"
                + " --subnet endpoints --private-connection-resource-id " + STORAGE + " --group-id blob"
                + " --connection-name data-conn"));

        assertThat(endpoint.get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/privateEndpoints/data-pe");
        assertThat(endpoint.at("/privateLinkServiceConnections/0/name").asText()).isEqualTo("data-conn");
        assertThat(endpoint.at("/privateLinkServiceConnections/0/privateLinkServiceConnectionState/status").asText())
                .isEqualTo("Approved");
        assertThat(endpoint.at("/customDnsConfigs/0/fqdn").asText()).isEqualTo("appdata.blob.core.windows.net");
        assertThat(endpoint.at("/customDnsConfigs/0/ipAddresses/0").asText()).isEqualTo("10.0.2.4");
        String nic = endpoint.at("/networkInterfaces/0/id").asText();
        assertThat(nic).startsWith(AzTestBench.RG + "/providers/Microsoft.Network/networkInterfaces/data-pe.nic.");
        assertThat(cli.ok("network nic show -g rg -n " + nic.substring(nic.lastIndexOf('/') + 1) + " --query"
                + " ipConfigurations[0].privateLinkConnectionProperties.fqdns[0] -o tsv"))
                .isEqualTo("appdata.blob.core.windows.net\n");
        assertThat(cli.ok("network private-endpoint list -g rg --query [].name -o tsv")).isEqualTo("data-pe\n");
        assertThat(cli.ok("network private-endpoint show -g rg -n data-pe --query subnet.id -o tsv"))
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/endpoints\n");

        cli.ok("network private-endpoint delete -g rg -n data-pe");
        assertThat(cli.ok("network private-endpoint list -g rg")).isEqualTo("[]\n");
        assertThat(cli.ok("network nic list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void create_on_an_existing_name_updates_it_in_place_and_keeps_its_interface_and_address() {
        network();
        String create = "network private-endpoint create -g rg -n data-pe --vnet-name vnet --subnet endpoints"
                + " --private-connection-resource-id " + STORAGE + " --group-id blob --connection-name data-conn";
        String first = cli.ok(create + " --query networkInterfaces[0].id -o tsv");

        String second = cli.ok(create + " --query networkInterfaces[0].id -o tsv");

        assertThat(second).isEqualTo(first);
        assertThat(cli.ok("network private-endpoint show -g rg -n data-pe --query customDnsConfigs[0].ipAddresses[0]"
                + " -o tsv")).isEqualTo("10.0.2.4\n");
    }

    @Test
    void create_on_an_existing_name_in_another_subnet_is_refused_with_azure_s_code() {
        network();
        String create = "network private-endpoint create -g rg -n data-pe --vnet-name vnet"
                + " --private-connection-resource-id " + STORAGE + " --group-id blob --connection-name data-conn";
        cli.ok(create + " --subnet endpoints");

        AzResult moved = cli.run(create + " --subnet app");

        assertThat(moved.exitCode()).isEqualTo(1);
        assertThat(moved.err()).startsWith("ERROR: (CannotChangeSubnetOnExistingPrivateEndpoint) Private endpoint "
                + AzTestBench.RG + "/providers/Microsoft.Network/privateEndpoints/data-pe is in subnet "
                + AzTestBench.RG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/endpoints; the subnet of"
                + " an existing private endpoint cannot be changed to " + AzTestBench.RG
                + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app. Delete the private endpoint and"
                + " create it in the new subnet.");
    }

    @Test
    void a_manual_request_a_static_address_a_nic_name_and_groups_are_kept() {
        network();
        cli.ok("network asg create -g rg -n storage");

        JsonNode endpoint = Json.parse(cli.ok("network private-endpoint create -g rg -n data-pe --vnet-name vnet"
                + " --subnet endpoints --private-connection-resource-id " + STORAGE + " --group-id blob"
                + " --connection-name data-conn --manual-request true --request-message please --nic-name data-nic"
                + " --ip-config name=data-ip group-id=blob member-name=blob private-ip-address=10.0.2.40"
                + " --asg id=" + AzTestBench.RG + "/providers/Microsoft.Network/applicationSecurityGroups/storage"));

        assertThat(endpoint.at("/manualPrivateLinkServiceConnections/0/privateLinkServiceConnectionState/status")
                .asText()).isEqualTo("Pending");
        assertThat(endpoint.at("/manualPrivateLinkServiceConnections/0/requestMessage").asText()).isEqualTo("please");
        assertThat(endpoint.get("customNetworkInterfaceName").asText()).isEqualTo("data-nic");
        assertThat(endpoint.at("/applicationSecurityGroups/0/id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/applicationSecurityGroups/storage");
        assertThat(cli.ok("network nic show -g rg -n data-nic --query ipConfigurations[0].privateIPAddress -o tsv"))
                .isEqualTo("10.0.2.40\n");
    }

    @Test
    void the_endpoints_interface_is_read_only_and_its_32_route_reaches_the_other_subnets() {
        network();
        cli.ok("network private-endpoint create -g rg -n data-pe --vnet-name vnet --subnet endpoints"
                + " --private-connection-resource-id " + STORAGE + " --group-id blob --connection-name data-conn"
                + " --nic-name data-nic");
        cli.ok("network nic create -g rg -n app-nic --vnet-name vnet --subnet app");

        AzResult update = cli.run("network nic update -g rg -n data-nic --ip-forwarding true");

        assertThat(update.exitCode()).isNotZero();
        assertThat(update.err()).contains("(CannotModifyNicAttachedToPrivateEndpoint) Network interface "
                + AzTestBench.RG + "/providers/Microsoft.Network/networkInterfaces/data-nic is attached to private"
                + " endpoint " + AzTestBench.RG + "/providers/Microsoft.Network/privateEndpoints/data-pe. It can not be"
                + " modified by user.");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n app-nic"
                + " --query value[?nextHopType=='InterfaceEndpoint'].addressPrefix[] -o tsv"))
                .isEqualTo("10.0.2.4/32\n");
    }

    @Test
    void a_subnets_private_endpoint_network_policies_are_set_by_name_and_decide_whether_its_nsg_applies() {
        network();
        cli.ok("network private-endpoint create -g rg -n data-pe --vnet-name vnet --subnet endpoints"
                + " --private-connection-resource-id " + STORAGE + " --group-id blob --connection-name data-conn");
        cli.ok("vm create -g rg -n app --image Ubuntu2204 --vnet-name vnet --subnet app --admin-username azureuser"
                + " --generate-ssh-keys");
        cli.ok("network nsg create -g rg -n endpoints-nsg");
        cli.ok("network nsg rule create -g rg --nsg-name endpoints-nsg -n deny-app --priority 100 --access Deny"
                + " --protocol Tcp --source-address-prefixes 10.0.1.0/24 --destination-port-ranges 443");
        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n endpoints --network-security-group endpoints-nsg");
        String test = "network watcher test-connectivity -g rg --source-resource app --dest-address 10.0.2.4"
                + " --protocol Tcp --dest-port 443 --query connectionStatus -o tsv";

        assertThat(cli.ok("network vnet subnet show -g rg --vnet-name vnet -n endpoints"
                + " --query privateEndpointNetworkPolicies -o tsv")).isEqualTo("Disabled\n");
        assertThat(cli.ok(test)).isEqualTo("Reachable\n");

        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n endpoints"
                + " --private-endpoint-network-policies networksecuritygroupenabled"
                + " --query privateEndpointNetworkPolicies -o tsv")).isEqualTo("NetworkSecurityGroupEnabled\n");
        assertThat(cli.ok(test)).isEqualTo("Unreachable\n");
    }

    // docs/azure/private-endpoints.md#network-policies
    @Test
    void the_older_disable_option_sets_disabled_or_enabled_and_the_newer_option_wins() {
        network();
        String policies = " --query privateEndpointNetworkPolicies -o tsv";
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n endpoints"
                + " --disable-private-endpoint-network-policies false" + policies)).isEqualTo("Enabled\n");
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n endpoints"
                + " --disable-private-endpoint-network-policies" + policies)).isEqualTo("Disabled\n");
        assertThat(cli.ok("network vnet subnet create -g rg --vnet-name vnet -n more --address-prefixes 10.0.9.0/24"
                + " --disable-private-endpoint-network-policies true --private-endpoint-network-policies"
                + " RouteTableEnabled" + policies)).isEqualTo("RouteTableEnabled\n");
        AzResult notABoolean = cli.run("network vnet subnet update -g rg --vnet-name vnet -n endpoints"
                + " --disable-private-endpoint-network-policies maybe");
        assertThat(notABoolean.exitCode()).isEqualTo(2);
        assertThat(cli.ok("network vnet subnet show -g rg --vnet-name vnet -n endpoints" + policies))
                .isEqualTo("Disabled\n");
    }
}
