package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The return path of a walk: replies of an admitted connection pass every NSG, but they are routed like any packet,
 * and a destination without a route back does not answer (docs/azure/reachability.md#replies).
 */
final class Replies {

    private final DataPlane plane;
    private final Flow flow;
    private final WalkRecord record;
    private final NsgStage nsgs;
    private final DropDiagnosis diagnosis;
    private final Forwarding request;

    Replies(DataPlane plane, Flow flow, WalkRecord record, NsgStage nsgs, DropDiagnosis diagnosis,
            Forwarding request) {
        this.plane = plane;
        this.flow = flow;
        this.record = record;
        this.nsgs = nsgs;
        this.diagnosis = diagnosis;
        this.request = request;
    }

    /**
     * Whether replies from {@code delivered} route back to the flow's {@code source} interface: looked up in the
     * destination subnet's routes, or walked when they leave through an appliance or gateway.
     */
    boolean routeBack(NetworkInterface delivered, NetworkInterface source) {
        // interfaces compared by id: both come from this plane's state, and a record's generated equals would be
        // linked by an invokedynamic bootstrap on the first question in a JVM
        boolean toItself = delivered.id().equals(source.id());
        if (!flow.destination().isNetworkInterface() && !toItself) {
            return true;
        }
        if (toItself) {
            return true;   // delivered to the Internet: the reply comes back to the public address Azure SNATs to
        }
        IpAddress back = source.privateAddressFor(flow.destination().address()).orElse(source.privateIpAddress());
        IpAddress from = delivered.privateAddressFor(back).orElse(delivered.privateIpAddress());
        if (delivered.owner() == InterfaceOwner.PrivateEndpoint) {
            return fromPrivateEndpoint(delivered, from);
        }
        if (needsWalking(delivered, back)) {
            return walked(delivered, flow.source(), source);   // through appliances and gateways
        }
        VirtualNetwork there = plane.network(delivered.networkId());
        VirtualNetwork home = plane.network(source.networkId());
        Optional<EffectiveRoute> route = plane.effectiveRoutesOfSubnet(delivered.subnetId()).lookup(back);
        if (route.isPresent() && leadsHome(route.get(), there, home)) {
            return true;
        }
        record.drop(Hop.Kind.REPLY, Place.subnet(delivered.subnetId()), null,
                new HopDetail.Reply(back, route.orElse(null), null));
        record.block(Blocker.of(Blocker.Kind.NO_ROUTE_FOR_REPLIES, List.of(there.id(), home.id()), from, back));
        diagnosis.diagnose(there, back, home.id());
        return false;
    }

    /**
     * Walks the reply from {@code delivered} back to {@code requester} as a packet of its own; a reply that takes
     * other appliances than the request is reported as asymmetric routing. {@code requesterInterface} is the
     * requester's interface in this state, {@code null} when it has none (an on-premises host): the caller holds it.
     */
    boolean walked(NetworkInterface delivered, Endpoint requester, NetworkInterface requesterInterface) {
        // a source the firewall translated gets its replies at the firewall's address (docs/azure/azure-firewall.md#snat)
        Optional<NetworkInterface> translator = request.sourceTranslatedBy();
        Endpoint back = translator.isPresent() ? plane.endpoint(translator.get()) : requester;
        Flow replyFlow = new Flow(plane.keptEndpoint(delivered), back, Protocol.Any, OptionalInt.empty());
        WalkRecord replyRecord = record.another();
        NsgStage replyNsgs = new NsgStage(plane, replyFlow, replyRecord, nsgs.admitted(), true);
        Forwarding reply = new Forwarding(plane, replyFlow, replyRecord, replyNsgs,
                new DropDiagnosis(plane, replyRecord));
        IpAddress from = delivered.privateAddressFor(back.address()).orElse(delivered.privateIpAddress());
        Packet packet = new Packet(from, back.address(), flow.protocol(), OptionalInt.empty());
        NetworkInterface backInterface = translator.isPresent() ? translator.get() : requesterInterface;
        ResourceId home = backInterface == null ? null : backInterface.networkId();
        Optional<Forwarding.Arrival> arrived = reply.from(delivered, packet, home);
        boolean returns = back.isOnPremises() ? back.siteId().equals(reply.siteReached())
                : arrived.isPresent() && arrived.get() instanceof Forwarding.Arrival.Inside inside
                        && inside.nic().id().equals(back.interfaceIdOrNull());
        if (!returns) {
            record.drop(Hop.Kind.REPLY, Place.subnet(delivered.subnetId()), null,
                    new HopDetail.Reply(back.address(), null, replyRecord.firstDrop().orElse(null)));
            record.takeFailedReply(replyRecord, from, back.address());
            return false;
        }
        if (translator.isPresent()) {
            return true;   // the firewall gets the reply and returns it the way the request came
        }
        for (NetworkInterface firewall : request.firewallsKeepingSource()) {
            if (!reply.appliances().contains(firewall)) {
                bypassed(firewall, delivered, from, reply.appliances());
                return false;
            }
        }
        if (!record.explains()) {
            return true;   // what follows only warns
        }
        List<NetworkInterface> backwards = new ArrayList<>(reply.appliances());
        Collections.reverse(backwards);
        if (!backwards.equals(request.appliances())) {
            record.warn(Warning.of(Warning.Kind.ASYMMETRIC_ROUTING, List.of(), places(request.appliances()),
                    delivered.privateIpAddress(), places(reply.appliances())));
        }
        return true;
    }

    /**
     * A private endpoint's replies go straight back to the address the request came from, whatever the route tables
     * of its subnet say: an Azure Firewall that passed the request without translating its source sees no reply and
     * drops the connection, which is why Microsoft recommends SNAT for traffic to private endpoints
     * (docs/azure/private-endpoints.md#return-traffic).
     */
    private boolean fromPrivateEndpoint(NetworkInterface delivered, IpAddress from) {
        List<NetworkInterface> keepingSource = request.firewallsKeepingSource();
        if (!keepingSource.isEmpty() && request.sourceTranslatedBy().isEmpty()) {
            bypassed(keepingSource.get(0), delivered, from, List.of());
            return false;
        }
        return true;
    }

    /**
     * An Azure Firewall that kept the request's source sees no reply: the reply takes another way, and the stateful
     * firewall drops the connection (docs/azure/azure-firewall.md#asymmetric-routing).
     */
    private void bypassed(NetworkInterface firewall, NetworkInterface delivered, IpAddress from,
                          List<NetworkInterface> replyAppliances) {
        record.drop(Hop.Kind.REPLY, Place.subnet(delivered.subnetId()), null,
                new HopDetail.Reply(flow.source().address(), null, null));
        record.block(Blocker.of(Blocker.Kind.FIREWALL_ASYMMETRIC_ROUTING, List.of(firewall.id(),
                delivered.subnetId()), flow.source().address(), from, places(replyAppliances)));
        record.fix(Fix.of(Fix.Kind.ROUTE_REPLIES_THROUGH_FIREWALL, List.of(delivered.subnetId(), firewall.id()),
                flow.source().address(), firewall.privateIpAddress()));
    }

    /**
     * Whether {@code route}, taken by a reply in network {@code there}, delivers it in {@code home}: within the same
     * network, or over the connected group or peering to it.
     */
    private boolean leadsHome(EffectiveRoute route, VirtualNetwork there, VirtualNetwork home) {
        NextHopType type = route.nextHopType();
        if (type == NextHopType.VnetLocal) {
            return there.id().equals(home.id());
        }
        if (type == NextHopType.ConnectedGroup) {
            return home.id().equals(route.origin());
        }
        if (!type.isPeering()) {
            return false;
        }
        Optional<Peering> peering = plane.peering(route.origin());
        return peering.isPresent() && peering.get().remoteNetworkId().equals(home.id());
    }

    /**
     * Whether the reply from {@code delivered} to {@code back} leaves through an appliance or gateway. Plain code, not
     * an Optional chain: the first question in a JVM links every lambda on its way.
     */
    private boolean needsWalking(NetworkInterface delivered, IpAddress back) {
        if (!request.appliances().isEmpty()) {
            return true;
        }
        Optional<EffectiveRoute> route = plane.effectiveRoutesOfSubnet(delivered.subnetId()).lookup(back);
        return route.isPresent() && (route.get().nextHopType() == NextHopType.VirtualAppliance
                || route.get().nextHopType() == NextHopType.VirtualNetworkGateway);
    }

    private static List<Place> places(List<NetworkInterface> appliances) {
        List<Place> places = new ArrayList<>(appliances.size());
        for (NetworkInterface appliance : appliances) {
            places.add(Place.appliance(appliance));
        }
        return places;
    }
}
