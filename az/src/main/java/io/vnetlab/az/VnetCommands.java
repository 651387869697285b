package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.Networks;
import io.vnetlab.controlplane.NetworkRequest;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** {@code az network vnet create|show|list|update|delete}. */
final class VnetCommands {

    /** The CLI's defaults when no prefix is given (docs/azure/cli-and-network-watcher.md#vnet-create-defaults). */
    static final String DEFAULT_VNET_PREFIX = "10.0.0.0/16";
    static final String DEFAULT_SUBNET_PREFIX = "10.0.0.0/24";

    private VnetCommands() {
    }

    /**
     * The prefix of the subnet {@code --subnet-name} makes without {@code --subnet-prefixes}: the VNet's first prefix
     * narrowed to a /24 (kept when already longer), address as typed — 10.1.0.0/16 gives 10.1.0.0/24
     * (docs/azure/cli-and-network-watcher.md#vnet-create-defaults).
     */
    static String defaultSubnetPrefix(String vnetPrefix) {
        int slash = vnetPrefix.indexOf('/');
        if (slash < 0) {
            return vnetPrefix;
        }
        int length;
        try {
            length = Integer.parseInt(vnetPrefix.substring(slash + 1));
        } catch (NumberFormatException notALength) {
            // the VNet's own prefix is refused with Azure's error when the network is made
            return vnetPrefix;
        }
        return vnetPrefix.substring(0, slash) + "/" + Math.max(length, 24);
    }

    /**
     * A subnet's prefixes as an option gives them: one IPv4 prefix, or an IPv4 and an IPv6 one for a dual-stack
     * subnet (docs/azure/ipv6.md#subnets); {@code ipv6} is {@code null} for a single-stack subnet.
     */
    record SubnetPrefixes(String ipv4, String ipv6) {
        static SubnetPrefixes of(List<String> given, String option) {
            String ipv6 = given.size() == 2 ? given.stream().filter(p -> p.contains(":")).findFirst().orElse(null)
                    : null;
            return new SubnetPrefixes(onePrefix(given.stream().filter(p -> ipv6 == null || !p.equals(ipv6)).toList(),
                    option), ipv6);
        }
    }

    static String onePrefix(List<String> prefixes, String option) {
        if (prefixes.size() > 1) {
            throw AzError.usage("argument " + option + ": vnetlab emulates subnets with one address prefix; got "
                    + String.join(" ", prefixes) + ".");
        }
        return prefixes.get(0);
    }

    /** Makes {@code network}'s address space exactly {@code prefixes}, in the order given. */
    static void replaceAddressSpace(Networks.Update update, VirtualNetwork network, List<String> prefixes) {
        // the PUT carries the space as the command lists it, in that order (docs/azure/addressing.md#address-space):
        // --address-prefixes 20.0.0.0/16 10.0.0.0/16 makes 20.0.0.0/16 the first prefix, as Azure keeps it
        network.addressSpace().forEach(old -> update.withoutAddressSpace(old.toString()));
        prefixes.forEach(update::withAddressSpace);
    }

    /**
     * azure-cli network {@code _format.py transform_vnet_table_output}
     * (docs/azure/cli-and-network-watcher.md#vnet-list-table).
     */
    static UnaryOperator<JsonNode> vnetTable() {
        return result -> {
            if (!result.isArray()) {
                return row(result);
            }
            ArrayNode rows = Json.array();
            result.forEach(v -> rows.add(row(v)));
            return rows;
        };
    }

    private static ObjectNode row(JsonNode v) {
        ObjectNode row = Json.object();
        row.set("Name", v.get("name"));
        row.set("ResourceGroup", v.get("resourceGroup"));
        row.set("Location", v.get("location"));
        row.put("NumSubnets", v.path("subnets").size());
        List<String> prefixes = new ArrayList<>();
        v.path("addressSpace").path("addressPrefixes").forEach(p -> prefixes.add(p.asText()));
        row.put("Prefixes", prefixes.isEmpty() ? " " : String.join(", ", prefixes));
        List<String> dns = new ArrayList<>();
        v.path("dhcpOptions").path("dnsServers").forEach(p -> dns.add(p.asText()));
        row.put("DnsServers", dns.isEmpty() ? " " : String.join(", ", dns));
        row.set("DDOSProtection", v.get("enableDdosProtection"));
        row.put("VMProtection", v.path("enableVmProtection").asBoolean(false));
        return row;
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network vnet create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.list("address_prefixes", "--address-prefixes", "--address-prefix"),
                    Param.value("subnet_name", "--subnet-name"),
                    Param.list("subnet_prefixes", "--subnet-prefixes", "--subnet-prefix"),
                    Param.value("nsg", "--network-security-group", "--nsg").emptyMeansNone(),
                    Param.list("dns_servers", "--dns-servers").emptyMeansNone(),
                    Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String groupName = a.required("resource_group");
            String vnetName = a.required("name");
            List<String> dnsServers = dnsServers(a);
            Region region = a.value("location").map(l -> Session.region(l, "virtualNetworks"))
                    .orElseGet(() -> s.group(groupName).region());
            s.group(groupName);
            List<String> prefixes = a.has("address_prefixes") ? a.list("address_prefixes") : List.of(DEFAULT_VNET_PREFIX);
            String subnetName = a.value("subnet_name").orElse(null);
            if (subnetName == null && a.has("subnet_prefixes")) {
                throw AzError.command("usage error: --subnet-name NAME [--subnet-prefixes PREFIXES]");
            }
            SubnetPrefixes subnetPrefix = a.has("subnet_prefixes")
                    ? SubnetPrefixes.of(a.list("subnet_prefixes"), "--subnet-prefixes")
                    : new SubnetPrefixes(defaultSubnetPrefix(prefixes.get(0)), null);
            VirtualNetwork existing = s.findVnet(groupName, vnetName).orElse(null);
            // --network-security-group goes on the subnet the command makes (azure-cli create_vnet); none, none.
            ResourceId nsgId = a.value("nsg").filter(v -> !v.isEmpty() && subnetName != null)
                    .map(v -> Commands.reference(s, groupName, "networkSecurityGroups", v)).orElse(null);
            SubnetCommands.requireReference(s, nsgId, io.vnetlab.model.NetworkSecurityGroup.class,
                    s.id(groupName, ResourceId.NETWORK, "virtualNetworks", vnetName).child("subnets",
                            subnetName == null ? "-" : subnetName));
            java.util.function.Function<io.vnetlab.Topology, VirtualNetwork> change = t -> {
                VirtualNetwork made = put(s, t, existing, vnetName, region, groupName, prefixes, subnetName,
                        subnetPrefix);
                if (nsgId != null) {
                    t.networkSecurityGroups().associateWithSubnet(nsgId.toString(), made.id().toString(), subnetName);
                    return t.state().network(made.id()).orElseThrow();
                }
                return made;
            };
            VirtualNetwork result = Session.call(() -> {
                change.apply(s.topology().fork());
                return change.apply(s.topology());
            });
            // a create is a PUT of the network: servers it does not name are gone
            putDnsServers(s, result.id(), dnsServers);
            if (a.flag("no_wait")) {
                return null;
            }
            ObjectNode out = Json.object();
            out.set("newVNet", Shapes.vnet(s.topology().state(), result));
            return out;
        }

        private static VirtualNetwork put(Session s, io.vnetlab.Topology t, VirtualNetwork existing, String vnetName,
                                          Region region, String groupName, List<String> prefixes, String subnetName,
                                          SubnetPrefixes subnetPrefix) {
            if (existing != null) {
                if (!existing.region().name().equals(region.name())) {
                    // a create of an existing name is a PUT of that network: in another region the control plane
                    // refuses it with InvalidResourceLocation, as Azure does
                    NetworkRequest now = NetworkRequest.of(existing);
                    t.batch(b -> b.putNetwork(new NetworkRequest(existing.id(), region, now.addressPrefixes(),
                            now.subnets())));
                }
                Networks.Update update = t.networks().update(existing.id().toString());
                replaceAddressSpace(update, existing, prefixes);
                if (subnetName != null && subnetPrefix.ipv6() == null) {
                    update.withSubnet(subnetName, subnetPrefix.ipv4());
                } else if (subnetName != null) {
                    update.withDualStackSubnet(subnetName, subnetPrefix.ipv4(), subnetPrefix.ipv6());
                }
                return update.apply();
            }
            Networks.Definition d = t.networks().define(vnetName).withRegion(region)
                    .withExistingResourceGroup(groupName).inSubscription(s.subscriptionId());
            prefixes.forEach(d::withAddressSpace);
            if (subnetName != null && subnetPrefix.ipv6() == null) {
                d.withSubnet(subnetName, subnetPrefix.ipv4());
            } else if (subnetName != null) {
                d.withDualStackSubnet(subnetName, subnetPrefix.ipv4(), subnetPrefix.ipv6());
            }
            return d.create();
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network vnet show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("expand", "--expand"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.vnet(s.topology().state(), s.vnet(a.required("resource_group"), a.required("name")));
        }
    }

    static final class ListVnets implements AzCommand {
        public String name() {
            return "network vnet list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().state().networks(), VirtualNetwork::id,
                    n -> Shapes.vnet(s.topology().state(), n));
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return vnetTable();
        }
    }

    /**
     * {@code az network vnet list-endpoint-services -l LOCATION}: the services a subnet in that region can enable
     * service endpoints to, as {@code virtualNetworkEndpointServices} of the subscription
     * (docs/azure/service-endpoints.md#list-endpoint-services).
     */
    static final class ListEndpointServices implements AzCommand {
        public String name() {
            return "network vnet list-endpoint-services";
        }

        public List<Param> params() {
            return List.of(Param.value("location", "--location", "-l").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            Session.region(a.required("location"), "locations/virtualNetworkAvailableEndpointServices");
            com.fasterxml.jackson.databind.node.ArrayNode list = Json.array();
            for (io.vnetlab.model.EndpointService service : io.vnetlab.model.EndpointService.values()) {
                com.fasterxml.jackson.databind.node.ObjectNode o = list.addObject();
                o.put("id", "/subscriptions/" + s.subscriptionId()
                        + "/providers/Microsoft.Network/virtualNetworkEndpointServices/" + service.serviceName());
                o.put("name", service.serviceName());
                o.put("type", "Microsoft.Network/virtualNetworkEndpointServices");
            }
            return list;
        }
    }

    static final class Update implements AzCommand {
        public String name() {
            return "network vnet update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.list("address_prefixes", "--address-prefixes", "--address-prefix"),
                    Param.list("dns_servers", "--dns-servers").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("name"));
            List<String> dnsServers = dnsServers(a);
            VirtualNetwork result = network;
            if (a.has("address_prefixes")) {
                result = Session.call(() -> {
                    Networks.Update update = s.topology().networks().update(network.id().toString());
                    replaceAddressSpace(update, network, a.list("address_prefixes"));
                    return update.apply();
                });
            }
            if (a.has("dns_servers")) {
                putDnsServers(s, network.id(), dnsServers);
            }
            return a.flag("no_wait") ? null : Shapes.vnet(s.topology().state(), result);
        }
    }

    /**
     * {@code --dns-servers}: IP addresses, {@code ""} for none; recorded and shown, not simulated
     * (docs/azure/addressing.md#dns-servers).
     */
    static List<String> dnsServers(Args a) {
        List<String> servers = a.list("dns_servers").stream().filter(v -> !v.isEmpty()).toList();
        for (String server : servers) {
            if (!io.vnetlab.address.IpAddress.isValid(server)) {
                throw AzError.usage("argument --dns-servers: '" + server + "' is not an IP address.");
            }
        }
        return servers;
    }

    static void putDnsServers(Session s, ResourceId networkId, List<String> servers) {
        s.topology().batch(b -> {
            b.apply(st -> io.vnetlab.controlplane.ResourceManager.putDnsServers(st, networkId, servers));
            return null;
        });
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network vnet delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("name"));
            Session.call(() -> s.topology().networks().delete(network.id().toString()));
            return null;
        }
    }
}
