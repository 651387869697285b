package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes Azure adds for private endpoints (docs/azure/private-endpoints.md#routes): a /32 to each endpoint's
 * address, next hop {@code InterfaceEndpoint}, in every subnet of its own network and of the networks directly peered
 * with it. A user route of the subnet overrides it only when the endpoint's subnet applies route-table policies and
 * the user route's prefix is at least as long as the endpoint network's range that holds the address
 * (docs/azure/private-endpoints.md#network-policies).
 */
final class PrivateEndpointRoutes {

    /** An endpoint with what its routes are made of. */
    private record Placed(PrivateEndpoint endpoint, IpAddress address, Subnet subnet, Cidr range) {
    }

    private final DataPlane plane;
    private final Map<ResourceId, List<Placed>> byNetwork = new HashMap<>();

    PrivateEndpointRoutes(DataPlane plane) {
        this.plane = plane;
        for (PrivateEndpoint endpoint : plane.state().all(PrivateEndpoint.class)) {
            NetworkInterface nic = plane.state().networkInterface(endpoint.networkInterfaceId()).orElse(null);
            Subnet subnet = plane.state().subnet(endpoint.subnetId()).orElse(null);
            if (nic == null || subnet == null) {
                continue;
            }
            VirtualNetwork network = plane.network(endpoint.networkId());
            Cidr range = network.addressSpace().stream().filter(r -> r.contains(nic.privateIpAddress())).findFirst()
                    .orElse(subnet.addressPrefix());
            byNetwork.computeIfAbsent(network.id(), k -> new ArrayList<>())
                    .add(new Placed(endpoint, nic.privateIpAddress(), subnet, range));
        }
    }

    /** The private endpoint routes of {@code subnet} of {@code network}, whose route table is {@code table}. */
    List<EffectiveRoute> routesFor(VirtualNetwork network, Subnet subnet, RouteTable table) {
        List<EffectiveRoute> routes = new ArrayList<>();
        addRoutes(routes, byNetwork.getOrDefault(network.id(), List.of()), table, null);
        for (Peering peering : plane.peeringsOf(network.id())) {
            if (!peering.isConnected() || !peering.scope().includesLocal(subnet.name())) {
                continue;
            }
            addRoutes(routes, byNetwork.getOrDefault(peering.remoteNetworkId(), List.of()), table, peering);
        }
        return routes;
    }

    private static void addRoutes(List<EffectiveRoute> routes, List<Placed> endpoints, RouteTable table,
                                  Peering over) {
        for (Placed placed : endpoints) {
            if (over != null && !over.scope().includesRemote(placed.subnet().name())) {
                continue;   // a subnet peering reaches only the remote subnets it names
            }
            RouteState state = overridden(placed, table) ? RouteState.Invalid : RouteState.Active;
            routes.add(new EffectiveRoute(RouteSource.Default, state, Cidr.host(placed.address()),
                    NextHopType.InterfaceEndpoint, List.of(), null, placed.endpoint().id()));
        }
    }

    /**
     * Whether a user route of {@code table} takes the endpoint's traffic: only under route-table policies, and only a
     * route whose prefix is as long as the endpoint network's range or longer (a 0.0.0.0/0 route never does).
     */
    private static boolean overridden(Placed placed, RouteTable table) {
        if (table == null || !placed.subnet().privateEndpointPolicies().appliesRouteTables()) {
            return false;
        }
        for (Route route : table.routes()) {
            Cidr prefix = route.addressPrefix();
            if (prefix.contains(placed.address()) && prefix.prefixLength() >= placed.range().prefixLength()) {
                return true;
            }
        }
        return false;
    }

    /** The private endpoint {@code id} names, with the network holding it. */
    PrivateEndpoint endpoint(ResourceId id) {
        for (List<Placed> endpoints : byNetwork.values()) {
            for (Placed placed : endpoints) {
                if (placed.endpoint().id().equals(id)) {
                    return placed.endpoint();
                }
            }
        }
        throw new IllegalStateException("No private endpoint " + id + " in this state");
    }
}
