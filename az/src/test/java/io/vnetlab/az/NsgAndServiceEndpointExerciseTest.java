package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of Microsoft Learn's exercise on network security groups, application security groups and service
 * endpoints, in our own names: two subnets, one VM in each behind a shared NSG, an application security group put on
 * one VM's IP configuration and named by a rule instead of an address, and a Storage endpoint on one subnet.
 */
class NsgAndServiceEndpointExerciseTest {

    private final AzTestBench cli = new AzTestBench();

    private void servers() {
        cli.ok("group create -n rg -l westus");
        cli.ok("network vnet create -g rg -n erp --address-prefixes 10.0.0.0/16 --subnet-name apps"
                + " --subnet-prefixes 10.0.0.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name erp -n data --address-prefixes 10.0.1.0/24");
        cli.ok("network nsg create -g rg -n erp-nsg");
        cli.ok("vm create -g rg -n app --vnet-name erp --subnet apps --nsg erp-nsg --image Ubuntu2204"
                + " --admin-username azureuser --generate-ssh-keys");
        cli.ok("vm create -g rg -n db --vnet-name erp --subnet data --nsg erp-nsg --image Ubuntu2204"
                + " --admin-username azureuser --generate-ssh-keys");
        cli.ok("network nsg rule create -g rg --nsg-name erp-nsg -n no-http-from-db --direction Inbound"
                + " --priority 150 --source-address-prefixes 10.0.1.4 --destination-address-prefixes 10.0.0.4"
                + " --destination-port-ranges 80 --access Deny --protocol Tcp");
    }

    @Test
    void ip_config_update_puts_the_interface_in_an_application_security_group_naming_its_own_subnet() {
        servers();
        cli.ok("network asg create -g rg -n db-servers");

        JsonNode config = cli.json("network nic ip-config update -g rg --nic-name dbVMNic -n ipconfigdb"
                + " --application-security-groups db-servers --vnet-name erp --subnet data");

        assertThat(config.at("/applicationSecurityGroups/0/id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/applicationSecurityGroups/db-servers");
        assertThat(config.at("/subnet/id").asText()).endsWith("/virtualNetworks/erp/subnets/data");
        assertThat(cli.ok("network nic ip-config update -g rg --nic-name dbVMNic -n ipconfigdb"
                + " --application-security-groups '' --query length(applicationSecurityGroups||`[]`)"))
                .isEqualTo("0\n");
    }

    @Test
    void rule_update_with_empty_source_prefixes_moves_the_rule_onto_the_application_security_group() {
        servers();
        cli.ok("network asg create -g rg -n db-servers");
        cli.ok("network nic ip-config update -g rg --nic-name dbVMNic -n ipconfigdb"
                + " --application-security-groups db-servers");

        JsonNode rule = cli.json("network nsg rule update -g rg --nsg-name erp-nsg -n no-http-from-db"
                + " --source-address-prefixes '' --source-asgs db-servers");

        assertThat(rule.path("sourceAddressPrefix").asText()).isEmpty();
        assertThat(rule.path("sourceAddressPrefixes")).isEmpty();
        assertThat(rule.at("/sourceApplicationSecurityGroups/0/id").asText()).endsWith("/db-servers");
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm app --direction Inbound --protocol TCP"
                + " --local 10.0.0.4:80 --remote 10.0.1.4:50000 --query access -o tsv")).isEqualTo("Deny\n");
    }

    @Test
    void the_storage_endpoint_goes_on_the_data_subnet_and_only_its_vm_gets_the_route() {
        servers();
        cli.ok("network nsg rule create -g rg --nsg-name erp-nsg -n allow-storage --priority 190 --direction Outbound"
                + " --source-address-prefixes VirtualNetwork --destination-address-prefixes Storage"
                + " --destination-port-ranges * --access Allow --protocol *");

        cli.ok("network vnet subnet update -g rg --vnet-name erp -n data --service-endpoints Microsoft.Storage");

        assertThat(cli.ok("network vnet subnet show -g rg --vnet-name erp -n data --query serviceEndpoints[0].service"
                + " -o tsv")).isEqualTo("Microsoft.Storage\n");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n dbVMNic"
                + " --query value[-1].nextHopType -o tsv")).isEqualTo("VirtualNetworkServiceEndpoint\n");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n appVMNic"
                + " --query value[-1].nextHopType -o tsv")).isEqualTo("None\n");
    }
}
