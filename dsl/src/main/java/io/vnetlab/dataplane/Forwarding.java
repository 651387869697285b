package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The route loop of a walk: from a subnet, look up the effective route, follow the next hop, and repeat from the
 * appliance's or gateway's subnet until the packet is delivered, leaves Azure, or is dropped
 * (docs/azure/reachability.md#route-lookup, docs/azure/reachability.md#next-hop). Remembers the appliances passed
 * and the on-premises site reached, which the replies are checked against.
 */
final class Forwarding {

    private static final int MAX_HOPS = 32;

    private final DataPlane plane;
    private final Flow flow;
    private final WalkRecord record;
    private final DropDiagnosis diagnosis;
    private final PeeringCrossing crossing;
    private final ApplianceNextHop appliances;
    /** Made at the first gateway next hop: most walks pass none. */
    private GatewayNextHop gateways;
    /** The interface the packet started from, {@code null} when it entered through a gateway. */
    private NetworkInterface origin;
    private final LoadBalancerStage balancers;
    /** The backend a load balancer translated the packet's destination to, once one did. */
    private NetworkInterface translatedTo;
    /** The outbound method the packet left for the Internet by, when it left by one. */
    private OutboundAccess leftBy;

    Forwarding(DataPlane plane, Flow flow, WalkRecord record, NsgStage nsgs, DropDiagnosis diagnosis) {
        this.plane = plane;
        this.flow = flow;
        this.record = record;
        this.diagnosis = diagnosis;
        this.crossing = new PeeringCrossing(plane, record, nsgs);
        this.balancers = new LoadBalancerStage(plane, record, nsgs);
        this.appliances = new ApplianceNextHop(plane, record, nsgs, diagnosis, crossing, balancers,
                flow.destination().fqdn().orElse(null));
    }

    /** The appliances the packet passed, in order. */
    List<NetworkInterface> appliances() {
        return appliances.passed();
    }

    /** The Azure Firewalls the packet passed that kept its source (docs/azure/azure-firewall.md#snat). */
    List<NetworkInterface> firewallsKeepingSource() {
        return appliances.firewallsKeepingSource();
    }

    /** The Azure Firewall that last translated the packet's source to its own address, if one did. */
    Optional<NetworkInterface> sourceTranslatedBy() {
        return appliances.sourceTranslatedBy();
    }

    /**
     * The packet as it arrived: a load balancer frontend's packet has the backend's address as destination, which
     * the backend's NSGs see (docs/azure/load-balancers.md#data-path).
     */
    Packet asDelivered(Packet packet) {
        // an Azure Firewall on the way may have translated the source: the destination sees the firewall's address
        Optional<NetworkInterface> translator = sourceTranslatedBy();
        IpAddress source = translator.isPresent() ? translator.get().privateIpAddress() : packet.source();
        return new Packet(source, translatedTo == null ? packet.destination() : translatedTo.privateIpAddress(),
                packet.protocol(), packet.destinationPort());
    }

    /**
     * The address the packet's source was translated to as it left for the Internet by an outbound method; empty when
     * it did not leave that way, or the method's address is not simulated (default outbound access).
     */
    Optional<IpAddress> sourceOnTheInternet() {
        return leftBy == null ? Optional.empty() : leftBy.sourceAddress();
    }

    /** The on-premises site the packet left Azure for, if it did. */
    Optional<ResourceId> siteReached() {
        return gateways == null ? Optional.empty() : gateways.siteReached();
    }

    /**
     * Where forwarding ended: at an interface inside Azure, or outside it (the Internet or an on-premises site).
     * Kept apart from the interface so a packet that entered through a gateway, and so has no interface to start
     * from, can leave Azure again.
     */
    sealed interface Arrival permits Arrival.Inside, Arrival.Outside {
        /** Delivered to {@code nic}. */
        record Inside(NetworkInterface nic) implements Arrival {
        }

        /** Left Azure: the walk's record says where to. */
        record Outside() implements Arrival {
        }
    }

    private static final Optional<Arrival> OUTSIDE = Optional.of(new Arrival.Outside());

    /**
     * Forwards a packet from {@code at} towards its destination; returns where it arrived, empty when it was dropped.
     * {@code intendedNetwork} is the destination interface's network, when the flow names one.
     */
    Optional<Arrival> from(NetworkInterface at, Packet packet, ResourceId intendedNetwork) {
        origin = at;
        return loop(plane.network(at.networkId()), at.subnetId(), packet, intendedNetwork, false);
    }

    /** Forwards a packet that entered Azure through {@code gateway} from an on-premises site. */
    Optional<Arrival> fromGateway(VirtualNetworkGateway gateway, Packet packet, ResourceId intendedNetwork) {
        return loop(plane.network(gateway.networkId()), gateway.subnetId(), packet, intendedNetwork, true);
    }

    /**
     * Arrived at {@code nic}, when there is one. Not {@code Optional.map}: the first question in a JVM links every
     * lambda on its way.
     */
    private static Optional<Arrival> inside(Optional<NetworkInterface> nic) {
        return nic.isPresent() ? Optional.of(new Arrival.Inside(nic.get())) : Optional.empty();
    }

    /**
     * {@code viaGateway} marks a packet an Azure gateway relayed, which the forwarded-traffic check does not apply to
     * (docs/azure/reachability.md#next-hop).
     */
    private Optional<Arrival> loop(VirtualNetwork startNetwork, ResourceId startSubnet, Packet packet,
                                            ResourceId intendedNetwork, boolean startsViaGateway) {
        IpAddress destination = packet.destination();
        VirtualNetwork network = startNetwork;
        ResourceId subnetId = startSubnet;
        boolean viaGateway = startsViaGateway;
        Set<ResourceId> gatewaysPassed = null;   // made when a gateway relays: most walks pass none
        for (int step = 0; step < MAX_HOPS; step++) {
            // the subnet as a place is made where a hop or a drop names it: the peering and appliance steps of a
            // walk that only decides name none
            Optional<EffectiveRoute> match = plane.effectiveRoutesOfSubnet(subnetId).lookup(destination);
            if (match.isEmpty()) {
                record.drop(Hop.Kind.ROUTE, Place.subnet(subnetId), null, new HopDetail.NoRoute(destination));
                diagnosis.diagnose(network, subnetId, destination, intendedNetwork);
                return Optional.empty();
            }
            EffectiveRoute route = match.get();
            switch (route.nextHopType()) {
                case VnetLocal:
                    return inside(deliverIn(network, Place.subnet(subnetId), route, destination, intendedNetwork));
                case VNetPeering:
                case VNetGlobalPeering:
                    return inside(acrossPeering(network, subnetId, route, plane.peering(route.origin()).orElseThrow(),
                            packet, viaGateway));
                case ConnectedGroup:
                    return inside(acrossConnectedGroup(network, Place.subnet(subnetId), route, destination));
                case InterfaceEndpoint:
                    return inside(toPrivateEndpoint(network, subnetId, route, packet, viaGateway, intendedNetwork));
                case Internet:
                    return toInternet(network, Place.subnet(subnetId), route, destination, intendedNetwork);
                case None:
                    record.drop(Hop.Kind.ROUTE, Place.subnet(subnetId), route);
                    if (route.source() == RouteSource.User) {
                        diagnosis.userRouteDrops(route, destination);
                    } else if (!diagnosis.explainsSite(network, subnetId, packet)) {
                        diagnosis.diagnose(network, subnetId, destination, intendedNetwork);
                    }
                    return Optional.empty();
                case VirtualAppliance: {
                    Optional<NetworkInterface> reached = appliances.reach(network, subnetId, route, packet,
                            viaGateway);
                    if (reached.isEmpty()) {
                        return Optional.empty();
                    }
                    NetworkInterface appliance = reached.get();
                    if (appliance.holds(destination)) {
                        return Optional.of(new Arrival.Inside(appliance));   // addressed to the appliance itself: delivered (the walk checks entry)
                    }
                    Optional<Packet> onward = appliances.passesThrough(appliance, packet);
                    if (onward.isEmpty()) {
                        return Optional.empty();
                    }
                    packet = onward.get();
                    network = plane.network(appliance.networkId());
                    subnetId = appliance.subnetId();
                    viaGateway = false;
                    continue;
                }
                case VirtualNetworkGateway: {
                    if (gateways == null) {
                        gateways = new GatewayNextHop(plane, record, diagnosis);
                    }
                    Place here = Place.subnet(subnetId);
                    Optional<VirtualNetworkGateway> gateway = gateways.gatewayOf(route, network, here);
                    if (gateway.isEmpty()) {
                        return Optional.empty();
                    }
                    Optional<GatewayConnection> toSite = plane.gateways().siteConnectionFor(gateway.get(),
                            destination);
                    Optional<VirtualNetworkGateway> tunnelEnd = toSite.isPresent()
                            ? plane.gateways().gatewayBehind(toSite.get()) : Optional.empty();
                    if (toSite.isPresent() && tunnelEnd.isEmpty()) {
                        return gateways.exitToSite(gateway.get(), toSite.get(), here, route, packet)
                                ? OUTSIDE : Optional.empty();
                    }
                    if (gatewaysPassed == null) {
                        gatewaysPassed = new LinkedHashSet<>();
                    }
                    // a site that stands for another VPN gateway of the state: the tunnel ends in its network
                    // (docs/azure/gateways.md#site-to-site-between-networks)
                    Optional<VirtualNetworkGateway> relay = tunnelEnd.isPresent()
                            ? gateways.throughTunnel(gateway.get(), toSite.get(), tunnelEnd.get(), here, route,
                                    destination, gatewaysPassed)
                            : gateways.relay(gateway.get(), here, route, destination, gatewaysPassed);
                    if (relay.isEmpty()) {
                        return Optional.empty();
                    }
                    network = plane.network(relay.get().networkId());
                    subnetId = relay.get().subnetId();
                    viaGateway = true;
                    continue;
                }
                default:
                    record.drop(Hop.Kind.ROUTE, Place.subnet(subnetId), route);
                    record.block(Blocker.of(Blocker.Kind.UNSIMULATED_NEXT_HOP, List.of(), route.nextHopType()));
                    return Optional.empty();
            }
        }
        record.block(Blocker.of(Blocker.Kind.HOP_LIMIT, List.of(), MAX_HOPS));
        return Optional.empty();
    }

    private Optional<NetworkInterface> deliverIn(VirtualNetwork network, Place here, EffectiveRoute route,
                                                 IpAddress destination, ResourceId intendedNetwork) {
        Optional<LoadBalancing.FrontendAt> frontend = plane.privateFrontend(network.id(), destination);
        if (frontend.isPresent()) {
            return toBackend(frontend.get(), here, route, null, destination);
        }
        Optional<NetworkInterface> target = plane.interfaceAt(network.id(), destination);
        if (target.isEmpty()) {
            record.drop(Hop.Kind.ROUTE, here, route);
            record.block(Blocker.of(Blocker.Kind.NO_INTERFACE, List.of(network.id()), destination));
            // overlapping networks joined by a subnet peering: the local route won because a subnet is left out
            diagnosis.subnetOutsidePeering(network, here.id(), destination, intendedNetwork);
            return Optional.empty();
        }
        if (record.explains()) {
            record.add(record.hop(Hop.Kind.DESTINATION, here, Place.endpoint(flow.destination(), target.get()), route,
                    null, HopOutcome.DELIVERED, new HopDetail.Holds(target.get().id(), destination)));
        }
        return target;
    }

    /**
     * To the private endpoint a /32 route names: delivered in this network, or across the peering to the endpoint's
     * network (docs/azure/private-endpoints.md#routes).
     */
    private Optional<NetworkInterface> toPrivateEndpoint(VirtualNetwork network, ResourceId subnetId,
                                                         EffectiveRoute route, Packet packet, boolean viaGateway,
                                                         ResourceId intendedNetwork) {
        ResourceId endpointNetwork = plane.privateEndpoints().endpoint(route.origin()).networkId();
        if (endpointNetwork.equals(network.id())) {
            return deliverIn(network, Place.subnet(subnetId), route, packet.destination(), intendedNetwork);
        }
        return acrossPeering(network, subnetId, route, plane.peering(network.id(), endpointNetwork).orElseThrow(),
                packet, viaGateway);
    }

    private Optional<NetworkInterface> acrossPeering(VirtualNetwork network, ResourceId subnetId,
                                                     EffectiveRoute route, Peering peering, Packet packet,
                                                     boolean viaGateway) {
        IpAddress destination = packet.destination();
        VirtualNetwork remote = plane.network(peering.remoteNetworkId());
        if (record.explains()) {
            record.add(new Hop(record.nextNumber(), Hop.Kind.PEERING, Place.subnet(subnetId),
                    Place.network(remote.id()), route, PeeringCrossing.crossed(peering), null, List.of(),
                    HopOutcome.FORWARDED));
        }
        if (!crossing.admits(peering, network, packet.source(), viaGateway)) {
            return Optional.empty();
        }
        Optional<LoadBalancing.FrontendAt> frontend = plane.privateFrontend(remote.id(), destination);
        if (frontend.isPresent()) {
            if (balancers.outOfReachAcross(peering, frontend.get(), Place.network(remote.id()), null)) {
                return Optional.empty();
            }
            return toBackend(frontend.get(), Place.network(remote.id()), null, null, destination);
        }
        Optional<NetworkInterface> target = plane.interfaceAt(remote.id(), destination);
        if (target.isEmpty()) {
            record.drop(Hop.Kind.ROUTE, Place.network(remote.id()), null, new HopDetail.NoInterface(destination));
            record.block(Blocker.of(Blocker.Kind.NO_INTERFACE, List.of(remote.id()), destination));
            return Optional.empty();
        }
        if (record.explains()) {
            record.add(record.hop(Hop.Kind.DESTINATION, Place.subnet(target.get().subnetId()),
                    Place.endpoint(flow.destination(), target.get()), null, null, HopOutcome.DELIVERED,
                    new HopDetail.Holds(target.get().id(), destination)));
        }
        return target;
    }

    /**
     * Out to the Internet by the outbound method of the interface the packet leaves from: the last appliance it
     * passed, else its source (docs/azure/outbound-access.md#precedence), for the flow's protocol. Without one,
     * dropped: a private subnet, a NAT gateway without addresses, or a Standard load balancer's pool that translates
     * nothing of the flow. A packet that came in through a gateway has no such interface and leaves as before.
     */
    private Optional<Arrival> leaveForInternet(Place here, EffectiveRoute route) {
        List<NetworkInterface> passed = appliances.passed();
        NetworkInterface egress = passed.isEmpty() ? origin : passed.get(passed.size() - 1);
        // the outbound methods modelled translate IPv4; IPv6 egress is left to the route (docs/azure/ipv6.md#limits-of-the-simulation)
        if (egress == null || flow.destination().address().isIPv6()) {
            record.add(record.hop(Hop.Kind.INTERNET, here, Place.internet(), route, null, HopOutcome.DELIVERED));
            return OUTSIDE;
        }
        OutboundAccess access = plane.outboundAccess(egress, flow.protocol());
        if (!access.reachesInternet()) {
            record.drop(Hop.Kind.INTERNET, here, route, new HopDetail.Outbound(access));
            // what closed the way: the private subnet itself, or a NAT gateway or Standard load balancer on it
            boolean privateSubnet = access.through().equals(egress.subnetId());
            boolean natWithoutAddress = access.through().type().equalsIgnoreCase("Microsoft.Network/natGateways");
            List<ResourceId> concerned = privateSubnet ? List.of(egress.subnetId(), egress.id())
                    : List.of(egress.subnetId(), egress.id(), access.through());
            if (privateSubnet || natWithoutAddress) {
                record.block(Blocker.of(Blocker.Kind.NO_OUTBOUND_ACCESS, concerned));
            } else {
                // a Standard load balancer's backend: its rules that translate other protocols say why this one fails
                List<LoadBalancer.Rule> others = plane.state().get(LoadBalancer.class, access.through())
                        .map(lb -> LoadBalancerSnat.snatRulesHolding(lb, egress)).orElse(List.of());
                record.block(Blocker.of(Blocker.Kind.NO_OUTBOUND_ACCESS, concerned, flow.protocol(), others));
            }
            if (natWithoutAddress) {
                record.fix(Fix.of(Fix.Kind.ADD_NAT_GATEWAY_PUBLIC_IP, List.of(access.through())));
            } else if (privateSubnet) {
                record.fix(Fix.of(Fix.Kind.ATTACH_NAT_GATEWAY, List.of(egress.subnetId())));
            } else {
                record.fix(Fix.of(Fix.Kind.GIVE_LOAD_BALANCER_BACKEND_OUTBOUND,
                        List.of(egress.subnetId(), access.through())));
            }
            return Optional.empty();
        }
        record.add(record.hop(Hop.Kind.INTERNET, here, Place.internet(), route, null, HopOutcome.DELIVERED,
                new HopDetail.Outbound(access)));
        leftBy = access;
        return OUTSIDE;
    }

    /**
     * Into another network of a connected group (docs/azure/virtual-network-manager.md#connected-groups): no peering
     * resource to check, the packet is delivered to the interface holding the address there.
     */
    private Optional<NetworkInterface> acrossConnectedGroup(VirtualNetwork network, Place here, EffectiveRoute route,
                                                            IpAddress destination) {
        ResourceId remote = route.origin();
        ManagedNetworking.GroupPeer peer = plane.managed().groupPeer(network.id(), remote);
        record.add(new Hop(record.nextNumber(), Hop.Kind.PEERING, here, Place.network(remote), route, null, null,
                List.of(new HopDetail.ConnectedGroupCrossed(peer == null ? null : peer.configuration(), remote)),
                HopOutcome.FORWARDED));
        Optional<NetworkInterface> target = plane.interfaceAt(remote, destination);
        if (target.isEmpty()) {
            record.drop(Hop.Kind.ROUTE, Place.network(remote), null, new HopDetail.NoInterface(destination));
            record.block(Blocker.of(Blocker.Kind.NO_INTERFACE, List.of(remote), destination));
            return Optional.empty();
        }
        record.add(record.hop(Hop.Kind.DESTINATION, Place.subnet(target.get().subnetId()),
                Place.endpoint(flow.destination(), target.get()), null, null, HopOutcome.DELIVERED,
                new HopDetail.Holds(target.get().id(), destination)));
        return target;
    }

    /** Through an internal load balancer's frontend, the flow's destination, to the backend it chooses. */
    private Optional<NetworkInterface> toBackend(LoadBalancing.FrontendAt frontend, Place here, EffectiveRoute route,
                                                 PeeringCrossed peering, IpAddress destination) {
        Packet packet = new Packet(flow.source().address(), destination, flow.protocol(), flow.destinationPort());
        Optional<NetworkInterface> backend = balancers.through(frontend, here, route, peering, packet, false);
        if (backend.isEmpty()) {
            return Optional.empty();
        }
        translatedTo = backend.get();
        record.add(record.hop(Hop.Kind.DESTINATION, Place.subnet(backend.get().subnetId()),
                Place.endpoint(plane.endpoint(backend.get()), backend.get()), null, null, HopOutcome.DELIVERED,
                new HopDetail.Holds(backend.get().id(), backend.get().privateIpAddress())));
        return backend;
    }

    /** The public path reaches only public addresses, never a private network of the topology. */
    private Optional<Arrival> toInternet(VirtualNetwork network, Place here, EffectiveRoute route,
                                                  IpAddress destination, ResourceId intendedNetwork) {
        List<VirtualNetwork> owners = plane.networksContaining(destination);
        if (intendedNetwork == null && owners.isEmpty()) {
            return leaveForInternet(here, route);
        }
        record.drop(Hop.Kind.ROUTE, here, route);
        record.block(Blocker.of(Blocker.Kind.PRIVATE_ADDRESS_TO_INTERNET, intendedNetwork != null
                ? List.of(intendedNetwork) : owners.stream().map(VirtualNetwork::id).toList(), destination, route));
        diagnosis.diagnose(network, here.id(), destination, intendedNetwork);
        return Optional.empty();
    }
}
