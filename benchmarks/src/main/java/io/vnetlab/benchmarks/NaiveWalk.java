package io.vnetlab.benchmarks;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference the fast data plane is measured and checked against: the same question answered the
 * straightforward way — every route listed by scanning the state, the longest prefix found by a linear scan,
 * interfaces found by scanning all of them — with nothing compiled and nothing cached. Written independently of
 * io.vnetlab.dataplane from docs/azure/routing.md#system-routes, #route-selection, docs/azure/reachability.md#walk, so
 * that a differential test can catch either being wrong.
 */
public final class NaiveWalk {

    private static final List<Cidr> RESERVED = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"),
            Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));

    private NaiveWalk() {
    }

    /** One route: prefix, next hop kind, and the peer network for peering routes. */
    record Route(Cidr prefix, String nextHop, VirtualNetwork peer) {
    }

    /** Whether a new connection from {@code source} to the interface {@code target} gets there and back. */
    public static boolean reachable(TopologyState state, NetworkInterface source, NetworkInterface target) {
        return reachable(state, source, target.privateIpAddress(), target);
    }

    /** Whether a new connection from {@code source} to the address {@code destination} gets there and back. */
    public static boolean reachable(TopologyState state, NetworkInterface source, IpAddress destination) {
        return reachable(state, source, destination, null);
    }

    private static boolean reachable(TopologyState state, NetworkInterface source, IpAddress destination,
                                     NetworkInterface intended) {
        if (intended != null ? intended.id().equals(source.id()) : source.privateIpAddress().equals(destination)) {
            return true;
        }
        VirtualNetwork here = state.network(source.networkId()).orElseThrow();
        Route route = longestMatch(routes(state, here), destination).orElseThrow();
        VirtualNetwork there;
        switch (route.nextHop()) {
            case "VnetLocal":
                there = here;
                break;
            case "Peering":
                there = route.peer();
                break;
            case "Internet":
                return networksHolding(state, destination).isEmpty() && interfaceAt(state, destination).isEmpty();
            default:
                return false;
        }
        Optional<NetworkInterface> target = interfaceIn(state, there, destination);
        if (target.isEmpty() || (intended != null && !target.get().id().equals(intended.id()))) {
            return false;   // nobody there, or somebody else at the same address (overlapping spaces)
        }
        // replies: the destination's network must route the source back to where it came from
        Route back = longestMatch(routes(state, there), source.privateIpAddress()).orElseThrow();
        return back.nextHop().equals("VnetLocal") ? there.id().equals(here.id())
                : back.nextHop().equals("Peering") && back.peer().id().equals(here.id());
    }

    static List<Route> routes(TopologyState state, VirtualNetwork network) {
        List<Route> routes = new ArrayList<>();
        for (Cidr range : network.addressSpace()) {
            routes.add(new Route(range, "VnetLocal", null));
        }
        for (Peering p : state.peerings()) {
            if (p.localNetworkId().equals(network.id()) && p.isConnected()) {
                VirtualNetwork peer = state.network(p.remoteNetworkId()).orElseThrow();
                for (Cidr range : p.remoteAddressSpace()) {
                    routes.add(new Route(range, "Peering", peer));
                }
            }
        }
        routes.add(new Route(Cidr.ANY, "Internet", null));
        for (Cidr reserved : RESERVED) {
            boolean replaced = false;
            for (Cidr range : network.addressSpace()) {
                replaced |= range.contains(reserved);
            }
            if (!replaced) {
                routes.add(new Route(reserved, "None", null));
            }
        }
        return routes;
    }

    static Optional<Route> longestMatch(List<Route> routes, IpAddress address) {
        Route best = null;
        for (Route r : routes) {
            if (r.prefix().contains(address) && (best == null || r.prefix().prefixLength() > best.prefix().prefixLength())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<NetworkInterface> interfaceIn(TopologyState state, VirtualNetwork network, IpAddress address) {
        for (NetworkInterface nic : state.networkInterfaces()) {
            if (nic.networkId().equals(network.id()) && nic.privateIpAddress().equals(address)) {
                return Optional.of(nic);
            }
        }
        return Optional.empty();
    }

    private static Optional<NetworkInterface> interfaceAt(TopologyState state, IpAddress address) {
        for (NetworkInterface nic : state.networkInterfaces()) {
            if (nic.privateIpAddress().equals(address)) {
                return Optional.of(nic);
            }
        }
        return Optional.empty();
    }

    private static List<VirtualNetwork> networksHolding(TopologyState state, IpAddress address) {
        List<VirtualNetwork> result = new ArrayList<>();
        for (VirtualNetwork n : state.networks()) {
            if (n.contains(address)) {
                result.add(n);
            }
        }
        return result;
    }
}
