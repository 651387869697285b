package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code az network bastion create|show|list|delete} (docs/azure/bastion.md#rules, #reaching-vms). */
class BastionCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @Test
    void bastion_create_show_list_delete_in_AzureBastionSubnet() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name AzureBastionSubnet"
                + " --subnet-prefixes 10.0.255.0/26");
        cli.ok("network vnet create -g rg -n spoke --address-prefixes 10.1.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.1.1.0/24");
        cli.ok("network public-ip create -g rg -n bastion-ip --sku Standard");
        JsonNode bastion = Json.parse(cli.ok("network bastion create -g rg -n bastion --vnet-name hub"
                + " --public-ip-address bastion-ip --sku Standard"));
        assertThat(bastion.get("id").asText()).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/bastionHosts/bastion");
        assertThat(bastion.get("ipConfigurations").get(0).get("privateIPAddress").asText()).isEqualTo("10.0.255.4");
        assertThat(cli.ok("network bastion list -g rg --query [].name -o tsv")).isEqualTo("bastion\n");
        assertThat(cli.ok("network bastion show -g rg -n bastion --query name -o tsv")).isEqualTo("bastion\n");

        cli.ok("network bastion delete -g rg -n bastion");
        assertThat(cli.ok("network bastion list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void a_bastion_subnet_smaller_than_slash_26_is_refused() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name AzureBastionSubnet"
                + " --subnet-prefixes 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n bastion-ip --sku Standard");
        AzResult r = cli.run("network bastion create -g rg -n bastion --vnet-name hub --public-ip-address bastion-ip");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("(AzureBastionSubnetTooSmall)");
    }
}
