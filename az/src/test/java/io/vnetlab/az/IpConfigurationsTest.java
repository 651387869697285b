package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network nic ip-config create|delete}: secondary IPv4 configurations, their addresses, and traffic to
 * them (docs/azure/addressing.md#secondary-ip-configurations).
 */
class IpConfigurationsTest {

    private static final String NICS = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
            + "/providers/Microsoft.Network/networkInterfaces/";

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void twoMachinesInOneSubnet() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n app --address-prefixes 10.0.0.0/16 --subnet-name web"
                + " --subnet-prefixes 10.0.1.0/24");
        cli.ok("network nic create -g rg -n web-nic --vnet-name app --subnet web");
        cli.ok("vm create -g rg -n web --nics web-nic --image Ubuntu2204 --admin-username azureuser"
                + " --generate-ssh-keys");
        cli.ok("vm create -g rg -n client --image Ubuntu2204 --vnet-name app --subnet web --admin-username azureuser"
                + " --generate-ssh-keys");
    }

    @Test
    void create_prints_the_configuration_with_the_next_free_address_of_the_subnet() {
        JsonNode config = cli.json("network nic ip-config create -g rg --nic-name web-nic -n site2");
        assertThat(config.get("id").asText()).isEqualTo(NICS + "web-nic/ipConfigurations/site2");
        assertThat(config.get("name").asText()).isEqualTo("site2");
        assertThat(config.get("primary").asBoolean()).isFalse();
        assertThat(config.get("privateIPAddress").asText()).isEqualTo("10.0.1.6");
        assertThat(config.get("privateIPAllocationMethod").asText()).isEqualTo("Dynamic");
        assertThat(config.get("privateIPAddressVersion").asText()).isEqualTo("IPv4");
        assertThat(config.get("type").asText()).isEqualTo("Microsoft.Network/networkInterfaces/ipConfigurations");
        assertThat(cli.ok("network nic ip-config list -g rg --nic-name web-nic --query [].[name,privateIPAddress]"
                + " -o tsv")).isEqualTo("ipconfig1\t10.0.1.4\nsite2\t10.0.1.6\n");
    }

    @Test
    void a_secondary_address_is_reached_and_is_gone_with_its_configuration() {
        cli.ok("network nic ip-config create -g rg --nic-name web-nic -n site2 --private-ip-address 10.0.1.20");
        String test = "network watcher test-connectivity -g rg --source-resource client --dest-address 10.0.1.20"
                + " --dest-port 80 --query connectionStatus -o tsv";
        assertThat(cli.ok(test)).isEqualTo("Reachable\n");
        cli.ok("network nic ip-config delete -g rg --nic-name web-nic -n site2");
        assertThat(cli.ok(test)).isEqualTo("Unreachable\n");
        assertThat(cli.run("network nic ip-config show -g rg --nic-name web-nic -n site2").exitCode()).isEqualTo(3);
    }

    @Test
    void a_secondary_address_is_taken_for_the_other_interfaces_of_the_subnet() {
        cli.ok("network nic ip-config create -g rg --nic-name web-nic -n site2 --private-ip-address 10.0.1.20");
        AzResult clash = cli.run("network nic create -g rg -n other --vnet-name app --subnet web"
                + " --private-ip-address 10.0.1.20");
        assertThat(clash.exitCode()).isEqualTo(1);
        assertThat(clash.err()).startsWith("ERROR: (PrivateIPAddressIsAllocated) IP configuration " + NICS
                + "other/ipConfigurations/ipconfig1 is using the private IP address 10.0.1.20 which is already allocated"
                + " to resource " + NICS + "web-nic/ipConfigurations/site2.");
    }

    @Test
    void the_primary_configuration_cannot_be_deleted() {
        AzResult r = cli.run("network nic ip-config delete -g rg --nic-name web-nic -n ipconfig1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (PrimaryIpConfigurationCannotBeDeleted) IP configuration " + NICS
                + "web-nic/ipConfigurations/ipconfig1 is the primary IP configuration of network interface web-nic");
    }

    @Test
    void an_update_of_the_interface_keeps_its_secondary_configurations() {
        cli.ok("network nic ip-config create -g rg --nic-name web-nic -n site2");
        cli.ok("network nic update -g rg -n web-nic --ip-forwarding true");
        assertThat(cli.ok("network nic show -g rg -n web-nic --query ipConfigurations[].name -o tsv"))
                .isEqualTo("ipconfig1\nsite2\n");
    }

    @Test
    void an_ipv6_configuration_in_a_subnet_without_an_ipv6_prefix_is_refused() {
        AzResult r = cli.run("network nic ip-config create -g rg --nic-name web-nic -n v6"
                + " --private-ip-address-version IPv6");
        assertThat(r.exitCode()).isEqualTo(1);
        String subnet = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
                + "/Microsoft.Network/virtualNetworks/app/subnets/web";
        assertThat(r.err()).startsWith("ERROR: (SubnetHasNoIPv6AddressPrefix) Network interface"
                + " /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
                + "/Microsoft.Network/networkInterfaces/web-nic asks for an IPv6 IP configuration, but subnet "
                + subnet + " has no IPv6 address prefix. Add one (a /64 of the network's IPv6 range) to the subnet"
                + " first.\n");
        assertThat(cli.ok("network nic show -g rg -n web-nic --query length(ipConfigurations) -o tsv"))
                .isEqualTo("1\n");
    }

    @Test
    void update_of_a_secondary_configuration_changes_that_configuration_only() {
        cli.ok("network nic ip-config create -g rg --nic-name web-nic -n site2");
        assertThat(cli.ok("network nic ip-config update -g rg --nic-name web-nic -n site2 --private-ip-address"
                + " 10.0.1.30 --query [privateIPAddress,privateIPAllocationMethod] -o tsv"))
                .isEqualTo("10.0.1.30\nStatic\n");
        assertThat(cli.ok("network nic ip-config update -g rg --nic-name web-nic -n site2 --set"
                + " privateIPAddress=10.0.1.31 --query privateIPAddress -o tsv")).isEqualTo("10.0.1.31\n");
        assertThat(cli.ok("network nic ip-config show -g rg --nic-name web-nic -n ipconfig1 --query privateIPAddress"
                + " -o tsv")).isEqualTo("10.0.1.4\n");
    }

    /** The filter-traffic tutorial puts each VM in its application security group this way after creating it. */
    @Test
    void update_puts_the_primary_configuration_in_application_security_groups_that_rules_then_match() {
        cli.ok("network asg create -g rg -n web-servers");
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n allow-web --priority 100 --protocol Tcp"
                + " --source-address-prefixes Internet --destination-asgs web-servers --destination-port-ranges 80");
        cli.ok("network vnet subnet update -g rg --vnet-name app -n web --nsg web-nsg");
        JsonNode config = cli.json("network nic ip-config update -g rg --nic-name web-nic -n ipconfig1"
                + " --application-security-groups web-servers");
        assertThat(config.get("applicationSecurityGroups").get(0).get("id").asText())
                .endsWith("/applicationSecurityGroups/web-servers");
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm web --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:80 --remote 203.0.113.7:60000 --query ruleName -o tsv"))
                .isEqualTo("securityRules/allow-web\n");
        assertThat(cli.json("network nic ip-config update -g rg --nic-name web-nic -n ipconfig1 --asgs ''")
                .path("applicationSecurityGroups")).as("'' takes them out").isEmpty();
        cli.ok("network nic ip-config create -g rg --nic-name web-nic -n site2");
        AzResult r = cli.run("network nic ip-config update -g rg --nic-name web-nic -n site2 --asgs web-servers");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --application-security-groups/--subnet: vnetlab keeps an"
                + " interface's application security groups and subnet on its primary IP configuration; update that"
                + " one.\n");
    }
}
