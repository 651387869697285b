package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.AzureFirewalls;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.IpGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code azure-firewall} extension's commands vnetlab emulates (docs/azure/azure-firewall.md#cli): {@code az
 * network firewall create} in a network's AzureFirewallSubnet, and the classic rules of {@code az network firewall
 * network-rule create} and {@code application-rule create}, which add a rule to a collection, creating the collection
 * with {@code --priority} and {@code --action} when it is new. Outputs are the resources' REST shapes.
 */
final class FirewallCommands {

    private FirewallCommands() {
    }

    static AzureFirewall firewall(Session s, String group, String name) {
        ResourceId id = Commands.reference(s, group, "azureFirewalls", name);
        return Commands.existing(s, AzureFirewall.class, "azureFirewalls", id);
    }

    /**
     * {@code az network firewall create}: with {@code --vnet-name}, the firewall in the network's AzureFirewallSubnet;
     * without, a firewall with no IP configuration yet, which {@code ip-config create} places
     * (docs/azure/azure-firewall.md#ip-configuration).
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network firewall create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("vnet_name", "--vnet-name"),
                    Param.value("policy", "--firewall-policy", "--policy"),
                    Param.value("threat_intel_mode", "--threat-intel-mode").choices("Alert", "Deny", "Off"),
                    Param.value("public_ip", "--public-ip"), Param.value("location", "--location", "-l"),
                    Param.list("private_ranges", "--private-ranges"),
                    Param.value("sku", "--sku").choices("AZFW_Hub", "AZFW_VNet"),
                    Param.value("tier", "--tier").choices("Basic", "Premium", "Standard"),
                    Param.list("tags", "--tags").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            if (a.value("vnet_name").isEmpty()) {
                return firewallShape(s.topology().state(), FirewallIpConfigCommands.putUnplaced(s, a, group));
            }
            VirtualNetwork network = s.vnet(group, a.required("vnet_name"));
            AzureFirewall fw = Session.call(() -> {
                AzureFirewalls.Definition d = s.topology().azureFirewalls().define(a.required("name"))
                        .withExistingNetwork(network.id().toString());
                a.value("policy").ifPresent(p -> d.withPolicy(Commands.reference(s, group, "firewallPolicies", p)
                        .toString()));
                a.value("threat_intel_mode").ifPresent(d::withThreatIntelMode);
                if (!a.list("private_ranges").isEmpty()) {
                    d.withSnatPrivateRanges(a.list("private_ranges").toArray(String[]::new));
                }
                a.value("public_ip").ifPresent(p -> d.withPublicIpAddress(Commands.reference(s, group,
                        "publicIPAddresses", p).toString()));
                return d.create();
            });
            return firewallShape(s.topology().state(), fw);
        }
    }

    /** {@code az network firewall network-rule create}: a classic network rule. */
    static final class NetworkRuleCreate implements AzCommand {
        public String name() {
            return "network firewall network-rule create";
        }

        public List<Param> params() {
            return ruleParams(true);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            FirewallRule rule = new FirewallRule(a.required("name"), a.list("protocols"), a.list("source_addresses"),
                    ipGroups(s, a, "source_ip_groups"), a.list("destination_addresses"),
                    ipGroups(s, a, "destination_ip_groups"), a.list("destination_ports"),
                    a.list("destination_fqdns"), List.of(), null, null);
            return addClassic(s, a, FirewallRuleCollection.Kind.Network, rule);
        }
    }

    /** {@code az network firewall application-rule create}: a classic application rule ({@code --protocols Https=443}). */
    static final class ApplicationRuleCreate implements AzCommand {
        public String name() {
            return "network firewall application-rule create";
        }

        public List<Param> params() {
            return ruleParams(false);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            FirewallRule rule = new FirewallRule(a.required("name"), applicationProtocols(a.list("protocols")),
                    a.list("source_addresses"), ipGroups(s, a, "source_ip_groups"), List.of(), List.of(), List.of(),
                    a.list("target_fqdns"), a.list("fqdn_tags"), null, null);
            return addClassic(s, a, FirewallRuleCollection.Kind.Application, rule);
        }
    }

    /**
     * {@code az network firewall nat-rule create}: a classic DNAT rule, translating traffic to the firewall's public
     * address and port to a private address and port (docs/azure/azure-firewall.md#dnat).
     */
    static final class NatRuleCreate implements AzCommand {
        public String name() {
            return "network firewall nat-rule create";
        }

        public List<Param> params() {
            return withDnatRuleOptions(Commands.groupParam(), Commands.nameParam(),
                    Param.value("firewall_name", "--firewall-name", "-f").mandatory(),
                    Param.value("collection_name", "--collection-name", "-c").mandatory(),
                    Param.value("priority", "--priority"), Param.value("action", "--action").choices("Dnat", "Snat"),
                    Param.list("protocols", "--protocols").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            requireDnat(a);
            FirewallRule rule = new FirewallRule(a.required("name"), a.list("protocols"), a.list("source_addresses"),
                    ipGroups(s, a, "source_ip_groups"), a.list("destination_addresses"), List.of(),
                    a.list("destination_ports"), List.of(), List.of(), a.value("translated_address").orElse(null),
                    a.required("translated_port"));
            return addClassic(s, a, FirewallRuleCollection.Kind.Nat, rule);
        }
    }

    /** NAT rule collections that SNAT (a Premium-era option) are not simulated: said plainly, nothing changed. */
    static void requireDnat(Args a) {
        if (a.value("action").map(x -> x.equalsIgnoreCase("Snat")).orElse(false)) {
            throw AzError.command("vnetlab simulates DNAT rule collections only: a NAT rule collection with action"
                    + " SNAT is not simulated");
        }
    }

    /**
     * {@code own}, then the options a DNAT rule has both in a firewall's classic NAT collections and in a policy's
     * NAT collections: what it matches, what it translates to, and its description.
     */
    static List<Param> withDnatRuleOptions(Param... own) {
        List<Param> params = new ArrayList<>(List.of(own));
        params.addAll(List.of(Param.list("source_addresses", "--source-addresses"),
                Param.list("source_ip_groups", "--source-ip-groups"),
                Param.list("destination_addresses", "--destination-addresses").mandatory(),
                Param.list("destination_ports", "--destination-ports").mandatory(),
                Param.value("translated_address", "--translated-address"),
                Param.value("translated_port", "--translated-port").mandatory(),
                Param.value("description", "--description")));
        return List.copyOf(params);
    }

    private static List<Param> ruleParams(boolean network) {
        List<Param> params = new ArrayList<>(List.of(Commands.groupParam(), Commands.nameParam(),
                Param.value("firewall_name", "--firewall-name", "-f").mandatory(),
                Param.value("collection_name", "--collection-name", "-c").mandatory(),
                Param.value("priority", "--priority"), Param.value("action", "--action").choices("Allow", "Deny"),
                Param.list("protocols", "--protocols").mandatory(), Param.list("source_addresses", "--source-addresses"),
                Param.list("source_ip_groups", "--source-ip-groups"), Param.value("description", "--description")));
        if (network) {
            params.addAll(List.of(Param.list("destination_addresses", "--destination-addresses"),
                    Param.list("destination_ip_groups", "--destination-ip-groups"),
                    Param.list("destination_fqdns", "--destination-fqdns"),
                    Param.list("destination_ports", "--destination-ports").mandatory()));
        } else {
            params.addAll(List.of(Param.list("target_fqdns", "--target-fqdns"), Param.list("fqdn_tags", "--fqdn-tags")));
        }
        return params;
    }

    private static JsonNode addClassic(Session s, Args a, FirewallRuleCollection.Kind kind, FirewallRule rule) {
        String group = a.required("resource_group");
        AzureFirewall fw = firewall(s, group, a.required("firewall_name"));
        String collection = a.required("collection_name");
        boolean exists = fw.ruleCollections().stream().anyMatch(c -> c.kind() == kind
                && c.name().equalsIgnoreCase(collection));
        if (!exists && (a.value("priority").isEmpty() || a.value("action").isEmpty())) {
            throw AzError.command("--priority and --action are required when creating a new collection");
        }
        int priority = exists ? 0 : priority(a.required("priority"));
        FirewallRuleCollection.Action action = FirewallRuleCollection.Action.valueOf(a.value("action")
                .orElse(kind == FirewallRuleCollection.Kind.Nat ? "Dnat" : "Allow"));
        Session.call(() -> s.topology().azureFirewalls().addClassicRule(fw.id().toString(), kind, collection,
                priority, action, rule));
        return ruleShape(rule, kind);
    }

    static int priority(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --priority: invalid int value: '" + text + "'");
        }
    }

    /** The CLI's {@code Http=80 Https=443} as the model's {@code Http:80}. */
    static List<String> applicationProtocols(List<String> cli) {
        List<String> result = new ArrayList<>();
        for (String p : cli) {
            String[] parts = p.split("[=:]");
            if (parts.length != 2 || !parts[1].matches("[0-9]{1,5}")) {
                throw AzError.usage("usage error: --protocols PROTOCOL=PORT [PROTOCOL=PORT ...], such as Https=443;"
                        + " got '" + p + "'");
            }
            result.add(parts[0] + ":" + parts[1]);
        }
        return result;
    }

    static List<ResourceId> ipGroups(Session s, Args a, String dest) {
        List<ResourceId> ids = new ArrayList<>();
        for (String g : a.list(dest)) {
            ResourceId id = Commands.reference(s, a.required("resource_group"), "ipGroups", g);
            ids.add(Commands.existing(s, IpGroup.class, "ipGroups", id).id());
        }
        return ids;
    }

    static ObjectNode ruleShape(FirewallRule rule, FirewallRuleCollection.Kind kind) {
        ObjectNode o = Json.object();
        o.put("name", rule.name());
        if (kind == FirewallRuleCollection.Kind.Application) {
            ArrayNode protocols = o.putArray("protocols");
            for (String p : rule.protocols()) {
                String[] parts = p.split(":");
                protocols.addObject().put("port", Integer.parseInt(parts[1])).put("protocolType", parts[0]);
            }
            o.set("sourceAddresses", Json.strings(rule.sourceAddresses()));
            o.set("targetFqdns", Json.strings(rule.fqdns()));
            o.set("fqdnTags", Json.strings(rule.fqdnTags()));
        } else {
            o.set("destinationAddresses", Json.strings(rule.destinationAddresses()));
            o.set("destinationFqdns", Json.strings(rule.fqdns()));
            o.set("destinationPorts", Json.strings(rule.destinationPorts()));
            o.set("protocols", Json.strings(rule.protocols()));
            o.set("sourceAddresses", Json.strings(rule.sourceAddresses()));
            if (kind == FirewallRuleCollection.Kind.Nat) {
                o.put("translatedAddress", rule.translatedAddress());
                o.put("translatedPort", rule.translatedPort());
            }
        }
        o.set("sourceIpGroups", Json.strings(rule.sourceIpGroups().stream().map(Object::toString).toList()));
        return o;
    }

    static ObjectNode firewallShape(io.vnetlab.controlplane.TopologyState state, AzureFirewall fw) {
        ObjectNode o = Json.object();
        o.put("id", fw.id().toString());
        o.put("location", fw.region().name());
        o.put("name", fw.name());
        state.networkInterface(fw.id()).ifPresent(nic -> o.putArray("ipConfigurations")
                .add(FirewallIpConfigCommands.configShape(fw, nic)));
        fw.firewallPolicy().ifPresent(p -> o.putObject("firewallPolicy").put("id", p.toString()));
        o.put("provisioningState", "Succeeded");
        o.put("resourceGroup", fw.id().resourceGroup());
        if (fw.threatIntelMode() != null) {
            o.put("threatIntelMode", fw.threatIntelMode());
        }
        o.put("type", "Microsoft.Network/azureFirewalls");
        return o;
    }

    /** Which policy shape a command prints. */
    static ObjectNode policyShape(FirewallPolicy p) {
        ObjectNode o = Json.object();
        p.basePolicy().ifPresent(b -> o.putObject("basePolicy").put("id", b.toString()));
        o.put("id", p.id().toString());
        o.put("location", p.region().name());
        o.put("name", p.name());
        o.put("provisioningState", "Succeeded");
        o.put("resourceGroup", p.id().resourceGroup());
        ArrayNode groups = o.putArray("ruleCollectionGroups");
        p.ruleCollectionGroups().forEach(g -> groups.addObject().put("id", g.id().toString()));
        o.put("threatIntelMode", p.threatIntelMode());
        o.put("type", "Microsoft.Network/FirewallPolicies");
        return o;
    }
}
