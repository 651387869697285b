package io.vnetlab.dataplane;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which gateways a network uses and which prefixes they learn and advertise (docs/azure/gateways.md#gateway-transit,
 * #gateway-routes, #advertised-prefixes): a network uses its own gateways, or — through gateway transit — those of the
 * one peered network whose peering back allows transit, over regional or global peering
 * (docs/azure/peering.md#transit-over-global-peering).
 */
final class GatewayRouting {

    /** The SKU that gives no gateway transit (docs/azure/gateways.md#transit-skus). */
    static final String BASIC = "Basic";

    private final TopologyState state;
    /** What the answers depend on, compared by identity: see {@link #answersFor}. */
    private final List<Object> inputs;
    private final Map<ResourceId, List<TransitSpoke>> spokesByHub = new ConcurrentHashMap<>();
    // per gateway or network, the answers below: every walk through a gateway and every subnet's routes ask again
    private final Map<ResourceId, List<VirtualNetworkGateway>> servingByNetwork = new ConcurrentHashMap<>();
    private final Map<ResourceId, List<VirtualNetworkGateway>> gatewaysByNetwork = new ConcurrentHashMap<>();
    private final Map<ResourceId, List<VirtualNetworkGateway>> shareableByNetwork = new ConcurrentHashMap<>();
    private final Map<ResourceId, List<Cidr>> originatedBy = new ConcurrentHashMap<>();
    private final Map<ResourceId, List<Cidr>> learntBy = new ConcurrentHashMap<>();
    private final Map<ResourceId, List<Cidr>> advertisedBy = new ConcurrentHashMap<>();

    /**
     * The gateway routing of {@code state}, whose gateways, connections, sites and transit peerings are given by
     * {@code inputs}: tokens of the state that are the same objects exactly while those are unchanged.
     */
    GatewayRouting(TopologyState state, List<Object> inputs) {
        this.state = state;
        this.inputs = List.copyOf(inputs);
    }

    /**
     * This routing if its inputs are the same objects as {@code inputs} — its answers hold for the new state too, and
     * a recompiled data plane keeps them instead of recomputing every gateway's prefixes — else a new one.
     */
    GatewayRouting answersFor(TopologyState next, List<Object> nextInputs) {
        boolean same = inputs.size() == nextInputs.size();
        for (int i = 0; same && i < inputs.size(); i++) {
            same = inputs.get(i) == nextInputs.get(i);
        }
        return same ? this : new GatewayRouting(next, nextInputs);
    }

    /**
     * Keeps {@code answer} for {@code key} (a benign race computes an equal value). The answers are computed by plain
     * loops, not streams or lambdas: the first question in a JVM asks them, and would link every lambda on its way.
     */
    private static <T> List<T> keep(Map<ResourceId, List<T>> answers, ResourceId key, List<T> answer) {
        List<T> kept = List.copyOf(answer);
        answers.putIfAbsent(key, kept);
        return kept;
    }

    /**
     * The gateways deployed in {@code networkId}'s GatewaySubnet (while that subnet exists): kept, since the gateways
     * are among the inputs and a subnet that holds a gateway cannot be deleted; every subnet's routes ask.
     */
    List<VirtualNetworkGateway> gatewaysIn(ResourceId networkId) {
        List<VirtualNetworkGateway> known = gatewaysByNetwork.get(networkId);
        if (known != null) {
            return known;
        }
        List<VirtualNetworkGateway> found = new ArrayList<>();
        for (VirtualNetworkGateway g : state.all(VirtualNetworkGateway.class)) {
            if (g.networkId().equals(networkId) && state.subnet(g.subnetId()).isPresent()) {
                found.add(g);
            }
        }
        return keep(gatewaysByNetwork, networkId, found);
    }

    /**
     * The gateways of {@code hubId} that peered networks may use: every SKU but Basic
     * (docs/azure/gateways.md#transit-skus).
     */
    private List<VirtualNetworkGateway> shareable(ResourceId hubId) {
        List<VirtualNetworkGateway> known = shareableByNetwork.get(hubId);
        if (known != null) {
            return known;
        }
        List<VirtualNetworkGateway> result = new ArrayList<>();
        for (VirtualNetworkGateway g : gatewaysIn(hubId)) {
            if (!BASIC.equalsIgnoreCase(g.sku())) {
                result.add(g);
            }
        }
        return keep(shareableByNetwork, hubId, result);
    }

    /**
     * The peering through which {@code networkId} uses a remote gateway, when transit is fully set up
     * (docs/azure/gateways.md#gateway-transit).
     */
    Optional<Peering> transitPeering(ResourceId networkId) {
        for (Peering p : state.peeringsOf(networkId)) {
            if (p.useRemoteGateways() && p.isConnected()) {
                Optional<Peering> back = state.counterpart(p);
                if (back.isPresent() && back.get().isConnected() && back.get().allowGatewayTransit()
                        && !shareable(p.remoteNetworkId()).isEmpty()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The gateways whose routes {@code networkId} gets: its own, else its transit hub's. */
    List<VirtualNetworkGateway> gatewaysServing(ResourceId networkId) {
        List<VirtualNetworkGateway> known = servingByNetwork.get(networkId);
        return known != null ? known : keep(servingByNetwork, networkId, findGatewaysServing(networkId));
    }

    private List<VirtualNetworkGateway> findGatewaysServing(ResourceId networkId) {
        List<VirtualNetworkGateway> own = gatewaysIn(networkId);
        if (!own.isEmpty()) {
            return own;
        }
        Optional<Peering> transit = transitPeering(networkId);
        return transit.isPresent() ? shareable(transit.get().remoteNetworkId()) : List.of();
    }

    /**
     * The gateways whose routes subnet {@code subnetName} of {@code networkId} gets: the network's own, or its transit
     * hub's when the transit peering takes the subnet part — over a subnet peering, only its local subnets learn the
     * hub gateway's routes (docs/azure/subnet-peering.md#gateway-transit).
     */
    List<VirtualNetworkGateway> gatewaysServing(ResourceId networkId, String subnetName) {
        List<VirtualNetworkGateway> own = gatewaysIn(networkId);
        if (!own.isEmpty()) {
            return own;
        }
        Optional<Peering> transit = transitPeering(networkId);
        return transit.isPresent() && transit.get().scope().includesLocal(subnetName)
                ? shareable(transit.get().remoteNetworkId()) : List.of();
    }

    /**
     * What a transit spoke adds to its hub gateway's prefixes: its address space over a complete peering; over a subnet
     * peering, only the prefixes of its subnets the hub peered (docs/azure/subnet-peering.md#gateway-transit).
     */
    private List<Cidr> transitPrefixes(TransitSpoke spoke) {
        if (!spoke.up().isSubnetPeering()) {
            return spoke.network().addressSpace();
        }
        Optional<Peering> back = state.counterpart(spoke.up());
        return back.isPresent() ? back.get().remoteAddressSpace() : List.of();
    }

    /** A network that uses a hub's gateways, and its peering to the hub that carries the transit. */
    record TransitSpoke(VirtualNetwork network, Peering up) {
    }

    /**
     * The networks that use the gateways of {@code hubId} through transit (docs/azure/gateways.md#advertised-prefixes),
     * each with its transit peering: a hub's prefixes need both, for each of its spokes.
     */
    List<TransitSpoke> transitSpokes(ResourceId hubId) {
        List<TransitSpoke> known = spokesByHub.get(hubId);
        return known != null ? known : keep(spokesByHub, hubId, findTransitSpokes(hubId));
    }

    private List<TransitSpoke> findTransitSpokes(ResourceId hubId) {
        List<TransitSpoke> result = new ArrayList<>();
        for (Peering p : state.peerings()) {
            if (!p.remoteNetworkId().equals(hubId)) {
                continue;
            }
            Optional<Peering> transit = transitPeering(p.localNetworkId());
            if (transit.isPresent() && transit.get().id().equals(p.id())) {
                Optional<VirtualNetwork> spoke = state.network(p.localNetworkId());
                if (spoke.isPresent()) {
                    result.add(new TransitSpoke(spoke.get(), transit.get()));
                }
            }
        }
        return result;
    }

    private boolean established(GatewayConnection c) {
        return ResourceManager.connectionStatus(state, c) == ConnectionStatus.Connected;
    }

    /** The connections of {@code gatewayId} that are up: a one-sided VNet-to-VNet connection carries nothing. */
    List<GatewayConnection> connectionsOf(ResourceId gatewayId) {
        List<GatewayConnection> result = new ArrayList<>();
        for (GatewayConnection c : state.all(GatewayConnection.class)) {
            if (c.involves(gatewayId) && established(c)) {
                result.add(c);
            }
        }
        return result;
    }

    private volatile BgpPropagation bgp;

    /** BGP between this state's gateways and sites (docs/azure/bgp.md#propagation), computed on first use. */
    BgpPropagation bgp() {
        BgpPropagation known = bgp;
        if (known == null) {
            Map<ResourceId, LocalNetworkGateway> sites = new java.util.HashMap<>();
            for (LocalNetworkGateway site : state.all(LocalNetworkGateway.class)) {
                sites.put(site.id(), site);
            }
            List<VirtualNetworkGateway> deployed = new ArrayList<>();
            for (VirtualNetworkGateway g : state.all(VirtualNetworkGateway.class)) {
                if (state.subnet(g.subnetId()).isPresent()) {
                    deployed.add(g);
                }
            }
            List<GatewayConnection> up = new ArrayList<>();
            for (GatewayConnection c : state.all(GatewayConnection.class)) {
                if (established(c)) {
                    up.add(c);
                }
            }
            known = new BgpPropagation(this, deployed, up, sites);
            bgp = known;
        }
        return known;
    }

    /**
     * The prefixes a gateway learns: over BGP sessions what its peers advertise (docs/azure/bgp.md#propagation);
     * without BGP, the prefixes of its sites and the spaces the far gateway of a Vnet2Vnet connection originates
     * (docs/azure/bgp.md#static-connections). Its own prefixes are not among them.
     */
    List<Cidr> learnt(VirtualNetworkGateway gateway) {
        List<Cidr> known = learntBy.get(gateway.id());
        return known != null ? known : keep(learntBy, gateway.id(), findLearnt(gateway));
    }

    private List<Cidr> findLearnt(VirtualNetworkGateway gateway) {
        Set<Cidr> prefixes = new LinkedHashSet<>();
        BgpPropagation routing = bgp();
        for (GatewayConnection c : connectionsOf(gateway.id())) {
            if (c.connectionType() == ConnectionType.Vnet2Vnet) {
                ResourceId far = farEnd(c, gateway.id());
                Optional<VirtualNetworkGateway> farGateway = state.get(VirtualNetworkGateway.class, far);
                if ((!routing.speaks(gateway.id()) || !peers(routing, gateway, far)) && farGateway.isPresent()) {
                    prefixes.addAll(originated(farGateway.get()));
                }
            } else if (!bgpSession(routing, gateway, c)) {
                Optional<LocalNetworkGateway> site = siteOf(c);
                if (site.isPresent()) {
                    prefixes.addAll(site.get().addressPrefixes());
                }
            }
        }
        prefixes.addAll(routing.installed(gateway.id()).keySet());
        for (Iterator<Cidr> it = prefixes.iterator(); it.hasNext(); ) {
            if (originates(gateway, it.next())) {
                it.remove();
            }
        }
        return new ArrayList<>(prefixes);
    }

    /**
     * Whether {@code gateway} originates {@code prefix}, as {@link #originated} lists it, without listing every
     * transit spoke of its hub while that list is not known: a spoke's first routes ask it of the few prefixes its
     * hub's gateway learnt, and listing a hub's hundreds of spokes would be most of that first question's work.
     */
    boolean originates(VirtualNetworkGateway gateway, Cidr prefix) {
        List<Cidr> known = originatedBy.get(gateway.id());
        if (known != null) {
            return known.contains(prefix);
        }
        Optional<VirtualNetwork> own = state.network(gateway.networkId());
        if (own.isPresent() && own.get().addressSpace().contains(prefix)) {
            return true;
        }
        if (!prefix.isIPv6() && !state.hasSubnetPeerings()) {
            // a transit spoke's hub peers back Connected, so the hub counts as peered with the spoke's current space:
            // the spokes that may add the prefix are the hub's peers the state finds under it
            for (ResourceId peer : state.peersWithPrefix(gateway.networkId(), prefix)) {
                Optional<VirtualNetwork> network = state.network(peer);
                if (network.isPresent() && addsToHub(network.get(), gateway.networkId(), prefix)) {
                    return true;
                }
            }
            return false;
        }
        for (VirtualNetwork network : state.all(VirtualNetwork.class)) {
            // a spoke adds its address space over a complete peering, what the hub peered over a subnet peering
            if ((network.addressSpace().contains(prefix) || hasSubnetPeering(network.id()))
                    && addsToHub(network, gateway.networkId(), prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code network} is a transit spoke of {@code hubId} that adds {@code prefix} to its hub's prefixes. */
    private boolean addsToHub(VirtualNetwork network, ResourceId hubId, Cidr prefix) {
        Optional<Peering> transit = transitPeering(network.id());
        return transit.isPresent() && transit.get().remoteNetworkId().equals(hubId)
                && transitPrefixes(new TransitSpoke(network, transit.get())).contains(prefix);
    }

    private boolean hasSubnetPeering(ResourceId networkId) {
        for (Peering p : state.peeringsOf(networkId)) {
            if (p.isSubnetPeering()) {
                return true;
            }
        }
        return false;
    }

    /** Whether connection {@code c} of {@code gateway} to a site carries a BGP session. */
    private static boolean bgpSession(BgpPropagation routing, VirtualNetworkGateway gateway, GatewayConnection c) {
        return c.site().isPresent() && peers(routing, gateway, c.site().get());
    }

    /** Whether {@code gateway} has a BGP session with the gateway or site {@code other}. */
    private static boolean peers(BgpPropagation routing, VirtualNetworkGateway gateway, ResourceId other) {
        for (BgpPropagation.Speaker peer : routing.peersOf(gateway.id())) {
            if (peer.id().equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** The site connection {@code c} leads to, if it leads to one of this state. */
    private Optional<LocalNetworkGateway> siteOf(GatewayConnection c) {
        return c.site().isPresent() ? state.get(LocalNetworkGateway.class, c.site().get()) : Optional.empty();
    }

    private static ResourceId farEnd(GatewayConnection c, ResourceId gatewayId) {
        return c.virtualNetworkGateway1Id().equals(gatewayId) ? c.virtualNetworkGateway2Id()
                : c.virtualNetworkGateway1Id();
    }

    /**
     * What a gateway itself originates: its network and the spokes using it (docs/azure/gateways.md#advertised-prefixes),
     * each spoke with what its transit peering peers.
     */
    List<Cidr> originated(VirtualNetworkGateway gateway) {
        List<Cidr> known = originatedBy.get(gateway.id());
        return known != null ? known : keep(originatedBy, gateway.id(), findOriginated(gateway));
    }

    private List<Cidr> findOriginated(VirtualNetworkGateway gateway) {
        Set<Cidr> prefixes = new LinkedHashSet<>();
        Optional<VirtualNetwork> own = state.network(gateway.networkId());
        if (own.isPresent()) {
            prefixes.addAll(own.get().addressSpace());
        }
        for (TransitSpoke spoke : transitSpokes(gateway.networkId())) {
            prefixes.addAll(transitPrefixes(spoke));
        }
        return new ArrayList<>(prefixes);
    }

    /**
     * What a gateway advertises to its sites and far gateways: what it originates and, when it speaks BGP, every
     * prefix it learnt over BGP (docs/azure/gateways.md#advertised-prefixes, docs/azure/bgp.md#propagation).
     */
    List<Cidr> advertised(VirtualNetworkGateway gateway) {
        List<Cidr> known = advertisedBy.get(gateway.id());
        return known != null ? known : keep(advertisedBy, gateway.id(), findAdvertised(gateway));
    }

    private List<Cidr> findAdvertised(VirtualNetworkGateway gateway) {
        Set<Cidr> prefixes = new LinkedHashSet<>(originated(gateway));
        prefixes.addAll(bgp().known(gateway.id()));
        return new ArrayList<>(prefixes);
    }

    /** The BGP route {@code gateway} installed for the longest prefix holding {@code address}, if any. */
    private Optional<BgpPropagation.Held> bgpRouteFor(VirtualNetworkGateway gateway, IpAddress address) {
        BgpPropagation.Held found = null;
        for (BgpPropagation.Held held : bgp().installed(gateway.id()).values()) {
            if (held.prefix().contains(address)
                    && (found == null || held.prefix().prefixLength() > found.prefix().prefixLength())) {
                found = held;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The connection of {@code gateway} to a site that holds {@code address}, if any: a site whose prefixes hold it,
     * or the BGP site the gateway's best route for it came from (docs/azure/bgp.md#propagation).
     */
    Optional<GatewayConnection> siteConnectionFor(VirtualNetworkGateway gateway, IpAddress address) {
        Optional<BgpPropagation.Held> viaBgp = bgpRouteFor(gateway, address);
        if (viaBgp.isPresent()) {
            if (!viaBgp.get().from().site()) {
                return Optional.empty();
            }
            ResourceId site = viaBgp.get().from().id();
            for (GatewayConnection c : connectionsOf(gateway.id())) {
                if (c.connectionType() != ConnectionType.Vnet2Vnet && c.site().isPresent()
                        && c.site().get().equals(site)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
        for (GatewayConnection c : connectionsOf(gateway.id())) {
            if (c.connectionType() == ConnectionType.Vnet2Vnet) {
                continue;
            }
            Optional<LocalNetworkGateway> site = siteOf(c);
            if (site.isPresent() && site.get().contains(address)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The VPN gateway of this state that the site of {@code connection} stands for, when the connection is a
     * site-to-site tunnel to it (docs/azure/gateways.md#site-to-site-between-networks).
     */
    Optional<VirtualNetworkGateway> gatewayBehind(GatewayConnection connection) {
        return connection.site().isPresent()
                ? ResourceManager.gatewayBehindSite(state, connection.site().get())
                : Optional.empty();
    }

    /**
     * The gateway {@code gateway} hands a packet for {@code address} to: the BGP peer its best route came from, else
     * the far gateway of a Vnet2Vnet connection without BGP that originates the address, if any.
     */
    Optional<VirtualNetworkGateway> farGatewayFor(VirtualNetworkGateway gateway, IpAddress address) {
        Optional<BgpPropagation.Held> viaBgp = bgpRouteFor(gateway, address);
        if (viaBgp.isPresent()) {
            return viaBgp.get().from().site() ? Optional.empty()
                    : state.get(VirtualNetworkGateway.class, viaBgp.get().from().id());
        }
        for (GatewayConnection c : connectionsOf(gateway.id())) {
            if (c.connectionType() == ConnectionType.Vnet2Vnet) {
                Optional<VirtualNetworkGateway> g = state.get(VirtualNetworkGateway.class, farEnd(c, gateway.id()));
                if (g.isPresent() && anyContains(originated(g.get()), address)) {
                    return g;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean anyContains(List<Cidr> prefixes, IpAddress address) {
        for (Cidr prefix : prefixes) {
            if (prefix.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
