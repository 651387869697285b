package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.NetworkSecurityGroups;
import io.vnetlab.SecurityRuleDefinition;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code az network nsg rule create|show|list|update|delete} (docs/azure/network-security-groups.md#rules).
 *
 * <p>Rule options follow azure-cli's {@code network/operations/nsg.py} ({@code NSGRuleCreate}): {@code --priority}
 * is required; {@code --access} defaults to {@code Allow}, {@code --direction} to {@code Inbound}, {@code --protocol}
 * to {@code *}, source and destination addresses and the source ports to {@code *}, the destination ports to
 * {@code 80} (the aaz {@code _create.py} defaults); only the plural options are registered, so the singular
 * spellings of the docs ({@code --destination-port-range 80 443}) are argparse abbreviations of the plural ones;
 * one value is stored in the singular property, several in the plural one; {@code --destination-asgs} replaces the
 * destination address.
 */
final class NsgRuleCommands {

    static final List<String> PROTOCOLS = List.of("*", "Ah", "Esp", "Icmp", "Tcp", "Udp");

    private NsgRuleCommands() {
    }

    static Protocol protocol(String text) {
        return text.equals("*") ? Protocol.Any : Protocol.valueOf(text);
    }

    static int priority(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --priority: invalid int value: '" + text + "'");
        }
    }

    /** The values of one rule, as the CLI's create fills them or its update changes them. */
    private record RuleValues(SecurityRuleAccess access, SecurityRuleDirection direction, Protocol protocol,
                              int priority, List<String> sourceAddresses, List<String> sourcePorts,
                              List<String> destinationAddresses, List<String> destinationPorts,
                              List<ResourceId> sourceAsgs, List<ResourceId> destinationAsgs, String description) {

        static RuleValues of(SecurityRule r) {
            return new RuleValues(r.access(), r.direction(), r.protocol(), r.priority(), r.sourceAddressPrefixes(),
                    r.sourcePortRanges(), r.destinationAddressPrefixes(), r.destinationPortRanges(),
                    r.sourceApplicationSecurityGroupIds(), r.destinationApplicationSecurityGroupIds(), r.description());
        }

        /** The CLI's defaults for a new rule. */
        static RuleValues defaults(int priority) {
            return new RuleValues(SecurityRuleAccess.Allow, SecurityRuleDirection.Inbound, Protocol.Any, priority,
                    List.of("*"), List.of("*"), List.of("*"), List.of("80"), List.of(), List.of(), null);
        }

        RuleValues with(Session s, String group, Args a) {
            SecurityRuleAccess acc = a.value("access").map(SecurityRuleAccess::valueOf).orElse(access);
            SecurityRuleDirection dir = a.value("direction").map(SecurityRuleDirection::valueOf).orElse(direction);
            Protocol prot = a.value("protocol").map(NsgRuleCommands::protocol).orElse(protocol);
            int prio = a.value("priority").map(NsgRuleCommands::priority).orElse(priority);
            List<String> srcAddr = listOr(a, "source_address_prefixes", sourceAddresses);
            List<String> dstAddr = listOr(a, "destination_address_prefixes", destinationAddresses);
            List<ResourceId> srcAsgs = sourceAsgs;
            List<ResourceId> dstAsgs = destinationAsgs;
            if (a.has("source_asgs")) {
                srcAsgs = asgIds(s, group, a.list("source_asgs"));
                srcAddr = srcAsgs.isEmpty() ? srcAddr : List.of();
            }
            if (a.has("destination_asgs")) {
                dstAsgs = asgIds(s, group, a.list("destination_asgs"));
                dstAddr = dstAsgs.isEmpty() ? dstAddr : List.of();
            }
            if (a.has("source_address_prefixes") && !a.has("source_asgs")) {
                srcAsgs = List.of();
            }
            if (a.has("destination_address_prefixes") && !a.has("destination_asgs")) {
                dstAsgs = List.of();
            }
            return new RuleValues(acc, dir, prot, prio, srcAddr, listOr(a, "source_port_ranges", sourcePorts),
                    dstAddr, listOr(a, "destination_port_ranges", destinationPorts), srcAsgs, dstAsgs,
                    a.value("description").orElse(description));
        }

        /** The option's values when it is given ({@code ""} for none, as the Learn module clears a rule's addresses). */
        private static List<String> listOr(Args a, String dest, List<String> current) {
            return a.has(dest) ? a.list(dest).stream().filter(v -> !v.isEmpty()).toList() : current;
        }

        private static List<ResourceId> asgIds(Session s, String group, List<String> names) {
            List<ResourceId> ids = new ArrayList<>();
            for (String n : names) {
                if (!n.isEmpty()) {
                    ids.add(AsgCommands.asg(s, group, n).id());
                }
            }
            return ids;
        }

        <P> P define(SecurityRuleDefinition<P> d) {
            if (direction == SecurityRuleDirection.Inbound) {
                if (access == SecurityRuleAccess.Allow) {
                    d.allowInbound();
                } else {
                    d.denyInbound();
                }
            } else if (access == SecurityRuleAccess.Allow) {
                d.allowOutbound();
            } else {
                d.denyOutbound();
            }
            if (sourceAsgs.isEmpty()) {
                d.fromAddresses(sourceAddresses.toArray(String[]::new));
            } else {
                sourceAsgs.forEach(g -> d.withSourceApplicationSecurityGroup(g.toString()));
            }
            if (destinationAsgs.isEmpty()) {
                d.toAddresses(destinationAddresses.toArray(String[]::new));
            } else {
                destinationAsgs.forEach(g -> d.withDestinationApplicationSecurityGroup(g.toString()));
            }
            d.fromPortRanges(sourcePorts.toArray(String[]::new)).toPortRanges(destinationPorts.toArray(String[]::new))
                    .withProtocol(protocol).withPriority(priority);
            if (description != null) {
                d.withDescription(description);
            }
            return d.attach();
        }
    }

    static List<Param> ruleParams(boolean create) {
        Param priority = Param.value("priority", "--priority");
        return List.of(Commands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                Commands.nameParam(), create ? priority.mandatory() : priority,
                Param.value("access", "--access").choices("Allow", "Deny"),
                Param.value("direction", "--direction").choices("Inbound", "Outbound"),
                Param.value("protocol", "--protocol").choices(PROTOCOLS.toArray(String[]::new)),
                Param.value("description", "--description").emptyMeansNone(),
                // update takes "" for no addresses, as a rule moved onto application security groups needs
                addresses(create, "source_address_prefixes", "--source-address-prefixes"),
                Param.list("source_port_ranges", "--source-port-ranges"),
                addresses(create, "destination_address_prefixes", "--destination-address-prefixes"),
                Param.list("destination_port_ranges", "--destination-port-ranges"),
                Param.list("source_asgs", "--source-asgs"), Param.list("destination_asgs", "--destination-asgs"),
                Param.flag("no_wait", "--no-wait"));
    }

    private static Param addresses(boolean create, String dest, String name) {
        Param addresses = Param.list(dest, name);
        return create ? addresses : addresses.emptyMeansNone();
    }

    static JsonNode putRule(Session s, Args a, boolean create) {
        String group = a.required("resource_group");
        NetworkSecurityGroup group0 = NsgCommands.nsg(s, group, a.required("nsg_name"));
        String name = a.required("name");
        Optional<SecurityRule> existing = group0.securityRule(name);
        RuleValues base;
        if (create) {
            base = RuleValues.defaults(priority(a.required("priority")));   // a PUT: the CLI's defaults, not a merge
        } else {
            base = RuleValues.of(Commands.child(existing, group0.id(), "securityRules", name));
        }
        RuleValues values = base.with(s, group, a);
        NetworkSecurityGroup updated = Session.call(() -> {
            NetworkSecurityGroups.Update u = s.topology().networkSecurityGroups().update(group0.id().toString());
            if (existing.isPresent()) {
                u.withoutRule(existing.get().name());
            }
            return values.define(u.defineRule(existing.map(SecurityRule::name).orElse(name))).apply();
        });
        return a.flag("no_wait") ? null : NetworkShapes.rule(updated.id(), updated.securityRule(name).orElseThrow());
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network nsg rule create";
        }

        public List<Param> params() {
            return ruleParams(true);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            return putRule(s, a, true);
        }
    }

    static final class Update implements AzCommand {
        public String name() {
            return "network nsg rule update";
        }

        public List<Param> params() {
            return ruleParams(false);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            return putRule(s, a, false);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network nsg rule show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                    Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkSecurityGroup g = NsgCommands.nsg(s, a.required("resource_group"), a.required("nsg_name"));
            String name = a.required("name");
            return NetworkShapes.rule(g.id(), Commands.child(g.securityRule(name), g.id(), "securityRules", name));
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return NsgRuleCommands::ruleTable;
        }
    }

    /** {@code az network nsg rule list [--include-default]} (azure-cli network/operations/nsg.py list_nsg_rules). */
    static final class ListRules implements AzCommand {
        public String name() {
            return "network nsg rule list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                    Param.flag("include_default", "--include-default"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkSecurityGroup g = NsgCommands.nsg(s, a.required("resource_group"), a.required("nsg_name"));
            ArrayNode list = Json.array();
            g.securityRules().forEach(r -> list.add(NetworkShapes.rule(g.id(), r)));
            if (a.flag("include_default")) {
                g.defaultSecurityRules().forEach(r -> list.add(NetworkShapes.rule(g.id(), r)));
            }
            return list;
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return NsgRuleCommands::ruleTable;
        }
    }

    /**
     * azure-cli network {@code _format.py transform_nsg_rule_table_output}: Name, ResourceGroup, Priority, Access,
     * Protocol, Direction (its further columns are guarded by capitalised keys the result never has).
     */
    static JsonNode ruleTable(JsonNode result) {
        if (!result.isArray()) {
            return ruleRow(result);
        }
        ArrayNode rows = Json.array();
        result.forEach(r -> rows.add(ruleRow(r)));
        return rows;
    }

    private static ObjectNode ruleRow(JsonNode r) {
        ObjectNode row = Json.object();
        for (String key : List.of("name", "resourceGroup", "priority", "access", "protocol", "direction")) {
            row.set(Character.toUpperCase(key.charAt(0)) + key.substring(1), r.get(key));
        }
        return row;
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network nsg rule delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                    Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkSecurityGroup g = NsgCommands.nsg(s, a.required("resource_group"), a.required("nsg_name"));
            Commands.deleteIfPresent(g.securityRule(a.required("name")), () -> s.topology().networkSecurityGroups()
                    .update(g.id().toString()).withoutRule(a.required("name")).apply());
            return null;
        }
    }
}
