package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.Connections;
import io.vnetlab.LocalNetworkGateways;
import io.vnetlab.RouteTables;
import io.vnetlab.VirtualNetworkGateways;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network route-table create|show|list}, {@code az network route-table route create|show|list|delete},
 * {@code az network vnet-gateway create}, {@code az network local-gateway create} and {@code az network
 * vpn-connection create} (AZURE-SEMANTICS §3, §4.2).
 */
final class RoutingCommands {

    /** The route next hop types the CLI offers (REST {@code RouteNextHopType}, §4.2.2). */
    static final List<String> NEXT_HOP_TYPES = List.of("Internet", "None", "VirtualAppliance",
            "VirtualNetworkGateway", "VnetLocal");

    private RoutingCommands() {
    }

    /** An aaz enum argument: its value matched case-insensitively, or the CLI's "not a valid value" error. */
    static String choice(String value, String option, List<String> allowed) {
        return allowed.stream().filter(c -> c.equalsIgnoreCase(value)).findFirst().orElseThrow(() ->
                AzError.usage("argument " + option + ": invalid choice: '" + value + "' (choose from "
                        + String.join(", ", allowed.stream().map(c -> "'" + c + "'").toList()) + ")"));
    }

    static Optional<Region> location(Args a, String type) {
        return a.value("location").map(l -> Session.region(l, type));
    }

    static RouteTable routeTable(Session s, String group, String nameOrId) {
        ResourceId id = ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, "routeTables", nameOrId);
        s.group(id.resourceGroup());
        return s.topology().state().get(RouteTable.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/routeTables", id.name(), id.resourceGroup()));
    }

    static VirtualNetworkGateway gateway(Session s, String group, String nameOrId) {
        ResourceId id = ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, "virtualNetworkGateways", nameOrId);
        return s.topology().state().get(VirtualNetworkGateway.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/virtualNetworkGateways", id.name(), id.resourceGroup()));
    }

    static LocalNetworkGateway localGateway(Session s, String group, String nameOrId, String type) {
        ResourceId id = ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, type, nameOrId);
        return s.topology().state().all(LocalNetworkGateway.class).stream()
                .filter(l -> l.id().name().equalsIgnoreCase(id.name())
                        && l.id().resourceGroup().equalsIgnoreCase(id.resourceGroup()))
                .findFirst().orElseThrow(() -> Session.notFound("Microsoft.Network/" + type, id.name(),
                        id.resourceGroup()));
    }

    // ------------------------------------------------------------------ route tables

    static final class CreateTable implements AzCommand {
        public String name() {
            return "network route-table create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("location", "--location", "-l"),
                    Param.bool("disable_bgp", "--disable-bgp-route-propagation"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = location(a, "routeTables").orElseGet(() -> s.group(group).region());
            s.group(group);
            RouteTable table = Session.call(() -> {
                RouteTables.Definition d = s.topology().routeTables().define(a.required("name"))
                        .withRegion(region).withExistingResourceGroup(group);
                if (a.bool("disable_bgp").orElse(false)) {
                    d.withDisableBgpRoutePropagation();
                }
                return d.create();
            });
            return a.flag("no_wait") ? null : NetworkShapes.routeTable(s.topology().state(), table);
        }
    }

    static final class ShowTable implements AzCommand {
        public String name() {
            return "network route-table show";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return NetworkShapes.routeTable(s.topology().state(),
                    routeTable(s, a.required("resource_group"), a.required("name")));
        }
    }

    static final class ListTables implements AzCommand {
        public String name() {
            return "network route-table list";
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
            s.topology().state().all(RouteTable.class).stream()
                    .filter(t -> NetworkShapes.inGroup(t.id(), s.subscriptionId(), group))
                    .forEach(t -> list.add(NetworkShapes.routeTable(s.topology().state(), t)));
            return list;
        }
    }

    // ------------------------------------------------------------------ routes

    static Param tableName() {
        return Param.value("route_table_name", "--route-table-name").mandatory();
    }

    static final class CreateRoute implements AzCommand {
        public String name() {
            return "network route-table route create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), tableName(), VnetCommands.nameParam(),
                    Param.value("address_prefix", "--address-prefix").mandatory(),
                    Param.value("next_hop_type", "--next-hop-type").mandatory(),
                    Param.value("next_hop_ip", "--next-hop-ip-address"), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String type = choice(a.required("next_hop_type"), "--next-hop-type", NEXT_HOP_TYPES);
            RouteTable table = routeTable(s, a.required("resource_group"), a.required("route_table_name"));
            String name = a.required("name");
            RouteTable updated = Session.call(() -> s.topology().routeTables().update(table.id().toString())
                    .withRoute(name, a.required("address_prefix"), type,
                            a.value("next_hop_ip").filter(ip -> !ip.isEmpty()).orElse(null))
                    .apply());
            return a.flag("no_wait") ? null : NetworkShapes.route(updated.route(name).orElseThrow());
        }
    }

    static final class ShowRoute implements AzCommand {
        public String name() {
            return "network route-table route show";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), tableName(), VnetCommands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = routeTable(s, a.required("resource_group"), a.required("route_table_name"));
            return NetworkShapes.route(table.route(a.required("name")).orElseThrow(() ->
                    Session.childNotFound(table.id().child("routes", a.required("name")))));
        }
    }

    static final class ListRoutes implements AzCommand {
        public String name() {
            return "network route-table route list";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), tableName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = routeTable(s, a.required("resource_group"), a.required("route_table_name"));
            ArrayNode list = Json.array();
            table.routes().forEach(r -> list.add(NetworkShapes.route(r)));
            return list;
        }
    }

    /** Deleting a route that does not exist succeeds silently, as ARM's DELETE answers 204. */
    static final class DeleteRoute implements AzCommand {
        public String name() {
            return "network route-table route delete";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), tableName(), VnetCommands.nameParam(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = routeTable(s, a.required("resource_group"), a.required("route_table_name"));
            if (table.route(a.required("name")).isPresent()) {
                Session.call(() -> s.topology().routeTables().update(table.id().toString())
                        .withoutRoute(a.required("name")).apply());
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ gateways and connections

    /**
     * {@code az network vnet-gateway create}: gateway type {@code Vpn} and VPN type {@code RouteBased} by default,
     * SKU {@code VpnGw1} (the model's default for a route-based VPN); prints {@code {"vnetGateway": ...}} (azure-cli
     * network {@code _format.py transform_vnet_gateway_create_output}). {@code --public-ip-addresses} is accepted;
     * the gateway's public address is not simulated.
     */
    static final class CreateVnetGateway implements AzCommand {
        public String name() {
            return "network vnet-gateway create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("vnet", "--vnet").mandatory(), Param.list("public_ips", "--public-ip-addresses",
                            "--public-ip-address"),
                    Param.value("gateway_type", "--gateway-type"), Param.value("vpn_type", "--vpn-type"),
                    Param.value("sku", "--sku"), Param.value("asn", "--asn"),
                    Param.value("bgp_peering_address", "--bgp-peering-address"),
                    Param.value("location", "--location", "-l"), Param.value("vpn_gateway_generation",
                            "--vpn-gateway-generation"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            String gatewayType = choice(a.value("gateway_type").orElse("Vpn"), "--gateway-type",
                    List.of("ExpressRoute", "LocalGateway", "Vpn"));
            String vpnType = choice(a.value("vpn_type").orElse("RouteBased"), "--vpn-type",
                    List.of("PolicyBased", "RouteBased"));
            String vnetArg = a.required("vnet");
            VirtualNetwork network = ResourceId.looksLikeId(vnetArg)
                    ? s.vnet(ResourceId.parse(vnetArg).resourceGroup(), ResourceId.parse(vnetArg).name())
                    : s.vnet(group, vnetArg);
            VirtualNetworkGateway gateway = Session.call(() -> {
                VirtualNetworkGateways.Definition d = s.topology().virtualNetworkGateways().define(a.required("name"))
                        .withExistingNetwork(network.id().toString());
                if (gatewayType.equals("ExpressRoute")) {
                    d.withExpressRoute();
                } else if (gatewayType.equals("LocalGateway")) {
                    throw AzError.command("vnetlab does not emulate gateways of type LocalGateway.");
                } else if (vpnType.equals("PolicyBased")) {
                    d.withPolicyBasedVpn();
                } else {
                    d.withRouteBasedVpn();
                }
                a.value("sku").ifPresent(d::withSku);
                a.value("asn").ifPresent(asn -> d.withBgp(asn(asn)));
                return d.create();
            });
            if (a.flag("no_wait")) {
                return null;
            }
            ObjectNode out = Json.object();
            out.set("vnetGateway", NetworkShapes.vnetGateway(s.topology().state(), gateway));
            return out;
        }
    }

    static long asn(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --asn: invalid int value: '" + text + "'");
        }
    }

    /** {@code az network local-gateway create}: the on-premises site; prints the resource. */
    static final class CreateLocalGateway implements AzCommand {
        public String name() {
            return "network local-gateway create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("gateway_ip", "--gateway-ip-address").mandatory(),
                    Param.list("prefixes", "--local-address-prefixes"), Param.value("asn", "--asn"),
                    Param.value("bgp_peering_address", "--bgp-peering-address"),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = location(a, "localNetworkGateways").orElseGet(() -> s.group(group).region());
            s.group(group);
            LocalNetworkGateway site = Session.call(() -> {
                LocalNetworkGateways.Definition d = s.topology().localNetworkGateways().define(a.required("name"))
                        .withRegion(region).withExistingResourceGroup(group).withIPAddress(a.required("gateway_ip"));
                a.list("prefixes").forEach(d::withAddressSpace);
                if (a.value("asn").isPresent()) {
                    d.withBgp(asn(a.required("asn")), a.value("bgp_peering_address").orElseThrow(() ->
                            AzError.command("usage error: --asn ASN --bgp-peering-address IP")));
                }
                return d.create();
            });
            return a.flag("no_wait") ? null : NetworkShapes.localGateway(site);
        }
    }

    /**
     * {@code az network vpn-connection create}: site-to-site ({@code --local-gateway2}), VNet-to-VNet
     * ({@code --vnet-gateway2}) or ExpressRoute ({@code --express-route-circuit2}, a circuit modelled as a site);
     * prints {@code {"resource": ...}} as the CLI's template-based create does. The shared key is accepted.
     */
    static final class CreateConnection implements AzCommand {
        public String name() {
            return "network vpn-connection create";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.value("gateway1", "--vnet-gateway1").mandatory(), Param.value("gateway2", "--vnet-gateway2"),
                    Param.value("site", "--local-gateway2"), Param.value("circuit", "--express-route-circuit2"),
                    Param.value("shared_key", "--shared-key"), Param.bool("enable_bgp", "--enable-bgp"),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            long ends = List.of("gateway2", "site", "circuit").stream().filter(a::has).count();
            if (ends != 1) {
                throw AzError.command("usage error: --vnet-gateway2 NAME_OR_ID | --local-gateway2 NAME_OR_ID"
                        + " | --express-route-circuit2 NAME_OR_ID");
            }
            VirtualNetworkGateway first = gateway(s, group, a.required("gateway1"));
            GatewayConnection connection = Session.call(() -> {
                Connections.Definition d = s.topology().connections().define(a.required("name"));
                if (a.has("gateway2")) {
                    d.withVnetToVnet(first.id().toString(), gateway(s, group, a.required("gateway2")).id().toString());
                } else if (a.has("site")) {
                    d.withSiteToSite(first.id().toString(),
                            localGateway(s, group, a.required("site"), "localNetworkGateways").id().toString());
                } else {
                    d.withExpressRoute(first.id().toString(),
                            localGateway(s, group, a.required("circuit"), "expressRouteCircuits").id().toString());
                }
                if (a.bool("enable_bgp").orElse(false)) {
                    d.withBgp();
                }
                return d.create();
            });
            if (a.flag("no_wait")) {
                return null;
            }
            ObjectNode out = Json.object();
            out.set("resource", NetworkShapes.connection(connection));
            return out;
        }
    }
}
