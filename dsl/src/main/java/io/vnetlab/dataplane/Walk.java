package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One packet walk (AZURE-SEMANTICS §8): from the source interface's subnet, look up the effective route, follow the
 * next hop, repeat until the packet is delivered or dropped; then check that replies can route back. Every drop is
 * diagnosed: which peering is missing or in the wrong state, which address space is not synced, and what to change.
 */
final class Walk {

    private static final int MAX_HOPS = 32;

    private final DataPlane plane;
    private final Flow flow;
    private final List<Hop> hops = new ArrayList<>();
    private final List<Blocker> blockers = new ArrayList<>();
    private final Set<Fix> fixes = new LinkedHashSet<>();
    private final Set<Warning> warnings = new LinkedHashSet<>();
    // The appliances the packet passed, the site it reached, the interface it started from.
    private final List<NetworkInterface> appliances = new ArrayList<>();
    private ResourceId siteReached;
    private NetworkInterface start;
    /** What the NSGs passed so far let through: starts as what the flow asks for. */
    private Traffic admitted;
    /** Whether this walk carries the replies of an admitted connection, which NSGs let through (§5.1.4). */
    private boolean replying;

    Walk(DataPlane plane, Flow flow) {
        this.plane = plane;
        this.flow = flow;
    }

    Verdict run() {
        admitted = Traffic.requestedBy(flow);
        if (flow.source().isOnPremises()) {
            return fromOnPremises();
        }
        Optional<NetworkInterface> source = flow.source().networkInterfaceId().flatMap(plane::networkInterface);
        if (source.isEmpty()) {
            if (isInternet(flow.source().address())) {
                return fromInternet();
            }
            blockers.add(Blocker.of(Blocker.Kind.UNSIMULATED_SOURCE, List.of(), flow.source()));
            return verdict(false);
        }
        IpAddress destination = flow.destination().address();
        NetworkInterface from = source.get();
        boolean toItself = flow.destination().networkInterfaceId().map(from.id()::equals)
                .orElse(from.privateIpAddress().equals(destination));
        if (toItself) {
            hops.add(hop(Hop.Kind.DESTINATION, Place.subnet(from.subnetId()), Place.endpoint(flow.destination(), from),
                    null, null, HopOutcome.DELIVERED, new HopDetail.SourceIsDestination()));
            return verdict(true);
        }
        Packet packet = Packet.of(flow, from.privateIpAddress());
        if (!leaves(from, packet)) {
            return verdict(false);
        }
        Optional<NetworkInterface> delivered = forward(from, packet,
                flow.destination().networkInterfaceId().flatMap(plane::networkInterface).map(NetworkInterface::networkId)
                        .orElse(null));
        if (delivered.isEmpty()) {
            return verdict(false);
        }
        if (delivered.get().equals(from)) {
            Optional<NetworkInterface> owner = plane.security().interfaceWithPublicAddress(destination);
            if (owner.isPresent()) {
                return toPublicAddressOf(from, owner.get());
            }
        }
        if (!deliveredToTheDestination(delivered.get())) {
            return verdict(false);
        }
        if (!delivered.get().equals(from) && !enters(delivered.get(), packet)) {
            return verdict(false);
        }
        boolean repliesReturn = replyRoutes(delivered.get(), from);
        return verdict(repliesReturn);
    }

    /**
     * When the flow names a destination interface, the packet must arrive at that one: an address of an overlapping
     * network (never peerable, AZURE-SEMANTICS §1.2.2) may be held by another interface that the routes reach first.
     */
    private boolean deliveredToTheDestination(NetworkInterface delivered) {
        Optional<ResourceId> intended = flow.destination().networkInterfaceId();
        if (intended.isEmpty() || intended.get().equals(delivered.id())) {
            return true;
        }
        Hop arrival = hops.remove(hops.size() - 1);
        VirtualNetwork here = plane.network(delivered.networkId());
        NetworkInterface wanted = plane.networkInterface(intended.get()).orElseThrow();
        VirtualNetwork there = plane.network(wanted.networkId());
        hops.add(arrival.withNext(null).with(new HopDetail.NotTheDestination()).withOutcome(HopOutcome.DROPPED));
        blockers.add(Blocker.of(Blocker.Kind.OVERLAPPING_ADDRESS, List.of(here.id(), there.id(), delivered.id()),
                delivered.privateIpAddress()));
        fixes.add(Fix.of(Fix.Kind.USE_NON_OVERLAPPING_ADDRESS_SPACE, List.of(there.id(), here.id())));
        return false;
    }

    /**
     * Outbound filtering as the packet leaves {@code nic}: the NIC's NSG, then its subnet's (AZURE-SEMANTICS §5.2.1).
     * Returns whether the packet may leave; when not, adds the hop and the blockers. No NSG: allowed.
     */
    private boolean leaves(NetworkInterface nic, Packet packet) {
        return filtered(nic, packet, SecurityRuleDirection.Outbound);
    }

    /**
     * Inbound filtering as the packet enters {@code nic}: its subnet's NSG, then the NIC's (AZURE-SEMANTICS §5.2.1).
     * Returns whether the packet may enter; when not, adds the hop and the blockers. No NSG: allowed.
     */
    private boolean enters(NetworkInterface nic, Packet packet) {
        int before = hops.size();
        Hop arrival = before == 0 ? null : hops.get(before - 1);
        boolean passes = filtered(nic, packet, SecurityRuleDirection.Inbound);
        if (hops.size() > before && arrival != null && arrival.outcome() == HopOutcome.DELIVERED) {
            // The packet reached the interface's subnet, then its NSGs decided: delivered only after the last one.
            hops.set(before - 1, arrival.withOutcome(HopOutcome.FORWARDED));
            if (passes) {
                Hop last = hops.get(hops.size() - 1);
                hops.set(hops.size() - 1, last.withNext(Place.endpoint(plane.endpoint(nic), nic))
                        .withOutcome(HopOutcome.DELIVERED));
            }
        }
        return passes;
    }

    /**
     * Forwards a packet from {@code at} towards {@code destination}; returns the interface it is delivered to.
     * {@code intendedNetwork} is the destination interface's network, when the flow names one. A packet that leaves
     * Azure (to the Internet or an on-premises site) returns {@code at} itself.
     */
    private Optional<NetworkInterface> forward(NetworkInterface at, Packet packet, ResourceId intendedNetwork) {
        start = at;
        return forwardFrom(plane.network(at.networkId()), at.subnetId(), packet, intendedNetwork, false);
    }

    // ---- routing through appliances and gateways

    /**
     * The route loop of {@link #forward}: from {@code subnetId} of {@code network}, look up the effective route, follow
     * the next hop, and repeat from the appliance's or gateway's subnet (AZURE-SEMANTICS §8 step 3).
     * {@code viaGateway} marks a packet an Azure gateway relayed, which the forwarded-traffic check does not apply to
     * (DESIGN.md).
     */
    private Optional<NetworkInterface> forwardFrom(VirtualNetwork startNetwork, ResourceId startSubnet, Packet packet,
                                                   ResourceId intendedNetwork, boolean startsViaGateway) {
        IpAddress packetSource = packet.source();
        IpAddress destination = packet.destination();
        VirtualNetwork network = startNetwork;
        ResourceId subnetId = startSubnet;
        boolean viaGateway = startsViaGateway;
        Set<ResourceId> gatewaysPassed = new LinkedHashSet<>();
        for (int step = 0; step < MAX_HOPS; step++) {
            Place here = Place.subnet(subnetId);
            EffectiveRouteTable table = plane.effectiveRoutesOfSubnet(subnetId);
            Optional<EffectiveRoute> match = table.lookup(destination);
            if (match.isEmpty()) {
                drop(Hop.Kind.ROUTE, here, null, new HopDetail.NoRoute(destination));
                diagnose(network, destination, intendedNetwork);
                return Optional.empty();
            }
            EffectiveRoute route = match.get();
            switch (route.nextHopType()) {
                case VnetLocal: {
                    return deliverIn(network, here, route, destination);
                }
                case VNetPeering:
                case VNetGlobalPeering: {
                    Peering peering = plane.state().peering(route.origin()).orElseThrow();
                    VirtualNetwork remote = plane.network(peering.remoteNetworkId());
                    hops.add(new Hop(hops.size() + 1, Hop.Kind.PEERING, here, Place.network(remote.id()), route,
                            crossed(peering), null, List.of(), HopOutcome.FORWARDED));
                    noteVirtualNetworkAccess(peering);
                    if (!viaGateway && !admitsForwarded(network, remote, packetSource)) {
                        return Optional.empty();
                    }
                    Optional<NetworkInterface> target = plane.interfaceAt(remote.id(), destination);
                    if (target.isEmpty()) {
                        drop(Hop.Kind.ROUTE, Place.network(remote.id()), null, new HopDetail.NoInterface(destination));
                        blockers.add(Blocker.of(Blocker.Kind.NO_INTERFACE, List.of(remote.id()), destination));
                        return Optional.empty();
                    }
                    hops.add(hop(Hop.Kind.DESTINATION, Place.subnet(target.get().subnetId()),
                            Place.endpoint(flow.destination(), target.get()), null, null, HopOutcome.DELIVERED,
                            new HopDetail.Holds(target.get().id(), destination)));
                    return target;
                }
                case Internet: {
                    List<VirtualNetwork> owners = plane.networksContaining(destination);
                    if (intendedNetwork == null && owners.isEmpty()) {
                        hops.add(hop(Hop.Kind.INTERNET, here, Place.internet(), route, null, HopOutcome.DELIVERED));
                        return Optional.of(start);
                    }
                    drop(Hop.Kind.ROUTE, here, route);
                    blockers.add(Blocker.of(Blocker.Kind.PRIVATE_ADDRESS_TO_INTERNET, intendedNetwork != null
                            ? List.of(intendedNetwork) : owners.stream().map(VirtualNetwork::id).toList(),
                            destination, route));
                    diagnose(network, destination, intendedNetwork);
                    return Optional.empty();
                }
                case None: {
                    drop(Hop.Kind.ROUTE, here, route);
                    if (route.source() == RouteSource.User) {
                        userRouteDrops(route, destination);
                    } else if (!explainsSite(network, subnetId, packet)) {
                        diagnose(network, destination, intendedNetwork);
                    }
                    return Optional.empty();
                }
                case VirtualAppliance: {
                    Optional<NetworkInterface> reached = reachAppliance(network, here, route, packet, viaGateway);
                    if (reached.isEmpty()) {
                        return Optional.empty();
                    }
                    NetworkInterface appliance = reached.get();
                    if (appliance.privateIpAddress().equals(destination)) {
                        return reached;   // addressed to the appliance itself: delivered (run() checks entry)
                    }
                    if (appliances.contains(appliance)) {
                        routingLoop(appliance);
                        return Optional.empty();
                    }
                    if (!enters(appliance, packet)) {
                        return Optional.empty();
                    }
                    if (!appliance.ipForwarding()) {
                        ipForwardingOff(appliance, destination);
                        return Optional.empty();
                    }
                    if (!leaves(appliance, packet)) {
                        return Optional.empty();
                    }
                    appliances.add(appliance);
                    if (appliance.owner() == InterfaceOwner.AzureFirewall) {
                        // Forwarded as a plain appliance: the firewall's rule collections are not simulated.
                        warnings.add(Warning.of(Warning.Kind.FIREWALL_RULES_NOT_EVALUATED, List.of(appliance.id()),
                                appliance.privateIpAddress()));
                    }
                    network = plane.network(appliance.networkId());
                    subnetId = appliance.subnetId();
                    viaGateway = false;
                    continue;
                }
                case VirtualNetworkGateway: {
                    Optional<VirtualNetworkGateway> gateway = gatewayOf(route, network, here);
                    if (gateway.isEmpty()) {
                        return Optional.empty();
                    }
                    VirtualNetworkGateway g = gateway.get();
                    Optional<GatewayConnection> toSite = plane.gateways().siteConnectionFor(g, destination);
                    if (toSite.isPresent()) {
                        hops.add(hop(Hop.Kind.GATEWAY, here, Place.gateway(g), route, null, HopOutcome.FORWARDED));
                        return exitToSite(g, toSite.get(), packet);
                    }
                    // Relayed inside Azure: to the far end of a Vnet2Vnet connection, or back into the gateway's
                    // own network (a hub VPN gateway can carry spoke-to-spoke traffic, §3.6).
                    VirtualNetworkGateway relay = plane.gateways().farGatewayFor(g, destination).orElse(g);
                    if (!gatewaysPassed.add(relay.id())) {
                        drop(Hop.Kind.ROUTE, here, route);
                        blockers.add(Blocker.of(Blocker.Kind.GATEWAY_ROUTING_LOOP, List.of(relay.id()), destination));
                        return Optional.empty();
                    }
                    VirtualNetwork relayNetwork = plane.network(relay.networkId());
                    hops.add(relay.equals(g)
                            ? hop(Hop.Kind.GATEWAY, here, Place.gateway(relay), route, null, HopOutcome.FORWARDED)
                            : hop(Hop.Kind.GATEWAY, here, Place.gateway(relay), route, null, HopOutcome.FORWARDED,
                            new HopDetail.Relayed(g.id(), relay.id())));
                    network = relayNetwork;
                    subnetId = relay.subnetId();
                    viaGateway = true;
                    continue;
                }
                default: {
                    drop(Hop.Kind.ROUTE, here, route);
                    blockers.add(Blocker.of(Blocker.Kind.UNSIMULATED_NEXT_HOP, List.of(), route.nextHopType()));
                    return Optional.empty();
                }
            }
        }
        blockers.add(Blocker.of(Blocker.Kind.HOP_LIMIT, List.of(), MAX_HOPS));
        return Optional.empty();
    }

    /**
     * The appliance a VirtualAppliance route names: a network interface in the same network or in a Connected peer
     * (AZURE-SEMANTICS §4.2.3); crossing the peering is subject to the forwarded-traffic check.
     */
    private Optional<NetworkInterface> reachAppliance(VirtualNetwork network, Place here, EffectiveRoute route,
                                                      Packet packet, boolean viaGateway) {
        IpAddress ip = route.nextHopIpAddresses().get(0);
        Optional<NetworkInterface> local = plane.interfaceAt(network.id(), ip);
        if (local.isPresent()) {
            hops.add(hop(applianceKind(local.get()), here, Place.appliance(local.get()), route, null,
                    HopOutcome.FORWARDED));
            return local;
        }
        for (Peering p : plane.peeringsOf(network.id())) {
            if (p.isConnected() && p.remoteAddressSpace().stream().anyMatch(c -> c.contains(ip))) {
                Optional<NetworkInterface> remote = plane.interfaceAt(p.remoteNetworkId(), ip);
                if (remote.isPresent()) {
                    hops.add(hop(applianceKind(remote.get()), here, Place.appliance(remote.get()), route, crossed(p),
                            HopOutcome.FORWARDED));
                    noteVirtualNetworkAccess(p);
                    if (!viaGateway && !admitsForwarded(network, plane.network(p.remoteNetworkId()), packet.source())) {
                        return Optional.empty();
                    }
                    return remote;
                }
            }
        }
        drop(Hop.Kind.ROUTE, here, route);
        blockers.add(Blocker.of(Blocker.Kind.APPLIANCE_NOT_FOUND, route.origin() == null ? List.of(network.id())
                : List.of(network.id(), route.origin()), ip, route.addressPrefix()));
        Optional<VirtualNetwork> owner = plane.networksContaining(ip).stream()
                .filter(n -> !n.id().equals(network.id())).findFirst();
        if (owner.isPresent() && !plane.peering(network.id(), owner.get().id()).map(Peering::isConnected).orElse(false)) {
            diagnose(network, ip, owner.get().id());
        } else {
            fixes.add(Fix.of(Fix.Kind.POINT_ROUTE_AT_APPLIANCE, List.of()));
        }
        return Optional.empty();
    }

    /** §4.4.1: without IP forwarding Azure drops what reaches the appliance but is not addressed to it. */
    private void ipForwardingOff(NetworkInterface appliance, IpAddress destination) {
        drop(applianceKind(appliance), Place.subnet(appliance.subnetId()), null,
                new HopDetail.IpForwardingOff(appliance.id(), appliance.privateIpAddress()));
        blockers.add(Blocker.of(Blocker.Kind.IP_FORWARDING_OFF, List.of(appliance.id()),
                appliance.privateIpAddress(), destination));
        fixes.add(Fix.of(Fix.Kind.ENABLE_IP_FORWARDING, List.of(appliance.id())));
    }

    /** §4.2.5: an appliance whose own subnet routes the packet back to it. */
    private void routingLoop(NetworkInterface appliance) {
        drop(applianceKind(appliance), Place.subnet(appliance.subnetId()), null,
                new HopDetail.RoutingLoop(appliance.privateIpAddress()));
        blockers.add(Blocker.of(Blocker.Kind.APPLIANCE_ROUTING_LOOP, List.of(appliance.id(), appliance.subnetId()),
                appliance.privateIpAddress()));
        fixes.add(Fix.of(Fix.Kind.DISSOCIATE_ROUTE_TABLE_FROM_APPLIANCE_SUBNET, List.of(appliance.subnetId()),
                appliance.privateIpAddress()));
    }

    /** A user route with next hop None drops the packet (§4.2.2). */
    private void userRouteDrops(EffectiveRoute route, IpAddress destination) {
        List<ResourceId> table = route.origin() == null ? List.of() : List.of(route.origin());
        blockers.add(Blocker.of(Blocker.Kind.USER_ROUTE_TO_NONE, table, route.name(), route.addressPrefix(),
                destination));
        fixes.add(Fix.of(Fix.Kind.REMOVE_USER_ROUTE, table, route.name()));
    }

    /**
     * The gateway a VirtualNetworkGateway route leads to: the gateway a gateway route came from, or — for a user
     * route — the route-based VPN gateway the network uses, its own or by transit (§3.6, §4.2.2).
     */
    private Optional<VirtualNetworkGateway> gatewayOf(EffectiveRoute route, VirtualNetwork network, Place here) {
        if (route.source() == RouteSource.VirtualNetworkGateway) {
            return plane.state().get(VirtualNetworkGateway.class, route.origin());
        }
        List<VirtualNetworkGateway> serving = plane.gateways().gatewaysServing(network.id());
        Optional<VirtualNetworkGateway> vpn = serving.stream().filter(VirtualNetworkGateway::isRouteBasedVpn).findFirst();
        if (vpn.isEmpty()) {
            drop(Hop.Kind.ROUTE, here, route);
            if (serving.isEmpty()) {
                blockers.add(Blocker.of(Blocker.Kind.NO_GATEWAY, List.of(network.id()), route.addressPrefix()));
                fixes.add(Fix.of(Fix.Kind.CREATE_GATEWAY, List.of(network.id())));
            } else {
                blockers.add(Blocker.of(Blocker.Kind.GATEWAY_NOT_ROUTE_BASED, List.of(serving.get(0).id(),
                        network.id()), route.addressPrefix()));
            }
        }
        return vpn;
    }

    /** The packet leaves Azure for an on-premises site; the site must also route replies back (§3.5). */
    private Optional<NetworkInterface> exitToSite(VirtualNetworkGateway gateway, GatewayConnection connection,
                                                  Packet packet) {
        LocalNetworkGateway site = plane.state().get(LocalNetworkGateway.class, connection.localNetworkGatewayId())
                .orElseThrow();
        Place at = Place.gateway(gateway);
        if (!plane.gateways().advertised(gateway).stream().anyMatch(p -> p.contains(packet.source()))) {
            drop(Hop.Kind.SITE, at, null, new HopDetail.NoRouteBack(site.id(), packet.source()));
            blockers.add(Blocker.of(Blocker.Kind.SITE_HAS_NO_ROUTE_BACK, List.of(site.id(), gateway.id(),
                    gateway.networkId()), packet.source()));
            explainTransit(packet.source(), gateway);
            return Optional.empty();
        }
        Cidr prefix = site.addressPrefixes().stream().filter(p -> p.contains(packet.destination())).findFirst()
                .orElse(null);
        hops.add(hop(Hop.Kind.SITE, at, Place.site(site.id()), null, null, HopOutcome.DELIVERED,
                new HopDetail.Connection(connection.id(), connection.connectionType()),
                new HopDetail.InSitePrefix(packet.destination(), prefix)));
        siteReached = site.id();
        return Optional.of(start);
    }

    /** Why {@code address}'s network does not use {@code gateway}: the transit flags that are missing (§3.1, §3.5). */
    private void explainTransit(IpAddress address, VirtualNetworkGateway gateway) {
        VirtualNetwork hub = plane.network(gateway.networkId());
        Optional<VirtualNetwork> spoke = plane.networksContaining(address).stream()
                .filter(n -> !n.id().equals(hub.id())).findFirst();
        if (spoke.isEmpty()) {
            return;
        }
        Optional<Peering> up = plane.peering(spoke.get().id(), hub.id());
        Optional<Peering> down = plane.peering(hub.id(), spoke.get().id());
        if (up.isEmpty() || down.isEmpty() || !up.get().isConnected()) {
            blockers.add(Blocker.of(Blocker.Kind.NOT_PEERED_WITH_HUB, List.of(spoke.get().id(), hub.id())));
            fixes.add(Fix.of(Fix.Kind.PEER_USING_REMOTE_GATEWAY, List.of(spoke.get().id(), hub.id())));
            return;
        }
        List<ResourceId> peerings = new ArrayList<>();
        List<Object> settings = new ArrayList<>();
        if (!down.get().allowGatewayTransit()) {
            blockers.add(Blocker.of(Blocker.Kind.NO_GATEWAY_TRANSIT, List.of(down.get().id())));
            peerings.add(down.get().id());
            settings.add(Fix.PeeringSetting.allowGatewayTransit);
        }
        if (!up.get().useRemoteGateways()) {
            blockers.add(Blocker.of(Blocker.Kind.NOT_USING_REMOTE_GATEWAYS, List.of(up.get().id(), hub.id())));
            peerings.add(up.get().id());
            settings.add(Fix.PeeringSetting.useRemoteGateways);
        }
        if (!settings.isEmpty()) {
            fixes.add(new Fix(Fix.Kind.SET_PEERING_SETTINGS, peerings, settings));
        } else if (GatewayRouting.BASIC.equalsIgnoreCase(gateway.sku())) {
            blockers.add(Blocker.of(Blocker.Kind.BASIC_GATEWAY_SKU, List.of(gateway.id())));
            fixes.add(Fix.of(Fix.Kind.UPGRADE_BASIC_GATEWAY, List.of(hub.id())));
        }
    }

    /** When the destination is behind an on-premises site: why {@code network} has no gateway route to it. */
    private boolean explainsSite(VirtualNetwork network, ResourceId subnetId, Packet packet) {
        for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
            Optional<LocalNetworkGateway> site = c.site().flatMap(id -> plane.state().get(LocalNetworkGateway.class, id));
            Optional<VirtualNetworkGateway> gateway = plane.state().get(VirtualNetworkGateway.class,
                    c.virtualNetworkGateway1Id());
            if (site.isPresent() && gateway.isPresent() && site.get().contains(packet.destination())) {
                blockers.add(Blocker.of(Blocker.Kind.NO_ROUTE_TO_SITE, List.of(site.get().id(), gateway.get().id(),
                        network.id(), gateway.get().networkId()), packet.destination()));
                Optional<RouteTable> table = plane.state().subnet(subnetId).flatMap(Subnet::routeTable)
                        .flatMap(id -> plane.state().get(RouteTable.class, id));
                if (table.isPresent() && table.get().disableBgpRoutePropagation()
                        && plane.gateways().gatewaysServing(network.id()).contains(gateway.get())) {
                    blockers.add(Blocker.of(Blocker.Kind.GATEWAY_ROUTES_NOT_PROPAGATED, List.of(table.get().id(),
                            subnetId, gateway.get().id())));
                    fixes.add(Fix.of(Fix.Kind.ENABLE_GATEWAY_ROUTE_PROPAGATION, List.of(table.get().id())));
                    fixes.add(Fix.of(Fix.Kind.ADD_GATEWAY_ROUTE, List.of(table.get().id()),
                            site.get().addressPrefixes().get(0)));
                } else {
                    explainTransit(packet.source(), gateway.get());
                }
                return true;
            }
        }
        return false;
    }

    /** A flow that starts at an on-premises host: into Azure through the site's connection (§3.4, §3.5). */
    private Verdict fromOnPremises() {
        Endpoint source = flow.source();
        LocalNetworkGateway site = plane.state().get(LocalNetworkGateway.class, source.siteId().orElseThrow())
                .orElse(null);
        Place here = Place.site(source.siteId().get());
        if (site == null) {
            blockers.add(Blocker.of(Blocker.Kind.NO_SUCH_SITE, List.of(source.siteId().get())));
            return verdict(false);
        }
        IpAddress destination = flow.destination().address();
        Packet packet = Packet.of(flow, source.address());
        VirtualNetworkGateway gateway = null;
        GatewayConnection via = null;
        for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
            if (site.id().equals(c.localNetworkGatewayId())) {
                Optional<VirtualNetworkGateway> g = plane.state().get(VirtualNetworkGateway.class,
                        c.virtualNetworkGateway1Id());
                if (g.isPresent() && plane.gateways().advertised(g.get()).stream().anyMatch(p -> p.contains(destination))) {
                    gateway = g.get();
                    via = c;
                    break;
                }
            }
        }
        if (gateway == null) {
            drop(Hop.Kind.SITE, here, null, new HopDetail.NoRoute(destination));
            List<VirtualNetworkGateway> connected = new ArrayList<>();
            for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
                if (site.id().equals(c.localNetworkGatewayId())) {
                    plane.state().get(VirtualNetworkGateway.class, c.virtualNetworkGateway1Id()).ifPresent(connected::add);
                }
            }
            if (connected.isEmpty()) {
                blockers.add(Blocker.of(Blocker.Kind.SITE_NOT_CONNECTED, List.of(site.id())));
                fixes.add(Fix.of(Fix.Kind.CONNECT_SITE, List.of(site.id())));
            } else {
                blockers.add(Blocker.of(Blocker.Kind.SITE_LEARNS_NO_ROUTE, List.of(site.id(), connected.get(0).id(),
                        connected.get(0).networkId()), destination));
                explainTransit(destination, connected.get(0));
            }
            return verdict(false);
        }
        VirtualNetwork hub = plane.network(gateway.networkId());
        hops.add(hop(Hop.Kind.GATEWAY, here, Place.gateway(gateway), null, null, HopOutcome.FORWARDED,
                new HopDetail.Connection(via.id(), via.connectionType())));
        ResourceId intended = flow.destination().networkInterfaceId().flatMap(plane::networkInterface)
                .map(NetworkInterface::networkId).orElse(null);
        Optional<NetworkInterface> delivered = forwardFrom(hub, gateway.subnetId(), packet, intended, true);
        if (delivered.isEmpty()) {
            return verdict(false);
        }
        if (!enters(delivered.get(), packet)) {
            return verdict(false);
        }
        return verdict(walkedReply(delivered.get(), source));
    }

    /** Whether the reply from {@code delivered} to {@code back} leaves through an appliance or gateway. */
    private boolean needsWalkedReply(NetworkInterface delivered, IpAddress back) {
        return !appliances.isEmpty() || plane.effectiveRoutesOfSubnet(delivered.subnetId()).lookup(back)
                .map(r -> r.nextHopType() == NextHopType.VirtualAppliance
                        || r.nextHopType() == NextHopType.VirtualNetworkGateway).orElse(false);
    }

    /**
     * Walks the reply from {@code delivered} back to {@code back} as a packet of its own (replies are routed like
     * any packet, AZURE-SEMANTICS §8 step 5); a reply that takes other appliances than the request is reported as
     * asymmetric routing.
     */
    private boolean walkedReply(NetworkInterface delivered, Endpoint back) {
        Walk reply = new Walk(plane, Flow.from(plane.endpoint(delivered)).to(back));
        reply.start = delivered;
        reply.replying = true;
        reply.admitted = admitted;
        Packet packet = new Packet(delivered.privateIpAddress(), back.address(), flow.protocol(), OptionalInt.empty());
        ResourceId home = back.networkInterfaceId().flatMap(plane::networkInterface).map(NetworkInterface::networkId)
                .orElse(null);
        Optional<NetworkInterface> arrived = reply.forwardFrom(plane.network(delivered.networkId()),
                delivered.subnetId(), packet, home, false);
        boolean returns = back.isOnPremises() ? back.siteId().equals(Optional.ofNullable(reply.siteReached))
                : arrived.isPresent() && back.networkInterfaceId().equals(Optional.of(arrived.get().id()));
        if (!returns) {
            drop(Hop.Kind.REPLY, Place.subnet(delivered.subnetId()), null,
                    new HopDetail.Reply(back.address(), null, reply.firstDrop().orElse(null)));
            for (Blocker b : reply.blockers) {
                blockers.add(b.onReplies(delivered.privateIpAddress(), back.address()));
            }
            fixes.addAll(reply.fixes);
            return false;
        }
        List<NetworkInterface> backwards = new ArrayList<>(reply.appliances);
        java.util.Collections.reverse(backwards);
        if (!backwards.equals(appliances)) {
            warnings.add(Warning.of(Warning.Kind.ASYMMETRIC_ROUTING, List.of(), places(appliances),
                    delivered.privateIpAddress(), places(reply.appliances)));
        }
        return true;
    }

    private Optional<Hop> firstDrop() {
        return hops.stream().filter(Hop::isBlocking).findFirst();
    }

    private static List<Place> places(List<NetworkInterface> appliances) {
        return appliances.stream().map(Place::appliance).toList();
    }

    private static Hop.Kind applianceKind(NetworkInterface nic) {
        return nic.owner() == InterfaceOwner.AzureFirewall ? Hop.Kind.FIREWALL : Hop.Kind.APPLIANCE;
    }

    private Optional<NetworkInterface> deliverIn(VirtualNetwork network, Place here, EffectiveRoute route,
                                                 IpAddress destination) {
        Optional<NetworkInterface> target = plane.interfaceAt(network.id(), destination);
        if (target.isEmpty()) {
            drop(Hop.Kind.ROUTE, here, route);
            blockers.add(Blocker.of(Blocker.Kind.NO_INTERFACE, List.of(network.id()), destination));
            return Optional.empty();
        }
        hops.add(hop(Hop.Kind.DESTINATION, here, Place.endpoint(flow.destination(), target.get()), route, null,
                HopOutcome.DELIVERED, new HopDetail.Holds(target.get().id(), destination)));
        return target;
    }

    /**
     * DESIGN.md: a packet crossing a peering from {@code from} into {@code into} is forwarded when its source lies
     * outside {@code from}'s address space; it is then admitted only if {@code into}'s peering to {@code from}
     * allows forwarded traffic (AZURE-SEMANTICS §2.3.3).
     */
    private boolean admitsForwarded(VirtualNetwork from, VirtualNetwork into, IpAddress packetSource) {
        if (from.contains(packetSource)) {
            return true;
        }
        Optional<Peering> back = plane.peering(into.id(), from.id());
        if (back.isPresent() && back.get().allowForwardedTraffic()) {
            return true;
        }
        drop(Hop.Kind.PEERING, Place.network(into.id()), null, new HopDetail.ForwardedRefused(from.id()));
        ResourceId refusing = back.map(Peering::id).orElse(into.id());
        blockers.add(Blocker.of(Blocker.Kind.FORWARDED_TRAFFIC_REFUSED, List.of(refusing, from.id(), into.id()),
                packetSource));
        fixes.add(Fix.of(Fix.Kind.SET_PEERING_SETTINGS, List.of(refusing), Fix.PeeringSetting.allowForwardedTraffic));
        return false;
    }

    /** Replies are implied by stateful filtering, but they still need a route back (AZURE-SEMANTICS §8 step 5). */
    private boolean replyRoutes(NetworkInterface delivered, NetworkInterface source) {
        if (!flow.destination().isNetworkInterface() && !delivered.equals(source)) {
            return true;
        }
        if (delivered.equals(source)) {
            return true;   // delivered to the Internet: the reply comes back to the public address Azure SNATs to
        }
        if (needsWalkedReply(delivered, source.privateIpAddress())) {
            return walkedReply(delivered, flow.source());   // through appliances and gateways
        }
        VirtualNetwork there = plane.network(delivered.networkId());
        VirtualNetwork home = plane.network(source.networkId());
        IpAddress back = source.privateIpAddress();
        Optional<EffectiveRoute> route = plane.effectiveRoutesOfSubnet(delivered.subnetId()).lookup(back);
        boolean returns = route.map(r -> r.nextHopType() == NextHopType.VnetLocal ? there.id().equals(home.id())
                : r.nextHopType().isPeering() && plane.state().peering(r.origin())
                .map(p -> p.remoteNetworkId().equals(home.id())).orElse(false)).orElse(false);
        if (returns) {
            return true;
        }
        drop(Hop.Kind.REPLY, Place.subnet(delivered.subnetId()), null,
                new HopDetail.Reply(back, route.orElse(null), null));
        blockers.add(Blocker.of(Blocker.Kind.NO_ROUTE_FOR_REPLIES, List.of(there.id(), home.id()),
                delivered.privateIpAddress(), back));
        diagnose(there, back, home.id());
        return false;
    }

    /** Why {@code network} has no usable route to {@code destination}: which peering is missing or stale. */
    private void diagnose(VirtualNetwork network, IpAddress destination, ResourceId intendedNetwork) {
        VirtualNetwork target = intendedNetwork != null ? plane.network(intendedNetwork)
                : plane.networksContaining(destination).stream().filter(n -> !n.id().equals(network.id()))
                .findFirst().orElse(null);
        if (target == null) {
            blockers.add(Blocker.of(Blocker.Kind.NO_NETWORK_HOLDS_ADDRESS, List.of(network.id()), destination));
            return;
        }
        Optional<Peering> a2c = plane.peering(network.id(), target.id());
        Optional<Peering> c2a = plane.peering(target.id(), network.id());
        if (a2c.isEmpty() && c2a.isEmpty()) {
            List<ResourceId> common = commonPeers(network, target);
            List<ResourceId> involved = new ArrayList<>(List.of(network.id(), target.id()));
            involved.addAll(common);
            blockers.add(Blocker.of(Blocker.Kind.NOT_PEERED, involved));
            fixes.add(Fix.of(Fix.Kind.PEER_DIRECTLY, List.of(network.id(), target.id())));
            if (!common.isEmpty()) {
                fixes.add(Fix.of(Fix.Kind.ROUTE_THROUGH_SHARED_PEER_APPLIANCE, List.of(network.id(), target.id(),
                        common.get(0)), target.addressSpace()));
            }
            return;
        }
        if (a2c.isPresent() && c2a.isEmpty()) {
            explainOneSided(a2c.get(), target.id());
            return;
        }
        if (a2c.isEmpty()) {
            explainOneSided(c2a.get(), network.id());
            return;
        }
        Peering link = a2c.get();
        if (link.isConnected() && link.remoteAddressSpace().stream().noneMatch(p -> p.contains(destination))) {
            Cidr prefix = target.addressSpace().stream().filter(p -> p.contains(destination)).findFirst().orElse(null);
            blockers.add(Blocker.of(Blocker.Kind.PEERING_NOT_SYNCED, List.of(link.id(), target.id()), destination,
                    prefix, link.syncLevel()));
            fixes.add(Fix.of(Fix.Kind.SYNC_PEERING, List.of(link.id())));
            return;
        }
        blockers.add(Blocker.of(Blocker.Kind.PEERING_STATES_DIFFER, List.of(link.id(), c2a.get().id()), link.state(),
                c2a.get().state()));
    }

    /** A peering without its counterpart in {@code other}: Disconnected (the other side was deleted) or Initiated. */
    private void explainOneSided(Peering existing, ResourceId other) {
        if (existing.state() == PeeringState.Disconnected) {
            blockers.add(Blocker.of(Blocker.Kind.PEERING_DISCONNECTED, List.of(existing.id(), other)));
            fixes.add(Fix.of(Fix.Kind.RECREATE_PEERING, List.of(existing.id(), other)));
        } else {
            blockers.add(Blocker.of(Blocker.Kind.PEERING_ONE_SIDED, List.of(existing.id(), other), existing.state()));
            fixes.add(Fix.of(Fix.Kind.CREATE_PEERING_BACK, List.of(other, existing.localNetworkId())));
        }
    }

    private List<ResourceId> commonPeers(VirtualNetwork a, VirtualNetwork c) {
        Set<ResourceId> ofA = plane.peeringsOf(a.id()).stream().filter(Peering::isConnected)
                .map(Peering::remoteNetworkId).collect(Collectors.toSet());
        List<ResourceId> result = new ArrayList<>();
        for (Peering p : plane.peeringsOf(c.id())) {
            if (p.isConnected() && ofA.contains(p.remoteNetworkId())) {
                result.add(p.remoteNetworkId());
            }
        }
        return result;
    }

    /**
     * DESIGN.md: with {@code allowVirtualNetworkAccess} off, the peer leaves the VirtualNetwork service tag, which
     * only NSG rules read; with no NSG on the path the flow passes, and the verdict says so.
     */
    private void noteVirtualNetworkAccess(Peering peering) {
        if (nsgOnPath(peering)) {
            return;     // the rules decide, and the hops name them
        }
        Optional<Peering> back = plane.state().counterpart(peering);
        List<ResourceId> off = new ArrayList<>();
        if (!peering.allowVirtualNetworkAccess()) {
            off.add(peering.id());
        }
        if (back.isPresent() && !back.get().allowVirtualNetworkAccess()) {
            off.add(back.get().id());
        }
        if (!off.isEmpty()) {
            warnings.add(Warning.of(Warning.Kind.VIRTUAL_NETWORK_ACCESS_OFF_WITHOUT_NSG, off));
        }
    }

    /** The next hop, numbered after those so far. */
    private Hop hop(Hop.Kind kind, Place at, Place next, EffectiveRoute route, PeeringCrossed peering,
                    HopOutcome outcome, HopDetail... details) {
        return new Hop(hops.size() + 1, kind, at, next, route, peering, null, List.of(details), outcome);
    }

    /** A hop that drops the packet at {@code at}, decided by {@code route}. */
    private void drop(Hop.Kind kind, Place at, EffectiveRoute route, HopDetail... details) {
        hops.add(hop(kind, at, null, route, null, HopOutcome.DROPPED, details));
    }

    private static PeeringCrossed crossed(Peering peering) {
        return new PeeringCrossed(peering.id(), peering.state());
    }

    private Verdict verdict(boolean reachable) {
        return new Verdict(flow, reachable, hops, blockers, new ArrayList<>(fixes), new ArrayList<>(warnings),
                reachable ? admitted : Traffic.of(java.util.Map.of()));
    }

    // ---- network security groups

    /** No rule can come before a rule of this priority (AZURE-SEMANTICS §5.1.1). */
    private static final int LOWEST_RULE_PRIORITY = 100;

    /**
     * Passes the packet through the NSGs of {@code nic} in {@code direction} (AZURE-SEMANTICS §5.2.1), narrowing
     * {@link #admitted} at each; a group that lets nothing of it through drops it, and the verdict names the deciding
     * rule and what would change it.
     */
    private boolean filtered(NetworkInterface nic, Packet packet, SecurityRuleDirection direction) {
        if (replying) {
            return true;   // NSGs are stateful: an admitted connection's replies pass every NSG (AZURE-SEMANTICS §5.1.4)
        }
        SecurityPlane security = plane.security();
        for (SecurityPlane.Level level : security.levels(nic, direction)) {
            AddressContext addresses = security.addresses(nic);
            NsgEvaluator.Result result = NsgEvaluator.evaluate(level.group(), direction, addresses, packet.source(),
                    OptionalInt.empty(), packet.destination(), admitted);
            if (result.admitted().isEmpty()) {
                hops.add(checked(nic, level, direction, SecurityRuleAccess.Deny, result.denyingRules(),
                        HopOutcome.DROPPED));
                blockers.add(Blocker.of(Blocker.Kind.NSG_DENIES, List.of(level.group().id(), level.associatedId()),
                        admitted, direction, packet.source(), packet.destination(), names(result.denyingRules())));
                explainDenial(nic, level, direction, addresses, packet, result);
                return false;
            }
            hops.add(checked(nic, level, direction, SecurityRuleAccess.Allow, result.allowingRules(),
                    HopOutcome.FORWARDED));
            admitted = result.admitted();
        }
        return true;
    }

    private Hop checked(NetworkInterface nic, SecurityPlane.Level level, SecurityRuleDirection direction,
                        SecurityRuleAccess access, List<SecurityRule> rules, HopOutcome outcome) {
        SecurityCheck check = new SecurityCheck(level.group().id(), level.associatedId(), direction, access,
                names(rules));
        return new Hop(hops.size() + 1, Hop.Kind.SECURITY, Place.subnet(nic.subnetId()), null, null, null, check,
                List.of(), outcome);
    }

    /** The settings that would let the denied traffic through: a peering's VNet access, or a rule. */
    private void explainDenial(NetworkInterface nic, SecurityPlane.Level level, SecurityRuleDirection direction,
                               AddressContext addresses, Packet packet, NsgEvaluator.Result result) {
        IpAddress other = direction == SecurityRuleDirection.Outbound ? packet.destination() : packet.source();
        VirtualNetwork network = plane.network(nic.networkId());
        for (Peering peering : plane.peeringsOf(network.id())) {
            if (!peering.isConnected() || peering.allowVirtualNetworkAccess()
                    || peering.remoteAddressSpace().stream().noneMatch(c -> c.contains(other))) {
                continue;
            }
            NsgEvaluator.Result withAccess = NsgEvaluator.evaluate(level.group(), direction,
                    addresses.withVirtualNetworkPrefixes(peering.remoteAddressSpace()), packet.source(),
                    OptionalInt.empty(), packet.destination(), admitted);
            if (!withAccess.admitted().isEmpty()) {
                blockers.add(Blocker.of(Blocker.Kind.VIRTUAL_NETWORK_ACCESS_OFF, List.of(peering.id(),
                        peering.remoteNetworkId()), peering.remoteAddressSpace(), names(withAccess.allowingRules())));
                fixes.add(Fix.of(Fix.Kind.SET_PEERING_SETTINGS, List.of(peering.id()),
                        Fix.PeeringSetting.allowVirtualNetworkAccess));
            }
        }
        SecurityRule decider = result.denyingRules().get(0);
        ResourceId nsg = level.group().id();
        if (decider.isDefault()) {
            fixes.add(Fix.of(Fix.Kind.ADD_SECURITY_RULE, List.of(nsg), direction, admitted, packet.source(),
                    packet.destination()));
        } else if (decider.priority() > LOWEST_RULE_PRIORITY) {
            fixes.add(Fix.of(Fix.Kind.CHANGE_RULE_OR_ADD_BEFORE_IT, List.of(nsg), decider.qualifiedName(), direction,
                    admitted, packet.source(), packet.destination(), decider.priority()));
        } else {
            fixes.add(Fix.of(Fix.Kind.CHANGE_RULE, List.of(nsg), decider.qualifiedName()));
        }
    }

    /** Whether an NSG filters the source or the interface the packet is delivered to over {@code peering}. */
    private boolean nsgOnPath(Peering peering) {
        SecurityPlane security = plane.security();
        boolean atSource = flow.source().networkInterfaceId().flatMap(plane::networkInterface)
                .map(security::isFiltered).orElse(false);
        boolean atTarget = plane.interfaceAt(peering.remoteNetworkId(), flow.destination().address())
                .map(security::isFiltered).orElse(false);
        return atSource || atTarget;
    }

    /**
     * A flow from a host on the Internet to a VM's public IP address: translated to the private address, then the
     * inbound NSGs (AZURE-SEMANTICS §5.1.2, §5.2.1). A Standard public IP is closed unless an NSG allows the flow.
     */
    private Verdict fromInternet() {
        SecurityPlane security = plane.security();
        IpAddress destination = flow.destination().address();
        Optional<NetworkInterface> target = flow.destination().networkInterfaceId().flatMap(plane::networkInterface)
                .or(() -> security.interfaceWithPublicAddress(destination));
        if (target.isEmpty()) {
            drop(Hop.Kind.INTERNET, Place.internet(), null, new HopDetail.NoPublicAddress(destination));
            blockers.add(Blocker.of(Blocker.Kind.NO_PUBLIC_ADDRESS, List.of(), destination));
            return verdict(false);
        }
        NetworkInterface nic = target.get();
        Optional<PublicIpAddress> publicIp = security.publicAddressOf(nic);
        if (publicIp.isEmpty()) {
            drop(Hop.Kind.INTERNET, Place.internet(), null, new HopDetail.NoPublicIp(nic.id()));
            blockers.add(Blocker.of(Blocker.Kind.NO_PUBLIC_IP, List.of(nic.id()), flow.destination(),
                    nic.privateIpAddress()));
            fixes.add(Fix.of(Fix.Kind.ASSOCIATE_PUBLIC_IP, List.of(nic.id())));
            return verdict(false);
        }
        return throughPublicAddress(nic, publicIp.get(), flow.source().address());
    }

    /**
     * A VM's flow to the public IP of another VM of the topology leaves to the Internet and comes back in through
     * that address, its source translated to the sender's own public IP (AZURE-SEMANTICS §5.1.2). Without one, the
     * address Azure's default outbound access would use is not simulated, and the verdict says so.
     */
    private Verdict toPublicAddressOf(NetworkInterface from, NetworkInterface target) {
        SecurityPlane security = plane.security();
        PublicIpAddress targetAddress = security.publicAddressOf(target).orElseThrow();
        Optional<PublicIpAddress> own = security.publicAddressOf(from);
        if (own.isEmpty()) {
            warnings.add(Warning.of(Warning.Kind.PUBLIC_ADDRESS_INBOUND_NOT_EVALUATED, List.of(targetAddress.id(),
                    target.id()), flow.destination().address(), plane.endpoint(from)));
            return verdict(true);
        }
        Hop out = hops.get(hops.size() - 1);
        hops.set(hops.size() - 1, out.with(new HopDetail.SourceNat(own.get().id(), own.get().ipAddress()))
                .withOutcome(HopOutcome.FORWARDED));
        return throughPublicAddress(target, targetAddress, own.get().ipAddress());
    }

    /** In from the Internet through {@code pip} to {@code nic}, then its inbound NSGs (§5.1.2, §5.2.1). */
    private Verdict throughPublicAddress(NetworkInterface nic, PublicIpAddress pip, IpAddress source) {
        SecurityPlane security = plane.security();
        Place there = Place.endpoint(plane.endpoint(nic), nic);
        hops.add(hop(Hop.Kind.INTERNET, Place.internet(), there, null, null, HopOutcome.FORWARDED,
                new HopDetail.PublicAddress(pip.id(), pip.ipAddress(), nic.privateIpAddress())));
        if (pip.sku() == PublicIpAddressSku.Standard && !security.isFiltered(nic)) {
            drop(Hop.Kind.SECURITY, Place.subnet(nic.subnetId()), null, new HopDetail.StandardSkuClosed(pip.id()));
            blockers.add(Blocker.of(Blocker.Kind.STANDARD_PUBLIC_IP_CLOSED, List.of(pip.id())));
            fixes.add(Fix.of(Fix.Kind.ASSOCIATE_NSG, List.of(nic.id()), admitted));
            return verdict(false);
        }
        Packet packet = new Packet(source, nic.privateIpAddress(), flow.protocol(), flow.destinationPort());
        if (!enters(nic, packet)) {
            return verdict(false);
        }
        hops.add(hop(Hop.Kind.DESTINATION, Place.subnet(nic.subnetId()), there, null, null, HopOutcome.DELIVERED,
                new HopDetail.Holds(nic.id(), nic.privateIpAddress())));
        return verdict(true);
    }

    private static boolean isInternet(IpAddress address) {
        return AddressContext.NOT_INTERNET.stream().noneMatch(c -> c.contains(address));
    }

    private static List<String> names(List<SecurityRule> rules) {
        return rules.stream().map(SecurityRule::qualifiedName).toList();
    }
}
