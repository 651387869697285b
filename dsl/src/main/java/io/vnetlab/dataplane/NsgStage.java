package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The NSG stage of a walk: filters the packet as it leaves and enters interfaces, narrowing what gets through
 * (docs/azure/reachability.md#outbound-filtering, docs/azure/reachability.md#inbound-filtering); a group that lets
 * nothing through drops the packet, and the record names the deciding rule and what would change it.
 */
final class NsgStage {

    /** No rule can come before a rule of this priority (docs/azure/network-security-groups.md#rules). */
    private static final int LOWEST_RULE_PRIORITY = 100;

    private final DataPlane plane;
    private final Flow flow;
    private final WalkRecord record;
    /** Whether this walk carries the replies of an admitted connection, which NSGs let through. */
    private final boolean replying;
    /** What the NSGs passed so far let through: starts as what the flow asks for. */
    private ProtocolPorts admitted;

    /** Whether this stage filters the replies of a connection already admitted (stateful devices let them pass). */
    boolean replying() {
        return replying;
    }

    NsgStage(DataPlane plane, Flow flow, WalkRecord record, ProtocolPorts admitted, boolean replying) {
        this.plane = plane;
        this.flow = flow;
        this.record = record;
        this.admitted = admitted;
        this.replying = replying;
    }

    /** What the NSGs passed so far let through. */
    ProtocolPorts admitted() {
        return admitted;
    }

    /**
     * What goes on after a load balancer: the part of the traffic its rule carries, on the backend's port when the
     * rule translates it (docs/azure/load-balancers.md#data-path).
     */
    void carriedByLoadBalancer(ProtocolPorts carried, int backendPort) {
        ProtocolPorts now = carried;
        if (backendPort != 0 && flow.destinationPort().isPresent()) {
            now = ProtocolPorts.requested(carried.protocols().iterator().next(), OptionalInt.of(backendPort));
        }
        admitted = now;
    }

    /**
     * Outbound filtering as the packet leaves {@code nic}: the NIC's NSG, then its subnet's
     * (docs/azure/network-security-groups.md#evaluation-order). Returns whether the packet may leave; when not,
     * records the hop and the blockers. No NSG: allowed.
     */
    boolean leaves(NetworkInterface nic, Packet packet) {
        return filtered(nic, packet, SecurityRuleDirection.Outbound);
    }

    /**
     * Inbound filtering as the packet enters {@code nic}: its subnet's NSG, then the NIC's
     * (docs/azure/network-security-groups.md#evaluation-order). Returns whether the packet may enter; when not,
     * records the hop and the blockers. No NSG: allowed.
     */
    boolean enters(NetworkInterface nic, Packet packet) {
        if (!record.explains()) {
            return filtered(nic, packet, SecurityRuleDirection.Inbound);
        }
        int before = record.hopCount();
        Hop arrival = before == 0 ? null : record.hopAt(before - 1);
        boolean passes = filtered(nic, packet, SecurityRuleDirection.Inbound);
        if (record.hopCount() > before && arrival != null && arrival.outcome() == HopOutcome.DELIVERED) {
            // The packet reached the interface's subnet, then its NSGs decided: delivered only after the last one.
            record.replaceHop(before - 1, arrival.withOutcome(HopOutcome.FORWARDED));
            if (passes) {
                record.replaceLastHop(record.lastHop().withNext(Place.endpoint(plane.endpoint(nic), nic))
                        .withOutcome(HopOutcome.DELIVERED));
            }
        }
        return passes;
    }

    /**
     * With {@code allowVirtualNetworkAccess} off, the peer leaves the VirtualNetwork service tag, which only NSG rules
     * read; with no NSG on the path the flow passes, and the verdict warns so
     * (docs/azure/decisions.md#virtual-network-access-off).
     */
    void noteVirtualNetworkAccess(Peering peering) {
        if (!record.explains()) {
            return;
        }
        Optional<Peering> back = plane.state().counterpart(peering);
        List<ResourceId> off = new ArrayList<>();
        if (!peering.allowVirtualNetworkAccess()) {
            off.add(peering.id());
        }
        if (back.isPresent() && !back.get().allowVirtualNetworkAccess()) {
            off.add(back.get().id());
        }
        // the flags first: most peerings allow access, and every walk across a peering asks
        if (!off.isEmpty() && !nsgOnPath(peering)) {    // with an NSG on the path, the rules decide and hops name them
            record.warn(Warning.of(Warning.Kind.VIRTUAL_NETWORK_ACCESS_OFF_WITHOUT_NSG, off));
        }
    }

    /**
     * Passes the packet through the NSGs of {@code nic} in {@code direction}, narrowing {@link #admitted} at each.
     */
    private boolean filtered(NetworkInterface nic, Packet packet, SecurityRuleDirection direction) {
        if (replying) {
            // NSGs are stateful: an admitted connection's replies pass every NSG
            // (docs/azure/network-security-groups.md#stateful).
            return true;
        }
        SecurityPlane security = plane.security();
        // most topologies deploy no admin rules: asked once per filter, without looking the network up
        ManagedNetworking managed = plane.managed();
        List<ManagedNetworking.AppliedRule> adminRules = managed.hasAdminRules() ? managed.adminRules(nic.networkId())
                : List.of();
        if (!adminRules.isEmpty()) {
            AdminRuleEvaluator.Result result = AdminRuleEvaluator.evaluate(adminRules, direction,
                    security.addresses(nic), packet.source(), packet.destination(), admitted);
            if (!admittedByAdminRules(nic, packet, direction, result)) {
                return false;
            }
            if (!result.alwaysAllowed().isEmpty()) {
                // AlwaysAllow ends the evaluation for what it matched: the NSGs judge only the rest
                ProtocolPorts rest = result.toNsgs().isEmpty() ? result.toNsgs()
                        : passedQuietly(nic, direction, packet, result.toNsgs());
                admitted = result.alwaysAllowed().union(rest);
                return true;
            }
            admitted = result.toNsgs();
        }
        List<SecurityPlane.Level> levels = security.levels(nic, direction);
        // by index: most interfaces have no NSG, and every walk filters four times
        for (int i = 0; i < levels.size(); i++) {
            SecurityPlane.Level level = levels.get(i);
            AddressContext addresses = security.addresses(nic);
            NsgEvaluator.Result result = NsgEvaluator.evaluate(level.group(), direction, addresses, packet.source(),
                    OptionalInt.empty(), packet.destination(), admitted);
            if (result.admitted().isEmpty()) {
                if (record.explains()) {
                    record.add(checked(nic, level, direction, SecurityRuleAccess.Deny, result.denyingRules(),
                            HopOutcome.DROPPED));
                    record.block(Blocker.of(Blocker.Kind.NSG_DENIES, List.of(level.group().id(),
                            level.associatedId()), admitted, direction, packet.source(), packet.destination(),
                            names(result.denyingRules())));
                    explainDenial(nic, level, direction, addresses, packet, result);
                }
                return false;
            }
            if (record.explains()) {
                record.add(checked(nic, level, direction, SecurityRuleAccess.Allow, result.allowingRules(),
                        HopOutcome.FORWARDED));
            }
            admitted = result.admitted();
        }
        return true;
    }

    /**
     * Records the admin rules' decision as a hop, and when they deny everything the drop and its blocker
     * (docs/azure/virtual-network-manager.md#security-admin-rules). Returns whether anything goes on.
     */
    private boolean admittedByAdminRules(NetworkInterface nic, Packet packet, SecurityRuleDirection direction,
                                         AdminRuleEvaluator.Result result) {
        if (result.deciding().isEmpty()) {
            return true;
        }
        ResourceId configuration = result.deciding().get(0).configuration();
        List<String> names = result.deciding().stream().map(a -> a.rule().qualifiedName()).toList();
        AdminRule.Access access = result.deniesAll() ? AdminRule.Access.Deny
                : !result.alwaysAllowed().isEmpty() ? AdminRule.Access.AlwaysAllow : AdminRule.Access.Allow;
        record.add(new Hop(record.nextNumber(), Hop.Kind.SECURITY, Place.subnet(nic.subnetId()), null, null, null,
                null, List.of(new HopDetail.AdminRules(configuration, nic.networkId(), direction, access, names)),
                result.deniesAll() ? HopOutcome.DROPPED : HopOutcome.FORWARDED));
        if (result.deniesAll()) {
            List<String> denying = result.deciding().stream()
                    .filter(a -> a.rule().access() == AdminRule.Access.Deny).map(a -> a.rule().qualifiedName())
                    .toList();
            record.block(Blocker.of(Blocker.Kind.ADMIN_RULE_DENIES, List.of(configuration, nic.networkId()),
                    admitted, direction, packet.source(), packet.destination(), denying));
            return false;
        }
        return true;
    }

    /** What the NSGs of {@code nic} let through of {@code asked}, without recording hops. */
    private ProtocolPorts passedQuietly(NetworkInterface nic, SecurityRuleDirection direction, Packet packet,
                                        ProtocolPorts asked) {
        SecurityPlane security = plane.security();
        ProtocolPorts passed = asked;
        for (SecurityPlane.Level level : security.levels(nic, direction)) {
            passed = NsgEvaluator.evaluate(level.group(), direction, security.addresses(nic), packet.source(),
                    OptionalInt.empty(), packet.destination(), passed).admitted();
            if (passed.isEmpty()) {
                break;
            }
        }
        return passed;
    }

    private Hop checked(NetworkInterface nic, SecurityPlane.Level level, SecurityRuleDirection direction,
                        SecurityRuleAccess access, List<SecurityRule> rules, HopOutcome outcome) {
        SecurityCheck check = new SecurityCheck(level.group().id(), level.associatedId(), direction, access,
                names(rules));
        return new Hop(record.nextNumber(), Hop.Kind.SECURITY, Place.subnet(nic.subnetId()), null, null, null, check,
                List.of(), outcome);
    }

    /** The settings that would let the denied traffic through: a peering's VNet access, or a rule. */
    private void explainDenial(NetworkInterface nic, SecurityPlane.Level level, SecurityRuleDirection direction,
                               AddressContext addresses, Packet packet, NsgEvaluator.Result result) {
        IpAddress other = direction == SecurityRuleDirection.Outbound ? packet.destination() : packet.source();
        VirtualNetwork network = plane.network(nic.networkId());
        for (Peering peering : plane.peeringsOf(network.id())) {
            if (!peering.isConnected() || peering.allowVirtualNetworkAccess()
                    || !holds(peering.remoteAddressSpace(), other)) {
                continue;
            }
            NsgEvaluator.Result withAccess = NsgEvaluator.evaluate(level.group(), direction,
                    addresses.withVirtualNetworkPrefixes(peering.remoteAddressSpace()), packet.source(),
                    OptionalInt.empty(), packet.destination(), admitted);
            if (!withAccess.admitted().isEmpty()) {
                record.block(Blocker.of(Blocker.Kind.VIRTUAL_NETWORK_ACCESS_OFF, List.of(peering.id(),
                        peering.remoteNetworkId()), peering.remoteAddressSpace(), names(withAccess.allowingRules())));
                record.fix(Fix.of(Fix.Kind.SET_PEERING_SETTINGS, List.of(peering.id()),
                        Fix.PeeringSetting.allowVirtualNetworkAccess));
            }
        }
        SecurityRule decider = result.denyingRules().get(0);
        ResourceId nsg = level.group().id();
        if (decider.isDefault()) {
            record.fix(Fix.of(Fix.Kind.ADD_SECURITY_RULE, List.of(nsg), direction, admitted, packet.source(),
                    packet.destination()));
        } else if (decider.priority() > LOWEST_RULE_PRIORITY) {
            record.fix(Fix.of(Fix.Kind.CHANGE_RULE_OR_ADD_BEFORE_IT, List.of(nsg), decider.qualifiedName(), direction,
                    admitted, packet.source(), packet.destination(), decider.priority()));
        } else {
            record.fix(Fix.of(Fix.Kind.CHANGE_RULE, List.of(nsg), decider.qualifiedName()));
        }
    }

    /** Whether an NSG filters the source or the interface the packet is delivered to over {@code peering}. */
    private boolean nsgOnPath(Peering peering) {
        SecurityPlane security = plane.security();
        NetworkInterface source = plane.interfaceOf(flow.source());
        Optional<NetworkInterface> target = plane.interfaceAt(peering.remoteNetworkId(), flow.destination().address());
        return source != null && security.isFiltered(source) || target.isPresent() && security.isFiltered(target.get());
    }

    /**
     * Plain loops here, not streams: the first walk through an NSG in a JVM names its rules, and would link each
     * lambda on its way.
     */
    static List<String> names(List<SecurityRule> rules) {
        List<String> names = new ArrayList<>(rules.size());
        for (SecurityRule rule : rules) {
            names.add(rule.qualifiedName());
        }
        return names;
    }

    private static boolean holds(List<Cidr> prefixes, IpAddress address) {
        for (Cidr prefix : prefixes) {
            if (prefix.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
