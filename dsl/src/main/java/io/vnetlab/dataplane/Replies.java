package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
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
        if (!flow.destination().isNetworkInterface() && !delivered.equals(source)) {
            return true;
        }
        if (delivered.equals(source)) {
            return true;   // delivered to the Internet: the reply comes back to the public address Azure SNATs to
        }
        IpAddress back = source.privateAddressFor(flow.destination().address()).orElse(source.privateIpAddress());
        IpAddress from = delivered.privateAddressFor(back).orElse(delivered.privateIpAddress());
        if (needsWalking(delivered, back)) {
            return walked(delivered, flow.source());   // through appliances and gateways
        }
        VirtualNetwork there = plane.network(delivered.networkId());
        VirtualNetwork home = plane.network(source.networkId());
        Optional<EffectiveRoute> route = plane.effectiveRoutesOfSubnet(delivered.subnetId()).lookup(back);
        boolean returns = route.map(r -> r.nextHopType() == NextHopType.VnetLocal ? there.id().equals(home.id())
                : r.nextHopType() == NextHopType.ConnectedGroup ? home.id().equals(r.origin())
                : r.nextHopType().isPeering() && plane.peering(r.origin())
                .map(p -> p.remoteNetworkId().equals(home.id())).orElse(false)).orElse(false);
        if (returns) {
            return true;
        }
        record.drop(Hop.Kind.REPLY, Place.subnet(delivered.subnetId()), null,
                new HopDetail.Reply(back, route.orElse(null), null));
        record.block(Blocker.of(Blocker.Kind.NO_ROUTE_FOR_REPLIES, List.of(there.id(), home.id()), from, back));
        diagnosis.diagnose(there, back, home.id());
        return false;
    }

    /**
     * Walks the reply from {@code delivered} back to {@code back} as a packet of its own; a reply that takes other
     * appliances than the request is reported as asymmetric routing.
     */
    boolean walked(NetworkInterface delivered, Endpoint requester) {
        // a source the firewall translated gets its replies at the firewall's address (docs/azure/azure-firewall.md#snat)
        Optional<NetworkInterface> translator = request.sourceTranslatedBy();
        Endpoint back = translator.map(plane::endpoint).orElse(requester);
        Flow replyFlow = Flow.from(plane.keptEndpoint(delivered)).to(back);
        WalkRecord replyRecord = record.another();
        NsgStage replyNsgs = new NsgStage(plane, replyFlow, replyRecord, nsgs.admitted(), true);
        Forwarding reply = new Forwarding(plane, replyFlow, replyRecord, replyNsgs,
                new DropDiagnosis(plane, replyRecord));
        IpAddress from = delivered.privateAddressFor(back.address()).orElse(delivered.privateIpAddress());
        Packet packet = new Packet(from, back.address(), flow.protocol(), OptionalInt.empty());
        NetworkInterface requesterInterface = plane.interfaceOf(back);
        ResourceId home = requesterInterface == null ? null : requesterInterface.networkId();
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

    /** Whether the reply from {@code delivered} to {@code back} leaves through an appliance or gateway. */
    private boolean needsWalking(NetworkInterface delivered, IpAddress back) {
        return !request.appliances().isEmpty() || plane.effectiveRoutesOfSubnet(delivered.subnetId()).lookup(back)
                .map(r -> r.nextHopType() == NextHopType.VirtualAppliance
                        || r.nextHopType() == NextHopType.VirtualNetworkGateway).orElse(false);
    }

    private static List<Place> places(List<NetworkInterface> appliances) {
        return appliances.stream().map(Place::appliance).toList();
    }
}
