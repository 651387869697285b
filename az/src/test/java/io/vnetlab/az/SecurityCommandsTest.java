package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network nsg|nsg rule|asg|public-ip}, {@code az vm create}'s NSG and public IP, {@code az network nic
 * list-effective-nsg} and {@code az network watcher test-ip-flow}: JSON, tables and errors
 * (docs/azure/network-security-groups.md, docs/azure/cli-and-network-watcher.md#ip-flow-verify).
 */
class SecurityCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetwork() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name web"
                + " --subnet-prefixes 10.0.1.0/24");
    }

    // docs/azure/network-security-groups.md#default-rules
    @Test
    void nsg_create_prints_new_nsg_with_azures_six_default_rules() {
        JsonNode created = cli.json("network nsg create -g rg -n web-nsg");
        JsonNode nsg = created.get("NewNSG");
        assertThat(nsg.get("id").asText()).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/networkSecurityGroups/web-nsg");
        assertThat(nsg.get("location").asText()).isEqualTo("eastus");
        assertThat(nsg.get("securityRules")).isEmpty();
        List<String> defaults = new ArrayList<>();
        nsg.get("defaultSecurityRules").forEach(r -> defaults.add(r.get("name").asText() + " "
                + r.get("priority").asInt() + " " + r.get("access").asText()));
        assertThat(defaults).containsExactly("AllowVnetInBound 65000 Allow", "AllowAzureLoadBalancerInBound 65001 Allow",
                "DenyAllInBound 65500 Deny", "AllowVnetOutBound 65000 Allow", "AllowInternetOutBound 65001 Allow",
                "DenyAllOutBound 65500 Deny");
        assertThat(cli.ok("network nsg list -g rg --query [].name -o tsv")).isEqualTo("web-nsg\n");
        assertThat(cli.ok("network nsg show -g rg -n web-nsg --query resourceGroup -o tsv")).isEqualTo("rg\n");
    }

    /** azure-cli network/operations/nsg.py NSGRuleCreate and aaz nsg/rule/_create.py: the CLI's defaults. */
    @Test
    void nsg_rule_create_defaults_to_allow_inbound_any_protocol_from_anywhere_to_port_80() {
        cli.ok("network nsg create -g rg -n web-nsg");
        JsonNode rule = cli.json("network nsg rule create -g rg --nsg-name web-nsg -n r1 --priority 100");
        assertThat(rule.get("access").asText()).isEqualTo("Allow");
        assertThat(rule.get("direction").asText()).isEqualTo("Inbound");
        assertThat(rule.get("protocol").asText()).isEqualTo("*");
        assertThat(rule.get("sourceAddressPrefix").asText()).isEqualTo("*");
        assertThat(rule.get("sourcePortRange").asText()).isEqualTo("*");
        assertThat(rule.get("destinationAddressPrefix").asText()).isEqualTo("*");
        assertThat(rule.get("destinationPortRange").asText()).isEqualTo("80");
        assertThat(rule.get("id").asText()).isEqualTo(AzTestBench.RG
                + "/providers/Microsoft.Network/networkSecurityGroups/web-nsg/securityRules/r1");
        assertThat(rule.get("type").asText()).isEqualTo("Microsoft.Network/networkSecurityGroups/securityRules");
    }

    @Test
    void nsg_rule_create_requires_a_priority() {
        cli.ok("network nsg create -g rg -n web-nsg");
        AzResult r = cli.run("network nsg rule create -g rg --nsg-name web-nsg -n r1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: the following arguments are required: --priority\n");
    }

    /** The docs' singular spellings are argparse abbreviations of the registered plural options (nsg.py). */
    @Test
    void singular_spellings_take_several_values_which_land_in_the_plural_property() {
        cli.ok("network asg create -g rg -n web-servers");
        JsonNode rule = cli.json("network nsg create -g rg -n web-nsg --query NewNSG.name");
        assertThat(rule.asText()).isEqualTo("web-nsg");
        JsonNode web = cli.json("network nsg rule create -g rg --nsg-name web-nsg -n Allow-Web-All --access Allow"
                + " --protocol Tcp --direction Inbound --priority 100 --source-address-prefix Internet"
                + " --source-port-range * --destination-asgs web-servers --destination-port-range 80 443");
        assertThat(web.get("destinationPortRanges").toString()).isEqualTo("[\"80\",\"443\"]");
        assertThat(web.has("destinationPortRange")).isFalse();
        assertThat(web.get("sourceAddressPrefix").asText()).isEqualTo("Internet");
        assertThat(web.has("destinationAddressPrefix")).isFalse();
        assertThat(web.get("destinationApplicationSecurityGroups").get(0).get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/applicationSecurityGroups/web-servers");
    }

    /** azure-cli network _format.py transform_nsg_rule_table_output. */
    @Test
    void nsg_rule_list_table_and_update_and_delete() {
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n allow-https --priority 100 --protocol Tcp"
                + " --destination-port-ranges 443");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n deny-out --priority 200 --direction Outbound"
                + " --access Deny");
        assertThat(cli.ok("network nsg rule list -g rg --nsg-name web-nsg -o table")).isEqualTo(""
                + "Name         ResourceGroup    Priority    Access    Protocol    Direction\n"
                + "-----------  ---------------  ----------  --------  ----------  -----------\n"
                + "allow-https  rg               100         Allow     Tcp         Inbound\n"
                + "deny-out     rg               200         Deny      *           Outbound\n");
        JsonNode updated = cli.json("network nsg rule update -g rg --nsg-name web-nsg -n allow-https --access Deny");
        assertThat(updated.get("access").asText()).isEqualTo("Deny");
        assertThat(updated.get("destinationPortRange").asText()).isEqualTo("443");
        assertThat(updated.get("priority").asInt()).isEqualTo(100);
        assertThat(cli.ok("network nsg rule list -g rg --nsg-name web-nsg --include-default --query length(@)"))
                .isEqualTo("8\n");
        cli.ok("network nsg rule delete -g rg --nsg-name web-nsg -n deny-out");
        AzResult gone = cli.run("network nsg rule show -g rg --nsg-name web-nsg -n deny-out");
        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.err()).startsWith("ERROR: (NotFound) Resource " + AzTestBench.RG
                + "/providers/Microsoft.Network/networkSecurityGroups/web-nsg/securityRules/deny-out not found.");
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void two_rules_of_one_direction_cannot_share_a_priority() {
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n a --priority 100");
        AzResult r = cli.run("network nsg rule create -g rg --nsg-name web-nsg -n b --priority 100");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (SecurityRuleConflict)");
        AzResult badChoice = cli.run("network nsg rule create -g rg --nsg-name web-nsg -n c --priority 300 --access Maybe");
        assertThat(badChoice.exitCode()).isEqualTo(2);
        assertThat(badChoice.err()).isEqualTo("ERROR: az network nsg rule create: 'Maybe' is not a valid value for"
                + " '--access'. Allowed values: Allow, Deny.\n");
    }

    @Test
    void an_nsg_in_use_cannot_be_deleted_and_a_subnet_takes_it_by_name() {
        cli.ok("network nsg create -g rg -n web-nsg");
        JsonNode subnet = cli.json("network vnet subnet update -g rg --vnet-name vnet -n web --network-security-group web-nsg");
        assertThat(subnet.get("networkSecurityGroup").get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/networkSecurityGroups/web-nsg");
        AzResult r = cli.run("network nsg delete -g rg -n web-nsg");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InUseNetworkSecurityGroupCannotBeDeleted)");
        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --network-security-group ''");
        cli.ok("network nsg delete -g rg -n web-nsg");
        assertThat(cli.ok("network nsg list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void a_subnet_created_with_an_nsg_of_another_region_is_refused_and_not_created() {
        cli.ok("network nsg create -g rg -n far-nsg -l westeurope");
        AzResult r = cli.run("network vnet subnet create -g rg --vnet-name vnet -n app --address-prefixes 10.0.2.0/24"
                + " --nsg far-nsg");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidResourceReference)");
        assertThat(cli.ok("network vnet subnet list -g rg --vnet-name vnet --query [].name -o tsv")).isEqualTo("web\n");
    }

    /**
     * docs/azure/network-security-groups.md#vm-create-defaults: NIC <vm>VMNic, public IP <vm>PublicIP, NSG <vm>NSG with
     * default-allow-ssh.
     */
    // docs/azure/network-security-groups.md#vm-create-defaults
    @Test
    void vm_create_makes_a_public_ip_and_a_nic_nsg_allowing_ssh() {
        JsonNode vm = cli.json("vm create -g rg -n web1 --vnet-name vnet --subnet web --image Ubuntu2204");
        assertThat(vm.get("publicIpAddress").asText()).isEqualTo("20.0.0.4");
        JsonNode nic = cli.json("network nic show -g rg -n web1VMNic");
        assertThat(nic.get("networkSecurityGroup").get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/networkSecurityGroups/web1NSG");
        assertThat(nic.get("ipConfigurations").get(0).get("publicIPAddress").get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/publicIPAddresses/web1PublicIP");
        JsonNode ssh = cli.json("network nsg rule show -g rg --nsg-name web1NSG -n default-allow-ssh");
        assertThat(ssh.get("priority").asInt()).isEqualTo(1000);
        assertThat(ssh.get("protocol").asText()).isEqualTo("Tcp");
        assertThat(ssh.get("destinationPortRange").asText()).isEqualTo("22");
        assertThat(ssh.get("sourceAddressPrefix").asText()).isEqualTo("*");
    }

    @Test
    void vm_create_with_empty_nsg_and_public_ip_makes_neither_and_joins_asgs() {
        cli.ok("network asg create -g rg -n web-servers");
        JsonNode vm = cli.json("vm create -g rg -n web1 --vnet-name vnet --subnet web --nsg '' --public-ip-address ''"
                + " --asgs web-servers");
        assertThat(vm.get("publicIpAddress").asText()).isEmpty();
        JsonNode nic = cli.json("network nic show -g rg -n web1VMNic");
        assertThat(nic.has("networkSecurityGroup")).isFalse();
        assertThat(nic.get("ipConfigurations").get(0).get("applicationSecurityGroups").get(0).get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/applicationSecurityGroups/web-servers");
        assertThat(cli.ok("network nsg list -g rg")).isEqualTo("[]\n");
        assertThat(cli.ok("network nic list-effective-nsg -g rg -n web1VMNic")).isEqualTo("{\n  \"value\": []\n}\n");
    }

    @Test
    void vm_create_with_a_named_nsg_uses_it_or_makes_it() {
        cli.ok("network nsg create -g rg -n shared-nsg");
        cli.ok("vm create -g rg -n a --vnet-name vnet --subnet web --nsg shared-nsg --no-wait");
        cli.ok("vm create -g rg -n b --vnet-name vnet --subnet web --nsg new-nsg --nsg-rule NONE --no-wait");
        assertThat(cli.ok("network nic show -g rg -n aVMNic --query networkSecurityGroup.id -o tsv"))
                .endsWith("/networkSecurityGroups/shared-nsg\n");
        assertThat(cli.ok("network nsg show -g rg -n new-nsg --query length(securityRules)")).isEqualTo("0\n");
        assertThat(cli.ok("network nsg list -g rg --query [].name -o tsv")).isEqualTo("shared-nsg\nnew-nsg\n");
    }

    @Test
    void public_ip_create_prints_public_ip_standard_static() {
        JsonNode pip = cli.json("network public-ip create -g rg -n ip1").get("publicIp");
        assertThat(pip.get("ipAddress").asText()).isEqualTo("20.0.0.4");
        assertThat(pip.get("sku").get("name").asText()).isEqualTo("Standard");
        assertThat(pip.get("publicIPAllocationMethod").asText()).isEqualTo("Static");
        assertThat(cli.ok("network asg create -g rg -n g1 --query type -o tsv"))
                .isEqualTo("Microsoft.Network/applicationSecurityGroups\n");
    }

    /** azure-cli network _format.py transform_effective_nsg. */
    @Test
    void list_effective_nsg_table_names_the_nic_nsg_and_its_rules() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --no-wait");
        assertThat(cli.ok("network nic list-effective-nsg -g rg -n web1VMNic -o table")).isEqualTo(""
                + "NIC        Subnet    NSG      Rule Name                                           Protocol    Direction    Access\n"
                + "---------  --------  -------  --------------------------------------------------  ----------  -----------  --------\n"
                + "web1VMNic  -         web1NSG  securityRules/default-allow-ssh                     Tcp         Inbound      Allow\n"
                + "                              defaultSecurityRules/AllowVnetInBound               All         Inbound      Allow\n"
                + "                              defaultSecurityRules/AllowAzureLoadBalancerInBound  All         Inbound      Allow\n"
                + "                              defaultSecurityRules/DenyAllInBound                 All         Inbound      Deny\n"
                + "                              defaultSecurityRules/AllowVnetOutBound              All         Outbound     Allow\n"
                + "                              defaultSecurityRules/AllowInternetOutBound          All         Outbound     Allow\n"
                + "                              defaultSecurityRules/DenyAllOutBound                All         Outbound     Deny\n");
    }

    /** The Learn NSG exercise moves a rule's source from an address to an application security group this way. */
    @Test
    void rule_update_with_an_empty_address_list_and_asgs_swaps_the_source_for_the_group() {
        cli.ok("network nsg create -g rg -n web-nsg");
        cli.ok("network asg create -g rg -n db-servers");
        cli.ok("network nsg rule create -g rg --nsg-name web-nsg -n http --priority 150 --access Deny --protocol Tcp"
                + " --source-address-prefixes 10.0.1.4 --destination-port-ranges 80");
        JsonNode rule = cli.json("network nsg rule update -g rg --nsg-name web-nsg -n http --source-address-prefixes ''"
                + " --source-asgs db-servers");
        assertThat(rule.has("sourceAddressPrefix")).isFalse();
        assertThat(rule.get("sourceApplicationSecurityGroups").get(0).get("id").asText())
                .endsWith("/applicationSecurityGroups/db-servers");
        assertThat(rule.get("access").asText()).as("the rest stays").isEqualTo("Deny");
    }

    // docs/azure/cli-and-network-watcher.md#effective-security-rules
    @Test
    void list_effective_nsg_writes_any_as_0_0_0_0_slash_0_and_expands_only_service_tags() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --no-wait");
        JsonNode rules = cli.json("network nic list-effective-nsg -g rg -n web1VMNic").get("value").get(0)
                .get("effectiveSecurityRules");
        JsonNode denyAll = rule(rules, "defaultSecurityRules/DenyAllOutBound");
        assertThat(denyAll.get("destinationAddressPrefix").asText()).isEqualTo("0.0.0.0/0");
        assertThat(denyAll.get("destinationAddressPrefixes").toString()).isEqualTo("[\"0.0.0.0/0\"]");
        assertThat(denyAll.get("sourceAddressPrefix").asText()).isEqualTo("0.0.0.0/0");
        assertThat(denyAll.get("destinationPortRange").asText()).isEqualTo("0-65535");
        assertThat(denyAll.get("sourcePortRange").asText()).isEqualTo("0-65535");
        assertThat(denyAll.get("expandedDestinationAddressPrefix").isNull()).isTrue();
        assertThat(denyAll.get("expandedSourceAddressPrefix").isNull()).isTrue();
        JsonNode internet = rule(rules, "defaultSecurityRules/AllowInternetOutBound");
        assertThat(internet.get("destinationAddressPrefix").asText()).isEqualTo("Internet");
        assertThat(internet.get("expandedSourceAddressPrefix").isNull()).isTrue();
        List<String> expanded = new ArrayList<>();
        internet.get("expandedDestinationAddressPrefix").forEach(p -> expanded.add(p.asText()));
        assertThat(expanded).startsWith("1.0.0.0/8", "2.0.0.0/7", "4.0.0.0/6", "8.0.0.0/7", "11.0.0.0/8",
                "12.0.0.0/6", "16.0.0.0/4").doesNotContain("10.0.0.0/8", "0.0.0.0/5");
        assertThat(rule(rules, "defaultSecurityRules/AllowVnetInBound").get("expandedSourceAddressPrefix").toString())
                .isEqualTo("[\"10.0.0.0/16\",\"168.63.129.16/32\"]");
    }

    private static JsonNode rule(JsonNode rules, String name) {
        for (JsonNode rule : rules) {
            if (rule.get("name").asText().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + name + " in " + rules);
    }

    /**
     * docs/azure/cli-and-network-watcher.md#ip-flow-verify: {access, ruleName}, the rule qualified as securityRules/ or
     * defaultSecurityRules/.
     */
    // docs/azure/cli-and-network-watcher.md#ip-flow-verify
    @Test
    void test_ip_flow_answers_access_and_the_deciding_rule() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --no-wait");
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm web1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:22 --remote 203.0.113.7:60000")).isEqualTo(""
                + "{\n  \"access\": \"Allow\",\n  \"ruleName\": \"securityRules/default-allow-ssh\"\n}\n");
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm web1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:80 --remote 203.0.113.7:60000 -o table")).isEqualTo(""
                + "Access    RuleName\n"
                + "--------  -----------------------------------\n"
                + "Deny      defaultSecurityRules/DenyAllInBound\n");
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm web1 --direction Outbound --protocol UDP"
                + " --local 10.0.1.4:5000 --remote 8.8.8.8:53 --query ruleName -o tsv"))
                .isEqualTo("defaultSecurityRules/AllowInternetOutBound\n");
    }

    /** azure-cli network custom.py check_nw_ip_flow (docs/azure/cli-and-network-watcher.md#ip-flow-verify). */
    @Test
    void test_ip_flow_usage_errors_are_the_clis() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --no-wait");
        AzResult format = cli.run("network watcher test-ip-flow -g rg --vm web1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4 --remote 203.0.113.7:60000");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).isEqualTo("ERROR: usage error: the format of the '--local' and '--remote' should be"
                + " like x.x.x.x:port\n");
        AzResult noGroup = cli.run("network watcher test-ip-flow --vm web1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:22 --remote 203.0.113.7:60000");
        assertThat(noGroup.err()).isEqualTo("ERROR: usage error: --vm NAME --resource-group NAME | --vm ID\n");
        AzResult missing = cli.run("network watcher test-ip-flow -g rg --vm web1 --protocol TCP --local 10.0.1.4:22");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("ERROR: the following arguments are required: --direction, --remote\n");
    }

    /** The docs tutorial on NSGs and ASGs, written anew: web servers get 80/443, management servers 22. */
    @Test
    void application_security_groups_decide_which_vm_a_subnet_rule_admits() {
        cli.ok("network asg create -g rg -n web-servers");
        cli.ok("network asg create -g rg -n mgmt-servers");
        cli.ok("network nsg create -g rg -n subnet-nsg");
        cli.ok("network nsg rule create -g rg --nsg-name subnet-nsg -n web --priority 100 --protocol Tcp"
                + " --source-address-prefix Internet --destination-asgs web-servers --destination-port-range 80 443");
        cli.ok("network nsg rule create -g rg --nsg-name subnet-nsg -n ssh --priority 110 --protocol Tcp"
                + " --source-address-prefix Internet --destination-asgs mgmt-servers --destination-port-range 22");
        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n web --nsg subnet-nsg");
        cli.ok("vm create -g rg -n webvm --vnet-name vnet --subnet web --nsg '' --asgs web-servers --no-wait");
        cli.ok("vm create -g rg -n mgmtvm --vnet-name vnet --subnet web --nsg '' --asgs mgmt-servers --no-wait");
        String flow = "network watcher test-ip-flow -g rg --direction Inbound --protocol TCP --remote 203.0.113.7:50000"
                + " --query ruleName -o tsv --vm ";
        assertThat(cli.ok(flow + "webvm --local 10.0.1.4:80")).isEqualTo("securityRules/web\n");
        assertThat(cli.ok(flow + "webvm --local 10.0.1.4:22")).isEqualTo("defaultSecurityRules/DenyAllInBound\n");
        assertThat(cli.ok(flow + "mgmtvm --local 10.0.1.5:22")).isEqualTo("securityRules/ssh\n");
        assertThat(cli.ok(flow + "mgmtvm --local 10.0.1.5:443")).isEqualTo("defaultSecurityRules/DenyAllInBound\n");
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void nic_update_sets_and_removes_the_interface_nsg_which_then_filters() {
        cli.ok("vm create -g rg -n web1 --vnet-name vnet --subnet web --nsg '' --no-wait");
        String flow = "network watcher test-ip-flow -g rg --vm web1 --direction Inbound --protocol TCP"
                + " --local 10.0.1.4:22 --remote 203.0.113.7:50000 --query [access,ruleName] -o tsv";
        cli.ok("network nsg create -g rg -n locked");
        assertThat(cli.ok("network nic update -g rg -n web1VMNic --network-security-group locked"
                + " --query networkSecurityGroup.id -o tsv")).endsWith("/networkSecurityGroups/locked\n");
        assertThat(cli.ok(flow)).isEqualTo("Deny\ndefaultSecurityRules/DenyAllInBound\n");
        assertThat(cli.ok("network nsg show -g rg -n locked --query networkInterfaces[].id -o tsv"))
                .endsWith("/networkInterfaces/web1VMNic\n");
        cli.ok("network nic update -g rg -n web1VMNic --network-security-group ''");
        assertThat(cli.ok("network nic show -g rg -n web1VMNic --query networkSecurityGroup")).isEmpty();
        AzResult missing = cli.run("network nic update -g rg -n web1VMNic --network-security-group nope");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("ERROR: (InvalidResourceReference) Resource " + AzTestBench.RG
                + "/providers/Microsoft.Network/networkSecurityGroups/nope referenced by resource " + AzTestBench.RG
                + "/providers/Microsoft.Network/networkInterfaces/web1VMNic was not found.");
    }

    /** azure-cli create_vnet: the NSG goes on the subnet the command makes. */
    @Test
    void vnet_create_puts_its_nsg_on_the_subnet_it_makes() {
        cli.ok("network nsg create -g rg -n app-nsg");
        assertThat(cli.ok("network vnet create -g rg -n vnet2 --address-prefixes 10.5.0.0/16 --subnet-name app"
                + " --subnet-prefixes 10.5.1.0/24 --nsg app-nsg --query newVNet.subnets[0].networkSecurityGroup.id"
                + " -o tsv")).endsWith("/networkSecurityGroups/app-nsg\n");
        AzResult r = cli.run("network vnet create -g rg -n vnet3 --subnet-name app --nsg nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (InvalidResourceReference)");
        assertThat(cli.ok("network vnet list -g rg --query [].name -o tsv")).isEqualTo("vnet\nvnet2\n");
    }
}
