package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code azure-firewall} extension's commands building the reference hub-spoke's firewall: a policy with a
 * network rule collection allowing DNS, a firewall in the hub, a spoke routing 0.0.0.0/0 to it; test-connectivity
 * lists the firewall hop and answers by its rules (docs/azure/azure-firewall.md#cli, #processing-order).
 */
class FirewallCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void hubSpokeWithFirewall() {
        cli.ok("group create -n rg -l eastus2");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name AzureFirewallSubnet"
                + " --subnet-prefixes 10.0.3.0/26");
        cli.ok("network vnet create -g rg -n spoke --address-prefixes 10.1.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.1.1.0/24");
        cli.ok("network vnet peering create -g rg --vnet-name hub -n hub-to-spoke --remote-vnet spoke --allow-vnet-access"
                + " --allow-forwarded-traffic");
        cli.ok("network vnet peering create -g rg --vnet-name spoke -n spoke-to-hub --remote-vnet hub --allow-vnet-access"
                + " --allow-forwarded-traffic");
        cli.ok("network firewall policy create -g rg -n fw-policies --threat-intel-mode Off");
        cli.ok("network firewall policy rule-collection-group create -g rg --policy-name fw-policies"
                + " -n DefaultNetworkRuleCollectionGroup --priority 200");
        cli.ok("network firewall policy rule-collection-group collection add-filter-collection -g rg --policy-name"
                + " fw-policies --rcg-name DefaultNetworkRuleCollectionGroup -n org-wide-allowed --collection-priority"
                + " 100 --action Allow --rule-name DNS --rule-type NetworkRule --ip-protocols UDP TCP --source-addresses *"
                + " --destination-addresses * --destination-ports 53");
        cli.ok("network firewall create -g rg -n fw --vnet-name hub --firewall-policy fw-policies");
        cli.ok("network route-table create -g rg -n to-fw");
        cli.ok("network route-table route create -g rg --route-table-name to-fw -n default --address-prefix 0.0.0.0/0"
                + " --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.3.4");
        cli.ok("network vnet subnet update -g rg --vnet-name spoke -n app --route-table to-fw");
        cli.ok("vm create -g rg -n spoke-vm --image Ubuntu2204 --vnet-name spoke --subnet app --admin-username azureuser"
                + " --generate-ssh-keys");
    }

    private static List<String> types(JsonNode answer) {
        List<String> types = new ArrayList<>();
        answer.get("hops").forEach(hop -> types.add(hop.get("type").asText()));
        return types;
    }

    @Test
    void the_rule_collection_group_lists_the_collection_and_rule_as_the_rest_api_names_them() {
        JsonNode group = Json.parse(cli.ok("network firewall policy rule-collection-group create -g rg --policy-name"
                + " fw-policies -n Extra --priority 400"));
        assertThat(group.get("priority").asInt()).isEqualTo(400);
        assertThat(cli.ok("network firewall create -g rg -n fw2 --vnet-name hub --firewall-policy fw-policies --query"
                + " ipConfigurations[0].privateIPAddress -o tsv")).isEqualTo("10.0.3.5\n");
    }

    @Test
    void test_connectivity_lists_the_firewall_hop_and_is_decided_by_its_rules() {
        JsonNode dns = Json.parse(cli.ok("network watcher test-connectivity -g rg --source-resource spoke-vm"
                + " --dest-address 8.8.8.8 --dest-port 53 --protocol Tcp"));
        assertThat(dns.get("connectionStatus").asText()).isEqualTo("Reachable");
        assertThat(types(dns)).containsExactly("Source", "VirtualAppliance", "Internet");
        assertThat(dns.get("hops").get(1).get("address").asText()).isEqualTo("10.0.3.4");
        JsonNode https = Json.parse(cli.ok("network watcher test-connectivity -g rg --source-resource spoke-vm"
                + " --dest-address 203.0.113.50 --dest-port 443 --protocol Tcp"));
        assertThat(https.get("connectionStatus").asText()).isEqualTo("Unreachable");
        assertThat(types(https)).containsExactly("Source", "VirtualAppliance");
        assertThat(https.get("hops").get(1).get("issues").get(0).get("type").asText()).isEqualTo("Platform");
    }

    @Test
    void a_classic_network_rule_creates_its_collection_and_opens_the_flow() {
        cli.ok("network firewall policy create -g rg -n unused");
        cli.ok("network vnet create -g rg -n hub2 --address-prefixes 10.9.0.0/16 --subnet-name AzureFirewallSubnet"
                + " --subnet-prefixes 10.9.3.0/26");
        cli.ok("network firewall create -g rg -n classic --vnet-name hub2");
        JsonNode rule = Json.parse(cli.ok("network firewall network-rule create -g rg -f classic -c web -n https"
                + " --priority 200 --action Allow --protocols TCP --source-addresses 10.0.0.0/8"
                + " --destination-addresses * --destination-ports 443"));
        assertThat(rule.get("destinationPorts").get(0).asText()).isEqualTo("443");
        AzResult missing = cli.az.run(new ArrayList<>(List.of(("network firewall network-rule create -g rg -f classic -c"
                + " other -n r --protocols TCP --source-addresses * --destination-addresses * --destination-ports 80")
                .split(" "))));
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("--priority and --action are required when creating a new collection");
    }

    /** docs/azure/azure-firewall.md#dnat: the CLI's DNAT rules publish a spoke server on the firewall's public IP. */
    @Test
    void dnat_rules_from_the_cli_publish_a_server_on_the_firewalls_public_address() {
        cli.ok("network public-ip create -g rg -n fw-pip --sku Standard");
        cli.ok("network vnet create -g rg -n hub2 --address-prefixes 10.9.0.0/16 --subnet-name AzureFirewallSubnet"
                + " --subnet-prefixes 10.9.3.0/26");
        String address = cli.ok("network public-ip show -g rg -n fw-pip --query ipAddress -o tsv").strip();
        cli.ok("network firewall create -g rg -n classic --vnet-name hub2 --public-ip fw-pip --private-ranges"
                + " IANAPrivateRanges");
        JsonNode rule = Json.parse(cli.ok("network firewall nat-rule create -g rg -f classic -c publish -n ssh"
                + " --priority 100 --action Dnat --protocols TCP --source-addresses * --destination-addresses "
                + address + " --destination-ports 2222 --translated-address 10.1.1.4 --translated-port 22"));
        assertThat(rule.get("translatedAddress").asText()).isEqualTo("10.1.1.4");
        assertThat(rule.get("translatedPort").asText()).isEqualTo("22");
        JsonNode group = Json.parse(cli.ok("network firewall policy rule-collection-group collection add-nat-collection"
                + " -g rg --policy-name fw-policies --rcg-name DefaultNetworkRuleCollectionGroup -n publish"
                + " --collection-priority 300 --action DNAT --rule-name web --ip-protocols TCP --source-addresses *"
                + " --destination-addresses 20.0.0.99 --destination-ports 443 --translated-address 10.1.1.4"
                + " --translated-port 8443"));
        assertThat(group.get("ruleCollections").get(1).get("ruleCollectionType").asText())
                .isEqualTo("FirewallPolicyNatRuleCollection");
        assertThat(group.get("ruleCollections").get(1).get("rules").get(0).get("ruleType").asText())
                .isEqualTo("NatRule");
        AzResult snat = cli.az.run(new ArrayList<>(List.of(("network firewall nat-rule create -g rg -f classic -c"
                + " outbound -n s --priority 200 --action Snat --protocols TCP --source-addresses * --destination-addresses"
                + " * --destination-ports 80 --translated-port 80").split(" "))));
        assertThat(snat.exitCode()).isNotZero();
        assertThat(snat.err()).contains("vnetlab simulates DNAT rule collections only: a NAT rule collection with"
                + " action SNAT is not simulated");

        io.vnetlab.dataplane.Verdict ssh = cli.az.topology().evaluate(io.vnetlab.dataplane.Flow
                .from(io.vnetlab.dataplane.Endpoint.address("198.51.100.7"))
                .to(io.vnetlab.dataplane.Endpoint.address(address)).on(io.vnetlab.model.Protocol.Tcp, 2222));
        assertThat(ssh.hops()).extracting(io.vnetlab.render.HopText::decision).anyMatch(d -> d.startsWith(
                "Azure Firewall 'classic' translated and allowed by rule 'ssh' of Nat rule collection 'publish'"));
    }

    @Test
    void firewall_show_list_and_delete_are_the_generic_verbs_and_delete_frees_the_subnet() {
        JsonNode fw = Json.parse(cli.ok("network firewall show -g rg -n fw"));
        assertThat(fw.get("type").asText()).isEqualTo("Microsoft.Network/azureFirewalls");
        assertThat(fw.at("/ipConfigurations/0/privateIPAddress").asText()).isEqualTo("10.0.3.4");
        assertThat(fw.at("/firewallPolicy/id").asText()).endsWith("/firewallPolicies/fw-policies");
        assertThat(cli.ok("network firewall list -g rg --query [].name -o tsv")).isEqualTo("fw\n");
        assertThat(cli.ok("network firewall delete -g rg -n fw")).isEmpty();
        AzResult gone = cli.az.run("network firewall show -g rg -n fw".split(" "));
        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.err()).startsWith("ERROR: (ResourceNotFound) The Resource 'Microsoft.Network/azureFirewalls/fw'"
                + " under resource group 'rg' was not found.");
        assertThat(cli.ok("network firewall delete -g rg -n fw")).isEmpty();
        // its interface went with it: the subnet holds nothing, and a new firewall takes the first address again
        cli.ok("network firewall create -g rg -n fw2 --vnet-name hub");
        assertThat(cli.ok("network firewall show -g rg -n fw2 --query ipConfigurations[0].privateIPAddress -o tsv"))
                .isEqualTo("10.0.3.4\n");
    }
}
