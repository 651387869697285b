package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network watcher test-connectivity} lists the hops Network Watcher's connection troubleshoot lists —
 * the source VM, each appliance and gateway passed, then the destination VM or the on-premises edge — read from
 * the same verdict the walk makes, with the REST API's {@code ConnectivityHop} fields.
 */
class TestConnectivityHopsTest {

    private final AzTestBench cli = new AzTestBench();

    /**
     * The docs tutorial "Route network traffic with a route table using the Azure CLI"
     * (https://learn.microsoft.com/azure/virtual-network/tutorial-create-route-table-cli): the Public subnet's
     * route table sends the Private subnet's prefix to the appliance myVmNva in the DMZ subnet.
     */
    private void routeTableTutorial() {
        cli.ok("group create --name myResourceGroup --location eastus");
        cli.ok("network route-table create --resource-group myResourceGroup --name myRouteTablePublic");
        cli.ok("network route-table route create --name ToPrivateSubnet --resource-group myResourceGroup"
                + " --route-table-name myRouteTablePublic --address-prefix 10.0.1.0/24 --next-hop-type VirtualAppliance"
                + " --next-hop-ip-address 10.0.2.4");
        cli.ok("network vnet create --name myVirtualNetwork --resource-group myResourceGroup --address-prefix 10.0.0.0/16"
                + " --subnet-name Public --subnet-prefix 10.0.0.0/24");
        cli.ok("network vnet subnet create --vnet-name myVirtualNetwork --resource-group myResourceGroup --name Private"
                + " --address-prefix 10.0.1.0/24");
        cli.ok("network vnet subnet create --vnet-name myVirtualNetwork --resource-group myResourceGroup --name DMZ"
                + " --address-prefix 10.0.2.0/24");
        cli.ok("network vnet subnet update --vnet-name myVirtualNetwork --name Public --resource-group myResourceGroup"
                + " --route-table myRouteTablePublic");
        cli.ok("vm create --resource-group myResourceGroup --name myVmNva --image UbuntuLTS --public-ip-address ''"
                + " --subnet DMZ --vnet-name myVirtualNetwork --generate-ssh-keys");
        cli.ok("network nic update --name myVmNvaVMNic --resource-group myResourceGroup --ip-forwarding true");
        cli.ok("vm create --resource-group myResourceGroup --name myVmPublic --image UbuntuLTS --vnet-name myVirtualNetwork"
                + " --subnet Public --admin-username azureuser --admin-password Secret-Passw0rd --no-wait");
        cli.ok("vm create --resource-group myResourceGroup --name myVmPrivate --image UbuntuLTS --vnet-name"
                + " myVirtualNetwork --subnet Private --admin-username azureuser --admin-password Secret-Passw0rd");
    }

    @Test
    void public_to_private_lists_the_appliance_the_route_table_sends_the_packet_through() {
        routeTableTutorial();

        String hops = cli.ok("network watcher test-connectivity -g myResourceGroup --source-resource myVmPublic"
                + " --dest-resource myVmPrivate --protocol Tcp --dest-port 22 --query hops[].[type,address] -o tsv");

        assertThat(hops).isEqualTo("Source\t10.0.0.4\nVirtualAppliance\t10.0.2.4\nVirtualNetwork\t10.0.1.4\n");
        assertThat(cli.ok("network watcher show-next-hop -g myResourceGroup --vm myVmPublic --source-ip 10.0.0.4"
                + " --dest-ip 10.0.1.4 --query [nextHopType,nextHopIpAddress] -o tsv"))
                .as("the next hop Network Watcher reports is the appliance the hops list")
                .isEqualTo("VirtualAppliance\n10.0.2.4\n");
    }

    @Test
    void each_hop_has_the_connectivity_hop_fields_and_links_to_its_neighbours() {
        routeTableTutorial();
        String rg = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup";

        JsonNode result = cli.json("network watcher test-connectivity -g myResourceGroup --source-resource myVmPublic"
                + " --dest-resource myVmPrivate --protocol Tcp --dest-port 22");

        assertThat(result.get("connectionStatus").asText()).isEqualTo("Reachable");
        JsonNode hops = result.get("hops");
        assertThat(hops).hasSize(3);
        assertThat(hops.get(0).fieldNames()).toIterable().containsExactly("address", "id", "issues", "links",
                "nextHopIds", "previousHopIds", "previousLinks", "resourceId", "type");
        assertThat(hops.get(1).get("resourceId").asText()).isEqualTo(rg
                + "/providers/Microsoft.Network/networkInterfaces/myVmNvaVMNic/ipConfigurations/ipconfigmyVmNva");
        assertThat(hops.get(0).get("nextHopIds").get(0)).isEqualTo(hops.get(1).get("id"));
        assertThat(hops.get(1).get("previousHopIds").get(0)).isEqualTo(hops.get(0).get("id"));
        assertThat(hops.get(1).get("links").get(0).get("nextHopId")).isEqualTo(hops.get(2).get("id"));
        assertThat(hops.get(2).get("nextHopIds")).isEmpty();
    }

    @Test
    void an_appliance_without_ip_forwarding_carries_the_issue_and_the_fix_in_az_terms() {
        routeTableTutorial();
        cli.ok("network nic update --name myVmNvaVMNic --resource-group myResourceGroup --ip-forwarding false");

        JsonNode result = cli.json("network watcher test-connectivity -g myResourceGroup --source-resource myVmPublic"
                + " --dest-resource myVmPrivate --protocol Tcp --dest-port 22");

        assertThat(result.get("connectionStatus").asText()).isEqualTo("Unreachable");
        JsonNode appliance = result.get("hops").get(1);
        assertThat(appliance.get("type").asText()).isEqualTo("VirtualAppliance");
        JsonNode issue = appliance.get("issues").get(0);
        assertThat(issue.get("type").asText()).isEqualTo("Platform");
        assertThat(issue.get("context").findValuesAsText("fix")).containsExactly("enable IP forwarding on network"
                + " interface 'myVmNvaVMNic' (az network nic update -g myResourceGroup -n myVmNvaVMNic"
                + " --ip-forwarding true)");
        assertThat(result.get("hops").get(0).get("issues")).isEmpty();
    }

    @Test
    void spoke_to_spoke_through_the_hub_appliance_lists_the_appliance_between_the_vms() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n hub --address-prefix 10.0.0.0/16 --subnet-name nva --subnet-prefix 10.0.1.0/24");
        cli.ok("network vnet create -g rg -n spoke1 --address-prefix 10.1.0.0/16 --subnet-name app"
                + " --subnet-prefix 10.1.1.0/24");
        cli.ok("network vnet create -g rg -n spoke2 --address-prefix 10.2.0.0/16 --subnet-name app"
                + " --subnet-prefix 10.2.1.0/24");
        for (String spoke : new String[] {"spoke1", "spoke2"}) {
            cli.ok("network vnet peering create -g rg -n " + spoke + "-to-hub --vnet-name " + spoke + " --remote-vnet hub"
                    + " --allow-vnet-access --allow-forwarded-traffic");
            cli.ok("network vnet peering create -g rg -n hub-to-" + spoke + " --vnet-name hub --remote-vnet " + spoke
                    + " --allow-vnet-access --allow-forwarded-traffic");
        }
        cli.ok("vm create -g rg -n nva --vnet-name hub --subnet nva --public-ip-address '' --nsg ''");
        cli.ok("network nic update -g rg -n nvaVMNic --ip-forwarding true");
        cli.ok("network route-table create -g rg -n spoke1-rt");
        cli.ok("network route-table route create -g rg --route-table-name spoke1-rt -n to-spoke2 --address-prefix"
                + " 10.2.0.0/16 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.4");
        cli.ok("network route-table create -g rg -n spoke2-rt");
        cli.ok("network route-table route create -g rg --route-table-name spoke2-rt -n to-spoke1 --address-prefix"
                + " 10.1.0.0/16 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.4");
        cli.ok("network vnet subnet update -g rg --vnet-name spoke1 -n app --route-table spoke1-rt");
        cli.ok("network vnet subnet update -g rg --vnet-name spoke2 -n app --route-table spoke2-rt");
        cli.ok("vm create -g rg -n vm1 --vnet-name spoke1 --subnet app --public-ip-address '' --nsg ''");
        cli.ok("vm create -g rg -n vm2 --vnet-name spoke2 --subnet app --public-ip-address '' --nsg ''");

        String hops = cli.ok("network watcher test-connectivity -g rg --source-resource vm1 --dest-resource vm2"
                + " --query hops[].[type,address] -o tsv");

        assertThat(hops).isEqualTo("Source\t10.1.1.4\nVirtualAppliance\t10.0.1.4\nVirtualNetwork\t10.2.1.4\n");
    }

    @Test
    void a_host_behind_the_vpn_gateway_is_reached_through_the_gateway_at_the_on_premises_edge() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.0.0.0/16 --subnet-name app"
                + " --subnet-prefix 10.0.1.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n GatewaySubnet --address-prefix 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n vpn-ip");
        cli.ok("network vnet-gateway create -g rg -n vpn --vnet vnet --public-ip-addresses vpn-ip");
        cli.ok("network local-gateway create -g rg -n OnPrem --gateway-ip-address 203.0.113.10"
                + " --local-address-prefixes 10.100.0.0/16");
        cli.ok("network vpn-connection create -g rg -n to-onprem --vnet-gateway1 vpn --local-gateway2 OnPrem"
                + " --shared-key abc123");
        cli.ok("vm create -g rg -n app --vnet-name vnet --subnet app --public-ip-address '' --nsg ''");
        String rg = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network";

        JsonNode hops = cli.json("network watcher test-connectivity -g rg --source-resource app --dest-address"
                + " 10.100.0.5 --protocol Tcp --dest-port 443").get("hops");

        assertThat(hops.findValuesAsText("type")).containsExactly("Source", "VirtualNetworkGateway", "OnPremises");
        assertThat(hops.get(1).get("resourceId").asText()).isEqualTo(rg + "/virtualNetworkGateways/vpn");
        assertThat(hops.get(2).get("resourceId").asText()).isEqualTo(rg + "/localNetworkGateways/OnPrem");
        assertThat(hops.get(2).get("address").asText()).isEqualTo("10.100.0.5");
    }

    @Test
    void an_nsg_that_denies_puts_a_network_security_rule_issue_on_the_destination_as_test_ip_flow_names_it() {
        routeTableTutorial();
        cli.ok("network nsg create -g myResourceGroup -n private-nsg");
        cli.ok("network nsg rule create -g myResourceGroup --nsg-name private-nsg -n deny-ssh --priority 100"
                + " --access Deny --protocol Tcp --destination-port-ranges 22");
        cli.ok("network vnet subnet update -g myResourceGroup --vnet-name myVirtualNetwork -n Private"
                + " --network-security-group private-nsg");

        JsonNode result = cli.json("network watcher test-connectivity -g myResourceGroup --source-resource myVmPublic"
                + " --dest-resource myVmPrivate --protocol Tcp --dest-port 22");

        JsonNode destination = result.get("hops").get(2);
        assertThat(destination.get("type").asText()).isEqualTo("VirtualNetwork");
        JsonNode issue = destination.get("issues").get(0);
        assertThat(issue.get("type").asText()).isEqualTo("NetworkSecurityRule");
        assertThat(issue.get("origin").asText()).isEqualTo("Inbound");
        assertThat(issue.get("context").findValuesAsText("RuleName")).containsExactly("securityRules/deny-ssh");
        assertThat(cli.ok("network watcher test-ip-flow -g myResourceGroup --vm myVmPrivate --direction Inbound"
                + " --protocol TCP --local 10.0.1.4:22 --remote 10.0.0.4:50000 --query ruleName -o tsv"))
                .isEqualTo("securityRules/deny-ssh\n");
    }

    @Test
    void a_source_port_that_is_no_int_is_the_parsers_usage_error() {
        routeTableTutorial();

        AzResult r = cli.az.run("network", "watcher", "test-connectivity", "-g", "myResourceGroup", "--source-resource",
                "myVmPublic", "--dest-resource", "myVmPrivate", "--dest-port", "22", "--source-port", "twenty");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --source-port: invalid int value: 'twenty'\n");
    }
}
