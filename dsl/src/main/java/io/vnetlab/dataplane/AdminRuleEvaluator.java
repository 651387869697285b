package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the security admin rules that apply to a network, before its NSGs
 * (docs/azure/virtual-network-manager.md#security-admin-rules): in priority order, first match wins, over port
 * ranges as {@link NsgEvaluator} does. What an {@code AlwaysAllow} rule matches passes without NSGs; what a
 * {@code Deny} rule matches is dropped whatever the NSGs say; what an {@code Allow} rule matches, and what no rule
 * matches, goes on to the NSGs.
 */
final class AdminRuleEvaluator {

    private AdminRuleEvaluator() {
    }

    /** What the admin rules did to the traffic asked about, and the rules that decided each part. */
    record Result(ProtocolPorts alwaysAllowed, ProtocolPorts toNsgs, List<ManagedNetworking.AppliedRule> deciding,
                  boolean anyDenied) {

        /** Nothing goes through: every part was denied. */
        boolean deniesAll() {
            return alwaysAllowed.isEmpty() && toNsgs.isEmpty();
        }
    }

    static Result evaluate(List<ManagedNetworking.AppliedRule> rules, SecurityRuleDirection direction,
                           AddressContext addresses, IpAddress source, IpAddress destination, ProtocolPorts asked) {
        Map<Protocol, PortRangeSet> always = new EnumMap<>(Protocol.class);
        Map<Protocol, PortRangeSet> onwards = new EnumMap<>(Protocol.class);
        List<ManagedNetworking.AppliedRule> deciding = new ArrayList<>();
        boolean denied = false;
        for (Protocol protocol : asked.protocols()) {
            PortRangeSet remaining = asked.ports(protocol);
            for (ManagedNetworking.AppliedRule applied : rules) {
                AdminRule rule = applied.rule();
                if (remaining.isEmpty()) {
                    break;
                }
                if (!matches(rule, direction, protocol, addresses, source, destination)) {
                    continue;
                }
                PortRangeSet named = ProtocolPorts.hasPorts(protocol) && !rule.destinationPortRanges().isEmpty()
                        ? PortRangeSet.parseAll(rule.destinationPortRanges()) : PortRangeSet.ALL;
                PortRangeSet decided = remaining.intersect(named);
                if (decided.isEmpty()) {
                    continue;
                }
                switch (rule.access()) {
                    case AlwaysAllow -> always.merge(protocol, decided, PortRangeSet::union);
                    case Allow -> onwards.merge(protocol, decided, PortRangeSet::union);
                    case Deny -> denied = true;
                }
                if (!deciding.contains(applied)) {
                    deciding.add(applied);
                }
                remaining = remaining.minus(decided);
            }
            if (!remaining.isEmpty()) {
                onwards.merge(protocol, remaining, PortRangeSet::union);   // no admin rule: the NSGs decide
            }
        }
        return new Result(ProtocolPorts.of(always), ProtocolPorts.of(onwards), deciding, denied);
    }

    private static boolean matches(AdminRule rule, SecurityRuleDirection direction, Protocol protocol,
                                   AddressContext addresses, IpAddress source, IpAddress destination) {
        if (rule.direction() != direction || (rule.protocol() != Protocol.Any && rule.protocol() != protocol)) {
            return false;
        }
        if (ProtocolPorts.hasPorts(protocol) && !rule.sourcePortRanges().isEmpty()
                && !PortRangeSet.parseAll(rule.sourcePortRanges()).isAll()) {
            return false;   // a new connection comes from an ephemeral port, which a narrowed source port misses
        }
        return side(rule.sourceAddressPrefixes(), addresses, source)
                && side(rule.destinationAddressPrefixes(), addresses, destination);
    }

    private static boolean side(List<String> prefixes, AddressContext addresses, IpAddress ip) {
        return prefixes.isEmpty() || addresses.matches(prefixes, List.of(), ip);
    }
}
