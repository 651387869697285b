package io.vnetlab.dataplane;

import io.vnetlab.address.PortRangeSet;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Evaluates one network security group for a new connection (docs/azure/network-security-groups.md#rules,
 * #evaluation-order): the rules of the direction in priority order, first match wins, over port <em>ranges</em>: for
 * each protocol asked about, the ports not yet decided go down the list, each matching rule allows or denies the part
 * of them it names, and the rest goes on. Stateless and cheap; no port is ever tried one by one.
 */
final class NsgEvaluator {

    private NsgEvaluator() {
    }

    /** The part of the asked traffic one rule decided. */
    record Decision(SecurityRule rule, Protocol protocol, PortRangeSet ports) {
    }

    /** What one group did to the traffic asked about: what it lets through, and which rule decided each part. */
    record Result(NetworkSecurityGroup group, ProtocolPorts admitted, List<Decision> allowed, List<Decision> denied) {

        /** The distinct rules that allowed something, in evaluation order. */
        List<SecurityRule> allowingRules() {
            return distinct(allowed);
        }

        /** The distinct rules that denied something, in evaluation order. */
        List<SecurityRule> denyingRules() {
            return distinct(denied);
        }

        /**
         * The rules of {@code decisions}, each once, by priority (the order they were evaluated in). Compared by
         * identity, since every decision holds a rule of the one group evaluated, and placed by a loop: a rule
         * record's generated equals and a comparator lambda are both linked on first use, which would be the first
         * walk through an NSG in a JVM.
         */
        private static List<SecurityRule> distinct(List<Decision> decisions) {
            List<SecurityRule> rules = new ArrayList<>();
            for (Decision d : decisions) {
                SecurityRule rule = d.rule();
                int at = rules.size();
                boolean known = false;
                for (int i = 0; i < rules.size() && !known; i++) {
                    known = rules.get(i) == rule;
                }
                if (known) {
                    continue;
                }
                while (at > 0 && rules.get(at - 1).priority() > rule.priority()) {
                    at--;
                }
                rules.add(at, rule);
            }
            return rules;
        }
    }

    /**
     * @param sourcePort the source port when known (IP flow verify); empty for a new connection from an ephemeral
     *                   port, which a rule restricted to some source ports does not match
     */
    static Result evaluate(NetworkSecurityGroup group, SecurityRuleDirection direction, AddressContext addresses,
                           IpAddress source, OptionalInt sourcePort, IpAddress destination, ProtocolPorts asked) {
        Map<Protocol, PortRangeSet> admitted = new EnumMap<>(Protocol.class);
        List<Decision> allowed = new ArrayList<>();
        List<Decision> denied = new ArrayList<>();
        List<SecurityRule> rules = group.rulesInEvaluationOrder(direction);
        for (Protocol protocol : asked.protocols()) {
            PortRangeSet remaining = asked.ports(protocol);
            for (SecurityRule rule : rules) {
                if (remaining.isEmpty()) {
                    break;
                }
                if (!matches(rule, protocol, addresses, source, sourcePort, destination)) {
                    continue;
                }
                PortRangeSet named = ProtocolPorts.hasPorts(protocol)
                        ? PortRangeSet.parseAll(rule.destinationPortRanges()) : PortRangeSet.ALL;
                PortRangeSet decided = remaining.intersect(named);
                if (decided.isEmpty()) {
                    continue;
                }
                Decision decision = new Decision(rule, protocol, decided);
                if (rule.access() == SecurityRuleAccess.Allow) {
                    PortRangeSet before = admitted.get(protocol);
                    admitted.put(protocol, before == null ? decided : before.union(decided));
                    allowed.add(decision);
                } else {
                    denied.add(decision);
                }
                remaining = remaining.minus(decided);
            }
        }
        return new Result(group, ProtocolPorts.of(admitted), allowed, denied);
    }

    private static boolean matches(SecurityRule rule, Protocol protocol, AddressContext addresses, IpAddress source,
                                   OptionalInt sourcePort, IpAddress destination) {
        if (rule.protocol() != Protocol.Any && rule.protocol() != protocol) {
            return false;
        }
        if (ProtocolPorts.hasPorts(protocol)) {
            PortRangeSet sourcePorts = PortRangeSet.parseAll(rule.sourcePortRanges());
            if (sourcePort.isPresent() ? !sourcePorts.contains(sourcePort.getAsInt()) : !sourcePorts.isAll()) {
                return false;
            }
        }
        return addresses.matches(rule.sourceAddressPrefixes(), rule.sourceApplicationSecurityGroupIds(), source)
                && addresses.matches(rule.destinationAddressPrefixes(), rule.destinationApplicationSecurityGroupIds(),
                destination);
    }
}
