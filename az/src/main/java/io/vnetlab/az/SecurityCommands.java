package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.NetworkSecurityGroups;
import io.vnetlab.SecurityRuleDefinition;
import io.vnetlab.dataplane.EffectiveSecurityRule;
import io.vnetlab.dataplane.EffectiveSecurityRules;
import io.vnetlab.dataplane.IpFlowVerification;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code az network nsg create|show|list|delete}, {@code az network nsg rule create|show|list|update|delete},
 * {@code az network asg create}, {@code az network public-ip create}, {@code az network nic list-effective-nsg} and
 * {@code az network watcher test-ip-flow} (AZURE-SEMANTICS §5, §6.4).
 *
 * <p>Rule options follow azure-cli's {@code network/operations/nsg.py} ({@code NSGRuleCreate}): {@code --priority}
 * is required; {@code --access} defaults to {@code Allow}, {@code --direction} to {@code Inbound}, {@code --protocol}
 * to {@code *}, source and destination addresses and the source ports to {@code *}, the destination ports to
 * {@code 80} (the aaz {@code _create.py} defaults); only the plural options are registered, so the singular
 * spellings of the docs ({@code --destination-port-range 80 443}) are argparse abbreviations of the plural ones;
 * one value is stored in the singular property, several in the plural one; {@code --destination-asgs} replaces the
 * destination address.
 */
final class SecurityCommands {

    static final List<String> PROTOCOLS = List.of("*", "Ah", "Esp", "Icmp", "Tcp", "Udp");

    private SecurityCommands() {
    }

    static NetworkSecurityGroup nsg(Session s, String group, String nameOrId) {
        ResourceId id = ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, "networkSecurityGroups", nameOrId);
        s.group(id.resourceGroup());
        return s.topology().state().get(NetworkSecurityGroup.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/networkSecurityGroups", id.name(), id.resourceGroup()));
    }

    static ApplicationSecurityGroup asg(Session s, String group, String nameOrId) {
        ResourceId id = ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, "applicationSecurityGroups", nameOrId);
        return s.topology().state().get(ApplicationSecurityGroup.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/applicationSecurityGroups", id.name(), id.resourceGroup()));
    }

    static PublicIpAddress publicIp(Session s, String group, String nameOrId) {
        ResourceId id = ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, "publicIPAddresses", nameOrId);
        return s.topology().state().get(PublicIpAddress.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/publicIPAddresses", id.name(), id.resourceGroup()));
    }

    static Protocol protocol(String text) {
        String p = RoutingCommands.choice(text, "--protocol", PROTOCOLS);
        return p.equals("*") ? Protocol.Any : Protocol.valueOf(p);
    }

    static int priority(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --priority: invalid int value: '" + text + "'");
        }
    }

    // ------------------------------------------------------------------ az network nsg

    /** {@code az network nsg create} prints {@code {"NewNSG": ...}} (azure-cli network/operations/nsg.py NSGCreate). */
    static final class CreateNsg implements AzCommand {
        public String name() {
            return "network nsg create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = RoutingCommands.location(a, "networkSecurityGroups").orElseGet(() -> s.group(group).region());
            s.group(group);
            NetworkSecurityGroup created = Session.call(() -> s.topology().networkSecurityGroups()
                    .define(a.required("name")).withRegion(region).withExistingResourceGroup(group).create());
            if (a.flag("no_wait")) {
                return null;
            }
            ObjectNode out = Json.object();
            out.set("NewNSG", NetworkShapes.nsg(s.topology().state(), created));
            return out;
        }
    }

    static final class ShowNsg implements AzCommand {
        public String name() {
            return "network nsg show";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return NetworkShapes.nsg(s.topology().state(), nsg(s, a.required("resource_group"), a.required("name")));
        }
    }

    static final class ListNsgs implements AzCommand {
        public String name() {
            return "network nsg list";
        }

        public List<Param> params() {
            return List.of(Param.value("resource_group", "--resource-group", "-g"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.value("resource_group").orElse(null);
            if (group != null) {
                s.group(group);
            }
            ArrayNode list = Json.array();
            s.topology().state().all(NetworkSecurityGroup.class).stream()
                    .filter(g -> NetworkShapes.inGroup(g.id(), s.subscriptionId(), group))
                    .forEach(g -> list.add(NetworkShapes.nsg(s.topology().state(), g)));
            return list;
        }
    }

    /** A missing group deletes silently (ARM's DELETE answers 204); one in use is refused by the control plane. */
    static final class DeleteNsg implements AzCommand {
        public String name() {
            return "network nsg delete";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, "networkSecurityGroups", a.required("name"));
            if (s.topology().state().get(NetworkSecurityGroup.class, id).isPresent()) {
                Session.call(() -> s.topology().networkSecurityGroups().delete(id.toString()));
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ az network nsg rule

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
            SecurityRuleAccess acc = a.value("access").map(v -> SecurityRuleAccess.valueOf(
                    RoutingCommands.choice(v, "--access", List.of("Allow", "Deny")))).orElse(access);
            SecurityRuleDirection dir = a.value("direction").map(v -> SecurityRuleDirection.valueOf(
                    RoutingCommands.choice(v, "--direction", List.of("Inbound", "Outbound")))).orElse(direction);
            Protocol prot = a.value("protocol").map(SecurityCommands::protocol).orElse(protocol);
            int prio = a.value("priority").map(SecurityCommands::priority).orElse(priority);
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

        private static List<String> listOr(Args a, String dest, List<String> current) {
            return a.has(dest) ? a.list(dest) : current;
        }

        private static List<ResourceId> asgIds(Session s, String group, List<String> names) {
            List<ResourceId> ids = new ArrayList<>();
            for (String n : names) {
                if (!n.isEmpty()) {
                    ids.add(asg(s, group, n).id());
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
        return List.of(VnetCommands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                VnetCommands.nameParam(), create ? priority.mandatory() : priority,
                Param.value("access", "--access"), Param.value("direction", "--direction"),
                Param.value("protocol", "--protocol"), Param.value("description", "--description"),
                Param.list("source_address_prefixes", "--source-address-prefixes"),
                Param.list("source_port_ranges", "--source-port-ranges"),
                Param.list("destination_address_prefixes", "--destination-address-prefixes"),
                Param.list("destination_port_ranges", "--destination-port-ranges"),
                Param.list("source_asgs", "--source-asgs"), Param.list("destination_asgs", "--destination-asgs"),
                Param.flag("no_wait", "--no-wait"));
    }

    static JsonNode putRule(Session s, Args a, boolean create) {
        String group = a.required("resource_group");
        NetworkSecurityGroup group0 = nsg(s, group, a.required("nsg_name"));
        String name = a.required("name");
        Optional<SecurityRule> existing = group0.securityRule(name);
        RuleValues base;
        if (create) {
            base = RuleValues.defaults(priority(a.required("priority")));   // a PUT: the CLI's defaults, not a merge
        } else {
            base = RuleValues.of(existing.orElseThrow(() ->
                    Session.childNotFound(group0.id().child("securityRules", name))));
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

    static final class CreateRule implements AzCommand {
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

    static final class UpdateRule implements AzCommand {
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

    static final class ShowRule implements AzCommand {
        public String name() {
            return "network nsg rule show";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                    VnetCommands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkSecurityGroup g = nsg(s, a.required("resource_group"), a.required("nsg_name"));
            String name = a.required("name");
            return NetworkShapes.rule(g.id(), g.securityRule(name).orElseThrow(() ->
                    Session.childNotFound(g.id().child("securityRules", name))));
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return SecurityCommands::ruleTable;
        }
    }

    /** {@code az network nsg rule list [--include-default]} (azure-cli network/operations/nsg.py list_nsg_rules). */
    static final class ListRules implements AzCommand {
        public String name() {
            return "network nsg rule list";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                    Param.flag("include_default", "--include-default"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkSecurityGroup g = nsg(s, a.required("resource_group"), a.required("nsg_name"));
            ArrayNode list = Json.array();
            g.securityRules().forEach(r -> list.add(NetworkShapes.rule(g.id(), r)));
            if (a.flag("include_default")) {
                g.defaultSecurityRules().forEach(r -> list.add(NetworkShapes.rule(g.id(), r)));
            }
            return list;
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return SecurityCommands::ruleTable;
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

    static final class DeleteRule implements AzCommand {
        public String name() {
            return "network nsg rule delete";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), Param.value("nsg_name", "--nsg-name").mandatory(),
                    VnetCommands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkSecurityGroup g = nsg(s, a.required("resource_group"), a.required("nsg_name"));
            if (g.securityRule(a.required("name")).isPresent()) {
                Session.call(() -> s.topology().networkSecurityGroups().update(g.id().toString())
                        .withoutRule(a.required("name")).apply());
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ asg, public-ip

    static final class CreateAsg implements AzCommand {
        public String name() {
            return "network asg create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = RoutingCommands.location(a, "applicationSecurityGroups")
                    .orElseGet(() -> s.group(group).region());
            s.group(group);
            return NetworkShapes.asg(Session.call(() -> s.topology().applicationSecurityGroups()
                    .define(a.required("name")).withRegion(region).withExistingResourceGroup(group).create()));
        }
    }

    /**
     * {@code az network public-ip create}: Standard SKU by default (the CLI's default since 2.65), static; prints
     * {@code {"publicIp": ...}} (azure-cli network {@code _format.py transform_public_ip_create_output}).
     */
    static final class CreatePublicIp implements AzCommand {
        public String name() {
            return "network public-ip create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("location", "--location", "-l"), Param.value("sku", "--sku"),
                    Param.value("allocation_method", "--allocation-method"), Param.value("version", "--version"),
                    Param.list("zone", "--zone", "-z"), Param.value("tier", "--tier"),
                    Param.value("dns_name", "--dns-name"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = RoutingCommands.location(a, "publicIPAddresses").orElseGet(() -> s.group(group).region());
            s.group(group);
            PublicIpAddressSku sku = PublicIpAddressSku.valueOf(RoutingCommands.choice(
                    a.value("sku").orElse("Standard"), "--sku", List.of("Basic", "Standard")));
            PublicIpAddress created = Session.call(() -> s.topology().publicIpAddresses().define(a.required("name"))
                    .withRegion(region).withExistingResourceGroup(group).withSku(sku).create());
            if (a.flag("no_wait")) {
                return null;
            }
            ObjectNode out = Json.object();
            out.set("publicIp", NetworkShapes.publicIp(s.topology().state(), created));
            return out;
        }
    }

    // ------------------------------------------------------------------ effective rules, IP flow verify

    /**
     * {@code az network nic list-effective-nsg}: per group filtering the interface, its association and its rules
     * with service tags expanded; the table is azure-cli network {@code _format.py transform_effective_nsg}.
     */
    static final class ListEffectiveNsg implements AzCommand {
        public String name() {
            return "network nic list-effective-nsg";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("name"));
            EffectiveSecurityRules rules = s.topology().dataPlane().effectiveSecurityRules(nic);
            ObjectNode out = Json.object();
            ArrayNode value = out.putArray("value");
            Subnet subnet = s.topology().state().subnet(nic.subnetId()).orElseThrow();
            if (subnet.networkSecurityGroupId() != null) {
                value.add(group(s, subnet.networkSecurityGroupId(), "subnet", subnet.id(), rules));
            }
            if (nic.networkSecurityGroupId() != null) {
                value.add(group(s, nic.networkSecurityGroupId(), "networkInterface", nic.id(), rules));
            }
            return out;
        }

        private static ObjectNode group(Session s, ResourceId nsgId, String kind, ResourceId associated,
                                        EffectiveSecurityRules rules) {
            NetworkSecurityGroup g = s.topology().state().get(NetworkSecurityGroup.class, nsgId).orElseThrow();
            ObjectNode item = Json.object();
            item.putObject("association").putObject(kind).put("id", associated.toString());
            ArrayNode list = item.putArray("effectiveSecurityRules");
            for (EffectiveSecurityRule r : rules.rules()) {
                if (!r.networkSecurityGroup().equals(g.name())) {
                    continue;
                }
                ObjectNode o = list.addObject();
                o.put("access", r.access().name());
                o.set("destinationAddressPrefixes", Json.strings(r.destinationAddressPrefixes()));
                o.set("destinationPortRanges", Json.strings(r.destinationPortRanges()));
                o.put("direction", r.direction().name());
                o.set("expandedDestinationAddressPrefix", Json.strings(r.expandedDestinationAddressPrefixes()));
                o.set("expandedSourceAddressPrefix", Json.strings(r.expandedSourceAddressPrefixes()));
                o.put("name", r.name());
                o.put("priority", r.priority());
                o.put("protocol", r.protocol());
                o.set("sourceAddressPrefixes", Json.strings(r.sourceAddressPrefixes()));
                o.set("sourcePortRanges", Json.strings(r.sourcePortRanges()));
            }
            item.set("networkSecurityGroup", Json.reference(g.id()));
            item.putObject("tagMap");
            return item;
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return result -> {
                ArrayNode rows = Json.array();
                for (JsonNode item : result.path("value")) {
                    JsonNode assoc = item.path("association");
                    String nic = assoc.has("networkInterface") ? ResourceId.parse(assoc.path("networkInterface")
                            .path("id").asText()).name() : "-";
                    String subnet = assoc.has("subnet") ? ResourceId.parse(assoc.path("subnet").path("id").asText())
                            .name() : "-";
                    String nsg = ResourceId.parse(item.path("networkSecurityGroup").path("id").asText()).name();
                    boolean names = true;
                    for (JsonNode rule : item.path("effectiveSecurityRules")) {
                        ObjectNode row = rows.addObject();
                        row.put("NIC", names ? nic : " ");
                        row.put("Subnet", names ? subnet : " ");
                        row.put("NSG", names ? nsg : " ");
                        row.set("Rule Name", rule.get("name"));
                        row.set("Protocol", rule.get("protocol"));
                        row.set("Direction", rule.get("direction"));
                        row.set("Access", rule.get("access"));
                        names = false;
                    }
                }
                return rows;
            };
        }
    }

    /**
     * {@code az network watcher test-ip-flow} (AZURE-SEMANTICS §6.4): {@code {access, ruleName}}, NSGs only. Usage
     * errors are the CLI's ({@code custom.py check_nw_ip_flow}).
     */
    static final class TestIpFlow implements AzCommand {
        public String name() {
            return "network watcher test-ip-flow";
        }

        public List<Param> params() {
            return List.of(Param.value("resource_group", "--resource-group", "-g"),
                    Param.value("vm", "--vm").mandatory(), Param.value("direction", "--direction").mandatory(),
                    Param.value("protocol", "--protocol").mandatory(), Param.value("local", "--local").mandatory(),
                    Param.value("remote", "--remote").mandatory(), Param.value("nic", "--nic"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            SecurityRuleDirection direction = SecurityRuleDirection.valueOf(
                    RoutingCommands.choice(a.required("direction"), "--direction", List.of("Inbound", "Outbound")));
            String p = RoutingCommands.choice(a.required("protocol"), "--protocol", List.of("TCP", "UDP"));
            for (String endpoint : List.of(a.required("local"), a.required("remote"))) {
                if (!endpoint.matches("\\d{1,3}(\\.\\d{1,3}){3}:\\d{1,5}")) {
                    throw AzError.command("usage error: the format of the '--local' and '--remote' should be like"
                            + " x.x.x.x:port");
                }
            }
            VirtualMachine vm = s.vmByNameOrId(a.value("resource_group").orElse(null), a.required("vm"));
            IpFlowVerification v;
            try {
                v = s.topology().networkWatcher().verifyIpFlow(vm.id().toString(), direction,
                        p.equals("TCP") ? Protocol.Tcp : Protocol.Udp, a.required("local"), a.required("remote"));
            } catch (IllegalArgumentException e) {
                throw AzError.command(e.getMessage());
            }
            ObjectNode out = Json.object();
            out.put("access", v.access().name());
            out.put("ruleName", v.ruleName());
            return out;
        }
    }
}
