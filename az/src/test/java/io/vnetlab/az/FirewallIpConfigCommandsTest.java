package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A firewall created first and placed afterwards, as the firewall tutorial builds it: {@code az network firewall
 * create} without a network, {@code ip-config create}, {@code update}, {@code ip-config list}
 * (docs/azure/azure-firewall.md#ip-configuration).
 */
class FirewallIpConfigCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetworkWithAFirewallSubnet() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n fw-net --address-prefixes 10.0.0.0/16 --subnet-name AzureFirewallSubnet"
                + " --subnet-prefixes 10.0.1.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name fw-net -n workload --address-prefixes 10.0.2.0/24");
        cli.ok("network public-ip create -g rg -n fw-pip --allocation-method static --sku standard");
    }

    @Test
    void a_firewall_created_without_a_network_has_no_ip_configuration_until_ip_config_create_places_it() {
        JsonNode created = cli.json("network firewall create -g rg -n fw -l eastus");
        assertThat(created.has("ipConfigurations")).isFalse();
        assertThat(cli.ok("network firewall ip-config list -g rg -f fw")).isEqualTo("[]\n");

        JsonNode config = cli.json("network firewall ip-config create -g rg --firewall-name fw -n FW-config"
                + " --public-ip-address fw-pip --vnet-name fw-net");
        assertThat(config.get("name").asText()).isEqualTo("FW-config");
        assertThat(config.get("privateIPAddress").asText()).isEqualTo("10.0.1.4");
        assertThat(config.get("publicIPAddress").get("id").asText()).endsWith("/publicIPAddresses/fw-pip");
        assertThat(config.get("subnet").get("id").asText()).endsWith("/virtualNetworks/fw-net/subnets/AzureFirewallSubnet");

        assertThat(cli.json("network firewall update -g rg -n fw").get("ipConfigurations").get(0).get("name").asText())
                .isEqualTo("FW-config");
        assertThat(cli.ok("network firewall ip-config list -g rg -f fw --query [?name=='FW-config'].privateIPAddress"
                + " -o tsv")).isEqualTo("10.0.1.4\n");
    }

    @Test
    void the_placed_firewall_is_the_next_hop_its_route_names() {
        cli.ok("network firewall create -g rg -n fw");
        cli.ok("network firewall ip-config create -g rg -f fw -n FW-config --public-ip-address fw-pip --vnet-name fw-net");
        cli.ok("network route-table create -g rg -n fw-routes --disable-bgp-route-propagation true");
        cli.ok("network route-table route create -g rg --route-table-name fw-routes -n default --address-prefix 0.0.0.0/0"
                + " --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.4");
        cli.ok("network vnet subnet update -g rg --vnet-name fw-net -n workload --route-table fw-routes");
        cli.ok("vm create -g rg -n work --vnet-name fw-net --subnet workload --public-ip-address '' --no-wait");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource work --dest-address 203.0.113.9"
                + " --dest-port 443 --query hops[1].type -o tsv")).isEqualTo("VirtualAppliance\n");
    }

    /** The tutorial's check: its application rule lets www.google.com through and nothing else. */
    @Test
    void test_connectivity_to_a_host_name_is_decided_by_the_application_rule_for_that_name() {
        cli.ok("network firewall create -g rg -n fw");
        cli.ok("network firewall ip-config create -g rg -f fw -n FW-config --public-ip-address fw-pip --vnet-name fw-net");
        cli.ok("network route-table create -g rg -n fw-routes --disable-bgp-route-propagation true");
        cli.ok("network route-table route create -g rg --route-table-name fw-routes -n default --address-prefix 0.0.0.0/0"
                + " --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.4");
        cli.ok("network vnet subnet update -g rg --vnet-name fw-net -n workload --route-table fw-routes");
        cli.ok("network firewall application-rule create -g rg -f fw -c App-Coll01 -n Allow-Google --protocols Http=80"
                + " Https=443 --target-fqdns www.google.com --source-addresses 10.0.2.0/24 --priority 200 --action Allow");
        cli.ok("vm create -g rg -n work --vnet-name fw-net --subnet workload --public-ip-address '' --no-wait");
        JsonNode google = cli.json("network watcher test-connectivity -g rg --source-resource work"
                + " --dest-address https://www.google.com/ --dest-port 443");
        assertThat(google.get("connectionStatus").asText()).isEqualTo("Reachable");
        assertThat(google.get("hops").get(2).get("address").asText()).startsWith("203.0.113.");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource work --dest-address"
                + " www.microsoft.com --dest-port 443 --query connectionStatus -o tsv")).isEqualTo("Unreachable\n");
        AzResult r = cli.run("network watcher test-connectivity -g rg --source-resource work --dest-address x/hub");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --dest-address: 'x/hub' is neither an IP address nor a host name"
                + " or URL.\n");
    }

    @Test
    void the_first_ip_configuration_needs_the_network() {
        cli.ok("network firewall create -g rg -n fw");
        AzResult r = cli.run("network firewall ip-config create -g rg -f fw -n FW-config --public-ip-address fw-pip");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: usage error: the firewall's first IP configuration needs --vnet-name, the"
                + " network whose AzureFirewallSubnet it uses.\n");
        assertThat(cli.ok("network firewall ip-config list -g rg -f fw")).isEqualTo("[]\n");
    }
}
