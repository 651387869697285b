package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.HopText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ipGroups}, {@code firewallPolicies} with a parent ({@code basePolicy}) and their
 * {@code ruleCollectionGroups}, and a firewall that uses the child policy: the parent's rules come first, whatever
 * the priorities (docs/azure/azure-firewall.md#inheritance, #ip-groups).
 */
class FirewallResourcesTest {

    private final Topology azure = Topology.create();

    @BeforeEach
    void deploy() {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ArmDeployment.into(azure, "rg").templateResource("templates/firewall/policy-hierarchy.json").deploy();
    }

    private Verdict dns(String server) {
        return azure.evaluate(Flow.from(azure.endpoint("app-vm")).to(Endpoint.address(server)).on(Protocol.Udp, 53));
    }

    @Test
    void the_parent_policys_allow_comes_before_the_childs_deny_through_an_ip_group() {
        Verdict approved = dns("9.9.9.10");
        assertThat(approved.reachable()).isTrue();
        assertThat(approved.hops()).extracting(HopText::decision).contains("Azure Firewall 'fw' allowed by rule"
                + " 'approved-dns' of Network rule collection 'dns' (group 'baseline' of policy 'org'), source NAT to the"
                + " firewall's address 10.0.1.4");
        Verdict other = dns("8.8.8.8");
        assertThat(other.reachable()).isFalse();
        assertThat(other.hops()).extracting(HopText::decision).contains("Azure Firewall 'fw' denied by rule 'all-dns'"
                + " of Network rule collection 'no-dns' (group 'app-rules' of policy 'app')");
    }

    @Test
    void the_policies_and_ip_group_are_simulated_resources() {
        assertThat(azure.firewallPolicies().get("app").basePolicy()).contains(azure.firewallPolicies().get("org").id());
        assertThat(azure.firewallPolicies().ipGroup("dns-servers").ipAddresses())
                .containsExactly("1.1.1.1", "9.9.9.9-9.9.9.10");
        assertThat(azure.azureFirewalls().get("fw").firewallPolicy()).contains(azure.firewallPolicies().get("app").id());
    }

    // docs/azure/azure-firewall.md#web-categories
    @Test
    void an_application_rule_by_web_category_is_left_out_with_a_warning_and_the_rest_of_its_collection_kept() {
        String premium = """
                {"resources": [
                 {"type": "Microsoft.Network/firewallPolicies", "apiVersion": "2024-05-01", "name": "premium",
                  "location": "westeurope", "properties": {"sku": {"tier": "Premium"}}},
                 {"type": "Microsoft.Network/firewallPolicies/ruleCollectionGroups", "apiVersion": "2024-05-01",
                  "name": "premium/web", "dependsOn": ["premium"],
                  "properties": {"priority": 300, "ruleCollections": [
                   {"ruleCollectionType": "FirewallPolicyFilterRuleCollection", "name": "browsing", "priority": 200,
                    "action": {"type": "Allow"}, "rules": [
                     {"ruleType": "ApplicationRule", "name": "docs", "protocols": [{"protocolType": "Https", "port": 443}],
                      "targetFqdns": ["learn.microsoft.com"], "sourceAddresses": ["*"]},
                     {"ruleType": "ApplicationRule", "name": "news", "protocols": [{"protocolType": "Https", "port": 443}],
                      "webCategories": ["news"], "sourceAddresses": ["*"]}]}]}}]}
                """;

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(premium).deploy();

        assertThat(result.warnings()).contains("application rule 'news' of rule collection 'browsing' names its targets"
                + " by web category or URL, which vnetlab does not evaluate: it is left out of the simulation.");
        assertThat(azure.firewallPolicies().get("premium").ruleCollectionGroups().get(0).ruleCollections().get(0)
                .rules()).extracting(r -> r.name()).containsExactly("docs");
    }

    // docs/azure/decisions.md#application-rule-without-source
    @Test
    void a_classic_application_rule_without_sources_deploys_with_a_warning_and_keeps_its_place() {
        String classic = """
                {"resources": [
                 {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "edge",
                  "location": "westeurope", "properties": {"addressSpace": {"addressPrefixes": ["10.9.0.0/16"]},
                   "subnets": [{"name": "AzureFirewallSubnet", "properties": {"addressPrefix": "10.9.1.0/26"}}]}},
                 {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2024-05-01", "name": "edge-fw-ip",
                  "location": "westeurope", "sku": {"name": "Standard"},
                  "properties": {"publicIPAllocationMethod": "Static"}},
                 {"type": "Microsoft.Network/azureFirewalls", "apiVersion": "2024-05-01", "name": "edge-fw",
                  "location": "westeurope", "dependsOn": ["edge", "edge-fw-ip"],
                  "properties": {"ipConfigurations": [{"name": "config", "properties": {
                    "subnet": {"id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'edge', 'AzureFirewallSubnet')]"},
                    "publicIPAddress": {"id": "[resourceId('Microsoft.Network/publicIPAddresses', 'edge-fw-ip')]"}}}],
                   "applicationRuleCollections": [{"name": "updates", "properties": {"priority": 300,
                    "action": {"type": "Allow"}, "rules": [{"name": "vendor-sites",
                     "protocols": [{"protocolType": "Https", "port": 443}], "targetFqdns": ["*.example.org"]}]}}]}}]}
                """;

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(classic).deploy();

        assertThat(result.warnings()).contains("application rule 'vendor-sites' of rule collection 'updates' names no"
                + " source addresses or IP groups: vnetlab lets it match no traffic.");
        assertThat(azure.azureFirewalls().get("edge-fw").ruleCollections().get(0).rules())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.name()).isEqualTo("vendor-sites");
                    assertThat(rule.sourceAddresses()).isEmpty();
                });
    }
}
