package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.Optional;

/**
 * A walk's packet crossing a peering, to a destination or to an appliance in the peer: the peer admits it unless it
 * is forwarded traffic its peering refuses; a peering without VNet access is noted when no NSG decides the flow.
 */
final class PeeringCrossing {

    private final DataPlane plane;
    private final WalkRecord record;
    private final NsgStage nsgs;

    PeeringCrossing(DataPlane plane, WalkRecord record, NsgStage nsgs) {
        this.plane = plane;
        this.record = record;
        this.nsgs = nsgs;
    }

    /** The fact of crossing {@code peering}, for the hop that crosses it. */
    static PeeringCrossed crossed(Peering peering) {
        return new PeeringCrossed(peering.id(), peering.state());
    }

    /**
     * Whether the packet that crossed {@code peering} from {@code from} is admitted into the peer. {@code viaGateway}
     * marks a packet an Azure gateway relayed, which the forwarded-traffic check does not apply to.
     */
    boolean admits(Peering peering, VirtualNetwork from, IpAddress packetSource, boolean viaGateway) {
        nsgs.noteVirtualNetworkAccess(peering);
        // the peer is only named in the check and its refusal: its id is enough, and no walk looks the network up
        return viaGateway || admitsForwarded(from, peering.remoteNetworkId(), packetSource);
    }

    /**
     * A packet crossing a peering from {@code from} into {@code into} is forwarded when its source lies outside
     * {@code from}'s address space; it is then admitted only if {@code into}'s peering to {@code from} allows
     * forwarded traffic (docs/azure/decisions.md#forwarded-traffic).
     */
    private boolean admitsForwarded(VirtualNetwork from, ResourceId into, IpAddress packetSource) {
        if (from.contains(packetSource)) {
            return true;
        }
        Optional<Peering> back = plane.peering(into, from.id());
        if (back.isPresent() && back.get().allowForwardedTraffic()) {
            return true;
        }
        record.drop(Hop.Kind.PEERING, Place.network(into), null, new HopDetail.ForwardedRefused(from.id()));
        ResourceId refusing = back.isPresent() ? back.get().id() : into;
        record.block(Blocker.of(Blocker.Kind.FORWARDED_TRAFFIC_REFUSED, List.of(refusing, from.id(), into),
                packetSource));
        record.fix(Fix.of(Fix.Kind.SET_PEERING_SETTINGS, List.of(refusing), Fix.PeeringSetting.allowForwardedTraffic));
        return false;
    }
}
