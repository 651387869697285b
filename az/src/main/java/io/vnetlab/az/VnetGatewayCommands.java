package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.VirtualNetworkGatewayRequest;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.Region;
import io.vnetlab.model.VpnType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.VirtualNetworkGateways;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.GatewayRoute;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code az network vnet-gateway create} (docs/azure/gateways.md#vpn-gateways), {@code list-learned-routes} and
 * {@code list-advertised-routes} (docs/azure/bgp.md#learned-routes).
 */
final class VnetGatewayCommands {

    private VnetGatewayCommands() {
    }

    /** A virtual network gateway by name (in the command's group) or by id. */
    static VirtualNetworkGateway gateway(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "virtualNetworkGateways", nameOrId);
        return Commands.existing(s, VirtualNetworkGateway.class, "virtualNetworkGateways", id);
    }

    /** The gateway SKUs the CLI takes (the REST enum {@code VirtualNetworkGatewaySkuName}, in the CLI's order). */
    static final List<String> SKUS = List.of("Basic", "ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale", "HighPerformance",
            "Standard", "UltraPerformance", "VpnGw1", "VpnGw1AZ", "VpnGw2", "VpnGw2AZ", "VpnGw3", "VpnGw3AZ", "VpnGw4",
            "VpnGw4AZ", "VpnGw5", "VpnGw5AZ");

    /**
     * {@code az network vnet-gateway create}: gateway type {@code Vpn} and VPN type {@code RouteBased} by default,
     * SKU {@code VpnGw1} (the model's default for a route-based VPN); prints {@code {"vnetGateway": ...}} (azure-cli
     * network {@code _format.py transform_vnet_gateway_create_output}). {@code --public-ip-addresses} must name
     * public IPs that exist; the gateway's public address is not simulated.
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network vnet-gateway create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("vnet", "--vnet").mandatory(), Param.list("public_ips", "--public-ip-addresses",
                            "--public-ip-address"),
                    Param.value("gateway_type", "--gateway-type").choices("ExpressRoute", "LocalGateway", "Vpn"),
                    Param.value("vpn_type", "--vpn-type").choices("PolicyBased", "RouteBased"),
                    Param.value("sku", "--sku").choices(SKUS.toArray(String[]::new)), Param.value("asn", "--asn"),
                    Param.value("bgp_peering_address", "--bgp-peering-address"),
                    Param.value("location", "--location", "-l"), Param.value("vpn_gateway_generation",
                            "--vpn-gateway-generation").choices("Generation1", "Generation2", "None"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            String gatewayType = a.value("gateway_type").orElse("Vpn");
            String vpnType = a.value("vpn_type").orElse("RouteBased");
            String vnetArg = a.required("vnet");
            VirtualNetwork network = ResourceId.looksLikeId(vnetArg)
                    ? s.vnet(ResourceId.parse(vnetArg).resourceGroup(), ResourceId.parse(vnetArg).name())
                    : s.vnet(group, vnetArg);
            ResourceId gatewayId = s.id(group, ResourceId.NETWORK, "virtualNetworkGateways", a.required("name"));
            List<ResourceId> publicIps = a.list("public_ips").stream().map(pip -> ResourceId.looksLikeId(pip)
                    ? ResourceId.parse(pip) : s.id(group, ResourceId.NETWORK, "publicIPAddresses", pip)).toList();
            // the CLI's own check, before anything is sent (azure-cli network _validate_vpn_gateway_generation)
            if (!gatewayType.equals("Vpn") && a.has("vpn_gateway_generation")) {
                throw AzError.command("vpn_gateway_generation should not be provided if gateway_type is not Vpn.");
            }
            if (gatewayType.equals("LocalGateway")) {
                throw AzError.command("vnetlab does not emulate gateways of type LocalGateway.");
            }
            GatewayType type = GatewayType.valueOf(gatewayType);
            VpnType vpn = type == GatewayType.ExpressRoute ? null : VpnType.valueOf(vpnType);
            String sku = a.value("sku").orElse(type == GatewayType.ExpressRoute ? "Standard"
                    : vpn == VpnType.PolicyBased ? "Basic" : "VpnGw1");
            Long bgpAsn = a.value("asn").map(VnetGatewayCommands::asn).orElse(null);
            Region region = Commands.location(a, "virtualNetworkGateways").orElse(network.region());
            // a PUT of the gateway as the command describes it: on an existing name Azure's update rules apply
            // (docs/azure/cli-and-network-watcher.md#create-or-update)
            VirtualNetworkGateway gateway = Session.call(() -> s.topology().batch(b -> b.putVirtualNetworkGateway(
                    new VirtualNetworkGatewayRequest(gatewayId, region, network.id().child("subnets", "GatewaySubnet"),
                            type, vpn, sku, bgpAsn, publicIps))));
            return a.flag("no_wait") ? null
                    : Commands.under("vnetGateway", NetworkShapes.vnetGateway(s.topology().state(), gateway));
        }
    }

    static long asn(String text) {
        try {
            // Java reads any script's digits (fullwidth ２２ is 22); an ASN is ASCII digits
            if (!text.chars().allMatch(c -> c < 128)) {
                throw new NumberFormatException(text);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --asn: invalid int value: '" + text + "'");
        }
    }

    /**
     * {@code az network vnet-gateway list-learned-routes}: what the gateway knows, its own and static routes and what
     * its BGP peers sent (docs/azure/bgp.md#learned-routes), as {@code {"value": [...]}}.
     */
    static final class ListLearnedRoutes implements AzCommand {
        public String name() {
            return "network vnet-gateway list-learned-routes";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetworkGateway gateway = gateway(s, a.required("resource_group"), a.required("name"));
            return routes(s.topology().dataPlane().learnedRoutes(gateway));
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return VnetGatewayCommands::routesTable;
        }
    }

    /**
     * {@code az network vnet-gateway list-advertised-routes --peer IP}: what the gateway sends its BGP peer at
     * {@code IP} (docs/azure/bgp.md#learned-routes); an empty list for an address that is not one of its peers.
     */
    static final class ListAdvertisedRoutes implements AzCommand {
        public String name() {
            return "network vnet-gateway list-advertised-routes";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("peer", "--peer").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetworkGateway gateway = gateway(s, a.required("resource_group"), a.required("name"));
            IpAddress peer;
            try {
                peer = IpAddress.parse(a.required("peer"));
            } catch (IllegalArgumentException e) {
                throw AzError.usage("argument --peer: '" + a.required("peer") + "' is not a valid IP address.");
            }
            return routes(s.topology().dataPlane().advertisedRoutes(gateway, peer));
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return VnetGatewayCommands::routesTable;
        }
    }

    /** The REST {@code GatewayRouteListResult}: {@code value}, each route's fields in the service's order. */
    private static JsonNode routes(List<GatewayRoute> routes) {
        ArrayNode value = Json.array();
        for (GatewayRoute r : routes) {
            ObjectNode o = value.addObject();
            o.put("asPath", r.asPathText());
            o.put("localAddress", r.localAddress().toString());
            o.put("network", r.network().toString());
            r.nextHopAddress().ifPresent(hop -> o.put("nextHop", hop.toString()));
            o.put("origin", r.origin().name());
            r.sourcePeerAddress().ifPresent(peer -> o.put("sourcePeer", peer.toString()));
            o.put("weight", r.weight());
        }
        ObjectNode result = Json.object();
        result.set("value", value);
        return result;
    }

    /** The CLI's {@code transform_vnet_gateway_routes_table}: Network, NextHop, Origin, SourcePeer, AsPath, Weight. */
    static JsonNode routesTable(JsonNode result) {
        ArrayNode rows = Json.array();
        for (JsonNode item : result.path("value")) {
            ObjectNode row = rows.addObject();
            for (String[] column : new String[][] {{"Network", "network"}, {"NextHop", "nextHop"},
                    {"Origin", "origin"}, {"SourcePeer", "sourcePeer"}, {"AsPath", "asPath"}, {"Weight", "weight"}}) {
                JsonNode v = item.get(column[1]);
                if (v == null) {
                    row.put(column[0], "");
                } else {
                    row.set(column[0], v);
                }
            }
        }
        return rows;
    }
}
