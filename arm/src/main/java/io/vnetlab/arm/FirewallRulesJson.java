package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Azure Firewall rule collections from template JSON (docs/azure/azure-firewall.md#rules): a policy's
 * {@code ruleCollections} ({@code FirewallPolicyFilterRuleCollection}, {@code FirewallPolicyNatRuleCollection}, rules
 * by {@code ruleType}) and a classic firewall's {@code networkRuleCollections}, {@code applicationRuleCollections},
 * {@code natRuleCollections}. Shared by the firewall policy and firewall handlers.
 */
final class FirewallRulesJson {

    private FirewallRulesJson() {
    }

    /** A rule collection group's {@code ruleCollections}. */
    static List<FirewallRuleCollection> policyCollections(ResourceContext r, JsonNode collections) {
        List<FirewallRuleCollection> result = new ArrayList<>();
        for (JsonNode c : iterable(collections)) {
            boolean nat = r.text(c, "ruleCollectionType").orElse("").equals("FirewallPolicyNatRuleCollection");
            JsonNode rules = r.at(c, "rules").orElse(Values.NODES.arrayNode());
            FirewallRuleCollection.Kind kind = nat ? FirewallRuleCollection.Kind.Nat
                    : rules.size() > 0 && r.text(rules.get(0), "ruleType").orElse("").equals("ApplicationRule")
                    ? FirewallRuleCollection.Kind.Application : FirewallRuleCollection.Kind.Network;
            List<FirewallRule> parsed = new ArrayList<>();
            for (JsonNode rule : iterable(rules)) {
                if (simulated(r, rule, kind, r.text(c, "name").orElse(""))) {
                    parsed.add(parsed(r, rule, kind, r.text(c, "name").orElse("")));
                }
            }
            result.add(new FirewallRuleCollection(r.text(c, "name").orElse(""), priority(r, c, "priority"), kind,
                    action(r.text(c, "action.type").orElse(nat ? "Dnat" : "Allow")), parsed));
        }
        return result;
    }

    /** A classic firewall's collections of one kind ({@code networkRuleCollections} and so on). */
    static List<FirewallRuleCollection> classicCollections(ResourceContext r, JsonNode collections,
                                                           FirewallRuleCollection.Kind kind) {
        List<FirewallRuleCollection> result = new ArrayList<>();
        for (JsonNode c : iterable(collections)) {
            JsonNode p = r.at(c, "properties").orElse(Values.object());
            List<FirewallRule> parsed = new ArrayList<>();
            for (JsonNode rule : iterable(r.at(p, "rules").orElse(Values.NODES.arrayNode()))) {
                if (simulated(r, rule, kind, r.text(c, "name").orElse(""))) {
                    parsed.add(parsed(r, rule, kind, r.text(c, "name").orElse("")));
                }
            }
            String action = r.text(p, "action.type").orElse(kind == FirewallRuleCollection.Kind.Nat ? "Dnat" : "Allow");
            result.add(new FirewallRuleCollection(r.text(c, "name").orElse(""), priority(r, p, "priority"), kind,
                    action(action), parsed));
        }
        return result;
    }

    /**
     * Whether vnetlab can evaluate {@code rule}: an application rule that names its targets only by web category or
     * URL (Premium's web categories and URL filtering, which need the request's URL or the category of a site) is left
     * out of the simulation, and the deployment lists it in a warning rather than refusing the template
     * (docs/azure/azure-firewall.md#web-categories).
     */
    private static boolean simulated(ResourceContext r, JsonNode rule, FirewallRuleCollection.Kind kind,
                                     String collection) {
        boolean byCategoryOrUrl = !strings(r, rule, "webCategories").isEmpty()
                || !strings(r, rule, "targetUrls").isEmpty();
        if (kind != FirewallRuleCollection.Kind.Application || !byCategoryOrUrl
                || !strings(r, rule, "targetFqdns").isEmpty() || !strings(r, rule, "fqdnTags").isEmpty()) {
            return true;
        }
        r.warn("application rule '" + r.text(rule, "name").orElse("") + "' of rule collection '" + collection
                + "' names its targets by web category or URL, which vnetlab does not evaluate: it is left out of"
                + " the simulation.");
        return false;
    }

    /**
     * Azure deploys an application rule that names no source (Microsoft's firewall quickstarts have them); vnetlab
     * lets it match no flow and says so (docs/azure/decisions.md#application-rule-without-source).
     */
    private static void warnWithoutSource(ResourceContext r, FirewallRule rule, FirewallRuleCollection.Kind kind,
                                          String collection) {
        if (kind == FirewallRuleCollection.Kind.Application && rule.sourceAddresses().isEmpty()
                && rule.sourceIpGroups().isEmpty()) {
            r.warn("application rule '" + rule.name() + "' of rule collection '" + collection + "' names no source"
                    + " addresses or IP groups: vnetlab lets it match no traffic.");
        }
    }

    private static FirewallRule parsed(ResourceContext r, JsonNode rule, FirewallRuleCollection.Kind kind,
                                       String collection) {
        FirewallRule parsed = rule(r, rule, kind);
        warnWithoutSource(r, parsed, kind, collection);
        return parsed;
    }

    private static FirewallRule rule(ResourceContext r, JsonNode rule, FirewallRuleCollection.Kind kind) {
        List<String> protocols = new ArrayList<>();
        if (kind == FirewallRuleCollection.Kind.Application) {
            for (JsonNode p : iterable(r.at(rule, "protocols").orElse(Values.NODES.arrayNode()))) {
                String type = r.text(p, "protocolType").orElse("Https");
                protocols.add(type + r.at(p, "port").map(n -> ":" + n.asText()).orElse(""));
            }
        } else {
            protocols.addAll(strings(r, rule, r.at(rule, "ipProtocols").isPresent() ? "ipProtocols" : "protocols"));
        }
        List<String> fqdns = strings(r, rule, kind == FirewallRuleCollection.Kind.Application ? "targetFqdns"
                : "destinationFqdns");
        String translatedAddress = r.text(rule, "translatedAddress").orElse(null);
        return new FirewallRule(r.text(rule, "name").orElse(""), protocols, strings(r, rule, "sourceAddresses"),
                ids(r, rule, "sourceIpGroups"), strings(r, rule, "destinationAddresses"),
                ids(r, rule, "destinationIpGroups"), strings(r, rule, "destinationPorts"), fqdns,
                strings(r, rule, "fqdnTags"), translatedAddress == null ? r.text(rule, "translatedFqdn").orElse(null)
                : translatedAddress, r.text(rule, "translatedPort").orElse(null));
    }

    private static FirewallRuleCollection.Action action(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("deny") ? FirewallRuleCollection.Action.Deny : t.equals("dnat")
                ? FirewallRuleCollection.Action.Dnat : FirewallRuleCollection.Action.Allow;
    }

    static int priority(ResourceContext r, JsonNode from, String name) {
        return r.at(from, name).filter(JsonNode::canConvertToInt).map(JsonNode::asInt)
                .orElseGet(() -> r.text(from, name).map(Integer::parseInt).orElse(0));
    }

    static List<String> strings(ResourceContext r, JsonNode from, String name) {
        List<String> result = new ArrayList<>();
        for (JsonNode n : iterable(r.at(from, name).orElse(Values.NODES.arrayNode()))) {
            result.add(n.asText());
        }
        return result;
    }

    /** IP group references: ids as strings, or {@code {"id": ...}} objects. */
    private static List<ResourceId> ids(ResourceContext r, JsonNode from, String name) {
        List<ResourceId> result = new ArrayList<>();
        for (JsonNode n : iterable(r.at(from, name).orElse(Values.NODES.arrayNode()))) {
            String id = n.isObject() ? n.path("id").asText() : n.asText();
            result.add(ResourceId.parse(id));
        }
        return result;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(nodes::add);
        }
        return nodes;
    }
}
