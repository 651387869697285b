package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
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
    private final Set<String> fixes = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    // ---- issue 3: the appliances the packet passed, the site it reached, the interface it started from
    private final List<NetworkInterface> appliances = new ArrayList<>();
    private ResourceId siteReached;
    private NetworkInterface start;
    /** What the NSGs passed so far let through: starts as what the flow asks for (issue 4). */
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
            return fromOnPremises();   // issue 3
        }
        Optional<NetworkInterface> source = flow.source().networkInterfaceId().flatMap(plane::networkInterface);
        if (source.isEmpty()) {
            if (isInternet(flow.source().address())) {
                return fromInternet();
            }
            blockers.add(Blocker.of("Flows that start outside the topology's network interfaces (from "
                    + flow.source() + ") are simulated only from public Internet addresses: start the flow at a VM,"
                    + " a network interface or an Internet address."));
            return verdict(false);
        }
        IpAddress destination = flow.destination().address();
        NetworkInterface from = source.get();
        boolean toItself = flow.destination().networkInterfaceId().map(from.id()::equals)
                .orElse(from.privateIpAddress().equals(destination));
        if (toItself) {
            hops.add(new Hop(1, location(from), flow.destination().shortName(), "the destination is the source itself",
                    HopOutcome.DELIVERED));
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
        hops.add(new Hop(arrival.number(), arrival.from(), null, arrival.decision()
                + ", not the destination", HopOutcome.DROPPED));
        blockers.add(Blocker.of(delivered.privateIpAddress() + " is the address of nic '" + delivered.name() + "' in "
                + here.name() + " as well as of the destination in " + there.name() + ": the address spaces of "
                + here.name() + " and " + there.name() + " overlap, so the packet never leaves " + here.name()
                + ", and overlapping networks cannot be peered.", here.id(), there.id()));
        fixes.add("give " + there.name() + " an address space that does not overlap " + here.name()
                + "'s, then peer them");
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
            hops.set(before - 1, new Hop(arrival.number(), arrival.from(), arrival.to(), arrival.decision(),
                    HopOutcome.FORWARDED));
            if (passes) {
                Hop last = hops.get(hops.size() - 1);
                hops.set(hops.size() - 1, new Hop(last.number(), last.from(), plane.endpoint(nic).shortName(),
                        last.decision(), HopOutcome.DELIVERED));
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

    // ---- routing through appliances and gateways (issue 3)

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
            String here = network.name() + "/" + subnetId.name();
            EffectiveRouteTable table = plane.effectiveRoutesOfSubnet(subnetId);
            Optional<EffectiveRoute> match = table.lookup(destination);
            if (match.isEmpty()) {
                drop(here, "no route to " + destination);
                diagnose(network, destination, intendedNetwork);
                return Optional.empty();
            }
            EffectiveRoute route = match.get();
            switch (route.nextHopType()) {
                case VnetLocal: {
                    return deliverIn(network, here, "route " + route.describe(), destination);
                }
                case VNetPeering:
                case VNetGlobalPeering: {
                    Peering peering = plane.state().peering(route.origin()).orElseThrow();
                    VirtualNetwork remote = plane.network(peering.remoteNetworkId());
                    hops.add(new Hop(hops.size() + 1, here, remote.name(), "route " + route.describe() + ", peering '"
                            + peering.name() + "' " + peering.state(), HopOutcome.FORWARDED));
                    noteVirtualNetworkAccess(peering);
                    if (!viaGateway && !admitsForwarded(network, remote, packetSource)) {
                        return Optional.empty();
                    }
                    Optional<NetworkInterface> target = plane.interfaceAt(remote.id(), destination);
                    if (target.isEmpty()) {
                        drop(remote.name(), "no network interface has address " + destination);
                        blockers.add(Blocker.of("No network interface in " + remote.name() + " has address "
                                + destination + ".", remote.id()));
                        return Optional.empty();
                    }
                    hops.add(new Hop(hops.size() + 1, location(target.get()), flow.destination().shortName(),
                            "nic '" + target.get().name() + "' holds " + destination, HopOutcome.DELIVERED));
                    return target;
                }
                case Internet: {
                    List<VirtualNetwork> owners = plane.networksContaining(destination);
                    if (intendedNetwork == null && owners.isEmpty()) {
                        hops.add(new Hop(hops.size() + 1, here, "Internet", "route " + route.describe(),
                                HopOutcome.DELIVERED));
                        return Optional.of(start);
                    }
                    drop(here, "route " + route.describe());
                    blockers.add(Blocker.of(destination + " is a private address of "
                            + ownerName(intendedNetwork, owners) + "; the route " + route.describe()
                            + " sends the packet to the Internet, where that network's private addresses are not"
                            + " reachable."));
                    diagnose(network, destination, intendedNetwork);
                    return Optional.empty();
                }
                case None: {
                    drop(here, "route " + route.describe());
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
                    // ---- Azure Firewall as a forwarding appliance (issue 10)
                    if (appliance.id().type().equalsIgnoreCase("Microsoft.Network/azureFirewalls")) {
                        warnings.add("Azure Firewall '" + appliance.name() + "' (" + appliance.privateIpAddress()
                                + ") forwarded the packet as a plain appliance: its rule collections were not"
                                + " evaluated.");
                    }
                    // ---- end Azure Firewall (issue 10)
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
                        hops.add(new Hop(hops.size() + 1, here, "gateway '" + g.name() + "' ("
                                + g.networkId().name() + ")", "route " + route.describe(), HopOutcome.FORWARDED));
                        return exitToSite(g, toSite.get(), packet);
                    }
                    // Relayed inside Azure: to the far end of a Vnet2Vnet connection, or back into the gateway's
                    // own network (a hub VPN gateway can carry spoke-to-spoke traffic, §3.6).
                    VirtualNetworkGateway relay = plane.gateways().farGatewayFor(g, destination).orElse(g);
                    if (!gatewaysPassed.add(relay.id())) {
                        drop(here, "route " + route.describe());
                        blockers.add(Blocker.of("Routing loop: the packet to " + destination + " came back to gateway '"
                                + relay.name() + "', which has no connection to a site or network holding it.",
                                relay.id()));
                        return Optional.empty();
                    }
                    VirtualNetwork relayNetwork = plane.network(relay.networkId());
                    hops.add(new Hop(hops.size() + 1, here, "gateway '" + relay.name() + "' (" + relayNetwork.name()
                            + ")", "route " + route.describe() + (relay.equals(g) ? "" : ", gateway '" + g.name()
                            + "' connection to gateway '" + relay.name() + "'"), HopOutcome.FORWARDED));
                    network = relayNetwork;
                    subnetId = relay.subnetId();
                    viaGateway = true;
                    continue;
                }
                default: {
                    drop(here, "route " + route.describe());
                    blockers.add(Blocker.of("Next hop type " + route.nextHopType() + " is not simulated yet."));
                    return Optional.empty();
                }
            }
        }
        blockers.add(Blocker.of("The packet took more than " + MAX_HOPS + " hops: a routing loop."));
        return Optional.empty();
    }

    /**
     * The appliance a VirtualAppliance route names: a network interface in the same network or in a Connected peer
     * (AZURE-SEMANTICS §4.2.3); crossing the peering is subject to the forwarded-traffic check.
     */
    private Optional<NetworkInterface> reachAppliance(VirtualNetwork network, String here, EffectiveRoute route,
                                                      Packet packet, boolean viaGateway) {
        IpAddress ip = route.nextHopIpAddresses().get(0);
        Optional<NetworkInterface> local = plane.interfaceAt(network.id(), ip);
        if (local.isPresent()) {
            hops.add(new Hop(hops.size() + 1, here, appliance(local.get()), "route " + route.describe(),
                    HopOutcome.FORWARDED));
            return local;
        }
        for (Peering p : plane.peeringsOf(network.id())) {
            if (p.isConnected() && p.remoteAddressSpace().stream().anyMatch(c -> c.contains(ip))) {
                Optional<NetworkInterface> remote = plane.interfaceAt(p.remoteNetworkId(), ip);
                if (remote.isPresent()) {
                    hops.add(new Hop(hops.size() + 1, here, appliance(remote.get()), "route " + route.describe()
                            + ", peering '" + p.name() + "' " + p.state(), HopOutcome.FORWARDED));
                    noteVirtualNetworkAccess(p);
                    if (!viaGateway && !admitsForwarded(network, plane.network(p.remoteNetworkId()), packet.source())) {
                        return Optional.empty();
                    }
                    return remote;
                }
            }
        }
        drop(here, "route " + route.describe());
        String table = route.origin() == null ? "" : " of route table '" + route.origin().name() + "'";
        blockers.add(Blocker.of("The next hop " + ip + " of route " + route.addressPrefix() + table + " is not a"
                + " network interface in " + network.name() + " or in a network peered with it (Connected), so the"
                + " route leads nowhere.", network.id()));
        Optional<VirtualNetwork> owner = plane.networksContaining(ip).stream()
                .filter(n -> !n.id().equals(network.id())).findFirst();
        if (owner.isPresent() && !plane.peering(network.id(), owner.get().id()).map(Peering::isConnected).orElse(false)) {
            diagnose(network, ip, owner.get().id());
        } else {
            fixes.add("point the route at the private IP address of the appliance's network interface");
        }
        return Optional.empty();
    }

    /** §4.4.1: without IP forwarding Azure drops what reaches the appliance but is not addressed to it. */
    private void ipForwardingOff(NetworkInterface appliance, IpAddress destination) {
        drop(location(appliance), "nic '" + appliance.name() + "' has IP forwarding off: drops packets not"
                + " addressed to " + appliance.privateIpAddress());
        blockers.add(Blocker.of("Network interface '" + appliance.name() + "' (" + appliance.privateIpAddress()
                + ") does not have IP forwarding enabled, so Azure drops the packets to " + destination
                + " that are routed to it.", appliance.id()));
        fixes.add("enable IP forwarding on network interface '" + appliance.name() + "' (az network nic update -g "
                + appliance.resourceGroup() + " -n " + appliance.name() + " --ip-forwarding true)");
    }

    /** §4.2.5: an appliance whose own subnet routes the packet back to it. */
    private void routingLoop(NetworkInterface appliance) {
        drop(location(appliance), "routing loop through " + appliance.privateIpAddress());
        blockers.add(Blocker.of("Routing loop: the packet came back to appliance '" + appliance.name() + "' ("
                + appliance.privateIpAddress() + "). The route table of subnet " + location(appliance)
                + " sends the traffic back to the appliance in it.", appliance.id(), appliance.subnetId()));
        fixes.add("do not associate the route table that points at " + appliance.privateIpAddress()
                + " with the appliance's own subnet " + location(appliance));
    }

    /** A user route with next hop None drops the packet (§4.2.2). */
    private void userRouteDrops(EffectiveRoute route, IpAddress destination) {
        String table = route.origin() == null ? "?" : route.origin().name();
        blockers.add(Blocker.of("User route '" + route.name() + "' of route table '" + table + "' sends "
                + route.addressPrefix() + " to next hop None, which drops the packet to " + destination + ".",
                route.origin()));
        fixes.add("remove route '" + route.name() + "' from route table '" + table + "' or change its next hop");
    }

    /**
     * The gateway a VirtualNetworkGateway route leads to: the gateway a gateway route came from, or — for a user
     * route — the route-based VPN gateway the network uses, its own or by transit (§3.6, §4.2.2).
     */
    private Optional<VirtualNetworkGateway> gatewayOf(EffectiveRoute route, VirtualNetwork network, String here) {
        if (route.source() == RouteSource.VirtualNetworkGateway) {
            return plane.state().get(VirtualNetworkGateway.class, route.origin());
        }
        List<VirtualNetworkGateway> serving = plane.gateways().gatewaysServing(network.id());
        Optional<VirtualNetworkGateway> vpn = serving.stream().filter(VirtualNetworkGateway::isRouteBasedVpn).findFirst();
        if (vpn.isEmpty()) {
            drop(here, "route " + route.describe());
            if (serving.isEmpty()) {
                blockers.add(Blocker.of("Route " + route.addressPrefix() + " sends the packet to a virtual network"
                        + " gateway, but " + network.name() + " has no gateway and uses none through gateway"
                        + " transit.", network.id()));
                fixes.add("create a route-based VPN gateway in " + network.name() + "'s GatewaySubnet, or use the"
                        + " gateway of a peered hub (useRemoteGateways, with allowGatewayTransit on the hub's side)");
            } else {
                blockers.add(Blocker.of("Route " + route.addressPrefix() + " sends the packet to a virtual network"
                        + " gateway, but the gateway " + network.name() + " uses ('" + serving.get(0).name() + "') is"
                        + " not a route-based VPN gateway; a user route cannot point at an ExpressRoute or"
                        + " policy-based gateway.", serving.get(0).id()));
            }
        }
        return vpn;
    }

    /** The packet leaves Azure for an on-premises site; the site must also route replies back (§3.5). */
    private Optional<NetworkInterface> exitToSite(VirtualNetworkGateway gateway, GatewayConnection connection,
                                                  Packet packet) {
        LocalNetworkGateway site = plane.state().get(LocalNetworkGateway.class, connection.localNetworkGatewayId())
                .orElseThrow();
        String at = "gateway '" + gateway.name() + "' (" + gateway.networkId().name() + ")";
        if (!plane.gateways().advertised(gateway).stream().anyMatch(p -> p.contains(packet.source()))) {
            drop(at, "site '" + site.name() + "' has no route back to " + packet.source());
            blockers.add(Blocker.of("Site '" + site.name() + "' learns no route back to " + packet.source()
                    + ": gateway '" + gateway.name() + "' advertises only " + gateway.networkId().name()
                    + "'s address space and the networks that use it through gateway transit.", site.id(),
                    gateway.id()));
            explainTransit(packet.source(), gateway);
            return Optional.empty();
        }
        hops.add(new Hop(hops.size() + 1, at, "site '" + site.name() + "'", "connection '" + connection.name()
                + "' (" + connection.connectionType() + "), " + packet.destination() + " is in " + site.addressPrefixes()
                .stream().filter(p -> p.contains(packet.destination())).findFirst().map(Cidr::toString).orElse("?"),
                HopOutcome.DELIVERED));
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
            blockers.add(Blocker.of(spoke.get().name() + " is not peered (Connected) with " + hub.name()
                    + ", whose gateway connects the site.", spoke.get().id(), hub.id()));
            fixes.add("peer " + spoke.get().name() + " with " + hub.name() + " using " + hub.name() + "'s gateway"
                    + " (topology.peer(\"" + spoke.get().name() + "\").with(\"" + hub.name() + "\").usingGatewayOf(\""
                    + hub.name() + "\"))");
            return;
        }
        List<String> settings = new ArrayList<>();
        if (!down.get().allowGatewayTransit()) {
            blockers.add(Blocker.of("Peering '" + hub.name() + "/" + down.get().name() + "' does not allow gateway"
                    + " transit.", down.get().id()));
            settings.add("allowGatewayTransit on peering '" + hub.name() + "/" + down.get().name() + "'");
        }
        if (!up.get().useRemoteGateways()) {
            blockers.add(Blocker.of("Peering '" + spoke.get().name() + "/" + up.get().name() + "' does not use the"
                    + " remote gateway, so " + hub.name() + "'s gateway neither advertises " + spoke.get().name()
                    + " to the site nor gives it the site's routes.", up.get().id()));
            settings.add("useRemoteGateways on peering '" + spoke.get().name() + "/" + up.get().name() + "'");
        }
        if (!settings.isEmpty()) {
            fixes.add("set " + String.join(" and ", settings));
        } else if (GatewayRouting.BASIC.equalsIgnoreCase(gateway.sku())) {
            blockers.add(Blocker.of("Gateway '" + gateway.name() + "' has SKU Basic, which gives no gateway transit to"
                    + " peered networks.", gateway.id()));
            fixes.add("use a gateway SKU other than Basic, such as VpnGw1, in " + hub.name());
        }
    }

    /** When the destination is behind an on-premises site: why {@code network} has no gateway route to it. */
    private boolean explainsSite(VirtualNetwork network, ResourceId subnetId, Packet packet) {
        for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
            Optional<LocalNetworkGateway> site = c.site().flatMap(id -> plane.state().get(LocalNetworkGateway.class, id));
            Optional<VirtualNetworkGateway> gateway = plane.state().get(VirtualNetworkGateway.class,
                    c.virtualNetworkGateway1Id());
            if (site.isPresent() && gateway.isPresent() && site.get().contains(packet.destination())) {
                blockers.add(Blocker.of(packet.destination() + " is behind site '" + site.get().name() + "', which"
                        + " gateway '" + gateway.get().name() + "' of " + gateway.get().networkId().name() + " connects,"
                        + " but " + network.name() + " has no route to it through that gateway.", site.get().id()));
                Optional<RouteTable> table = plane.state().subnet(subnetId).flatMap(Subnet::routeTable)
                        .flatMap(id -> plane.state().get(RouteTable.class, id));
                if (table.isPresent() && table.get().disableBgpRoutePropagation()
                        && plane.gateways().gatewaysServing(network.id()).contains(gateway.get())) {
                    blockers.add(Blocker.of("Route table '" + table.get().name() + "' of subnet " + network.name()
                            + "/" + subnetId.name() + " disables gateway route propagation, so the subnet gets none"
                            + " of the routes gateway '" + gateway.get().name() + "' learns.", table.get().id()));
                    fixes.add("turn gateway route propagation back on for route table '" + table.get().name()
                            + "' (withEnableBgpRoutePropagation())");
                    fixes.add("add a route to " + site.get().addressPrefixes().get(0) + " with next hop"
                            + " VirtualNetworkGateway to route table '" + table.get().name() + "'");
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
        String here = "site '" + (site == null ? source.siteId().get().name() : site.name()) + "'";
        if (site == null) {
            blockers.add(Blocker.of("No on-premises site " + source.siteId().get() + " in this topology."));
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
            drop(here, "no route to " + destination);
            List<VirtualNetworkGateway> connected = new ArrayList<>();
            for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
                if (site.id().equals(c.localNetworkGatewayId())) {
                    plane.state().get(VirtualNetworkGateway.class, c.virtualNetworkGateway1Id()).ifPresent(connected::add);
                }
            }
            if (connected.isEmpty()) {
                blockers.add(Blocker.of("Site '" + site.name() + "' has no connection to a virtual network gateway.",
                        site.id()));
                fixes.add("connect the site to a gateway (topology.connections().define(..).withSiteToSite(gateway, \""
                        + site.name() + "\"))");
            } else {
                blockers.add(Blocker.of("Site '" + site.name() + "' learns no route to " + destination + ": gateway '"
                        + connected.get(0).name() + "' advertises only " + connected.get(0).networkId().name()
                        + "'s address space and the networks that use it through gateway transit.", site.id()));
                explainTransit(destination, connected.get(0));
            }
            return verdict(false);
        }
        VirtualNetwork hub = plane.network(gateway.networkId());
        hops.add(new Hop(hops.size() + 1, here, "gateway '" + gateway.name() + "' (" + hub.name() + ")",
                "connection '" + via.name() + "' (" + via.connectionType() + ")", HopOutcome.FORWARDED));
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
            String decision = reply.firstDrop().map(Hop::decision).orElse("no route back");
            drop(location(delivered), "reply to " + back.address() + ": " + decision);
            for (Blocker b : reply.blockers) {
                blockers.add(new Blocker("Replies from " + delivered.privateIpAddress() + " to " + back.address()
                        + ": " + b.reason(), b.resources()));
            }
            fixes.addAll(reply.fixes);
            return false;
        }
        List<NetworkInterface> backwards = new ArrayList<>(reply.appliances);
        java.util.Collections.reverse(backwards);
        if (!backwards.equals(appliances)) {
            warnings.add("Asymmetric routing: requests pass " + describeAppliances(appliances) + " but replies from "
                    + delivered.privateIpAddress() + " pass " + describeAppliances(reply.appliances) + "; a stateful"
                    + " appliance or firewall drops replies it did not see the request of.");
        }
        return true;
    }

    private Optional<Hop> firstDrop() {
        return hops.stream().filter(Hop::isBlocking).findFirst();
    }

    private static String describeAppliances(List<NetworkInterface> list) {
        if (list.isEmpty()) {
            return "no appliance";
        }
        return list.stream().map(n -> "appliance " + n.privateIpAddress() + " ('" + n.name() + "')")
                .collect(Collectors.joining(", then "));
    }

    private String appliance(NetworkInterface nic) {
        return "appliance " + nic.privateIpAddress() + " (" + location(nic) + ")";
    }
    // ---- end routing through appliances and gateways (issue 3)

    private Optional<NetworkInterface> deliverIn(VirtualNetwork network, String here, String decision,
                                                 IpAddress destination) {
        Optional<NetworkInterface> target = plane.interfaceAt(network.id(), destination);
        if (target.isEmpty()) {
            drop(here, decision);
            blockers.add(Blocker.of("No network interface in " + network.name() + " has address " + destination
                    + ".", network.id()));
            return Optional.empty();
        }
        hops.add(new Hop(hops.size() + 1, here, flow.destination().shortName(), decision + ", nic '"
                + target.get().name() + "' holds " + destination, HopOutcome.DELIVERED));
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
        drop(into.name(), "forwarded traffic from " + from.name() + " refused");
        String name = back.map(Peering::name).orElse("?");
        blockers.add(Blocker.of("The packet's source " + packetSource + " is outside " + from.name()
                + "'s address space, so it is forwarded traffic, and peering '" + into.name() + "/" + name
                + "' does not allow forwarded traffic.", back.map(Peering::id).orElse(into.id())));
        fixes.add("set allowForwardedTraffic on peering '" + into.name() + "/" + name + "'");
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
            return walkedReply(delivered, flow.source());   // issue 3: through appliances and gateways
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
        String here = there.name() + "/" + delivered.subnetId().name();
        drop(here, "reply to " + back + ": " + route.map(r -> "route " + r.describe()).orElse("no route"));
        blockers.add(Blocker.of("Replies from " + delivered.privateIpAddress() + " cannot return to " + back + ": "
                + there.name() + " has no route back to it.", there.id(), home.id()));
        diagnose(there, back, home.id());
        return false;
    }

    /** Why {@code network} has no usable route to {@code destination}: which peering is missing or stale. */
    private void diagnose(VirtualNetwork network, IpAddress destination, ResourceId intendedNetwork) {
        VirtualNetwork target = intendedNetwork != null ? plane.network(intendedNetwork)
                : plane.networksContaining(destination).stream().filter(n -> !n.id().equals(network.id()))
                .findFirst().orElse(null);
        if (target == null) {
            blockers.add(Blocker.of("No virtual network in the topology has address " + destination + ", and "
                    + network.name() + " has no route that leads to it.", network.id()));
            return;
        }
        String a = network.name();
        String c = target.name();
        Optional<Peering> a2c = plane.peering(network.id(), target.id());
        Optional<Peering> c2a = plane.peering(target.id(), network.id());
        if (a2c.isEmpty() && c2a.isEmpty()) {
            List<String> common = commonPeers(network, target);
            String transitivity = common.isEmpty() ? "" : " Peering is not transitive: both are peered with "
                    + String.join(" and ", common) + ", but that gives them no path to each other.";
            blockers.add(Blocker.of(a + " and " + c + " are not peered." + transitivity, network.id(), target.id()));
            fixes.add("peer " + a + " with " + c + " directly (a peering in each direction)");
            if (!common.isEmpty()) {
                fixes.add("route " + prefixes(target) + " from " + a + " through a network virtual appliance in "
                        + common.get(0) + " (a route table with next hop VirtualAppliance, IP forwarding on the"
                        + " appliance's network interface, and allowForwardedTraffic on the peerings of " + a + " and "
                        + c + " to " + common.get(0) + ")");
            }
            return;
        }
        if (a2c.isPresent() && c2a.isEmpty()) {
            explainOneSided(a2c.get(), a, c);
            return;
        }
        if (a2c.isEmpty()) {
            explainOneSided(c2a.get(), c, a);
            return;
        }
        Peering link = a2c.get();
        if (link.isConnected() && link.remoteAddressSpace().stream().noneMatch(p -> p.contains(destination))) {
            Cidr prefix = target.addressSpace().stream().filter(p -> p.contains(destination)).findFirst().orElse(null);
            blockers.add(Blocker.of("Peering '" + a + "/" + link.name() + "' has not synced " + c + "'s address space: "
                    + destination + (prefix == null ? "" : " is in " + prefix + ", which") + " was added to " + c
                    + " after the peering was made (peeringSyncLevel " + link.syncLevel() + ").", link.id()));
            fixes.add("sync peering '" + a + "/" + link.name() + "' (az network vnet peering sync -g "
                    + link.resourceGroup() + " --vnet-name " + a + " -n " + link.name() + ")");
            return;
        }
        blockers.add(Blocker.of("Peerings between " + a + " and " + c + " are " + link.state() + " and "
                + c2a.get().state() + ".", link.id(), c2a.get().id()));
    }

    private void explainOneSided(Peering existing, String owner, String other) {
        if (existing.state() == PeeringState.Disconnected) {
            blockers.add(Blocker.of("Peering '" + owner + "/" + existing.name() + "' is Disconnected: its counterpart"
                    + " in " + other + " (or " + other + " itself) was deleted.", existing.id()));
            fixes.add("update or re-create peering '" + owner + "/" + existing.name() + "', then create a peering"
                    + " from " + other + " to " + owner);
        } else {
            blockers.add(Blocker.of("Peering '" + owner + "/" + existing.name() + "' is " + existing.state() + ": "
                    + other + " has no peering back to " + owner + ", and traffic flows only when both directions"
                    + " are Connected.", existing.id()));
            fixes.add("create the peering from " + other + " to " + owner);
        }
    }

    private List<String> commonPeers(VirtualNetwork a, VirtualNetwork c) {
        Set<ResourceId> ofA = plane.peeringsOf(a.id()).stream().filter(Peering::isConnected)
                .map(Peering::remoteNetworkId).collect(Collectors.toSet());
        List<String> result = new ArrayList<>();
        for (Peering p : plane.peeringsOf(c.id())) {
            if (p.isConnected() && ofA.contains(p.remoteNetworkId())) {
                result.add(p.remoteNetworkName());
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
        List<String> off = new ArrayList<>();
        if (!peering.allowVirtualNetworkAccess()) {
            off.add("'" + peering.localNetworkName() + "/" + peering.name() + "'");
        }
        if (back.isPresent() && !back.get().allowVirtualNetworkAccess()) {
            off.add("'" + back.get().localNetworkName() + "/" + back.get().name() + "'");
        }
        if (!off.isEmpty()) {
            warnings.add("allowVirtualNetworkAccess is off on peering " + String.join(" and ", off) + ": the peer is"
                    + " not in the VirtualNetwork service tag, so Azure's default NSG rules would deny this flow;"
                    + " no NSG is on this path, so it is allowed.");
        }
    }

    private void drop(String where, String decision) {
        hops.add(new Hop(hops.size() + 1, where, null, decision, HopOutcome.DROPPED));
    }

    private String location(NetworkInterface nic) {
        return nic.networkId().name() + "/" + nic.subnetId().name();
    }

    private String ownerName(ResourceId intended, List<VirtualNetwork> owners) {
        if (intended != null) {
            return plane.network(intended).name();
        }
        return owners.stream().map(VirtualNetwork::name).collect(Collectors.joining(", "));
    }

    private static String prefixes(VirtualNetwork network) {
        return network.addressSpace().stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }

    private Verdict verdict(boolean reachable) {
        return new Verdict(flow, reachable, hops, blockers, new ArrayList<>(fixes), new ArrayList<>(warnings),
                reachable ? admitted : Traffic.of(java.util.Map.of()));
    }

    // ---- network security groups (issue 4)

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
        String verb = direction == SecurityRuleDirection.Inbound ? "inbound" : "outbound";
        for (SecurityPlane.Level level : security.levels(nic, direction)) {
            AddressContext addresses = security.addresses(nic);
            NsgEvaluator.Result result = NsgEvaluator.evaluate(level.group(), direction, addresses, packet.source(),
                    OptionalInt.empty(), packet.destination(), admitted);
            if (result.admitted().isEmpty()) {
                String rules = names(result.denyingRules());
                drop(location(nic), level.describe() + ", " + verb + ": " + rules);
                blockers.add(Blocker.of("Network security group '" + level.group().name() + "' on "
                        + level.association() + " denies " + describe(admitted) + " " + verb + " from "
                        + packet.source() + " to " + packet.destination() + ": " + rules + ".", level.group().id()));
                explainDenial(nic, level, direction, addresses, packet, result);
                return false;
            }
            hops.add(new Hop(hops.size() + 1, location(nic), null, level.describe() + ", " + verb + ": allowed by "
                    + names(result.allowingRules()), HopOutcome.FORWARDED));
            admitted = result.admitted();
        }
        return true;
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
                String link = "'" + network.name() + "/" + peering.name() + "'";
                blockers.add(Blocker.of("allowVirtualNetworkAccess is off on peering " + link + ", so "
                        + peering.remoteNetworkName() + " (" + join(peering.remoteAddressSpace()) + ") is not in "
                        + network.name() + "'s VirtualNetwork service tag and " + names(withAccess.allowingRules())
                        + " does not match it.", peering.id()));
                fixes.add("set allowVirtualNetworkAccess on peering " + link);
            }
        }
        SecurityRule decider = result.denyingRules().get(0);
        String verb = direction == SecurityRuleDirection.Inbound ? "an inbound" : "an outbound";
        String rule = verb + " security rule to nsg '" + level.group().name() + "' that allows " + describe(admitted)
                + " from " + packet.source() + " to " + packet.destination();
        if (decider.isDefault()) {
            fixes.add("add " + rule + " (any priority from 100 to 4096 comes before the default rules)");
        } else if (decider.priority() > LOWEST_RULE_PRIORITY) {
            fixes.add("change or remove " + decider.qualifiedName() + " of nsg '" + level.group().name()
                    + "', or add " + rule + " with a priority number below " + decider.priority());
        } else {
            fixes.add("change or remove " + decider.qualifiedName() + " of nsg '" + level.group().name() + "'");
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
            drop("Internet", "no resource of the topology has public address " + destination);
            blockers.add(Blocker.of("No network interface of the topology has public IP address " + destination
                    + "; from the Internet only public addresses are reachable."));
            return verdict(false);
        }
        NetworkInterface nic = target.get();
        Optional<PublicIpAddress> publicIp = security.publicAddressOf(nic);
        if (publicIp.isEmpty()) {
            drop("Internet", "nic '" + nic.name() + "' has no public IP address");
            blockers.add(Blocker.of(flow.destination().shortName() + " has no public IP address: from the Internet"
                    + " only public addresses are reachable, and " + nic.privateIpAddress() + " is private.", nic.id()));
            fixes.add("associate a public IP address with nic '" + nic.name() + "'");
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
            warnings.add(flow.destination().address() + " is public IP '" + targetAddress.name() + "' of nic '"
                    + target.name() + "', whose inbound NSGs were not evaluated: " + plane.endpoint(from).shortName()
                    + " has no public IP, and the address of Azure's default outbound access is not simulated.");
            return verdict(true);
        }
        Hop out = hops.get(hops.size() - 1);
        hops.set(hops.size() - 1, new Hop(out.number(), out.from(), out.to(), out.decision() + ", source NAT to"
                + " public IP '" + own.get().name() + "' " + own.get().ipAddress(), HopOutcome.FORWARDED));
        return throughPublicAddress(target, targetAddress, own.get().ipAddress());
    }

    /** In from the Internet through {@code pip} to {@code nic}, then its inbound NSGs (§5.1.2, §5.2.1). */
    private Verdict throughPublicAddress(NetworkInterface nic, PublicIpAddress pip, IpAddress source) {
        SecurityPlane security = plane.security();
        String name = plane.endpoint(nic).shortName();
        hops.add(new Hop(hops.size() + 1, "Internet", name, "public IP '" + pip.name()
                + "' " + pip.ipAddress() + " -> " + nic.privateIpAddress(), HopOutcome.FORWARDED));
        if (pip.sku() == PublicIpAddressSku.Standard && !security.isFiltered(nic)) {
            drop(location(nic), "public IP '" + pip.name() + "' is Standard SKU and no NSG allows the flow");
            blockers.add(Blocker.of("Public IP '" + pip.name() + "' is Standard SKU, closed to inbound traffic"
                    + " unless a network security group on the subnet or the network interface allows it, and"
                    + " neither has one.", pip.id()));
            fixes.add("associate a network security group that allows " + describe(admitted) + " with nic '"
                    + nic.name() + "' or its subnet");
            return verdict(false);
        }
        Packet packet = new Packet(source, nic.privateIpAddress(), flow.protocol(), flow.destinationPort());
        if (!enters(nic, packet)) {
            return verdict(false);
        }
        hops.add(new Hop(hops.size() + 1, location(nic), name, "nic '" + nic.name()
                + "' holds " + nic.privateIpAddress(), HopOutcome.DELIVERED));
        return verdict(true);
    }

    private static boolean isInternet(IpAddress address) {
        return AddressContext.NOT_INTERNET.stream().noneMatch(c -> c.contains(address));
    }

    private static String names(List<SecurityRule> rules) {
        return rules.stream().map(SecurityRule::qualifiedName).collect(Collectors.joining(", "));
    }

    /** {@code TCP 22} for what is left of the flow, or {@code all traffic} when nothing narrowed it. */
    private String describe(Traffic traffic) {
        return traffic.equals(Traffic.requested(io.vnetlab.model.Protocol.Any, OptionalInt.empty()))
                ? "all traffic" : traffic.toString();
    }

    private static String join(List<Cidr> prefixes) {
        return prefixes.stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }
}
