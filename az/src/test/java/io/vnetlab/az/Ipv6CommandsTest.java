package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IPv6 through the CLI: dual-stack address spaces and subnets, IPv6 public IPs and the IPv6 default route
 * (docs/azure/ipv6.md#addresses, #subnets, #public-ip-addresses, #routes).
 */
class Ipv6CommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @Test
    void a_dual_stack_network_and_subnet_are_accepted_and_shown_with_both_prefixes() {
        cli.ok("group create -n rg -l eastus");
        JsonNode vnet = Json.parse(cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16"
                + " fd00:db8:deca::/48")).get("newVNet");
        assertThat(vnet.get("addressSpace").get("addressPrefixes").toString())
                .isEqualTo("[\"10.0.0.0/16\",\"fd00:db8:deca::/48\"]");
        JsonNode subnet = Json.parse(cli.ok("network vnet subnet create -g rg --vnet-name vnet -n dual"
                + " --address-prefixes 10.0.0.0/24 fd00:db8:deca:deed::/64"));
        assertThat(subnet.get("addressPrefixes").toString())
                .isEqualTo("[\"10.0.0.0/24\",\"fd00:db8:deca:deed::/64\"]");
        cli.ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet dual");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n vm1VMNic -o table"))
                .contains("::/0").contains("fd00:db8:deca::/48");

        AzResult wide = cli.run("network vnet subnet create -g rg --vnet-name vnet -n wide --address-prefixes 10.0.1.0/24"
                + " fd00:db8:deca:2::/63");
        assertThat(wide.err()).contains("(InvalidIPv6SubnetPrefixLength)");
    }

    /** The dual-stack VM article makes its network and its subnet in one vnet create. */
    @Test
    void vnet_create_with_an_IPv4_and_an_IPv6_subnet_prefix_makes_a_dual_stack_subnet() {
        cli.ok("group create -n rg -l eastus2");
        JsonNode vnet = Json.parse(cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16"
                + " 2404:f800:8000:122::/63 --subnet-name backend --subnet-prefixes 10.0.0.0/24"
                + " 2404:f800:8000:122::/64")).get("newVNet");
        assertThat(vnet.get("subnets").get(0).get("addressPrefixes").toString())
                .isEqualTo("[\"10.0.0.0/24\",\"2404:f800:8000:122::/64\"]");
        cli.ok("network nic create -g rg -n nic1 --vnet-name vnet --subnet backend");
        assertThat(cli.ok("network nic ip-config create -g rg --nic-name nic1 -n v6 --private-ip-address-version IPv6"
                + " --query privateIPAddress -o tsv")).isEqualTo("2404:f800:8000:122::4\n");
        AzResult twoV4 = cli.run("network vnet create -g rg -n other --address-prefixes 10.1.0.0/16 --subnet-name s"
                + " --subnet-prefixes 10.1.0.0/24 10.1.1.0/24");
        assertThat(twoV4.err()).isEqualTo("ERROR: argument --subnet-prefixes: vnetlab emulates subnets with one address"
                + " prefix; got 10.1.0.0/24 10.1.1.0/24.\n");
    }

    @Test
    void public_ip_create_version_IPv6_gives_an_IPv6_address() {
        cli.ok("group create -n rg -l eastus");
        JsonNode pip = Json.parse(cli.ok("network public-ip create -g rg -n v6 --version IPv6")).get("publicIp");
        assertThat(pip.get("publicIPAddressVersion").asText()).isEqualTo("IPv6");
        assertThat(pip.get("ipAddress").asText()).isEqualTo("2001:db8:ffff::4");
    }

    /** A dual-stack network with a Standard load balancer of two pools, and an IPv4 interface in its subnet. */
    private void dualStackInterfaceBesideALoadBalancer() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 fd00:db8:deca::/48");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n dual --address-prefixes 10.0.0.0/24"
                + " fd00:db8:deca:deed::/64");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n v4only --address-prefixes 10.0.1.0/24");
        cli.ok("network public-ip create -g rg -n fe-v6 --sku Standard --allocation-method Static --version IPv6");
        cli.ok("network lb create -g rg -n lb --sku Standard --public-ip-address fe-v4 --backend-pool-name pool-v4");
        cli.ok("network lb frontend-ip create -g rg --lb-name lb -n fe-v6 --public-ip-address fe-v6");
        cli.ok("network lb address-pool create -g rg --lb-name lb -n pool-v6");
        cli.ok("network nic create -g rg -n nic0 --vnet-name vnet --subnet dual --lb-name lb --lb-address-pools pool-v4");
    }

    @Test
    void ip_config_create_version_IPv6_adds_the_interfaces_IPv6_configuration_in_its_pools() {
        dualStackInterfaceBesideALoadBalancer();
        JsonNode config = Json.parse(cli.ok("network nic ip-config create -g rg --nic-name nic0 -n v6config --vnet-name"
                + " vnet --subnet dual --private-ip-address-version IPv6 --lb-name lb --lb-address-pools pool-v6"));
        assertThat(config.get("name").asText()).isEqualTo("v6config");
        assertThat(config.get("primary").asBoolean()).isFalse();
        assertThat(config.get("privateIPAddress").asText()).isEqualTo("fd00:db8:deca:deed::4");
        assertThat(config.get("privateIPAddressVersion").asText()).isEqualTo("IPv6");
        assertThat(config.get("privateIPAllocationMethod").asText()).isEqualTo("Dynamic");
        assertThat(config.get("loadBalancerBackendAddressPools").get(0).get("id").asText())
                .endsWith("/loadBalancers/lb/backendAddressPools/pool-v6");
        assertThat(cli.ok("network nic show -g rg -n nic0 --query"
                + " ipConfigurations[].[name,privateIPAddressVersion] -o tsv"))
                .isEqualTo("ipconfig1\tIPv4\nv6config\tIPv6\n");
        assertThat(cli.ok("network lb address-pool show -g rg --lb-name lb -n pool-v6"
                + " --query backendIPConfigurations[].id -o tsv"))
                .endsWith("/networkInterfaces/nic0/ipConfigurations/v6config\n");
    }

    @Test
    void an_interface_has_one_IPv6_configuration_and_keeps_it_through_an_update() {
        dualStackInterfaceBesideALoadBalancer();
        cli.ok("network nic ip-config create -g rg --nic-name nic0 -n v6config --private-ip-address-version IPv6");
        cli.ok("network nic ip-config create -g rg --nic-name nic0 -n V6CONFIG --private-ip-address-version IPv6");
        AzResult second = cli.run("network nic ip-config create -g rg --nic-name nic0 -n other"
                + " --private-ip-address-version IPv6");
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).contains("(OnlyOneIPv6IpConfigurationPerInterface)");
        AzResult asIpv4 = cli.run("network nic ip-config create -g rg --nic-name nic0 -n v6config");
        assertThat(asIpv4.err()).contains("(IpConfigurationVersionCannotChange)");

        cli.ok("network nic update -g rg -n nic0 --ip-forwarding true");
        assertThat(cli.ok("network nic ip-config show -g rg --nic-name nic0 -n v6config --query privateIPAddress -o tsv"))
                .isEqualTo("fd00:db8:deca:deed::4\n");
        cli.ok("network nic ip-config delete -g rg --nic-name nic0 -n v6config");
        assertThat(cli.ok("network nic ip-config list -g rg --nic-name nic0 --query [].name -o tsv"))
                .isEqualTo("ipconfig1\n");
    }

    @Test
    void an_IPv6_configuration_needs_an_IPv6_prefix_on_the_interfaces_subnet() {
        dualStackInterfaceBesideALoadBalancer();
        cli.ok("network nic create -g rg -n nic1 --vnet-name vnet --subnet v4only");
        AzResult r = cli.run("network nic ip-config create -g rg --nic-name nic1 -n v6config"
                + " --private-ip-address-version IPv6");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("(SubnetHasNoIPv6AddressPrefix)");
        assertThat(cli.ok("network nic ip-config list -g rg --nic-name nic1 --query [].name -o tsv"))
                .isEqualTo("ipconfig1\n");
    }

    @Test
    void a_missing_pool_leaves_the_interface_without_the_new_configuration() {
        dualStackInterfaceBesideALoadBalancer();
        AzResult r = cli.run("network nic ip-config create -g rg --nic-name nic0 -n v6config"
                + " --private-ip-address-version IPv6 --lb-name lb --lb-address-pools pool-v6 missing");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("(InvalidResourceReference)")
                .contains("/loadBalancers/lb/backendAddressPools/missing");
        assertThat(cli.ok("network nic ip-config list -g rg --nic-name nic0 --query [].name -o tsv"))
                .isEqualTo("ipconfig1\n");
        assertThat(cli.ok("network lb address-pool show -g rg --lb-name lb -n pool-v6"
                + " --query length(backendIPConfigurations||`[]`) -o tsv")).isEqualTo("0\n");
    }

    @Test
    void a_secondary_IPv4_configuration_joins_pools_and_nat_rules_as_it_is_created() {
        dualStackInterfaceBesideALoadBalancer();
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name lb -n ssh --protocol Tcp --frontend-port 2222 --frontend-ip-name LoadBalancerFrontEnd"
                + " --backend-port 22");
        JsonNode config = Json.parse(cli.ok("network nic ip-config create -g rg --nic-name nic0 -n site2 --lb-name lb"
                + " --lb-address-pools pool-v4 --lb-inbound-nat-rules ssh"));
        assertThat(config.get("loadBalancerBackendAddressPools").get(0).get("id").asText())
                .endsWith("/backendAddressPools/pool-v4");
        assertThat(config.get("loadBalancerInboundNatRules").get(0).get("id").asText())
                .endsWith("/inboundNatRules/ssh");
    }

    @Test
    void a_primary_IPv6_configuration_stays_refused_with_the_CLI_words() {
        dualStackInterfaceBesideALoadBalancer();
        AzResult r = cli.run("network nic create -g rg -n nic9 --vnet-name vnet --subnet dual"
                + " --private-ip-address-version IPv6");
        assertThat(r.err()).isEqualTo("ERROR: A network interface's primary IP configuration is IPv4: create the"
                + " interface with IPv4, then add the IPv6 address with 'az network nic ip-config"
                + " create --private-ip-address-version IPv6'.\n");
    }
}
