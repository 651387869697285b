package io.vnetlab.diagram;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of a {@link MermaidDiagram} beyond networks and peerings: virtual network gateways (hexagons in
 * their network's region, joined to it), on-premises sites (an "On-premises" group), connections (edges between a
 * gateway and a site or another gateway), appliances (rounded nodes: network interfaces with IP forwarding, or the
 * target of a user route) and user routes to them (dotted edges from the network whose subnet holds the route).
 * A topology without any of these draws exactly as before.
 */
final class GatewaysAndAppliances {

    private final TopologyState state;
    private final Map<ResourceId, String> networkIds;
    private final Map<ResourceId, String> gatewayIds = new LinkedHashMap<>();
    private final Map<ResourceId, String> siteIds = new LinkedHashMap<>();
    private final Map<ResourceId, String> applianceIds = new LinkedHashMap<>();
    /** (network node, appliance node) -> the prefixes routed from that network to that appliance, in order. */
    private final Map<List<String>, Set<Cidr>> userRoutes = new LinkedHashMap<>();

    GatewaysAndAppliances(TopologyState state, Map<ResourceId, String> networkIds) {
        this.state = state;
        this.networkIds = networkIds;
        for (VirtualNetworkGateway gateway : state.all(VirtualNetworkGateway.class)) {
            gatewayIds.put(gateway.id(), "g" + gatewayIds.size());
        }
        for (LocalNetworkGateway site : state.all(LocalNetworkGateway.class)) {
            siteIds.put(site.id(), "s" + siteIds.size());
        }
        for (NetworkInterface nic : state.networkInterfaces()) {
            if (nic.ipForwarding()) {
                applianceIds.put(nic.id(), "a" + applianceIds.size());
            }
        }
        Map<ResourceId, RouteTable> tables = new HashMap<>();
        state.all(RouteTable.class).forEach(t -> tables.put(t.id(), t));
        for (VirtualNetwork network : state.networks()) {
            for (Subnet subnet : network.subnets()) {
                RouteTable table = subnet.routeTable().map(tables::get).orElse(null);
                if (table == null) {
                    continue;
                }
                for (Route route : table.routes()) {
                    if (route.nextHopType() != RouteNextHopType.VirtualAppliance || route.nextHopIp().isEmpty()) {
                        continue;
                    }
                    Optional<NetworkInterface> target = applianceFor(network, route);
                    if (target.isEmpty()) {
                        continue;
                    }
                    String appliance = applianceIds.computeIfAbsent(target.get().id(), id -> "a" + applianceIds.size());
                    userRoutes.computeIfAbsent(List.of(networkIds.get(network.id()), appliance),
                            k -> new LinkedHashSet<>()).add(route.addressPrefix());
                }
            }
        }
    }

    /** The interface holding a route's next hop, in the route's network or one peered with it. */
    private Optional<NetworkInterface> applianceFor(VirtualNetwork network, Route route) {
        Optional<NetworkInterface> local = state.networkInterfaceAt(network.id(), route.nextHopIpAddress());
        if (local.isPresent()) {
            return local;
        }
        for (Peering peering : state.peeringsOf(network.id())) {
            Optional<NetworkInterface> remote = state.networkInterfaceAt(peering.remoteNetworkId(), route.nextHopIpAddress());
            if (remote.isPresent()) {
                return remote;
            }
        }
        return Optional.empty();
    }

    /** The gateway and appliance nodes of these networks (one region's group). */
    void nodesIn(List<VirtualNetwork> networks, StringBuilder out) {
        Set<ResourceId> here = networks.stream().map(VirtualNetwork::id).collect(Collectors.toSet());
        for (VirtualNetworkGateway gateway : state.all(VirtualNetworkGateway.class)) {
            if (here.contains(gateway.networkId())) {
                out.append("    ").append(gatewayIds.get(gateway.id())).append("{{\"").append(escape(gateway.name()))
                        .append("<br/>").append(kind(gateway)).append("\"}}\n");
            }
        }
        for (Map.Entry<ResourceId, String> appliance : applianceIds.entrySet()) {
            NetworkInterface nic = state.networkInterface(appliance.getKey()).orElseThrow();
            if (here.contains(nic.networkId())) {
                out.append("    ").append(appliance.getValue()).append("([\"").append(escape(applianceName(nic)))
                        .append("<br/>appliance ").append(nic.privateIpAddress())
                        .append(nic.ipForwarding() ? "" : ", IP forwarding off").append("\"])\n");
            }
        }
    }

    /** The group of on-premises sites, if there are any. */
    void sites(StringBuilder out) {
        if (siteIds.isEmpty()) {
            return;
        }
        out.append("  subgraph onpremises[\"On-premises\"]\n");
        for (LocalNetworkGateway site : state.all(LocalNetworkGateway.class)) {
            out.append("    ").append(siteIds.get(site.id())).append("[\"").append(escape(site.name())).append("<br/>")
                    .append(site.addressPrefixes().stream().map(Cidr::toString).collect(Collectors.joining(", ")))
                    .append("\"]\n");
        }
        out.append("  end\n");
    }

    /** Network to gateway and appliance, connections, and user routes to appliances. */
    void edges(StringBuilder out) {
        for (VirtualNetworkGateway gateway : state.all(VirtualNetworkGateway.class)) {
            if (networkIds.containsKey(gateway.networkId())) {
                out.append("  ").append(networkIds.get(gateway.networkId())).append(" --- ")
                        .append(gatewayIds.get(gateway.id())).append('\n');
            }
        }
        for (Map.Entry<ResourceId, String> appliance : applianceIds.entrySet()) {
            NetworkInterface nic = state.networkInterface(appliance.getKey()).orElseThrow();
            if (networkIds.containsKey(nic.networkId())) {
                out.append("  ").append(networkIds.get(nic.networkId())).append(" --- ").append(appliance.getValue())
                        .append('\n');
            }
        }
        for (GatewayConnection connection : state.all(GatewayConnection.class)) {
            String from = gatewayIds.get(connection.virtualNetworkGateway1Id());
            String to = connection.site().map(siteIds::get)
                    .orElseGet(() -> connection.otherGateway().map(gatewayIds::get).orElse(null));
            if (from == null || to == null) {
                continue;
            }
            out.append("  ").append(from).append(" <-->|\"").append(escape(connection.name())).append("<br/>")
                    .append(kind(connection)).append("\"| ").append(to).append('\n');
        }
        for (Map.Entry<List<String>, Set<Cidr>> routes : userRoutes.entrySet()) {
            out.append("  ").append(routes.getKey().get(0)).append(" -.->|\"user route")
                    .append(routes.getValue().size() == 1 ? "" : "s").append("<br/>")
                    .append(routes.getValue().stream().map(Cidr::toString).collect(Collectors.joining(", ")))
                    .append("\"| ").append(routes.getKey().get(1)).append('\n');
        }
    }

    private String applianceName(NetworkInterface nic) {
        return Optional.ofNullable(nic.virtualMachineId()).flatMap(state::virtualMachine).map(VirtualMachine::name)
                .orElse(nic.name());
    }

    private static String kind(VirtualNetworkGateway gateway) {
        if (gateway.gatewayType() == GatewayType.ExpressRoute) {
            return "ExpressRoute gateway";
        }
        return "VPN gateway, " + (gateway.vpnType() == VpnType.PolicyBased ? "policy-based" : "route-based");
    }

    private static String kind(GatewayConnection connection) {
        switch (connection.connectionType()) {
            case IPsec:
                return "site-to-site";
            case Vnet2Vnet:
                return "VNet-to-VNet";
            default:
                return "ExpressRoute";
        }
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;");
    }
}
