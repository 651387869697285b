package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI's creates are ARM PUTs: on a name that exists they update it, within Azure's update rules. */
class CreateOrUpdateTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aGroupAndANetwork() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.0.1.0/24");
    }

    @Test
    void nsg_create_on_an_existing_name_replaces_the_group_and_keeps_its_associations() {
        cli.ok("network nsg create -g rg -n web");
        cli.ok("network nsg rule create -g rg --nsg-name web -n ssh --priority 100 --destination-port-ranges 22");
        cli.ok("network vnet subnet update -g rg --vnet-name hub -n app --network-security-group web");

        JsonNode again = cli.json("network nsg create -g rg -n web");

        assertThat(again.path("NewNSG").path("securityRules")).isEmpty();
        assertThat(cli.ok("network vnet subnet show -g rg --vnet-name hub -n app --query networkSecurityGroup.id"
                + " -o tsv")).endsWith("/networkSecurityGroups/web\n");
    }

    @Test
    void route_table_asg_and_public_ip_creates_run_twice() {
        for (int run = 0; run < 2; run++) {
            cli.ok("network route-table create -g rg -n rt");
            cli.ok("network asg create -g rg -n web");
            cli.ok("network public-ip create -g rg -n pip");
        }
        assertThat(cli.ok("network public-ip list -g rg --query [].name -o tsv")).isEqualTo("pip\n");
    }

    @Test
    void public_ip_create_again_keeps_the_address() {
        String first = cli.ok("network public-ip create -g rg -n pip --query publicIp.ipAddress -o tsv");
        String second = cli.ok("network public-ip create -g rg -n pip --query publicIp.ipAddress -o tsv");
        assertThat(second).isEqualTo(first).isEqualTo("20.0.0.4\n");
    }

    @Test
    void a_create_cannot_move_a_resource_to_another_region() {
        cli.ok("network nsg create -g rg -n web");
        AzResult moved = cli.run("network nsg create -g rg -n web -l eastus");
        assertThat(moved.exitCode()).isEqualTo(1);
        assertThat(moved.err()).startsWith("ERROR: (InvalidResourceLocation) The resource 'web' already exists in"
                + " location 'westeurope' in resource group 'rg'.");
    }

    @Test
    void vm_create_after_vm_delete_reuses_the_nsg_and_public_ip_the_first_vm_left() {
        cli.ok("vm create -g rg -n app1 --image Ubuntu2204 --vnet-name hub --subnet app");
        String address = cli.ok("network public-ip show -g rg -n app1PublicIP --query ipAddress -o tsv");
        cli.ok("vm delete -g rg -n app1 --yes");
        cli.ok("network nic delete -g rg -n app1VMNic");

        cli.ok("vm create -g rg -n app1 --image Ubuntu2204 --vnet-name hub --subnet app");

        assertThat(cli.ok("vm show -g rg -n app1 -d --query publicIps -o tsv")).isEqualTo(address);
        assertThat(cli.ok("network nsg rule list -g rg --nsg-name app1NSG --query [].name -o tsv"))
                .isEqualTo("default-allow-ssh\n");
    }

    @Test
    void vpn_gateway_site_and_connection_creates_run_twice() {
        cli.ok("network vnet subnet create -g rg --vnet-name hub -n GatewaySubnet --address-prefixes 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n gwip");
        for (int run = 0; run < 2; run++) {
            cli.ok("network vnet-gateway create -g rg -n gw --vnet hub --public-ip-addresses gwip");
            cli.ok("network local-gateway create -g rg -n site --gateway-ip-address 203.0.113.1"
                    + " --local-address-prefixes 192.168.0.0/16");
            cli.ok("network vpn-connection create -g rg -n conn --vnet-gateway1 gw --local-gateway2 site"
                    + " --shared-key k");
        }
        assertThat(cli.ok("network vpn-connection list -g rg --query [].name -o tsv")).isEqualTo("conn\n");
    }
}
