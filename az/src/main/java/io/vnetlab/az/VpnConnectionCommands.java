package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.ConnectionRequest;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;

/** {@code az network vpn-connection create|update|list} (docs/azure/gateways.md#connections). */
final class VpnConnectionCommands {

    private VpnConnectionCommands() {
    }

    /**
     * {@code az network vpn-connection create}: site-to-site ({@code --local-gateway2}), VNet-to-VNet
     * ({@code --vnet-gateway2}) or ExpressRoute ({@code --express-route-circuit2}, a circuit modelled as a site);
     * prints {@code {"resource": ...}} as the CLI's template-based create does. The shared key is accepted.
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network vpn-connection create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("gateway1", "--vnet-gateway1").mandatory(), Param.value("gateway2", "--vnet-gateway2"),
                    Param.value("site", "--local-gateway2"), Param.value("circuit", "--express-route-circuit2"),
                    Param.value("shared_key", "--shared-key"), Param.bool("enable_bgp", "--enable-bgp"),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags").emptyMeansNone(),
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
            VirtualNetworkGateway first = VnetGatewayCommands.gateway(s, group, a.required("gateway1"));
            ConnectionType type = a.has("gateway2") ? ConnectionType.Vnet2Vnet
                    : a.has("site") ? ConnectionType.IPsec : ConnectionType.ExpressRoute;
            ResourceId second = type == ConnectionType.Vnet2Vnet
                    ? VnetGatewayCommands.gateway(s, group, a.required("gateway2")).id() : null;
            ResourceId site = type == ConnectionType.IPsec
                    ? LocalGatewayCommands.localGateway(s, group, a.required("site"), "localNetworkGateways").id()
                    : type == ConnectionType.ExpressRoute ? LocalGatewayCommands.localGateway(s, group,
                    a.required("circuit"), "expressRouteCircuits").id() : null;
            ResourceId id = s.id(group, ResourceId.NETWORK, "connections", a.required("name"));
            GatewayConnection connection = Session.call(() -> s.topology().batch(b -> b.putConnection(
                    new ConnectionRequest(id, type, first.id(), second, site, a.bool("enable_bgp").orElse(false)))));
            return a.flag("no_wait") ? null : Commands.under("resource", NetworkShapes.connection(s.topology().state(), connection));
        }
    }

    /**
     * {@code az network vpn-connection update}: BGP on the connection ({@code --enable-bgp}, which BGP between the
     * gateways needs: docs/azure/bgp.md#sessions) and tags; a PUT of the connection with its ends unchanged. The
     * shared key is accepted, as at create.
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network vpn-connection update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.bool("enable_bgp", "--enable-bgp"),
                    Param.value("shared_key", "--shared-key"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, "connections", a.required("name"));
            GatewayConnection current = Commands.existing(s, GatewayConnection.class, "connections", id);
            GatewayConnection updated = Session.call(() -> s.topology().batch(b -> b.putConnection(
                    new ConnectionRequest(id, current.connectionType(), current.virtualNetworkGateway1Id(),
                            current.virtualNetworkGateway2Id(), current.localNetworkGatewayId(),
                            a.bool("enable_bgp").orElse(current.enableBgp())))));
            return a.flag("no_wait") ? null : NetworkShapes.connection(s.topology().state(), updated);
        }
    }

    /**
     * {@code az network vpn-connection list [-g GROUP] [--vnet-gateway GATEWAY]}: the connections, or those that
     * start at the gateway (its {@code virtualNetworkGateway1}), as the CLI's gateway listing answers: of a pair of
     * VNet-to-VNet connections, only the one going out of it (docs/azure/gateways.md#connections).
     */
    static final class ListConnections implements AzCommand {
        public String name() {
            return "network vpn-connection list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam(), Param.value("vnet_gateway", "--vnet-gateway"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            var state = s.topology().state();
            ResourceId from = a.value("vnet_gateway")
                    .map(g -> VnetGatewayCommands.gateway(s, ResourceId.looksLikeId(g) ? null
                            : a.required("resource_group"), g).id())
                    .orElse(null);
            return Commands.listInGroup(s, a, state.all(GatewayConnection.class).stream()
                            .filter(c -> from == null || from.equals(c.virtualNetworkGateway1Id())).toList(),
                    GatewayConnection::id, c -> NetworkShapes.connection(state, c));
        }
    }
}
