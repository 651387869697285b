package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import java.util.Optional;

/**
 * One packet walk (docs/azure/reachability.md#walk): from the source interface, through its outbound NSGs, look up
 * the effective route, follow the next hop, repeat until the packet is delivered or dropped; through the
 * destination's inbound NSGs; then check that replies can route back. Every drop is diagnosed: which peering is
 * missing or in the wrong state, which address space is not synced, and what to change.
 *
 * <p>The stages, one class each, share the {@link WalkRecord} they write to: {@link NsgStage} filters,
 * {@link Forwarding} follows routes (with {@link GatewayNextHop}), {@link DropDiagnosis} explains drops,
 * {@link Ingress} brings flows in from on-premises or the Internet, {@link Replies} checks the return path.
 */
final class Walk {

    private final DataPlane plane;
    private final Flow flow;
    private final WalkRecord record;
    private final NsgStage nsgs;
    private final DropDiagnosis diagnosis;
    private final Forwarding forwarding;
    /** Made when a flow comes from or goes to outside Azure: most walks need none, nor to load its class. */
    private Ingress ingress;
    private final Replies replies;
    /** The interfaces of the flow's source and destination in this state, {@code null} for an endpoint without one. */
    private final NetworkInterface sourceInterface;
    private final NetworkInterface destinationInterface;

    /** A walk that explains its outcome, into a {@link Verdict}. */
    Walk(DataPlane plane, Flow flow) {
        this(plane, flow, new WalkRecord());
    }

    /** A walk into {@code record}: {@link WalkRecord#deciding()} for one that only decides. */
    Walk(DataPlane plane, Flow flow, WalkRecord record) {
        this(plane, flow, record, plane.interfaceOf(flow.source()), plane.interfaceOf(flow.destination()));
    }

    /**
     * A walk whose caller already holds the interfaces of the flow's endpoints in this state ({@code null} for one
     * without): all pairs resolves each endpoint once, not once per walk.
     */
    Walk(DataPlane plane, Flow flow, WalkRecord record, NetworkInterface sourceInterface,
         NetworkInterface destinationInterface) {
        this.plane = plane;
        this.flow = flow;
        this.record = record;
        this.sourceInterface = sourceInterface;
        this.destinationInterface = destinationInterface;
        this.nsgs = new NsgStage(plane, flow, record, ProtocolPorts.requestedBy(flow), false);
        this.diagnosis = new DropDiagnosis(plane, record);
        this.forwarding = new Forwarding(plane, flow, record, nsgs, diagnosis);
        this.replies = new Replies(plane, flow, record, nsgs, diagnosis, forwarding);
    }

    Verdict run() {
        boolean reachable = reachable();
        return record.verdict(flow, reachable, nsgs.admitted());
    }

    /** Whether the flow gets through (and back): the walk's decision, which {@link #run} explains. */
    boolean reachable() {
        if (flow.source().isOnPremises()) {
            return fromOnPremises();
        }
        if (sourceInterface != null && sourceInterface.owner() == InterfaceOwner.PrivateEndpoint) {
            record.block(Blocker.of(Blocker.Kind.PRIVATE_ENDPOINT_INITIATES, List.of(endpointOf(sourceInterface),
                    sourceInterface.id())));
            return false;
        }
        if (destinationInterface != null && destinationInterface.owner() == InterfaceOwner.PrivateEndpoint
                && !carriedByPrivateEndpoints(flow.protocol())) {
            record.block(Blocker.of(Blocker.Kind.PRIVATE_ENDPOINT_PROTOCOL, List.of(endpointOf(destinationInterface),
                    destinationInterface.id()), flow.protocol()));
            return false;
        }
        if (destinationInterface != null && destinationInterface.owner() == InterfaceOwner.PrivateEndpoint) {
            PrivateLinkConnection.Status status = plane.privateEndpointOf(destinationInterface).connection().status();
            if (status != PrivateLinkConnection.Status.Approved) {
                record.warn(Warning.of(status == PrivateLinkConnection.Status.Pending
                        ? Warning.Kind.PRIVATE_ENDPOINT_PENDING : Warning.Kind.PRIVATE_ENDPOINT_REJECTED,
                        List.of(endpointOf(destinationInterface))));
            }
        }
        if (sourceInterface != null) {
            return fromInterface(sourceInterface);
        }
        if (Ingress.isInternet(flow.source().address())) {
            return ingress().fromInternet();
        }
        record.block(Blocker.of(Blocker.Kind.UNSIMULATED_SOURCE, List.of(), flow.source()));
        return false;
    }

    /** Steps 1 to 5 of docs/azure/reachability.md#walk, from a VM's interface. */
    private boolean fromInterface(NetworkInterface from) {
        IpAddress destination = flow.destination().address();
        ResourceId destinationId = flow.destination().interfaceIdOrNull();
        boolean toItself = destinationId != null ? destinationId.equals(from.id())
                : from.holds(destination);
        if (toItself) {
            record.add(record.hop(Hop.Kind.DESTINATION, Place.subnet(from.subnetId()),
                    Place.endpoint(flow.destination(), from), null, null, HopOutcome.DELIVERED,
                    new HopDetail.SourceIsDestination()));
            return true;
        }
        Optional<IpAddress> own = from.privateAddressFor(destination);
        if (own.isEmpty()) {
            record.block(Blocker.of(Blocker.Kind.NO_IPV6_ADDRESS, List.of(from.id()), destination));
            return false;
        }
        Packet packet = Packet.of(flow, own.get());
        if (!nsgs.leaves(from, packet)) {
            return false;
        }
        Optional<Forwarding.Arrival> arrival = forwarding.from(from, packet, intendedNetwork());
        if (arrival.isEmpty()) {
            return false;
        }
        boolean leftAzure = arrival.get() instanceof Forwarding.Arrival.Outside;
        // a packet that left Azure is checked from its source onwards: entry NSGs do not apply, replies do
        NetworkInterface to = arrival.get() instanceof Forwarding.Arrival.Inside inside ? inside.nic() : from;
        if (leftAzure) {
            Optional<NetworkInterface> owner = plane.security().interfaceWithPublicAddress(destination);
            if (owner.isPresent()) {
                return ingress().toPublicAddressOf(from, owner.get(), forwarding.sourceOnTheInternet());
            }
        }
        if (!arrivedAtTheDestination(to)) {
            return false;
        }
        if (!leftAzure && !nsgs.enters(to, forwarding.asDelivered(packet))) {
            return false;
        }
        return replies.routeBack(to, from);
    }

    /** A flow from an on-premises host: in through its site's gateway, then as from step 2. */
    private boolean fromOnPremises() {
        Optional<VirtualNetworkGateway> gateway = ingress().fromSite();
        if (gateway.isEmpty()) {
            return false;
        }
        Packet packet = Packet.of(flow, flow.source().address());
        Optional<Forwarding.Arrival> arrival = forwarding.fromGateway(gateway.get(), packet, intendedNetwork());
        if (arrival.isEmpty()) {
            return false;
        }
        if (arrival.get() instanceof Forwarding.Arrival.Inside inside) {
            return nsgs.enters(inside.nic(), packet) && replies.walked(inside.nic(), flow.source(), null);
        }
        // relayed by the gateway to another site or out to the Internet: the reply comes back the way it left
        return true;
    }

    /** TCP and UDP, and a flow that names no protocol (docs/azure/private-endpoints.md#traffic). */
    private static boolean carriedByPrivateEndpoints(Protocol protocol) {
        return protocol == Protocol.Tcp || protocol == Protocol.Udp || protocol == Protocol.Any;
    }

    private ResourceId endpointOf(NetworkInterface nic) {
        return plane.privateEndpointOf(nic).id();
    }

    private Ingress ingress() {
        if (ingress == null) {
            ingress = new Ingress(plane, flow, record, nsgs, diagnosis);
        }
        return ingress;
    }

    /** When the flow names a destination interface, the packet must arrive at that one. */
    private boolean arrivedAtTheDestination(NetworkInterface delivered) {
        ResourceId intended = flow.destination().interfaceIdOrNull();
        if (intended == null || intended.equals(delivered.id())) {
            return true;
        }
        diagnosis.deliveredToAnother(delivered, plane.networkInterface(intended).orElseThrow());
        return false;
    }

    /** The destination interface's network, when the flow names one. */
    private ResourceId intendedNetwork() {
        return destinationInterface == null ? null : destinationInterface.networkId();
    }
}
