package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRule;
import io.vnetlab.dataplane.EffectiveSecurityRule;
import io.vnetlab.dataplane.EffectiveSecurityRules;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** {@code az network nic create|show|list|update|show-effective-route-table|list-effective-nsg}. */
final class NicCommands {

    private NicCommands() {
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network nic show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return NicLoadBalancerRefs.nic(s.topology().state(), s.nic(a.required("resource_group"),
                    a.required("name")));
        }
    }

    /**
     * {@code az network nic create}: an interface in {@code --subnet} (a name with {@code --vnet-name}, or an id),
     * dynamic unless {@code --private-ip-address} fixes its address, with the NSG, public IP and application
     * security groups it names, in the load balancer pools and inbound NAT rules of {@code --lb-name} /
     * {@code --lb-address-pools} / {@code --lb-inbound-nat-rules}; prints {@code {"NewNIC": ...}} (azure-cli network
     * {@code custom.py NICCreate}). On an existing name it is a PUT of that interface, which stays attached to its
     * VM. The interface and its memberships are one change: a missing pool or rule leaves no interface behind.
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network nic create";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("subnet", "--subnet").mandatory(),
                    Param.value("vnet_name", "--vnet-name"), Param.value("location", "--location", "-l"),
                    Param.value("private_ip", "--private-ip-address"),
                    Param.value("ip_version", "--private-ip-address-version"),
                    Param.value("public_ip", "--public-ip-address").emptyMeansNone(),
                    Param.value("nsg", "--network-security-group").emptyMeansNone(),
                    Param.list("asgs", "--application-security-groups", "--asgs"),
                    Param.bool("ip_forwarding", "--ip-forwarding"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.bool("accelerated_networking", "--accelerated-networking"),
                    Param.list("dns_servers", "--dns-servers").emptyMeansNone(),
                    Param.value("internal_dns_name", "--internal-dns-name").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait")));
            params.addAll(LbMembershipOptions.params());
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "networkInterfaces");
            ResourceId id = s.id(group, ResourceId.NETWORK, "networkInterfaces", a.required("name"));
            ResourceId subnetId = subnetId(s, group, a);
            ResourceId nsgId = optionalReference(s, a, group, "nsg", "networkSecurityGroups");
            ResourceId publicIpId = optionalReference(s, a, group, "public_ip", "publicIPAddresses");
            SubnetCommands.requireReference(s, nsgId, NetworkSecurityGroup.class, id);
            SubnetCommands.requireReference(s, publicIpId, PublicIpAddress.class, id);
            List<ResourceId> asgs = a.list("asgs").stream().map(g -> AsgCommands.asg(s, group, g).id()).toList();
            requirePrimaryVersionIpv4(a);
            LbMembershipOptions.Membership membership = LbMembershipOptions.resolve(s, group, a, id);
            List<String> dnsServers = VnetCommands.dnsServers(a);
            NetworkInterface nic = Session.call(() -> s.topology().batch(b -> {
                NetworkInterface put = b.putNetworkInterface(new NicRequest(id, region, subnetId,
                        a.value("private_ip").orElse(null), a.bool("ip_forwarding").orElse(false), nsgId, asgs,
                        publicIpId));
                b.apply(st -> membership.applyTo(st, NicIpConfigAddressPoolCommands.ipConfigurationId(put)));
                // a create is a PUT of the interface: without the option, it is off
                b.apply(st -> ResourceManager.putAcceleratedNetworking(st, put.id(),
                        a.bool("accelerated_networking").orElse(false)));
                b.apply(st -> ResourceManager.putInterfaceDnsSettings(st, put.id(), dnsServers,
                        a.value("internal_dns_name").orElse(null)));
                return put;
            }));
            return a.flag("no_wait") ? null : Commands.under("NewNIC", NicLoadBalancerRefs.nic(s.topology().state(),
                    nic));
        }

        /**
         * The interface's first IP configuration is its primary one, and a primary IP configuration is IPv4: an IPv6
         * address is a second configuration beside it (docs/azure/ipv6.md#network-interfaces).
         */
        private static void requirePrimaryVersionIpv4(Args a) {
            a.value("ip_version").filter(v -> !v.equalsIgnoreCase("IPv4")).ifPresent(v -> {
                throw v.equalsIgnoreCase("IPv6")
                        ? AzError.command("A network interface's primary IP configuration is IPv4: create the"
                                + " interface with IPv4, then add the IPv6 address with 'az network nic ip-config"
                                + " create --private-ip-address-version IPv6'.")
                        : AzError.usage("argument --private-ip-address-version: invalid choice: '" + v
                                + "' (choose from 'IPv4', 'IPv6')");
            });
        }

        /** {@code --subnet ID}, or {@code --subnet NAME --vnet-name NAME} in the command's group. */
        static ResourceId subnetId(Session s, String group, Args a) {
            String subnet = a.required("subnet");
            if (ResourceId.looksLikeId(subnet)) {
                return ResourceId.parse(subnet);
            }
            String vnet = a.value("vnet_name").orElseThrow(() ->
                    AzError.command("usage error: --subnet ID | --subnet NAME --vnet-name NAME"));
            return s.subnet(group, vnet, subnet).id();
        }

        private static ResourceId optionalReference(Session s, Args a, String group, String dest, String type) {
            return a.value(dest).filter(v -> !v.isEmpty()).map(v -> Commands.reference(s, group, type, v)).orElse(null);
        }
    }

    /**
     * {@code az network nic update}: IP forwarding, as a network virtual appliance needs
     * (docs/azure/routing.md#ip-forwarding).
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network nic update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.bool("ip_forwarding", "--ip-forwarding"),
                    Param.value("nsg", "--network-security-group").emptyMeansNone(),
                    Param.bool("accelerated_networking", "--accelerated-networking"),
                    Param.list("dns_servers", "--dns-servers").emptyMeansNone(),
                    Param.value("internal_dns_name", "--internal-dns-name").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("name"));
            io.vnetlab.model.ResourceId nsgId = a.value("nsg").filter(v -> !v.isEmpty())
                    .map(v -> Commands.reference(s, a.required("resource_group"), "networkSecurityGroups", v))
                    .orElse(null);
            SubnetCommands.requireReference(s, nsgId, io.vnetlab.model.NetworkSecurityGroup.class, nic.id());
            NetworkInterface result = a.bool("ip_forwarding").map(on -> Session.call(() ->
                    s.topology().networkInterfaces().updateIpForwarding(nic.id().toString(), on))).orElse(nic);
            if (a.has("nsg")) {
                result = Session.call(() -> nsgId == null
                        ? s.topology().networkSecurityGroups().dissociateFromNetworkInterface(nic.id().toString())
                        : s.topology().networkSecurityGroups().associateWithNetworkInterface(nsgId.toString(),
                                nic.id().toString()));
            }
            a.bool("accelerated_networking").ifPresent(on -> s.topology().batch(b -> {
                b.apply(st -> ResourceManager.putAcceleratedNetworking(st, nic.id(), on));
                return null;
            }));
            if (a.has("dns_servers") || a.has("internal_dns_name")) {
                // what the command does not name stays as it was
                List<String> servers = a.has("dns_servers") ? VnetCommands.dnsServers(a)
                        : ResourceManager.interfaceDnsServers(s.topology().state(), nic.id());
                String label = a.has("internal_dns_name") ? a.value("internal_dns_name").orElse(null)
                        : ResourceManager.internalDnsNameLabel(s.topology().state(), nic.id()).orElse(null);
                s.topology().batch(b -> {
                    b.apply(st -> ResourceManager.putInterfaceDnsSettings(st, nic.id(), servers, label));
                    return null;
                });
            }
            return a.flag("no_wait") ? null : Shapes.nic(s.topology().state(), result);
        }
    }

    static final class ListNics implements AzCommand {
        public String name() {
            return "network nic list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            // an Azure Firewall's or a Bastion host's interfaces are the service's own: Azure lists no
            // networkInterfaces resource for them in the customer's group (docs/azure/arm-templates.md#faithful-names)
            return Commands.listInGroup(s, a, s.topology().state().networkInterfaces().stream()
                    .filter(nic -> nic.id().type().equalsIgnoreCase("Microsoft.Network/networkInterfaces")).toList(),
                    NetworkInterface::id, nic -> Shapes.nic(s.topology().state(), nic));
        }
    }

    static final class ShowEffectiveRouteTable implements AzCommand {
        public String name() {
            return "network nic show-effective-route-table";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("name"));
            return Shapes.effectiveRoutes(s.topology().dataPlane().effectiveRoutes(nic));
        }

        /**
         * azure-cli network {@code _format.py transform_effective_route_table}
         * (docs/azure/cli-and-network-watcher.md#effective-route-table): Source, State, Address Prefix, Next Hop Type,
         * Next Hop IP, multiple values space-joined.
         */
        public UnaryOperator<JsonNode> tableTransformer() {
            return result -> {
                ArrayNode rows = Json.array();
                for (JsonNode route : result.path("value")) {
                    ObjectNode row = rows.addObject();
                    row.set("Source", route.get("source"));
                    row.set("State", route.get("state"));
                    row.put("Address Prefix", joined(route.get("addressPrefix")));
                    row.set("Next Hop Type", route.get("nextHopType"));
                    row.put("Next Hop IP", joined(route.get("nextHopIpAddress")));
                }
                return rows;
            };
        }

        private static String joined(JsonNode values) {
            List<String> parts = new ArrayList<>();
            if (values != null) {
                values.forEach(v -> parts.add(v.asText()));
            }
            return String.join(" ", parts);
        }
    }

    /**
     * {@code az network nic list-effective-nsg}: per group filtering the interface, its association and its rules
     * with service tags expanded; the table is azure-cli network {@code _format.py transform_effective_nsg}.
     */
    static final class ListEffectiveNsg implements AzCommand {
        public String name() {
            return "network nic list-effective-nsg";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("name"));
            EffectiveSecurityRules rules = s.topology().dataPlane().effectiveSecurityRules(nic);
            ObjectNode out = Json.object();
            ArrayNode value = out.putArray("value");
            adminGroups(rules).forEach(value::add);
            Subnet subnet = s.topology().state().subnet(nic.subnetId()).orElseThrow();
            if (subnet.networkSecurityGroupId() != null) {
                value.add(group(s, subnet.networkSecurityGroupId(), "subnet", subnet.id(), rules));
            }
            if (nic.networkSecurityGroupId() != null) {
                value.add(group(s, nic.networkSecurityGroupId(), "networkInterface", nic.id(), rules));
            }
            return out;
        }

        /**
         * The security admin rules applying to the interface's network, one item per deployed configuration, before
         * the NSGs as they are evaluated before them; named by {@code securityAdminConfiguration} where an NSG item
         * has {@code networkSecurityGroup} (docs/azure/decisions.md#admin-rules-in-network-watcher).
         */
        private static List<ObjectNode> adminGroups(EffectiveSecurityRules rules) {
            java.util.Map<ResourceId, ObjectNode> items = new java.util.LinkedHashMap<>();
            for (io.vnetlab.dataplane.EffectiveAdminRule r : rules.adminRules()) {
                ObjectNode item = items.computeIfAbsent(r.configurationId(), id -> {
                    ObjectNode o = Json.object();
                    o.putObject("association").putObject("virtualNetwork").put("id", r.networkId().toString());
                    o.putArray("effectiveSecurityRules");
                    o.set("securityAdminConfiguration", Json.reference(id));
                    o.putObject("tagMap");
                    return o;
                });
                writeRule(((ArrayNode) item.get("effectiveSecurityRules")).addObject(), r);
            }
            return List.copyOf(items.values());
        }

        /**
         * One rule as Network Watcher lists it among an interface's effective security rules: {@code *} as
         * 0.0.0.0/0, each list with its single-valued twin, and an expansion only for a side that names a service
         * tag or application security groups (docs/azure/cli-and-network-watcher.md#effective-security-rules).
         */
        private static void writeRule(ObjectNode o, EffectiveRule r) {
            List<String> destinations = anyAsPrefix(r.destinationAddressPrefixes());
            List<String> sources = anyAsPrefix(r.sourceAddressPrefixes());
            o.put("access", r.access().name());
            o.set("destinationAddressPrefix", single(destinations));
            o.set("destinationAddressPrefixes", Json.strings(destinations));
            o.set("destinationPortRange", single(r.destinationPortRanges()));
            o.set("destinationPortRanges", Json.strings(r.destinationPortRanges()));
            o.put("direction", r.direction().name());
            o.set("expandedDestinationAddressPrefix", expansion(destinations, r.expandedDestinationAddressPrefixes()));
            o.set("expandedSourceAddressPrefix", expansion(sources, r.expandedSourceAddressPrefixes()));
            o.put("name", r.name());
            o.put("priority", r.priority());
            o.put("protocol", r.protocol());
            o.set("sourceAddressPrefix", single(sources));
            o.set("sourceAddressPrefixes", Json.strings(sources));
            o.set("sourcePortRange", single(r.sourcePortRanges()));
            o.set("sourcePortRanges", Json.strings(r.sourcePortRanges()));
        }

        private static List<String> anyAsPrefix(List<String> prefixes) {
            return prefixes.stream().map(p -> "*".equals(p.trim()) ? "0.0.0.0/0" : p).collect(Collectors.toList());
        }

        /** The one value of a list, or null when it has several (docs/azure/decisions.md#effective-rule-singular-fields). */
        private static JsonNode single(List<String> values) {
            return values.size() == 1 ? TextNode.valueOf(values.get(0)) : NullNode.getInstance();
        }

        /** Null when every address of the side is written out already: there is nothing to expand. */
        private static JsonNode expansion(List<String> side, List<String> expanded) {
            boolean literal = side.stream().allMatch(p -> p.contains("/") || IpAddress.isValid(p.trim()));
            return literal && !side.isEmpty() ? NullNode.getInstance() : Json.strings(expanded);
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
                writeRule(list.addObject(), r);
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
                    JsonNode filter = item.has("networkSecurityGroup") ? item.path("networkSecurityGroup")
                            : item.path("securityAdminConfiguration");
                    String nsg = ResourceId.parse(filter.path("id").asText()).name();
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
}
