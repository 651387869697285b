package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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

    Walk(DataPlane plane, Flow flow) {
        this.plane = plane;
        this.flow = flow;
    }

    Verdict run() {
        Optional<NetworkInterface> source = flow.source().networkInterfaceId().flatMap(plane::networkInterface);
        if (source.isEmpty()) {
            blockers.add(Blocker.of("Flows that start outside the topology's network interfaces (from "
                    + flow.source() + ") are not simulated yet: start the flow at a VM or network interface."));
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
        return true;
    }

    /**
     * Inbound filtering as the packet enters {@code nic}: its subnet's NSG, then the NIC's (AZURE-SEMANTICS §5.2.1).
     * Returns whether the packet may enter; when not, adds the hop and the blockers. No NSG: allowed.
     */
    private boolean enters(NetworkInterface nic, Packet packet) {
        return true;
    }

    /**
     * Forwards a packet from {@code at} towards {@code destination}; returns the interface it is delivered to.
     * {@code intendedNetwork} is the destination interface's network, when the flow names one.
     */
    private Optional<NetworkInterface> forward(NetworkInterface at, Packet packet, ResourceId intendedNetwork) {
        IpAddress packetSource = packet.source();
        IpAddress destination = packet.destination();
        VirtualNetwork network = plane.network(at.networkId());
        ResourceId subnetId = at.subnetId();
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
                    if (!admitsForwarded(network, remote, packetSource)) {
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
                        return Optional.of(at);
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
                    diagnose(network, destination, intendedNetwork);
                    return Optional.empty();
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
        return new Verdict(flow, reachable, hops, blockers, new ArrayList<>(fixes), new ArrayList<>(warnings));
    }
}
