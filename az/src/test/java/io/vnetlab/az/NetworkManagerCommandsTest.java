package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network manager ...}: a hub-and-spoke connectivity configuration with direct connectivity, committed and
 * removed, and a security admin rule (docs/azure/virtual-network-manager.md#cli).
 */
class NetworkManagerCommandsTest {

    private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";
    private static final String M = "-g rg --network-manager-name avnm ";

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void hubAndTwoSpokesWithAManager() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n hub --address-prefix 10.0.0.0/16 --subnet-name default --subnet-prefix 10.0.0.0/24");
        cli.ok("network vnet create -g rg -n spoke1 --address-prefix 10.1.0.0/16 --subnet-name app --subnet-prefix 10.1.1.0/24");
        cli.ok("network vnet create -g rg -n spoke2 --address-prefix 10.2.0.0/16 --subnet-name app --subnet-prefix 10.2.1.0/24");
        cli.ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name spoke1 --subnet app --admin-username azureuser"
                + " --generate-ssh-keys --public-ip-address '' --nsg ''");
        cli.ok("vm create -g rg -n vm2 --image Ubuntu2204 --vnet-name spoke2 --subnet app --admin-username azureuser"
                + " --generate-ssh-keys --public-ip-address '' --nsg ''");
        JsonNode manager = cli.json("network manager create -g rg -n avnm --scope-accesses Connectivity SecurityAdmin"
                + " --network-manager-scopes subscriptions=" + SUB);
        assertThat(manager.get("networkManagerScopes").get("subscriptions").get(0).asText()).isEqualTo(SUB);
        cli.ok("network manager group create " + M + "-n spokes");
        for (String spoke : new String[] {"spoke1", "spoke2"}) {
            cli.ok("network manager group static-member create " + M + "--network-group-name spokes -n " + spoke
                    + " --resource-id " + SUB + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/" + spoke);
        }
        cli.ok("network manager connect-config create " + M + "--configuration-name hub-spokes --connectivity-topology"
                + " HubAndSpoke --hub resource-id=" + SUB + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub"
                + " resource-type=Microsoft.Network/virtualNetworks --applies-to-groups network-group-id=" + SUB
                + "/resourceGroups/rg/providers/Microsoft.Network/networkManagers/avnm/networkGroups/spokes"
                + " group-connectivity=DirectlyConnected use-hub-gateway=false is-global=false");
    }

    private String reach() {
        return cli.ok("network watcher test-connectivity -g rg --source-resource vm1 --dest-address 10.2.1.4 --dest-port 22"
                + " --query connectionStatus -o tsv");
    }

    /** The quickstart's check after its commit: the configuration the network is in, and through which group. */
    @Test
    void list_effective_connectivity_config_names_what_is_deployed_to_a_member_and_nothing_else() {
        assertThat(cli.json("network manager list-effective-connectivity-config -g rg --virtual-network-name spoke1")
                .get("value")).as("nothing committed yet").isEmpty();
        cli.ok("network manager post-commit " + M + "--commit-type Connectivity --target-locations westeurope"
                + " --configuration-ids hub-spokes");
        JsonNode effective = cli.json("network manager list-effective-connectivity-config -g rg"
                + " --virtual-network-name spoke1");
        assertThat(effective.get("skipToken").asText()).isEmpty();
        JsonNode config = effective.get("value").get(0);
        assertThat(config.get("id").asText()).endsWith("/networkManagers/avnm/connectivityConfigurations/hub-spokes");
        assertThat(config.get("connectivityTopology").asText()).isEqualTo("HubAndSpoke");
        assertThat(config.get("configurationGroups").get(0).get("id").asText()).endsWith("/networkGroups/spokes");
        assertThat(config.has("name")).isFalse();
        assertThat(cli.json("network manager list-effective-connectivity-config -g rg --virtual-network-name hub")
                .get("value")).as("the hub is in no group").isEmpty();
    }

    @Test
    void post_commit_makes_spokes_reach_each_other_and_an_empty_commit_takes_it_away() {
        assertThat(reach()).isEqualTo("Unreachable\n");
        cli.ok("network manager post-commit " + M + "--commit-type Connectivity --target-locations westeurope"
                + " --configuration-ids hub-spokes");
        assertThat(reach()).isEqualTo("Reachable\n");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n vm1VMNic --query"
                + " value[?nextHopType=='ConnectedGroup'].addressPrefix[] -o tsv")).isEqualTo("10.2.0.0/16\n");
        assertThat(cli.ok("network vnet peering list -g rg --vnet-name hub --query length(@)")).isEqualTo("2\n");
        assertThat(cli.ok("network manager list-deploy-status " + M + "--deployment-types Connectivity"
                + " --query value[0].deploymentStatus -o tsv")).isEqualTo("Deployed\n");

        AzResult refused = cli.run("network manager connect-config delete " + M + "--configuration-name hub-spokes --yes");
        assertThat(refused.err()).startsWith("ERROR: (NetworkManagerResourceInUse) Configuration hub-spokes is"
                + " deployed to westeurope.");
        cli.ok("network manager post-commit " + M + "--commit-type Connectivity --target-locations westeurope"
                + " --configuration-ids ''");
        assertThat(reach()).isEqualTo("Unreachable\n");
        assertThat(cli.ok("network vnet peering list -g rg --vnet-name hub --query length(@)")).isEqualTo("0\n");
        cli.ok("network manager connect-config delete " + M + "--configuration-name hub-spokes --yes");
    }

    @Test
    void a_deny_admin_rule_blocks_what_no_nsg_blocks() {
        cli.ok("network manager post-commit " + M + "--commit-type Connectivity --target-locations westeurope"
                + " --configuration-ids hub-spokes");
        cli.ok("network manager security-admin-config create " + M + "--configuration-name guardrails");
        cli.ok("network manager security-admin-config rule-collection create " + M + "--configuration-name guardrails"
                + " --rule-collection-name baseline --applies-to-groups network-group-id=spokes");
        JsonNode rule = cli.json("network manager security-admin-config rule-collection rule create " + M
                + "--configuration-name guardrails --rule-collection-name baseline --rule-name no-ssh --kind Custom"
                + " --access Deny --direction Inbound --priority 10 --protocol Tcp --dest-port-ranges 22");
        assertThat(rule.get("access").asText()).isEqualTo("Deny");
        assertThat(reach()).as("not before the commit").isEqualTo("Reachable\n");
        cli.ok("network manager post-commit " + M + "--commit-type SecurityAdmin --target-locations westeurope"
                + " --configuration-ids guardrails");
        assertThat(reach()).isEqualTo("Unreachable\n");

        // docs/azure/virtual-network-manager.md#effective-rules
        assertThat(cli.ok("network watcher test-ip-flow -g rg --vm vm2 --direction Inbound --protocol TCP --local"
                + " 10.2.1.4:22 --remote 10.1.1.4:50000 -o tsv")).isEqualTo("Deny\tsecurityAdminRules/baseline/no-ssh\n");
        JsonNode effective = cli.json("network nic list-effective-nsg -g rg -n vm2VMNic");
        JsonNode admin = effective.get("value").get(0);
        assertThat(admin.get("securityAdminConfiguration").get("id").asText()).isEqualTo(SUB
                + "/resourceGroups/rg/providers/Microsoft.Network/networkManagers/avnm/securityAdminConfigurations/guardrails");
        assertThat(admin.get("association").get("virtualNetwork").get("id").asText())
                .endsWith("/virtualNetworks/spoke2");
        assertThat(admin.get("effectiveSecurityRules").get(0).get("name").asText()).isEqualTo("baseline/no-ssh");
        assertThat(admin.get("effectiveSecurityRules").get(0).get("access").asText()).isEqualTo("Deny");
        assertThat(cli.ok("network nic list-effective-nsg -g rg -n vm2VMNic -o table")).contains("guardrails")
                .contains("baseline/no-ssh");
    }

    // docs/azure/virtual-network-manager.md#conditional-membership: the tags --tags stores are the state's tags
    @Test
    void a_tag_condition_selects_the_networks_tagged_with_tags_and_follows_a_new_put() {
        cli.ok("network vnet create -g rg -n spoke3 --address-prefix 10.3.0.0/16 --tags env=prod owner");
        cli.ok("network vnet create -g rg -n spoke4 --address-prefix 10.4.0.0/16 --tags env=prod");
        cli.ok("network vnet create -g rg -n spoke5 --address-prefix 10.5.0.0/16");
        cli.az.topology().networkManagers().group("avnm", "prod").withCondition("tags['env']",
                io.vnetlab.model.MembershipCondition.Operator.equals, "prod").create();
        assertThat(cli.az.topology().networkManagers().members("avnm", "prod")).extracting(n -> n.name())
                .containsExactly("spoke3", "spoke4");
        assertThat(cli.json("network vnet show -g rg -n spoke3").get("tags").toString())
                .isEqualTo("{\"env\":\"prod\",\"owner\":\"\"}");

        cli.ok("network vnet create -g rg -n spoke4 --address-prefix 10.4.0.0/16");
        assertThat(cli.az.topology().networkManagers().members("avnm", "prod")).as("a create without --tags sends none")
                .extracting(n -> n.name()).containsExactly("spoke3");
    }
}
