package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command's JSON, its table and its errors, as the Azure CLI prints them. */
class CommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void twoNetworks() {
        cli.ok("group create -n rg -l northeurope");
        cli.ok("network vnet create -g rg -n SalesVNet --address-prefix 10.1.0.0/16 --subnet-name Apps --subnet-prefix 10.1.1.0/24");
        cli.ok("network vnet create -g rg -n MarketingVNet --address-prefixes 10.2.0.0/16 --subnet-name Apps"
                + " --subnet-prefixes 10.2.1.0/24");
    }

    // ------------------------------------------------------------------ az group

    @Test
    void group_create_prints_the_group_and_group_list_table_has_name_location_status() {
        JsonNode g = cli.json("group show -n rg");
        assertThat(g.get("id").asText()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg");
        assertThat(g.get("properties").get("provisioningState").asText()).isEqualTo("Succeeded");
        // the group Azure makes when it enables Network Watcher for the network of this class's set-up
        assertThat(cli.ok("group list -o table")).isEqualTo(""
                + "Name              Location     Status\n"
                + "----------------  -----------  ---------\n"
                + "rg                northeurope  Succeeded\n"
                + "NetworkWatcherRG  northeurope  Succeeded\n");
    }

    @Test
    void a_missing_group_is_resource_group_not_found_with_exit_code_3() {
        AzResult r = cli.run("group show -n nope");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("ERROR: (ResourceGroupNotFound) Resource group 'nope' could not be found.\n"
                + "Code: ResourceGroupNotFound\nMessage: Resource group 'nope' could not be found.\n");
    }

    @Test
    void group_delete_without_yes_cannot_prompt_in_a_script() {
        AzResult r = cli.run("group delete -n rg");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n");
        cli.ok("group delete -n rg --yes");
        assertThat(cli.ok("network vnet list")).isEqualTo("[]\n");
    }

    // ------------------------------------------------------------------ az account

    @Test
    void account_set_switches_subscription_and_account_show_reports_it() {
        cli.ok("account set --subscription aaaaaaaa-0000-0000-0000-000000000002");
        assertThat(cli.ok("account show --query id -o tsv")).isEqualTo("aaaaaaaa-0000-0000-0000-000000000002\n");
        assertThat(cli.ok("network vnet list -o tsv")).isEmpty();
        AzResult r = cli.run("account set -s NoSuchSubscription");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: The subscription of 'NoSuchSubscription' doesn't exist in cloud 'AzureCloud'.\n");
    }

    // ------------------------------------------------------------------ az network vnet

    // docs/azure/cli-and-network-watcher.md#vnet-create-defaults
    @Test
    void vnet_create_wraps_the_network_in_new_vnet_and_defaults_prefixes() {
        JsonNode created = cli.json("network vnet create -g rg -n Defaults --subnet-name default");
        JsonNode vnet = created.get("newVNet");
        assertThat(vnet.get("addressSpace").get("addressPrefixes").get(0).asText()).isEqualTo("10.0.0.0/16");
        assertThat(vnet.get("subnets").get(0).get("addressPrefix").asText()).isEqualTo("10.0.0.0/24");
        assertThat(vnet.get("location").asText()).isEqualTo("northeurope");
        assertThat(vnet.get("resourceGroup").asText()).isEqualTo("rg");
        assertThat(vnet.get("type").asText()).isEqualTo("Microsoft.Network/virtualNetworks");
    }

    // docs/azure/cli-and-network-watcher.md#vnet-create-defaults
    @Test
    void a_named_subnet_without_a_prefix_takes_the_first_vnet_prefix_narrowed_to_a_24() {
        assertThat(cli.ok("network vnet create -g rg -n Gw --address-prefixes 10.7.0.0/16 10.8.0.0/16"
                + " --subnet-name GatewaySubnet --query newVNet.subnets[0].addressPrefix -o tsv"))
                .isEqualTo("10.7.0.0/24\n");
        assertThat(cli.ok("network vnet create -g rg -n Small --address-prefixes 10.9.0.0/26 --subnet-name s"
                + " --query newVNet.subnets[0].addressPrefix -o tsv")).isEqualTo("10.9.0.0/26\n");
    }

    // docs/azure/addressing.md#address-space
    @Test
    void vnet_update_keeps_the_address_prefixes_in_the_order_given() {
        assertThat(cli.ok("network vnet update -g rg -n SalesVNet --address-prefixes 10.20.0.0/16 10.1.0.0/16"
                + " --query addressSpace.addressPrefixes -o tsv")).isEqualTo("10.20.0.0/16\n10.1.0.0/16\n");
        assertThat(cli.ok("network vnet update -g rg -n SalesVNet --set addressSpace.addressPrefixes[0]=10.20.0.0/24"
                + " --query addressSpace.addressPrefixes -o tsv")).isEqualTo("10.20.0.0/24\n10.1.0.0/16\n");
    }

    // docs/azure/addressing.md#dns-servers
    @Test
    void a_networks_dns_servers_are_recorded_shown_replaced_and_cleared() {
        assertThat(cli.json("network vnet create -g rg -n Dns --dns-servers 10.0.0.4 10.0.0.5")
                .at("/newVNet/dhcpOptions/dnsServers").toString()).isEqualTo("[\"10.0.0.4\",\"10.0.0.5\"]");
        assertThat(cli.ok("network vnet list -g rg --query [?name=='Dns'].dhcpOptions.dnsServers[] -o tsv"))
                .isEqualTo("10.0.0.4\n10.0.0.5\n");
        assertThat(cli.ok("network vnet update -g rg -n Dns --dns-servers 1.2.3.4 --query dhcpOptions.dnsServers"
                + " -o tsv")).isEqualTo("1.2.3.4\n");
        assertThat(cli.ok("network vnet update -g rg -n Dns --dns-servers '' --query dhcpOptions.dnsServers"))
                .isEqualTo("[]\n");
        cli.ok("network vnet update -g rg -n Dns --dns-servers 1.2.3.4");
        assertThat(cli.ok("network vnet create -g rg -n Dns --query newVNet.dhcpOptions.dnsServers")).isEqualTo("[]\n");
        AzResult word = cli.run("network vnet update -g rg -n Dns --dns-servers 10.0.0.4 dns1");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).isEqualTo("ERROR: argument --dns-servers: 'dns1' is not an IP address.\n");
        assertThat(cli.ok("network vnet show -g rg -n Dns --query dhcpOptions.dnsServers")).isEqualTo("[]\n");
        cli.ok("network vnet update -g rg -n Dns --dns-servers 10.0.0.9");
        cli.ok("network vnet delete -g rg -n Dns");
        assertThat(cli.ok("network vnet create -g rg -n Dns --query newVNet.dhcpOptions.dnsServers")).isEqualTo("[]\n");
    }

    @Test
    void vnet_show_json_has_sorted_keys_and_python_json_spacing() {
        String out = cli.ok("network vnet show -g rg -n SalesVNet");
        assertThat(out).startsWith("{\n  \"addressSpace\": {\n    \"addressPrefixes\": [\n      \"10.1.0.0/16\"\n    ]\n  },\n"
                + "  \"dhcpOptions\": {\n    \"dnsServers\": []\n  },\n  \"enableDdosProtection\": false,\n");
        assertThat(out).contains("  \"virtualNetworkPeerings\": []\n}\n");
    }

    @Test
    void vnet_list_with_a_filter_query_keeps_the_clis_key_order_in_the_table() {
        assertThat(cli.ok("network vnet list --query [?name=='SalesVNet'] -o table")).startsWith(
                "Location     Name       EnableDdosProtection    ProvisioningState    ResourceGuid    ");
    }

    @Test
    void vnet_update_replaces_the_address_space_and_vnet_delete_removes_it() {
        assertThat(cli.ok("network vnet update -g rg -n SalesVNet --address-prefixes 10.1.0.0/16 10.11.0.0/16"
                + " --query addressSpace.addressPrefixes -o tsv")).isEqualTo("10.1.0.0/16\n10.11.0.0/16\n");
        cli.ok("network vnet delete -g rg -n MarketingVNet");
        assertThat(cli.ok("network vnet list --query [].name -o tsv")).isEqualTo("SalesVNet\n");
    }

    @Test
    void a_missing_vnet_is_resource_not_found_as_arm_words_it() {
        AzResult r = cli.run("network vnet show -g rg -n Nope");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("ERROR: (ResourceNotFound) The Resource 'Microsoft.Network/virtualNetworks/Nope'"
                + " under resource group 'rg' was not found. For more details please go to"
                + " https://aka.ms/ARMResourceNotFoundFix\nCode: ResourceNotFound\n");
    }

    @Test
    void a_vnet_without_its_name_is_a_usage_error_with_exit_code_2() {
        AzResult r = cli.run("network vnet create -g rg");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: the following arguments are required: --name/-n\n");
    }

    @Test
    void a_subnet_outside_the_address_space_is_azures_error_with_exit_code_1() {
        AzResult r = cli.run("network vnet subnet create -g rg --vnet-name SalesVNet -n Bad --address-prefixes 10.9.0.0/24");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (NetcfgSubnetRangeOutsideVnet) ");
        assertThat(r.err()).contains("\nCode: NetcfgSubnetRangeOutsideVnet\nMessage: ");
    }

    // ------------------------------------------------------------------ az network vnet subnet

    @Test
    void subnet_create_show_list_update_delete() {
        JsonNode s = cli.json("network vnet subnet create -g rg --vnet-name SalesVNet -n Data --address-prefix 10.1.2.0/24");
        assertThat(s.get("addressPrefix").asText()).isEqualTo("10.1.2.0/24");
        assertThat(s.get("type").asText()).isEqualTo("Microsoft.Network/virtualNetworks/subnets");
        assertThat(cli.ok("network vnet subnet list -g rg --vnet-name SalesVNet -o table")).isEqualTo(""
                + "AddressPrefix    Name    PrivateEndpointNetworkPolicies    PrivateLinkServiceNetworkPolicies    ProvisioningState    ResourceGroup\n"
                + "---------------  ------  --------------------------------  -----------------------------------  -------------------  ---------------\n"
                + "10.1.1.0/24      Apps    Disabled                          Enabled                              Succeeded            rg\n"
                + "10.1.2.0/24      Data    Disabled                          Enabled                              Succeeded            rg\n");
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name SalesVNet -n Data --address-prefixes 10.1.3.0/24"
                + " --query addressPrefix -o tsv")).isEqualTo("10.1.3.0/24\n");
        cli.ok("network vnet subnet delete -g rg --vnet-name SalesVNet -n Data");
        AzResult r = cli.run("network vnet subnet show -g rg --vnet-name SalesVNet -n Data");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("ERROR: (NotFound) Resource /subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/SalesVNet/subnets/Data not found.");
    }

    @Test
    void a_subnet_naming_a_route_table_that_does_not_exist_is_an_invalid_resource_reference() {
        AzResult r = cli.run("network vnet subnet update -g rg --vnet-name SalesVNet -n Apps --route-table rt");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidResourceReference) Resource /subscriptions/00000000-0000-0000"
                + "-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt referenced by"
                + " resource /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
                + "/Microsoft.Network/virtualNetworks/SalesVNet/subnets/Apps was not found.");
    }

    // ------------------------------------------------------------------ az network vnet peering

    // docs/azure/peering.md#defaults-by-tool
    @Test
    void peering_create_defaults_every_flag_to_false_as_the_cli_does() {
        JsonNode p = cli.json("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet");
        assertThat(p.get("allowVirtualNetworkAccess").asBoolean()).isFalse();
        assertThat(p.get("allowForwardedTraffic").asBoolean()).isFalse();
        assertThat(p.get("allowGatewayTransit").asBoolean()).isFalse();
        assertThat(p.get("useRemoteGateways").asBoolean()).isFalse();
        assertThat(p.get("peeringState").asText()).isEqualTo("Initiated");
        assertThat(p.get("peeringSyncLevel").asText()).isEqualTo("RemoteNotInSync");
    }

    // docs/azure/peering.md#resource-shape
    @Test
    void peering_show_has_the_clis_shape() {
        String remoteId = cli.ok("network vnet show -g rg -n MarketingVNet --query id -o tsv").strip();
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet " + remoteId
                + " --allow-vnet-access");
        JsonNode p = cli.json("network vnet peering show -g rg --vnet-name SalesVNet -n s2m");
        assertThat(Json.keys(Json.sorted(p))).containsExactly("allowForwardedTraffic", "allowGatewayTransit",
                "allowVirtualNetworkAccess", "doNotVerifyRemoteGateways", "etag", "id", "name", "peeringState",
                "peeringSyncLevel", "provisioningState", "remoteAddressSpace", "remoteVirtualNetwork",
                "remoteVirtualNetworkAddressSpace", "resourceGroup", "resourceGuid", "type", "useRemoteGateways");
        assertThat(p.get("remoteVirtualNetwork").get("id").asText()).isEqualTo(remoteId);
        assertThat(p.get("remoteVirtualNetwork").get("resourceGroup").asText()).isEqualTo("rg");
        assertThat(p.get("remoteAddressSpace").get("addressPrefixes").get(0).asText()).isEqualTo("10.2.0.0/16");
        assertThat(p.get("allowVirtualNetworkAccess").asBoolean()).isTrue();
    }

    // docs/azure/cli-and-network-watcher.md#peering-create
    @Test
    void boolean_flags_take_the_clis_spellings_and_a_bare_flag_means_true() {
        JsonNode p = cli.json("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet"
                + " --allow-vnet-access yes --allow-forwarded-traffic 1 --allow-gateway-transit f");
        assertThat(p.get("allowVirtualNetworkAccess").asBoolean()).isTrue();
        assertThat(p.get("allowForwardedTraffic").asBoolean()).isTrue();
        assertThat(p.get("allowGatewayTransit").asBoolean()).isFalse();
        AzResult r = cli.run("network vnet peering update -g rg --vnet-name SalesVNet -n s2m --allow-vnet-access maybe");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --allow-vnet-access: invalid choice: 'maybe' (choose from"
                + " '0', '1', 'f', 'false', 'n', 'no', 't', 'true', 'y', 'yes')\n");
    }

    // docs/azure/cli-and-network-watcher.md#peering-update
    @Test
    void peering_update_with_set_and_both_sides_connect_then_list_table() {
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet --allow-vnet-access");
        cli.ok("network vnet peering create -g rg --vnet-name MarketingVNet -n m2s --remote-vnet SalesVNet --allow-vnet-access");
        assertThat(cli.ok("network vnet peering update -g rg --vnet-name SalesVNet -n s2m --set allowForwardedTraffic=true"
                + " --query allowForwardedTraffic")).isEqualTo("true\n");
        String guid = cli.ok("network vnet peering show -g rg --vnet-name SalesVNet -n s2m --query resourceGuid -o tsv").strip();
        assertThat(cli.ok("network vnet peering list -g rg --vnet-name SalesVNet -o table")).isEqualTo(""
                + "AllowForwardedTraffic    AllowGatewayTransit    AllowVirtualNetworkAccess    DoNotVerifyRemoteGateways"
                + "    Name    PeeringState    PeeringSyncLevel    ProvisioningState    ResourceGroup    ResourceGuid"
                + "                          UseRemoteGateways\n"
                + "-----------------------  ---------------------  ---------------------------  ---------------------------"
                + "  ------  --------------  ------------------  -------------------  ---------------  ------------------------------------"
                + "  -------------------\n"
                + "True                     False                  True                         False"
                + "                        s2m     Connected       FullyInSync         Succeeded            rg               "
                + guid + "  False\n");
    }

    // docs/azure/peering.md#sync-level
    @Test
    void peering_sync_after_an_address_space_change_returns_to_fully_in_sync() {
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet --allow-vnet-access");
        cli.ok("network vnet peering create -g rg --vnet-name MarketingVNet -n m2s --remote-vnet SalesVNet --allow-vnet-access");
        cli.ok("network vnet update -g rg -n MarketingVNet --address-prefixes 10.2.0.0/16 10.22.0.0/16");
        assertThat(cli.ok("network vnet peering show -g rg --vnet-name SalesVNet -n s2m --query peeringSyncLevel -o tsv"))
                .isEqualTo("LocalNotInSync\n");
        assertThat(cli.ok("network vnet peering show -g rg --vnet-name MarketingVNet -n m2s --query peeringSyncLevel -o tsv"))
                .isEqualTo("RemoteNotInSync\n");
        cli.ok("network vnet peering sync -g rg --vnet-name SalesVNet -n s2m");
        assertThat(cli.ok("network vnet peering list -g rg --vnet-name MarketingVNet --query [].peeringSyncLevel -o tsv"))
                .isEqualTo("FullyInSync\n");
        assertThat(cli.ok("network vnet peering show -g rg --vnet-name SalesVNet -n s2m --query remoteAddressSpace.addressPrefixes -o tsv"))
                .isEqualTo("10.2.0.0/16\n10.22.0.0/16\n");
        AzResult r = cli.run("network vnet peering sync -g rg --vnet-name SalesVNet -n nope");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("ERROR: Virtual network peering nope doesn't exist.\n");
    }

    // docs/azure/peering.md#peering-state
    @Test
    void deleting_one_side_disconnects_the_other() {
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet");
        cli.ok("network vnet peering create -g rg --vnet-name MarketingVNet -n m2s --remote-vnet SalesVNet");
        cli.ok("network vnet peering delete -g rg --vnet-name MarketingVNet -n m2s");
        assertThat(cli.ok("network vnet peering list -g rg --vnet-name SalesVNet --query [].peeringState -o tsv"))
                .isEqualTo("Disconnected\n");
    }

    // docs/azure/peering.md#changing-the-remote-network
    @Test
    void creating_an_existing_peering_again_with_another_remote_vnet_is_refused_and_changes_nothing() {
        cli.ok("network vnet create -g rg -n ResearchVNet --address-prefixes 10.3.0.0/16");
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet");
        var before = cli.az.topology().state();

        AzResult r = cli.run("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet ResearchVNet");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (CannotChangeRemoteVirtualNetworkOfPeering) Cannot update peering ");
        assertThat(cli.az.topology().state()).isEqualTo(before);
    }

    // docs/azure/addressing.md#existing-name-other-region
    @Test
    void creating_an_existing_vnet_again_in_another_region_is_invalid_resource_location_and_changes_nothing() {
        var before = cli.az.topology().state();

        AzResult r = cli.run("network vnet create -g rg -n SalesVNet -l westeurope --address-prefix 10.1.0.0/16");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidResourceLocation) The resource 'SalesVNet' already exists in"
                + " location 'northeurope' in resource group 'rg'. A resource with the same name cannot be created in"
                + " location 'westeurope'. Please select a new resource name.\n");
        assertThat(cli.az.topology().state()).isEqualTo(before);
    }

    // docs/azure/naming.md#rules
    @Test
    void a_slash_in_a_name_is_refused_rather_than_naming_another_resource() {
        var before = cli.az.topology().state();

        AzResult vnet = cli.run("network vnet create -g rg -n x/SalesVNet --address-prefix 10.9.0.0/16");
        AzResult table = cli.run("network route-table create -g rg -n a/subnets/b");

        assertThat(vnet.err()).startsWith("ERROR: (InvalidResourceName) Resource name x/SalesVNet is invalid.");
        assertThat(table.err()).startsWith("ERROR: (InvalidResourceName) Resource name a/subnets/b is invalid.");
        assertThat(cli.az.topology().state()).isEqualTo(before);
    }

    // docs/azure/cli-and-network-watcher.md#peering-create
    @Test
    void the_removed_remote_vnet_id_option_is_reported_after_the_missing_remote_vnet() {
        AzResult r = cli.run("network vnet peering create -g rg --vnet-name SalesVNet -n x --remote-vnet-id /subscriptions/x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: the following arguments are required: --remote-vnet\n");
    }

    // docs/azure/cli-and-network-watcher.md#peering-create, docs/azure/peering.md#remote-network-missing
    @Test
    void a_remote_vnet_name_resolves_in_the_peerings_resource_group() {
        cli.ok("group create -n other -l northeurope");
        cli.ok("network vnet create -g other -n Elsewhere --address-prefixes 10.5.0.0/16");
        AzResult r = cli.run("network vnet peering create -g rg --vnet-name SalesVNet -n e --remote-vnet Elsewhere");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidGlobalResourceReference) Resource /subscriptions/"
                + "00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks"
                + "/Elsewhere referenced by resource ");
        String id = cli.ok("network vnet show -g other -n Elsewhere --query id -o tsv").strip();
        assertThat(cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n e --remote-vnet " + id
                + " --query peeringState -o tsv")).isEqualTo("Initiated\n");
    }

    // docs/azure/peering.md#across-subscriptions-and-tenants
    @Test
    void peering_across_subscriptions_by_full_id_after_account_set() {
        String salesId = cli.ok("network vnet show -g rg -n SalesVNet --query id -o tsv").strip();
        cli.ok("account set --subscription bbbbbbbb-0000-0000-0000-00000000000b");
        cli.ok("group create -n rgB -l northeurope");
        String bId = cli.ok("network vnet create -g rgB -n VnetB --address-prefixes 10.9.0.0/16 --query newVNet.id -o tsv")
                .strip();
        assertThat(bId).startsWith("/subscriptions/bbbbbbbb-0000-0000-0000-00000000000b/");
        cli.ok("network vnet peering create -g rgB --vnet-name VnetB -n b2a --remote-vnet " + salesId + " --allow-vnet-access");
        cli.ok("account set --subscription 00000000-0000-0000-0000-000000000000");
        assertThat(cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n a2b --remote-vnet " + bId
                + " --allow-vnet-access --query peeringState -o tsv")).isEqualTo("Connected\n");
        assertThat(cli.ok("network vnet peering show -g rgB --vnet-name VnetB -n b2a --subscription"
                + " bbbbbbbb-0000-0000-0000-00000000000b --query peeringState -o tsv")).isEqualTo("Connected\n");
    }

    @Test
    void create_commands_are_puts_running_them_again_changes_nothing() {
        String before = cli.ok("network vnet show -g rg -n SalesVNet");
        cli.ok("network vnet create -g rg -n SalesVNet --address-prefix 10.1.0.0/16 --subnet-name Apps --subnet-prefix 10.1.1.0/24");
        assertThat(cli.ok("network vnet show -g rg -n SalesVNet")).isEqualTo(before);
        cli.ok("group create -n rg -l northeurope");
        AzResult moved = cli.run("group create -n rg -l westeurope");
        assertThat(moved.exitCode()).isEqualTo(1);
        assertThat(moved.err()).startsWith("ERROR: (InvalidResourceGroupLocation) Invalid resource group location"
                + " 'westeurope'. The Resource group already exists in location 'northeurope'.");
    }

    @Test
    void vm_create_without_a_network_makes_one_as_the_cli_does() {
        cli.ok("group create -n empty -l eastus");
        assertThat(cli.ok("vm create -g empty -n solo --query privateIpAddress -o tsv")).isEqualTo("10.0.0.4\n");
        assertThat(cli.ok("network vnet list -g empty --query [].[name,subnets[0].name] -o tsv"))
                .isEqualTo("soloVNET\tsoloSubnet\n");
        String subnetId = cli.ok("network vnet subnet show -g rg --vnet-name SalesVNet -n Apps --query id -o tsv").strip();
        assertThat(cli.ok("vm create -g rg -n byId --subnet " + subnetId + " --query privateIpAddress -o tsv"))
                .isEqualTo("10.1.1.4\n");
    }

    // docs/azure/peering.md#overlapping-address-spaces
    @Test
    void overlapping_networks_cannot_peer() {
        cli.ok("network vnet create -g rg -n Overlap --address-prefixes 10.1.0.0/16");
        AzResult r = cli.run("network vnet peering create -g rg --vnet-name SalesVNet -n o --remote-vnet Overlap");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (VnetAddressSpacesOverlap) Cannot create or update peering ");
    }

    // ------------------------------------------------------------------ az vm, az network nic

    @Test
    void vm_create_makes_the_nic_and_prints_the_clis_summary() {
        JsonNode vm = cli.json("vm create -g rg -n SalesVM --vnet-name SalesVNet --subnet Apps --image Ubuntu2204"
                + " --admin-username azureuser --generate-ssh-keys");
        assertThat(vm.get("privateIpAddress").asText()).isEqualTo("10.1.1.4");
        assertThat(vm.get("powerState").asText()).isEqualTo("VM running");
        assertThat(Json.keys(Json.sorted(vm))).containsExactly("fqdns", "id", "location", "macAddress", "powerState",
                "privateIpAddress", "publicIpAddress", "resourceGroup", "zones");
        JsonNode nic = cli.json("network nic show -g rg -n SalesVMVMNic");
        assertThat(nic.get("ipConfigurations").get(0).get("name").asText()).isEqualTo("ipconfigSalesVM");
        assertThat(nic.get("ipConfigurations").get(0).get("privateIPAllocationMethod").asText()).isEqualTo("Dynamic");
        assertThat(nic.get("virtualMachine").get("id").asText()).isEqualTo(vm.get("id").asText());
    }

    @Test
    void vm_create_with_a_static_address_and_vm_list_show_delete() {
        cli.ok("vm create -g rg -n A --vnet-name SalesVNet --subnet Apps --private-ip-address 10.1.1.10 --no-wait");
        assertThat(cli.ok("vm list -g rg -o table")).isEqualTo(""
                + "Name    ResourceGroup    Location\n"
                + "------  ---------------  -----------\n"
                + "A       rg               northeurope\n");
        assertThat(cli.ok("vm list -g rg -d -o table")).isEqualTo(""
                + "Name    ResourceGroup    PowerState    PublicIps    Fqdns    Location\n"
                + "------  ---------------  ------------  -----------  -------  -----------\n"
                + "A       rg               VM running    20.0.0.4              northeurope\n");
        assertThat(cli.ok("vm show -g rg -n A -d --query privateIps -o tsv")).isEqualTo("10.1.1.10\n");
        assertThat(cli.ok("vm list-ip-addresses -g rg -o table")).isEqualTo(""
                + "VirtualMachine    PublicIPAddresses    PrivateIPAddresses\n"
                + "----------------  -------------------  --------------------\n"
                + "A                 20.0.0.4             10.1.1.10\n");
        assertThat(cli.run("vm delete -g rg -n A").exitCode()).isEqualTo(1);
        cli.ok("vm delete -g rg -n A --yes");
        assertThat(cli.ok("vm list")).isEqualTo("[]\n");
    }

    @Test
    void a_vm_in_another_region_than_its_network_is_refused() {
        AzResult r = cli.run("vm create -g rg -n W --vnet-name SalesVNet --subnet Apps -l westeurope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidResourceReference) ");
    }

    // docs/azure/routing.md#ip-forwarding
    @Test
    void nic_update_turns_ip_forwarding_on() {
        cli.ok("vm create -g rg -n Nva --vnet-name SalesVNet --subnet Apps --no-wait");
        assertThat(cli.ok("network nic update -g rg -n NvaVMNic --ip-forwarding true --query enableIPForwarding"))
                .isEqualTo("true\n");
        assertThat(cli.ok("network nic list -g rg -o table")).contains("EnableIPForwarding").contains("True");
        assertThat(cli.run("network nic update -g rg -n Nope --ip-forwarding").exitCode()).isEqualTo(3);
    }

    // docs/azure/cli-and-network-watcher.md#effective-route-table
    @Test
    void effective_routes_json_lists_value_items() {
        cli.ok("vm create -g rg -n SalesVM --vnet-name SalesVNet --subnet Apps --no-wait");
        JsonNode routes = cli.json("network nic show-effective-route-table -g rg -n SalesVMVMNic");
        JsonNode first = routes.get("value").get(0);
        assertThat(Json.keys(Json.sorted(first))).containsExactly("addressPrefix", "disableBgpRoutePropagation",
                "name", "nextHopIpAddress", "nextHopType", "source", "state");
        assertThat(first.get("addressPrefix").get(0).asText()).isEqualTo("10.1.0.0/16");
        assertThat(first.get("nextHopType").asText()).isEqualTo("VnetLocal");
        AzResult r = cli.run("network nic show-effective-route-table -g rg -n NoNic");
        assertThat(r.exitCode()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ az network watcher

    // docs/azure/cli-and-network-watcher.md#next-hop
    @Test
    void show_next_hop_answers_with_the_route_the_subnet_picks() {
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet --allow-vnet-access");
        cli.ok("network vnet peering create -g rg --vnet-name MarketingVNet -n m2s --remote-vnet SalesVNet --allow-vnet-access");
        cli.ok("vm create -g rg -n SalesVM --vnet-name SalesVNet --subnet Apps --no-wait");
        String hop = "network watcher show-next-hop -g rg --vm SalesVM --source-ip 10.1.1.4 --dest-ip ";
        assertThat(cli.ok(hop + "10.2.1.4 -o tsv")).isEqualTo("None\tVNetPeering\tSystem Route\n");
        assertThat(cli.ok(hop + "10.1.1.9 --query nextHopType -o tsv")).isEqualTo("VnetLocal\n");
        assertThat(cli.ok(hop + "13.107.21.200 --query nextHopType -o tsv")).isEqualTo("Internet\n");
        assertThat(cli.ok(hop + "172.31.0.100")).isEqualTo("{\n  \"nextHopIpAddress\": null,\n  \"nextHopType\": \"None\",\n"
                + "  \"routeTableId\": \"System Route\"\n}\n");
        assertThat(cli.run("network watcher show-next-hop --vm SalesVM --source-ip 10.1.1.4 --dest-ip 10.2.1.4").err())
                .isEqualTo("ERROR: usage error: --vm NAME --resource-group NAME | --vm ID\n");
    }

    @Test
    void test_connectivity_reports_reachable_with_hops_and_unreachable_with_an_issue() {
        cli.ok("vm create -g rg -n SalesVM --vnet-name SalesVNet --subnet Apps --no-wait");
        cli.ok("vm create -g rg -n MarketingVM --vnet-name MarketingVNet --subnet Apps --no-wait");
        JsonNode blocked = cli.json("network watcher test-connectivity -g rg --source-resource SalesVM"
                + " --dest-resource MarketingVM --protocol Tcp --dest-port 22");
        assertThat(blocked.get("connectionStatus").asText()).isEqualTo("Unreachable");
        assertThat(blocked.get("hops").get(0).get("issues").get(0).get("severity").asText()).isEqualTo("Error");
        cli.ok("network vnet peering create -g rg --vnet-name SalesVNet -n s2m --remote-vnet MarketingVNet --allow-vnet-access");
        cli.ok("network vnet peering create -g rg --vnet-name MarketingVNet -n m2s --remote-vnet SalesVNet --allow-vnet-access");
        JsonNode open = cli.json("network watcher test-connectivity -g rg --source-resource SalesVM"
                + " --dest-resource MarketingVM --protocol Tcp --dest-port 22");
        assertThat(open.get("connectionStatus").asText()).isEqualTo("Reachable");
        assertThat(open.get("hops").get(0).get("type").asText()).isEqualTo("Source");
        assertThat(open.get("hops").get(1).get("address").asText()).isEqualTo("10.2.1.4");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource SalesVM --dest-address 10.2.1.4"
                + " -o table")).isEqualTo(""
                + "ConnectionStatus    ProbesFailed    ProbesSent\n"
                + "------------------  --------------  ------------\n"
                + "Reachable           0               30\n");
    }

    // ------------------------------------------------------------------ the command line itself

    @Test
    void unknown_commands_and_arguments_use_the_clis_wording() {
        AzResult unknown = cli.run("network vnett list");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("ERROR: 'vnett' is misspelled or not recognized by the system.\n");
        AzResult arg = cli.run("network vnet list --bogus 1");
        assertThat(arg.exitCode()).isEqualTo(2);
        assertThat(arg.err()).isEqualTo("ERROR: unrecognized arguments: --bogus 1\n");
        AzResult outside = cli.run("vm extension set -g rg --vm-name A -n customScript --publisher Microsoft.Azure.Extensions");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).isEqualTo("ERROR: 'az vm extension' is an Azure CLI command that vnetlab does not"
                + " emulate: vnetlab simulates networking only; VM extensions run nothing.\n");
    }

    @Test
    void long_options_may_be_abbreviated_as_argparse_allows() {
        assertThat(cli.ok("network vnet show -g rg -n SalesVNet --query name --out tsv")).isEqualTo("SalesVNet\n");
        AzResult ambiguous = cli.run("network vnet create -g rg -n X --subnet S");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).isEqualTo("ERROR: ambiguous option: --subnet could match --subnet-name,"
                + " --subnet-prefixes, --subnet-prefix\n");
    }
}
