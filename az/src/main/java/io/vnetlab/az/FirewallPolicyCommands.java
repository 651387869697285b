package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.FirewallPolicies;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.IpGroup;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network firewall policy create}, {@code … rule-collection-group create} and {@code … rule-collection-group
 * collection add-filter-collection} of the {@code azure-firewall} extension, and {@code az network ip-group create}
 * (docs/azure/azure-firewall.md#policies, #ip-groups).
 */
final class FirewallPolicyCommands {

    private FirewallPolicyCommands() {
    }

    static FirewallPolicy policy(Session s, String group, String name) {
        ResourceId id = Commands.reference(s, group, "firewallPolicies", name);
        return Commands.existing(s, FirewallPolicy.class, "firewallPolicies", id);
    }

    /** {@code az network firewall policy create}. */
    static final class Create implements AzCommand {
        public String name() {
            return "network firewall policy create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("base_policy", "--base-policy"),
                    Param.value("threat_intel_mode", "--threat-intel-mode").choices("Alert", "Deny", "Off"),
                    Param.list("private_ranges", "--private-ranges"), Param.value("location", "--location", "-l"),
                    Param.value("sku", "--sku").choices("Basic", "Premium", "Standard"),
                    Param.list("tags", "--tags").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "firewallPolicies");
            FirewallPolicy policy = Session.call(() -> {
                FirewallPolicies.Definition d = s.topology().firewallPolicies().define(a.required("name"))
                        .withRegion(region).withExistingResourceGroup(group)
                        .withThreatIntelMode(a.value("threat_intel_mode").orElse("Alert"));
                a.value("base_policy").ifPresent(b -> d.withBasePolicy(Commands.reference(s, group,
                        "firewallPolicies", b).toString()));
                if (!a.list("private_ranges").isEmpty()) {
                    d.withSnatPrivateRanges(a.list("private_ranges").toArray(String[]::new));
                }
                return d.create();
            });
            return FirewallCommands.policyShape(policy);
        }
    }

    /** {@code az network firewall policy rule-collection-group create}: an empty group with its priority. */
    static final class GroupCreate implements AzCommand {
        public String name() {
            return "network firewall policy rule-collection-group create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("policy_name", "--policy-name").mandatory(),
                    Param.value("priority", "--priority").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            FirewallPolicy p = policy(s, a.required("resource_group"), a.required("policy_name"));
            int priority = FirewallCommands.priority(a.required("priority"));
            FirewallPolicy updated = Session.call(() -> s.topology().firewallPolicies().putRuleCollectionGroup(
                    p.id().toString(), a.required("name"), priority));
            return groupShape(updated.group(a.required("name")).orElseThrow());
        }
    }

    /**
     * {@code az network firewall policy rule-collection-group collection add-filter-collection}: a network or
     * application rule collection with its first rule.
     */
    static final class AddFilterCollection implements AzCommand {
        public String name() {
            return "network firewall policy rule-collection-group collection add-filter-collection";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("policy_name", "--policy-name").mandatory(),
                    Param.value("rcg_name", "--rule-collection-group-name", "--rcg-name").mandatory(),
                    Param.value("priority", "--collection-priority").mandatory(),
                    Param.value("action", "--action").choices("Allow", "Deny"),
                    Param.value("rule_name", "--rule-name"),
                    Param.value("rule_type", "--rule-type").choices("ApplicationRule", "NatRule", "NetworkRule"),
                    Param.list("ip_protocols", "--ip-protocols"), Param.list("protocols", "--protocols"),
                    Param.list("source_addresses", "--source-addresses"),
                    Param.list("source_ip_groups", "--source-ip-groups"),
                    Param.list("destination_addresses", "--destination-addresses"),
                    Param.list("destination_ip_groups", "--destination-ip-groups"),
                    Param.list("destination_fqdns", "--destination-fqdns"),
                    Param.list("destination_ports", "--destination-ports"),
                    Param.list("target_fqdns", "--target-fqdns"), Param.list("fqdn_tags", "--fqdn-tags"),
                    Param.value("description", "--description"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            FirewallPolicy p = policy(s, a.required("resource_group"), a.required("policy_name"));
            boolean application = a.value("rule_type").orElse("NetworkRule").equals("ApplicationRule");
            if (a.value("rule_type").orElse("").equals("NatRule")) {
                throw AzError.command("usage error: a filter collection holds NetworkRule or ApplicationRule rules;"
                        + " use add-nat-collection for NAT rules");
            }
            FirewallRuleCollection.Kind kind = application ? FirewallRuleCollection.Kind.Application
                    : FirewallRuleCollection.Kind.Network;
            FirewallRule rule = application
                    ? new FirewallRule(a.value("rule_name").orElse(a.required("name")),
                    FirewallCommands.applicationProtocols(a.list("protocols")), a.list("source_addresses"),
                    FirewallCommands.ipGroups(s, a, "source_ip_groups"), List.of(), List.of(), List.of(),
                    a.list("target_fqdns"), a.list("fqdn_tags"), null, null)
                    : new FirewallRule(a.value("rule_name").orElse(a.required("name")), a.list("ip_protocols"),
                    a.list("source_addresses"), FirewallCommands.ipGroups(s, a, "source_ip_groups"),
                    a.list("destination_addresses"), FirewallCommands.ipGroups(s, a, "destination_ip_groups"),
                    a.list("destination_ports"), a.list("destination_fqdns"), List.of(), null, null);
            FirewallRuleCollection collection = new FirewallRuleCollection(a.required("name"),
                    FirewallCommands.priority(a.required("priority")), kind,
                    FirewallRuleCollection.Action.valueOf(a.value("action").orElse("Allow")), List.of(rule));
            FirewallPolicy updated = Session.call(() -> s.topology().firewallPolicies().addRuleCollection(
                    p.id().toString(), a.required("rcg_name"), collection));
            return groupShape(updated.group(a.required("rcg_name")).orElseThrow());
        }
    }

    /**
     * {@code az network firewall policy rule-collection-group collection add-nat-collection}: a DNAT rule collection
     * with its first rule (docs/azure/azure-firewall.md#dnat).
     */
    static final class AddNatCollection implements AzCommand {
        public String name() {
            return "network firewall policy rule-collection-group collection add-nat-collection";
        }

        public List<Param> params() {
            return FirewallCommands.withDnatRuleOptions(Commands.groupParam(), Commands.nameParam(),
                    Param.value("policy_name", "--policy-name").mandatory(),
                    Param.value("rcg_name", "--rule-collection-group-name", "--rcg-name").mandatory(),
                    Param.value("priority", "--collection-priority").mandatory(),
                    Param.value("action", "--action").choices("DNAT", "SNAT"),
                    Param.value("rule_name", "--rule-name"),
                    Param.list("ip_protocols", "--ip-protocols").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            FirewallCommands.requireDnat(a);
            FirewallPolicy p = policy(s, a.required("resource_group"), a.required("policy_name"));
            FirewallRule rule = new FirewallRule(a.value("rule_name").orElse(a.required("name")),
                    a.list("ip_protocols"), a.list("source_addresses"),
                    FirewallCommands.ipGroups(s, a, "source_ip_groups"), a.list("destination_addresses"), List.of(),
                    a.list("destination_ports"), List.of(), List.of(), a.value("translated_address").orElse(null),
                    a.required("translated_port"));
            FirewallRuleCollection collection = new FirewallRuleCollection(a.required("name"),
                    FirewallCommands.priority(a.required("priority")), FirewallRuleCollection.Kind.Nat,
                    FirewallRuleCollection.Action.Dnat, List.of(rule));
            FirewallPolicy updated = Session.call(() -> s.topology().firewallPolicies().addRuleCollection(
                    p.id().toString(), a.required("rcg_name"), collection));
            return groupShape(updated.group(a.required("rcg_name")).orElseThrow());
        }
    }

    /** {@code az network ip-group create}. */
    static final class IpGroupCreate implements AzCommand {
        public String name() {
            return "network ip-group create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.list("ip_addresses", "--ip-addresses"),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "ipGroups");
            IpGroup created = Session.call(() -> s.topology().firewallPolicies().defineIpGroup(a.required("name"))
                    .withRegion(region).withExistingResourceGroup(group)
                    .withAddresses(a.list("ip_addresses").toArray(String[]::new)).create());
            ObjectNode o = Json.object();
            o.put("id", created.id().toString());
            o.set("ipAddresses", Json.strings(created.ipAddresses()));
            o.put("location", created.region().name());
            o.put("name", created.name());
            o.put("provisioningState", "Succeeded");
            o.put("resourceGroup", created.id().resourceGroup());
            o.put("type", "Microsoft.Network/IpGroups");
            return o;
        }
    }

    static ObjectNode groupShape(FirewallPolicy.RuleCollectionGroup g) {
        ObjectNode o = Json.object();
        o.put("id", g.id().toString());
        o.put("name", g.name());
        o.put("priority", g.priority());
        o.put("provisioningState", "Succeeded");
        o.put("resourceGroup", g.id().resourceGroup());
        ArrayNode collections = o.putArray("ruleCollections");
        for (FirewallRuleCollection c : g.ruleCollections()) {
            ObjectNode co = collections.addObject();
            co.putObject("action").put("type", c.action().name());
            co.put("name", c.name());
            co.put("priority", c.priority());
            co.put("ruleCollectionType", c.kind() == FirewallRuleCollection.Kind.Nat
                    ? "FirewallPolicyNatRuleCollection" : "FirewallPolicyFilterRuleCollection");
            ArrayNode rules = co.putArray("rules");
            for (FirewallRule r : c.rules()) {
                ObjectNode ro = FirewallCommands.ruleShape(r, c.kind());
                ro.put("ruleType", c.kind() == FirewallRuleCollection.Kind.Application ? "ApplicationRule"
                        : c.kind() == FirewallRuleCollection.Kind.Nat ? "NatRule" : "NetworkRule");
                rules.add(ro);
            }
        }
        o.put("type", "Microsoft.Network/FirewallPolicies/RuleCollectionGroups");
        return o;
    }
}
