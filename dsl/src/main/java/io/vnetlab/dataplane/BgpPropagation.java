package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BGP between the VPN gateways of a topology and its BGP sites (docs/azure/bgp.md#propagation): each gateway
 * originates its network's and its transit spokes' spaces, each BGP site its prefixes; over every BGP session a
 * speaker advertises what it originates and the best route it learnt for every other prefix, its own ASN prepended;
 * a speaker drops a route whose AS path holds its own ASN (loop prevention), and of several routes of one prefix
 * keeps the shortest AS path. Computed once, to a fixed point, for one state.
 *
 * <p>A session runs over a Vnet2Vnet connection when both gateways have an ASN and every connection between the two
 * has BGP enabled, and over a site-to-site connection with BGP enabled when the gateway and the site have an ASN.
 */
final class BgpPropagation {

    /** A route as one speaker holds it: the peer it came from ({@code null} when originated) and its AS path. */
    record Held(Cidr prefix, Speaker from, List<Long> asPath) {
    }

    /** A BGP speaker: a gateway or a site. */
    record Speaker(ResourceId id, long asn, IpAddress address, boolean site) {
    }

    private final GatewayRouting gateways;
    private final Map<ResourceId, Speaker> speakers = new LinkedHashMap<>();
    private final Map<ResourceId, List<Speaker>> sessions = new HashMap<>();
    private final Map<ResourceId, List<Cidr>> originated = new HashMap<>();
    /** Per speaker, every route received and accepted (all peers), in arrival order. */
    private final Map<ResourceId, List<Held>> received = new HashMap<>();
    /** Per speaker, the best route per prefix (originated routes win). */
    private final Map<ResourceId, Map<Cidr, Held>> best = new HashMap<>();

    BgpPropagation(GatewayRouting gateways, List<VirtualNetworkGateway> all, List<GatewayConnection> connections,
                   Map<ResourceId, LocalNetworkGateway> sites) {
        this.gateways = gateways;
        for (VirtualNetworkGateway g : all) {
            if (g.bgpAsn() != null && g.isRouteBasedVpn()) {
                speakers.put(g.id(), new Speaker(g.id(), g.bgpAsn(), g.ipAddress(), false));
            }
        }
        if (speakers.isEmpty()) {
            return;   // without a gateway that speaks BGP no site does either, and nothing propagates
        }
        Map<Set<ResourceId>, Boolean> pairBgp = new LinkedHashMap<>();
        for (GatewayConnection c : connections) {
            if (c.connectionType() == ConnectionType.Vnet2Vnet && c.otherGateway().isPresent()) {
                Set<ResourceId> pair = Set.of(c.virtualNetworkGateway1Id(), c.virtualNetworkGateway2Id());
                Boolean before = pairBgp.get(pair);
                pairBgp.put(pair, before == null ? c.enableBgp() : before && c.enableBgp());
            } else if (c.connectionType() == ConnectionType.IPsec && c.enableBgp() && c.site().isPresent()) {
                LocalNetworkGateway site = sites.get(c.site().get());
                Speaker gateway = speakers.get(c.virtualNetworkGateway1Id());
                if (site != null && site.bgpAsn() != null && gateway != null) {
                    Speaker s = speakers.get(site.id());
                    if (s == null) {
                        s = new Speaker(site.id(), site.bgpAsn(), site.bgpPeeringAddress() != null
                                ? site.bgpPeeringAddress() : site.gatewayIpAddress(), true);
                        speakers.put(site.id(), s);
                    }
                    originated.putIfAbsent(site.id(), site.addressPrefixes());
                    connect(gateway, s);
                }
            }
        }
        // plain loops, not lambdas: the first question in a JVM computes this, and would link every lambda on its way
        for (Map.Entry<Set<ResourceId>, Boolean> pair : pairBgp.entrySet()) {
            List<ResourceId> ends = new ArrayList<>(pair.getKey());
            Speaker a = speakers.get(ends.get(0));
            Speaker b = ends.size() > 1 ? speakers.get(ends.get(1)) : null;
            if (pair.getValue() && a != null && b != null) {
                connect(a, b);
            }
        }
        // a gateway's own prefixes propagate only to BGP peers: one without a session does not list them, which for a
        // hub means visiting each of its hundreds of transit spokes
        for (VirtualNetworkGateway g : all) {
            if (sessions.containsKey(g.id())) {
                originated.put(g.id(), gateways.originated(g));
            }
        }
        propagate();
    }

    private void connect(Speaker a, Speaker b) {
        List<Speaker> ofA = listIn(sessions, a.id());
        List<Speaker> ofB = listIn(sessions, b.id());
        if (!ofA.contains(b)) {
            ofA.add(b);
            ofB.add(a);
        }
    }

    /** Rounds of advertisement until no speaker's best routes change; each round lengthens paths by one. */
    private void propagate() {
        for (Speaker s : speakers.values()) {
            Map<Cidr, Held> own = new LinkedHashMap<>();
            for (Cidr prefix : originated.getOrDefault(s.id(), List.of())) {
                own.put(prefix, new Held(prefix, null, List.of()));
            }
            best.put(s.id(), own);
            received.put(s.id(), new ArrayList<>());
        }
        boolean changed = true;
        for (int round = 0; changed && round <= speakers.size(); round++) {
            changed = false;
            Map<ResourceId, List<Held>> incoming = new HashMap<>();
            for (Speaker from : speakers.values()) {
                for (Speaker to : sessions.getOrDefault(from.id(), List.of())) {
                    for (Held route : advertisedBy(from, to)) {
                        if (!route.asPath().contains(to.asn())) {   // AS-path loop prevention
                            listIn(incoming, to.id()).add(route);
                        }
                    }
                }
            }
            for (Speaker s : speakers.values()) {
                List<Held> all = incoming.getOrDefault(s.id(), List.of());
                Map<Cidr, Held> table = best.get(s.id());
                for (Held route : all) {
                    Held current = table.get(route.prefix());
                    if (current == null || (current.from() != null && route.asPath().size() < current.asPath().size())) {
                        table.put(route.prefix(), route);
                        changed = true;
                    }
                }
                received.put(s.id(), all);
            }
        }
    }

    /** The list {@code lists} holds for {@code key}, added empty if it holds none. */
    private static <T> List<T> listIn(Map<ResourceId, List<T>> lists, ResourceId key) {
        List<T> list = lists.get(key);
        if (list == null) {
            list = new ArrayList<>();
            lists.put(key, list);
        }
        return list;
    }

    /** What {@code from} sends {@code to}: its best route of every prefix, its own ASN first on the path. */
    private List<Held> advertisedBy(Speaker from, Speaker to) {
        List<Held> result = new ArrayList<>();
        for (Held route : best.get(from.id()).values()) {
            if (route.from() != null && route.from().id().equals(to.id())) {
                continue;   // not back to the peer it came from
            }
            List<Long> path = new ArrayList<>(route.asPath().size() + 1);
            path.add(from.asn());
            path.addAll(route.asPath());
            result.add(new Held(route.prefix(), from, path));
        }
        return result;
    }

    boolean speaks(ResourceId gatewayId) {
        return speakers.containsKey(gatewayId);
    }

    /** The prefixes {@code gatewayId} learnt over BGP and installs, each with the peer it forwards to. */
    Map<Cidr, Held> installed(ResourceId gatewayId) {
        Map<Cidr, Held> result = new LinkedHashMap<>();
        for (Map.Entry<Cidr, Held> entry : best.getOrDefault(gatewayId, Map.of()).entrySet()) {
            if (entry.getValue().from() != null) {
                result.put(entry.getKey(), entry.getValue());
            }
        }
        return result;
    }

    /** Every route {@code gatewayId} received over BGP (from all peers, best or not), in arrival order. */
    List<Held> received(ResourceId gatewayId) {
        return received.getOrDefault(gatewayId, List.of());
    }

    /** The BGP peers of {@code gatewayId}. */
    List<Speaker> peersOf(ResourceId gatewayId) {
        return sessions.getOrDefault(gatewayId, List.of());
    }

    /** What {@code gatewayId} advertises to its BGP peer at {@code peerAddress}; empty when there is no such peer. */
    Optional<List<Held>> advertisedTo(ResourceId gatewayId, IpAddress peerAddress) {
        Speaker self = speakers.get(gatewayId);
        if (self == null) {
            return Optional.empty();
        }
        for (Speaker peer : peersOf(gatewayId)) {
            if (peer.address().equals(peerAddress)) {
                return Optional.of(advertisedBy(self, peer));
            }
        }
        return Optional.empty();
    }

    /**
     * Every prefix {@code gatewayId} has a best route for, its own included when it has BGP peers: what they hear of.
     */
    Set<Cidr> known(ResourceId gatewayId) {
        return new LinkedHashSet<>(best.getOrDefault(gatewayId, Map.of()).keySet());
    }
}
