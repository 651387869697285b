package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code az vm open-port} (docs/azure/network-security-groups.md#vm-open-port). */
class VmOpenPortCommandTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetwork() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name web"
                + " --subnet-prefixes 10.0.1.0/24");
    }

    @Test
    void open_port_adds_an_allow_rule_at_priority_900_to_the_nsg_of_the_vms_interface() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --no-wait");
        JsonNode nsg = cli.json("vm open-port -g rg -n web1 --port 80");
        assertThat(nsg.get("name").asText()).isEqualTo("web1NSG");
        JsonNode rule = nsg.get("securityRules").get(1);
        assertThat(rule.get("name").asText()).isEqualTo("open-port-80");
        assertThat(rule.get("priority").asInt()).isEqualTo(900);
        assertThat(rule.get("access").asText()).isEqualTo("Allow");
        assertThat(rule.get("direction").asText()).isEqualTo("Inbound");
        assertThat(rule.get("protocol").asText()).isEqualTo("*");
        assertThat(rule.get("sourceAddressPrefix").asText()).isEqualTo("*");
        assertThat(rule.get("destinationPortRange").asText()).isEqualTo("80");
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm web1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:80 --remote 203.0.113.7:60000 --query ruleName -o tsv"))
                .isEqualTo("securityRules/open-port-80\n");
        assertThat(cli.json("vm open-port -g rg -n web1 --port 80 --priority 910").get("securityRules").get(1)
                .get("priority").asInt()).as("a second run puts the rule again").isEqualTo(910);
    }

    @Test
    void open_port_on_an_interface_without_nsg_creates_the_clis_hashed_nsg_and_associates_it() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --nsg '' --no-wait");
        JsonNode nsg = cli.json("vm open-port -g rg -n web1 --port 3389");
        assertThat(nsg.get("name").asText()).isEqualTo("web1_NSG_1a80f4f6");
        assertThat(nsg.get("securityRules").get(0).get("name").asText()).isEqualTo("open-port-3389");
        assertThat(cli.ok("network nic show -g rg -n web1VMNic --query networkSecurityGroup.id -o tsv"))
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/networkSecurityGroups/web1_NSG_1a80f4f6\n");
    }

    @Test
    void open_port_all_to_the_subnet_creates_the_named_nsg_on_the_subnet() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --no-wait");
        JsonNode nsg = cli.json("vm open-port -g rg -n web1 --port * --apply-to-subnet --nsg-name web-nsg"
                + " --priority 100");
        assertThat(nsg.get("securityRules").get(0).get("name").asText()).isEqualTo("open-port-all");
        assertThat(nsg.get("securityRules").get(0).get("destinationPortRange").asText()).isEqualTo("*");
        assertThat(cli.ok("network vnet subnet show -g rg --vnet-name vnet -n web --query networkSecurityGroup.id"
                + " -o tsv")).endsWith("/networkSecurityGroups/web-nsg\n");
        assertThat(cli.ok("network nic show -g rg -n web1VMNic --query networkSecurityGroup.id -o tsv"))
                .as("the interface keeps its own group").endsWith("/networkSecurityGroups/web1NSG\n");
    }

    @Test
    void open_port_refuses_a_vm_with_several_interfaces() {
        cli.ok("network nic create -g rg -n a --vnet-name vnet --subnet web");
        cli.ok("network nic create -g rg -n b --vnet-name vnet --subnet web");
        cli.ok("vm create -g rg -n two --nics a b --no-wait");
        AzResult r = cli.run("vm open-port -g rg -n two --port 22");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: Multiple NICs is not supported for this command. Create rules on the NSG"
                + " directly.\n");
        assertThat(cli.ok("network nsg list -g rg")).isEqualTo("[]\n");
    }
}
