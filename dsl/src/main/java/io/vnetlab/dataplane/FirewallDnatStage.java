package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

/**
 * A flow from the Internet to a public IP address of an Azure Firewall (docs/azure/azure-firewall.md#dnat): the first
 * DNAT rule that matches translates the destination address and port, and the firewall puts its own private address as
 * the source; the translated traffic is allowed by the DNAT rule unless a network rule denies it. The packet then goes
 * from the firewall to its new destination like any other, through that destination's NSGs, and the replies must route
 * back to the firewall. No DNAT rule matching is the default deny.
 */
final class FirewallDnatStage {

    /** A firewall's public IP address, where DNAT applies. */
    record Frontend(AzureFirewall firewall, NetworkInterface nic, PublicIpAddress publicIp) {
    }

    private final DataPlane plane;
    private final Flow flow;
    private final WalkRecord record;

    FirewallDnatStage(DataPlane plane, Flow flow, WalkRecord record) {
        this.plane = plane;
        this.flow = flow;
        this.record = record;
    }

    /** The firewall whose IP configurations hold public address {@code address}, if one does. */
    static Optional<Frontend> at(DataPlane plane, IpAddress address) {
        for (AzureFirewall firewall : plane.state().all(AzureFirewall.class)) {
            for (ResourceId id : firewall.publicIpIds()) {
                Optional<PublicIpAddress> pip = plane.state().get(PublicIpAddress.class, id);
                if (pip.isPresent() && address.equals(pip.get().ipAddress())) {
                    return plane.state().networkInterface(firewall.id()).map(nic -> new Frontend(firewall, nic,
                            pip.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** In from the Internet through {@code frontend}; returns whether the translated packet is delivered. */
    boolean fromInternet(Frontend frontend) {
        AzureFirewall firewall = frontend.firewall();
        NetworkInterface nic = frontend.nic();
        PublicIpAddress pip = frontend.publicIp();
        Place at = Place.appliance(nic);
        Packet packet = new Packet(flow.source().address(), pip.ipAddress(), flow.protocol(), flow.destinationPort());
        record.add(record.hop(Hop.Kind.INTERNET, Place.internet(), at, null, null, HopOutcome.FORWARDED,
                new HopDetail.PublicAddress(pip.id(), pip.ipAddress(), nic.privateIpAddress())));
        ApplianceNextHop.warnThreatIntel(plane, record, firewall);
        Optional<FirewallRules.Dnat> dnat = plane.firewallRules().dnat(firewall, packet);
        if (dnat.isEmpty()) {
            FirewallDecision deny = FirewallDecision.defaultDeny(firewall.id());
            record.drop(Hop.Kind.FIREWALL, at, null, new HopDetail.FirewallRuleDecided(deny));
            record.block(Blocker.of(Blocker.Kind.FIREWALL_DENIED, List.of(firewall.id()), deny, packet.source(),
                    packet.destination()));
            record.fix(Fix.of(Fix.Kind.ADD_FIREWALL_DNAT_RULE, firewall.firewallPolicy().map(List::of)
                    .orElse(List.of(firewall.id())), pip.ipAddress(), packet.protocol(),
                    packet.destinationPort().isPresent() ? packet.destinationPort().getAsInt() : -1));
            return false;
        }
        FirewallRules.Dnat translation = dnat.get();
        Packet translated = new Packet(packet.source(), translation.translatedAddress(), packet.protocol(),
                translation.translatedPort());
        Optional<FirewallDecision> denied = plane.firewallRules().denyOfTranslated(firewall, translated);
        if (denied.isPresent()) {
            record.drop(Hop.Kind.FIREWALL, at, null, new HopDetail.FirewallRuleDecided(denied.get()));
            record.block(Blocker.of(Blocker.Kind.FIREWALL_DENIED, List.of(firewall.id()), denied.get(),
                    translated.source(), translated.destination()));
            return false;
        }
        IpAddress source = nic.privateIpAddress();
        record.add(record.hop(Hop.Kind.FIREWALL, at, at, null, null, HopOutcome.FORWARDED,
                new HopDetail.FirewallRuleDecided(translation.decision()), new HopDetail.FirewallDnat(firewall.id(),
                        pip.id(), pip.ipAddress(), translation.translatedAddress(),
                        translation.translatedPort().orElse(-1), source)));
        return onward(nic, new Packet(source, translation.translatedAddress(), packet.protocol(),
                translation.translatedPort()));
    }

    /** From the firewall to the translated destination, in through its NSGs, and the replies back to the firewall. */
    private boolean onward(NetworkInterface firewall, Packet packet) {
        Flow onward = new Flow(plane.endpoint(firewall), Endpoint.address(packet.destination()), packet.protocol(),
                packet.destinationPort());
        NsgStage nsgs = new NsgStage(plane, onward, record, ProtocolPorts.requestedBy(onward), false);
        DropDiagnosis diagnosis = new DropDiagnosis(plane, record);
        Forwarding forwarding = new Forwarding(plane, onward, record, nsgs, diagnosis);
        Optional<Forwarding.Arrival> arrival = forwarding.from(firewall, packet, null);
        if (arrival.isEmpty()) {
            return false;
        }
        if (!(arrival.get() instanceof Forwarding.Arrival.Inside inside)) {
            return true;   // translated to a public address: out to the Internet, replies back the way they left
        }
        if (!nsgs.enters(inside.nic(), forwarding.asDelivered(packet))) {
            return false;
        }
        return new Replies(plane, onward, record, nsgs, diagnosis, forwarding).walked(inside.nic(),
                plane.endpoint(firewall), firewall);
    }
}
