package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code VirtualAppliance} next hop of a walk: the interface the route names, and the packet's way through it —
 * its NSGs, IP forwarding, a loop back to an appliance already passed (docs/azure/reachability.md#next-hop). An
 * Azure Firewall is such an appliance that also applies its rules (docs/azure/azure-firewall.md#processing-order).
 * Remembers the appliances passed, in order.
 */
final class ApplianceNextHop {

    private final DataPlane plane;
    private final WalkRecord record;
    private final NsgStage nsgs;
    private final DropDiagnosis diagnosis;
    private final PeeringCrossing crossing;
    private final LoadBalancerStage balancers;
    private final List<NetworkInterface> passed = new ArrayList<>();
    private final String destinationFqdn;
    /** Made when a firewall keeps a source: most walks pass none. */
    private List<NetworkInterface> keptSource;
    private NetworkInterface translatedBy;

    ApplianceNextHop(DataPlane plane, WalkRecord record, NsgStage nsgs, DropDiagnosis diagnosis,
                     PeeringCrossing crossing, LoadBalancerStage balancers, String destinationFqdn) {
        this.balancers = balancers;
        this.plane = plane;
        this.destinationFqdn = destinationFqdn;
        this.record = record;
        this.nsgs = nsgs;
        this.diagnosis = diagnosis;
        this.crossing = crossing;
    }

    /** The appliances the packet passed, in order. */
    List<NetworkInterface> passed() {
        return passed;
    }

    /**
     * The appliance a VirtualAppliance route names: a network interface in the same network or in a Connected peer
     * (docs/azure/routing.md#virtual-appliance-next-hop); crossing the peering is subject to the forwarded-traffic
     * check.
     */
    Optional<NetworkInterface> reach(VirtualNetwork network, ResourceId subnetId, EffectiveRoute route,
                                     Packet packet, boolean viaGateway) {
        IpAddress ip = route.nextHopIpAddresses().get(0);
        Optional<NetworkInterface> local = plane.interfaceAt(network.id(), ip);
        if (local.isPresent()) {
            if (record.explains()) {
                record.add(record.hop(kind(local.get()), Place.subnet(subnetId), Place.appliance(local.get()), route,
                        null, HopOutcome.FORWARDED));
            }
            return local;
        }
        Optional<LoadBalancing.FrontendAt> frontend = plane.privateFrontend(network.id(), ip);
        if (frontend.isPresent()) {
            // an internal load balancer's frontend as the next hop: a healthy backend forwards (the HA NVA pattern)
            return balancers.through(frontend.get(), Place.subnet(subnetId), route, null, packet, true);
        }
        List<Peering> peerings = plane.peeringsOf(network.id());
        for (int i = 0; i < peerings.size(); i++) {   // by index: every walk through an appliance in a peer asks
            Peering p = peerings.get(i);
            if (p.isConnected() && holds(p.remoteAddressSpace(), ip)) {
                Optional<LoadBalancing.FrontendAt> remoteFrontend = plane.privateFrontend(p.remoteNetworkId(), ip);
                if (remoteFrontend.isPresent()) {
                    if (balancers.outOfReachAcross(p, remoteFrontend.get(), Place.subnet(subnetId), route)) {
                        return Optional.empty();
                    }
                    Optional<NetworkInterface> backend = balancers.through(remoteFrontend.get(),
                            Place.subnet(subnetId), route, PeeringCrossing.crossed(p), packet, true);
                    return backend.isPresent() && crossing.admits(p, network, packet.source(), viaGateway)
                            ? backend : Optional.empty();
                }
                Optional<NetworkInterface> remote = plane.interfaceAt(p.remoteNetworkId(), ip);
                if (remote.isPresent()) {
                    if (record.explains()) {
                        record.add(record.hop(kind(remote.get()), Place.subnet(subnetId),
                                Place.appliance(remote.get()), route, PeeringCrossing.crossed(p), HopOutcome.FORWARDED));
                    }
                    return crossing.admits(p, network, packet.source(), viaGateway) ? remote : Optional.empty();
                }
            }
        }
        record.drop(Hop.Kind.ROUTE, Place.subnet(subnetId), route);
        if (!record.explains()) {
            return Optional.empty();
        }
        record.block(Blocker.of(Blocker.Kind.APPLIANCE_NOT_FOUND, route.origin() == null ? List.of(network.id())
                : List.of(network.id(), route.origin()), ip, route.addressPrefix()));
        Optional<VirtualNetwork> owner = plane.networksContaining(ip).stream()
                .filter(n -> !n.id().equals(network.id())).findFirst();
        if (owner.isPresent() && !plane.peering(network.id(), owner.get().id()).map(Peering::isConnected).orElse(false)) {
            diagnosis.diagnose(network, ip, owner.get().id());
        } else {
            record.fix(Fix.of(Fix.Kind.POINT_ROUTE_AT_APPLIANCE, List.of()));
        }
        return Optional.empty();
    }

    /** Whether one of {@code ranges} holds {@code ip} (a loop: every walk through an appliance asks it). */
    private static boolean holds(List<Cidr> ranges, IpAddress ip) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /** The Azure Firewalls the packet passed that kept its source: their replies must come back through them. */
    List<NetworkInterface> firewallsKeepingSource() {
        return keptSource == null ? List.of() : keptSource;
    }

    /** The last Azure Firewall that translated the packet's source to its own address, if one did. */
    Optional<NetworkInterface> sourceTranslatedBy() {
        return Optional.ofNullable(translatedBy);
    }

    /**
     * Through an appliance the packet is not addressed to: in through its NSGs, forwarded only with IP forwarding on,
     * out through its NSGs. Returns the packet as it goes on — an Azure Firewall may translate its source
     * (docs/azure/azure-firewall.md#snat) — or empty when it was dropped.
     */
    Optional<Packet> passesThrough(NetworkInterface appliance, Packet packet) {
        if (passed.contains(appliance)) {
            routingLoop(appliance);
            return Optional.empty();
        }
        if (!nsgs.enters(appliance, packet)) {
            return Optional.empty();
        }
        if (!appliance.ipForwarding()) {
            ipForwardingOff(appliance, packet.destination());
            return Optional.empty();
        }
        if (!nsgs.leaves(appliance, packet)) {
            return Optional.empty();
        }
        passed.add(appliance);
        if (appliance.owner() == InterfaceOwner.AzureFirewall) {
            Optional<AzureFirewall> firewall = plane.state().get(AzureFirewall.class, appliance.id());
            if (firewall.isEmpty()) {
                // an interface marked as a firewall's without the firewall resource: its rules are unknown
                record.warn(Warning.of(Warning.Kind.FIREWALL_RULES_NOT_EVALUATED, List.of(appliance.id()),
                        appliance.privateIpAddress()));
            } else if (!nsgs.replying()) {   // replies of an allowed connection pass: the firewall is stateful
                return firewallAllows(firewall.get(), appliance, packet);
            }
        }
        return Optional.of(packet);
    }

    /**
     * The firewall's rules decide (docs/azure/azure-firewall.md#processing-order); the hop names the rule, or the
     * default deny, and a denied packet gets the rule to add. An allowed packet goes on with its source translated
     * or kept as the firewall's SNAT does.
     */
    private Optional<Packet> firewallAllows(AzureFirewall firewall, NetworkInterface appliance, Packet packet) {
        FirewallDecision decision = plane.firewallRules().decide(firewall, packet, destinationFqdn);
        Place at = Place.appliance(appliance);
        HopDetail.FirewallRuleDecided detail = new HopDetail.FirewallRuleDecided(decision);
        warnThreatIntel(plane, record, firewall);
        if (decision.allowed()) {
            Optional<Cidr> exempt = new FirewallSnat(plane.state()).exemptingRange(firewall, decision,
                    packet.destination());
            IpAddress translated = exempt.isPresent() ? null : appliance.privateIpAddress();
            record.add(record.hop(Hop.Kind.FIREWALL, at, at, null, null, HopOutcome.FORWARDED, detail,
                    new HopDetail.FirewallSourceNat(firewall.id(), packet.source(), translated, exempt.orElse(null))));
            if (translated == null) {
                if (keptSource == null) {
                    keptSource = new ArrayList<>();
                }
                keptSource.add(appliance);
                return Optional.of(packet);
            }
            translatedBy = appliance;
            return Optional.of(new Packet(translated, packet.destination(), packet.protocol(),
                    packet.destinationPort()));
        }
        record.drop(Hop.Kind.FIREWALL, at, null, detail);
        boolean undecidable = decision.undecidable();
        record.block(Blocker.of(undecidable ? Blocker.Kind.FIREWALL_RULE_UNDECIDABLE : Blocker.Kind.FIREWALL_DENIED,
                List.of(firewall.id()), decision, packet.source(), packet.destination()));
        if (decision.outcome() == FirewallDecision.Outcome.UNDECIDABLE) {
            record.fix(Fix.of(Fix.Kind.NAME_DESTINATION_FQDN, List.of(firewall.id()), decision));
        } else if (!undecidable) {
            record.fix(Fix.of(Fix.Kind.ADD_FIREWALL_ALLOW_RULE, firewall.firewallPolicy().map(List::of)
                    .orElse(List.of(firewall.id())), decision, packet.source(), packet.destination(),
                    packet.protocol(), packet.destinationPort().isPresent() ? packet.destinationPort().getAsInt() : -1));
        }
        return Optional.empty();
    }

    /** Threat intelligence decides before the rules, and vnetlab does not simulate it: the verdict says so. */
    static void warnThreatIntel(DataPlane plane, WalkRecord record, AzureFirewall firewall) {
        String threatIntel = threatIntelMode(plane, firewall);
        if (threatIntel != null && !threatIntel.equalsIgnoreCase("Off")) {
            record.warn(Warning.of(Warning.Kind.FIREWALL_THREAT_INTEL_NOT_SIMULATED, List.of(firewall.id()),
                    threatIntel));
        }
    }

    /** The firewall's threat-intelligence mode: its policy's, or its own for classic rules. */
    private static String threatIntelMode(DataPlane plane, AzureFirewall firewall) {
        return firewall.firewallPolicy().flatMap(id -> plane.state().get(FirewallPolicy.class, id))
                .map(FirewallPolicy::threatIntelMode).orElse(firewall.threatIntelMode());
    }

    /**
     * Without IP forwarding Azure drops what reaches the appliance but is not addressed to it
     * (docs/azure/routing.md#ip-forwarding).
     */
    private void ipForwardingOff(NetworkInterface appliance, IpAddress destination) {
        record.drop(kind(appliance), Place.subnet(appliance.subnetId()), null,
                new HopDetail.IpForwardingOff(appliance.id(), appliance.privateIpAddress()));
        record.block(Blocker.of(Blocker.Kind.IP_FORWARDING_OFF, List.of(appliance.id()),
                appliance.privateIpAddress(), destination));
        record.fix(Fix.of(Fix.Kind.ENABLE_IP_FORWARDING, List.of(appliance.id())));
    }

    /** An appliance whose own subnet routes the packet back to it (docs/azure/routing.md#appliance-loop). */
    private void routingLoop(NetworkInterface appliance) {
        record.drop(kind(appliance), Place.subnet(appliance.subnetId()), null,
                new HopDetail.RoutingLoop(appliance.privateIpAddress()));
        record.block(Blocker.of(Blocker.Kind.APPLIANCE_ROUTING_LOOP, List.of(appliance.id(), appliance.subnetId()),
                appliance.privateIpAddress()));
        record.fix(Fix.of(Fix.Kind.DISSOCIATE_ROUTE_TABLE_FROM_APPLIANCE_SUBNET, List.of(appliance.subnetId()),
                appliance.privateIpAddress()));
    }

    private static Hop.Kind kind(NetworkInterface nic) {
        return nic.owner() == InterfaceOwner.AzureFirewall ? Hop.Kind.FIREWALL : Hop.Kind.APPLIANCE;
    }
}
