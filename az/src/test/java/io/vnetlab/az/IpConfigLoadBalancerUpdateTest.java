package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network nic ip-config update --lb-name --lb-address-pools --lb-inbound-nat-rules}: the Learn load balancer
 * module adds its two web servers to the backend pool this way (docs/azure/load-balancers.md#backend-pools).
 */
class IpConfigLoadBalancerUpdateTest {

    private static final String LB = AzTestBench.RG + "/providers/Microsoft.Network/loadBalancers/lb";

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void twoWebServersAndALoadBalancer() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --subnet-name web");
        cli.ok("network nic create -g rg -n web1 --vnet-name vnet --subnet web");
        cli.ok("network nic create -g rg -n web2 --vnet-name vnet --subnet web");
        cli.ok("network public-ip create -g rg -n lb-ip");
        cli.ok("network lb create -g rg -n lb --public-ip-address lb-ip --frontend-ip-name fe --backend-pool-name pool");
        cli.ok("network lb address-pool create -g rg --lb-name lb -n other");
        cli.ok("network lb inbound-nat-rule create -g rg --lb-name lb -n ssh1 --protocol Tcp --frontend-port 2201"
                + " --backend-port 22 --frontend-ip-name fe");
    }

    @Test
    void update_puts_each_configuration_in_the_pool_and_prints_it_with_the_pool() {
        JsonNode config = cli.json("network nic ip-config update -g rg --nic-name web1 -n ipconfig1 --lb-name lb"
                + " --lb-address-pools pool");
        assertThat(config.get("loadBalancerBackendAddressPools").get(0).get("id").asText())
                .isEqualTo(LB + "/backendAddressPools/pool");
        cli.ok("network nic ip-config update -g rg --nic-name web2 -n ipconfig1 --lb-name lb --lb-address-pools pool");
        assertThat(cli.ok("network lb address-pool show -g rg --lb-name lb -n pool --query backendIPConfigurations[].id"
                + " -o tsv")).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/networkInterfaces/web1"
                + "/ipConfigurations/ipconfig1\n" + AzTestBench.RG
                + "/providers/Microsoft.Network/networkInterfaces/web2/ipConfigurations/ipconfig1\n");
    }

    @Test
    void the_pools_given_replace_the_configurations_pools_and_an_empty_value_leaves_none() {
        cli.ok("network nic ip-config update -g rg --nic-name web1 -n ipconfig1 --lb-name lb --lb-address-pools pool"
                + " --lb-inbound-nat-rules ssh1");
        JsonNode moved = cli.json("network nic ip-config update -g rg --nic-name web1 -n ipconfig1 --lb-name lb"
                + " --lb-address-pools other");
        assertThat(moved.get("loadBalancerBackendAddressPools")).hasSize(1);
        assertThat(moved.get("loadBalancerBackendAddressPools").get(0).get("id").asText()).endsWith("/other");
        assertThat(moved.get("loadBalancerInboundNatRules").get(0).get("id").asText())
                .as("what the update does not name stays").endsWith("/inboundNatRules/ssh1");
        JsonNode emptied = cli.json("network nic ip-config update -g rg --nic-name web1 -n ipconfig1"
                + " --lb-address-pools '' --lb-inbound-nat-rules ''");
        assertThat(emptied.has("loadBalancerBackendAddressPools")).isFalse();
        assertThat(emptied.has("loadBalancerInboundNatRules")).isFalse();
    }

    @Test
    void a_pool_that_does_not_exist_changes_nothing() {
        AzResult r = cli.run("network nic ip-config update -g rg --nic-name web1 -n ipconfig1 --lb-name lb"
                + " --lb-address-pools nowhere --private-ip-address 10.0.0.30");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidResourceReference) Resource " + LB
                + "/backendAddressPools/nowhere referenced by resource");
        assertThat(cli.ok("network nic show -g rg -n web1 --query ipConfigurations[0].privateIPAddress -o tsv"))
                .isEqualTo("10.0.0.4\n");
    }
}
