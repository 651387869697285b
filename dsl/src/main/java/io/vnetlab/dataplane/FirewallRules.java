package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.FirewallAddresses;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.IpGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.ServiceTags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An Azure Firewall's rules applied to one packet in Azure's order (docs/azure/azure-firewall.md#processing-order):
 * network rules before application rules, whatever their priorities; within a kind, the parent policy's collections
 * before the child's, then by rule collection group priority, then by rule collection priority, then in the
 * collection's order; the first rule that matches decides; none matching is the default deny. DNAT rules apply to
 * traffic to the firewall's public address ({@link #dnat}), which a packet routed to its private address is not.
 */
final class FirewallRules {

    /** A collection with where it comes from: the policy and group (both {@code null} for classic rules). */
    private record Placed(ResourceId policyId, String group, int depth, int groupPriority,
                          FirewallRuleCollection collection) {
    }

    private final TopologyState state;

    FirewallRules(TopologyState state) {
        this.state = state;
    }

    /**
     * The decision for {@code packet} through {@code firewall}; {@code fqdn} is the destination FQDN the flow names,
     * or {@code null}.
     */
    FirewallDecision decide(AzureFirewall firewall, Packet packet, String fqdn) {
        List<Placed> ordered = ordered(firewall);
        return first(firewall, ordered, FirewallRuleCollection.Kind.Network, packet, fqdn)
                .or(() -> first(firewall, ordered, FirewallRuleCollection.Kind.Application, packet, fqdn))
                .orElseGet(() -> FirewallDecision.defaultDeny(firewall.id()));
    }

    /**
     * The DNAT rule that translates {@code packet}, sent to the firewall's public address, with the address and port
     * it translates to; empty when none matches (docs/azure/azure-firewall.md#dnat).
     */
    Optional<Dnat> dnat(AzureFirewall firewall, Packet packet) {
        for (Placed placed : ordered(firewall)) {
            FirewallRuleCollection c = placed.collection();
            if (c.kind() != FirewallRuleCollection.Kind.Nat) {
                continue;
            }
            for (FirewallRule rule : c.rules()) {
                if (protocolMatches(rule.protocols(), packet.protocol())
                        && portsCover(rule.destinationPorts(), packet.destinationPort())
                        && sourceMatches(rule, packet.source())
                        && addressesMatch(rule.destinationAddresses(), List.of(), packet.destination())
                        && rule.translatedAddress() != null && IpAddress.isValid(rule.translatedAddress().trim())) {
                    OptionalInt port = FirewallAddresses.portRange(rule.translatedPort() == null ? ""
                            : rule.translatedPort()).map(r -> OptionalInt.of(r[0])).orElse(packet.destinationPort());
                    return Optional.of(new Dnat(new FirewallDecision(firewall.id(), FirewallDecision.Outcome.ALLOWED,
                            placed.policyId(), placed.group(), c.name(), FirewallRuleCollection.Kind.Nat,
                            rule.name()), IpAddress.parse(rule.translatedAddress().trim()), port));
                }
            }
        }
        return Optional.empty();
    }

    /** A DNAT rule's decision and where it sends the packet. */
    record Dnat(FirewallDecision decision, IpAddress translatedAddress, OptionalInt translatedPort) {
    }

    /**
     * A network rule that denies the translated traffic of a DNAT rule, which overrides the network rule a DNAT rule
     * implicitly adds (docs/azure/azure-firewall.md#dnat); empty when none does.
     */
    Optional<FirewallDecision> denyOfTranslated(AzureFirewall firewall, Packet translated) {
        return first(firewall, ordered(firewall), FirewallRuleCollection.Kind.Network, translated, null)
                .filter(d -> d.outcome() == FirewallDecision.Outcome.DENIED);
    }

    /** The first rule of {@code kind} that matches, in processing order. */
    private Optional<FirewallDecision> first(AzureFirewall firewall, List<Placed> ordered,
                                             FirewallRuleCollection.Kind kind, Packet packet, String fqdn) {
        for (Placed placed : ordered) {
            FirewallRuleCollection c = placed.collection();
            if (c.kind() != kind) {
                continue;
            }
            for (FirewallRule rule : c.rules()) {
                Match match = kind == FirewallRuleCollection.Kind.Network ? network(rule, packet, fqdn)
                        : application(rule, packet, fqdn);
                if (match == Match.NO) {
                    continue;
                }
                FirewallDecision.Outcome outcome = match == Match.UNDECIDABLE ? FirewallDecision.Outcome.UNDECIDABLE
                        : match == Match.SERVICE_TAG ? FirewallDecision.Outcome.UNDECIDABLE_SERVICE_TAG
                        : c.action() == FirewallRuleCollection.Action.Allow ? FirewallDecision.Outcome.ALLOWED
                        : FirewallDecision.Outcome.DENIED;
                return Optional.of(new FirewallDecision(firewall.id(), outcome, placed.policyId(), placed.group(),
                        c.name(), kind, rule.name()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every collection the firewall applies, in processing order within a kind: classic collections by priority; a
     * policy's collections after its parent's (docs/azure/azure-firewall.md#inheritance), by group then collection
     * priority.
     */
    private List<Placed> ordered(AzureFirewall firewall) {
        List<Placed> result = new ArrayList<>();
        if (firewall.firewallPolicyId() == null) {
            firewall.ruleCollections().forEach(c -> result.add(new Placed(null, null, 0, 0, c)));
        } else {
            List<FirewallPolicy> chain = new ArrayList<>();
            Set<ResourceId> seen = new LinkedHashSet<>();
            ResourceId at = firewall.firewallPolicyId();
            while (at != null && seen.add(at)) {
                Optional<FirewallPolicy> policy = state.get(FirewallPolicy.class, at);
                if (policy.isEmpty()) {
                    break;
                }
                chain.add(0, policy.get());   // the parent first
                at = policy.get().basePolicyId();
            }
            for (int depth = 0; depth < chain.size(); depth++) {
                FirewallPolicy policy = chain.get(depth);
                for (FirewallPolicy.RuleCollectionGroup g : policy.ruleCollectionGroups()) {
                    for (FirewallRuleCollection c : g.ruleCollections()) {
                        result.add(new Placed(policy.id(), g.name(), depth, g.priority(), c));
                    }
                }
            }
        }
        result.sort(Comparator.comparingInt(Placed::depth).thenComparingInt(Placed::groupPriority)
                .thenComparingInt(p -> p.collection().priority()));
        return result;
    }

    private enum Match { YES, NO, UNDECIDABLE, SERVICE_TAG }

    private Match network(FirewallRule rule, Packet packet, String fqdn) {
        if (!protocolMatches(rule.protocols(), packet.protocol()) || !portsCover(rule.destinationPorts(),
                packet.destinationPort()) || !sourceMatches(rule, packet.source())) {
            return Match.NO;
        }
        if (addressesMatch(rule.destinationAddresses(), rule.destinationIpGroups(), packet.destination())) {
            return Match.YES;
        }
        if (!rule.fqdns().isEmpty()) {
            Match byName = fqdn == null ? Match.UNDECIDABLE : fqdnMatches(rule.fqdns(), fqdn) ? Match.YES : Match.NO;
            if (byName != Match.NO) {
                return byName;
            }
        }
        return namesServiceTagOf(rule, packet.destination()) ? Match.SERVICE_TAG : Match.NO;
    }

    /**
     * A service tag in a network rule's destinations stands for public addresses of Azure's services, which vnetlab
     * does not hold: a private destination is never in it, a public one cannot be decided
     * (docs/azure/azure-firewall.md#service-tags).
     */
    private static boolean namesServiceTagOf(FirewallRule rule, IpAddress destination) {
        return Ingress.isInternet(destination) && rule.destinationAddresses().stream()
                .anyMatch(ServiceTags::isNotSimulated);
    }

    /**
     * Application rules see HTTP, HTTPS and MSSQL over TCP on the ports their protocols name, and match the flow's
     * destination FQDN (docs/azure/azure-firewall.md#fqdns).
     */
    private Match application(FirewallRule rule, Packet packet, String fqdn) {
        if (packet.protocol() != Protocol.Tcp || packet.destinationPort().isEmpty()
                || !applicationPortMatches(rule.protocols(), packet.destinationPort().getAsInt())
                || !sourceMatches(rule, packet.source())) {
            return Match.NO;
        }
        if (rule.fqdns().contains("*")) {
            return Match.YES;
        }
        if (fqdn == null) {
            return Match.UNDECIDABLE;
        }
        if (fqdnMatches(rule.fqdns(), fqdn)) {
            return Match.YES;
        }
        // an FQDN tag names Microsoft's FQDNs, which vnetlab does not list
        return rule.fqdnTags().isEmpty() ? Match.NO : Match.UNDECIDABLE;
    }

    private boolean sourceMatches(FirewallRule rule, IpAddress source) {
        return addressesMatch(rule.sourceAddresses(), rule.sourceIpGroups(), source);
    }

    private boolean addressesMatch(List<String> addresses, List<ResourceId> ipGroups, IpAddress address) {
        for (String a : addresses) {
            if (FirewallAddresses.covers(a, address)) {
                return true;
            }
        }
        for (ResourceId id : ipGroups) {
            Optional<IpGroup> group = state.get(IpGroup.class, id);
            if (group.isPresent() && group.get().ipAddresses().stream().anyMatch(a -> FirewallAddresses.covers(a,
                    address))) {
                return true;
            }
        }
        return false;
    }

    private static boolean protocolMatches(List<String> protocols, Protocol protocol) {
        for (String p : protocols) {
            String name = p.toUpperCase(Locale.ROOT);
            if (name.equals("ANY") || (protocol != Protocol.Any
                    && name.equals(protocol.name().toUpperCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** The rule's ports must cover the flow's port; a flow on any port needs {@code *}. */
    private static boolean portsCover(List<String> ports, OptionalInt port) {
        for (String p : ports) {
            Optional<int[]> range = FirewallAddresses.portRange(p);
            if (range.isPresent() && (port.isEmpty() ? range.get()[0] == 0 && range.get()[1] == 65535
                    : range.get()[0] <= port.getAsInt() && port.getAsInt() <= range.get()[1])) {
                return true;
            }
        }
        return false;
    }

    /** {@code Https:443}: the port after the colon; {@code Http} alone is 80, {@code Https} 443, {@code Mssql} 1433. */
    private static boolean applicationPortMatches(List<String> protocols, int port) {
        for (String p : protocols) {
            String[] parts = p.split(":");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            int wanted = parts.length > 1 ? FirewallAddresses.portRange(parts[1]).map(r -> r[0]).orElse(-1)
                    : name.equals("http") ? 80 : name.equals("https") ? 443 : name.equals("mssql") ? 1433 : -1;
            if (wanted == port) {
                return true;
            }
        }
        return false;
    }

    /** An exact FQDN, or {@code *.example.com} for any name under example.com; case does not matter. */
    static boolean fqdnMatches(List<String> patterns, String fqdn) {
        String name = fqdn.toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            String p = pattern.toLowerCase(Locale.ROOT).trim();
            if (p.equals("*") || p.equals(name) || (p.startsWith("*.") && name.endsWith(p.substring(1)))) {
                return true;
            }
        }
        return false;
    }
}
