package io.vnetlab.az;

import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code az network manager security-admin-config rule-collection rule create|show|list|delete}
 * (docs/azure/virtual-network-manager.md#security-admin-rules).
 */
final class AdminRuleCommands {

    private AdminRuleCommands() {
    }

    private static final Param COLLECTION = Param.value("collection", "--rule-collection-name").mandatory();
    private static final Param NAME = Param.value("name", "--rule-name", "--name", "-n").mandatory();

    static final ManagerChildren.Kind<AdminRule> KIND = new ManagerChildren.Kind<>(
            "network manager security-admin-config rule-collection rule", AdminRule.class,
            List.of(Commands.groupParam(), ManagerArgs.managerParam(), RuleCollectionCommands.CONFIGURATION,
                    COLLECTION), NAME,
            (s, a) -> ManagerArgs.manager(s, a).id().child("securityAdminConfigurations", a.required("configuration"))
                    .child("ruleCollections", a.required("collection")),
            "rules", ResourceJson::adminRule, AdminRule::id, ResourceManager::putAdminRule,
            ResourceManager::deleteAdminRule);

    static List<AzCommand> commands() {
        return ManagerChildren.verbs(KIND, List.of(
                Param.value("kind", "--kind").choices("Custom", "Default"),
                Param.value("access", "--access").mandatory().choices("Allow", "AlwaysAllow", "Deny"),
                Param.value("direction", "--direction").mandatory().choices("Inbound", "Outbound"),
                Param.value("priority", "--priority").mandatory(),
                Param.value("protocol", "--protocol").mandatory().choices("Ah", "Any", "Esp", "Icmp", "Tcp", "Udp"),
                Param.list("sources", "--sources"), Param.list("destinations", "--destinations"),
                Param.list("source_ports", "--source-port-ranges"),
                Param.list("destination_ports", "--dest-port-ranges", "--destination-port-ranges"),
                Param.value("description", "--description"), Param.value("flag", "--flag")),
                AdminRuleCommands::rule);
    }

    private static AdminRule rule(Session s, Args a) {
        if (a.value("kind").filter("Default"::equalsIgnoreCase).isPresent()) {
            throw AzError.command("vnetlab simulates custom security admin rules only (--kind Custom).");
        }
        ResourceId id = KIND.childId(s, a);
        int priority = ManagerArgs.integer(a, "priority", "--priority");
        return new AdminRule(id, id.name(), priority,
                SecurityRuleDirection.valueOf(choice(a.required("direction"), "Inbound", "Outbound")),
                AdminRule.Access.valueOf(choice(a.required("access"), "Allow", "AlwaysAllow", "Deny")),
                Protocol.valueOf(choice(a.required("protocol"), "Ah", "Any", "Esp", "Icmp", "Tcp", "Udp")),
                addresses("--sources", a.list("sources")), ports(a.list("source_ports")),
                addresses("--destinations", a.list("destinations")), ports(a.list("destination_ports")),
                a.value("description").orElse(""));
    }

    private static String choice(String value, String... allowed) {
        for (String c : allowed) {
            if (c.equalsIgnoreCase(value)) {
                return c;
            }
        }
        return allowed[0];
    }

    /** {@code address-prefix=... address-prefix-type=IPPrefix|ServiceTag} objects; none means any. */
    private static List<String> addresses(String option, List<String> words) {
        List<String> prefixes = new ArrayList<>();
        for (Map<String, String> item : ManagerArgs.objects(option, words)) {
            prefixes.add(ManagerArgs.required(option, item, "address-prefix"));
        }
        return prefixes.isEmpty() ? List.of("*") : prefixes;
    }

    private static List<String> ports(List<String> ranges) {
        return ranges.isEmpty() ? List.of("*") : ranges;
    }
}
