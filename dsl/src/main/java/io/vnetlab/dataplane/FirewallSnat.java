package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRuleCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an Azure Firewall translates the source of a packet it allowed (docs/azure/azure-firewall.md#snat): a packet
 * a network rule allowed keeps its source when its destination lies in the firewall's private ranges (IANA RFC 1918
 * and RFC 6598 unless the policy or the classic firewall names others) and takes the firewall's address otherwise; a
 * packet an application rule allowed always takes it. The address is the firewall's private one inside Azure; the
 * outbound step to the Internet shows the public one.
 */
final class FirewallSnat {

    /** What Azure calls {@code IANAPrivateRanges}: RFC 1918 and the shared address space of RFC 6598. */
    static final List<Cidr> IANA_PRIVATE_RANGES = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"), Cidr.parse("100.64.0.0/10"));

    private final TopologyState state;

    FirewallSnat(TopologyState state) {
        this.state = state;
    }

    /**
     * The private range that keeps {@code destination} untranslated after {@code decision}, or empty when the firewall
     * translates the source: always for application rules, for network rules when no private range holds it.
     */
    Optional<Cidr> exemptingRange(AzureFirewall firewall, FirewallDecision decision, IpAddress destination) {
        if (decision.kind() == FirewallRuleCollection.Kind.Application) {
            return Optional.empty();
        }
        return privateRanges(firewall).stream().filter(c -> !c.isIPv6() && c.contains(destination)).findFirst();
    }

    /**
     * The ranges the firewall does not SNAT to: its policy's {@code snat.privateRanges} or its own
     * {@code Network.SNAT.PrivateRanges}, with {@code IANAPrivateRanges} standing for the default ones.
     */
    List<Cidr> privateRanges(AzureFirewall firewall) {
        List<String> configured = firewall.firewallPolicy().flatMap(id -> state.get(FirewallPolicy.class, id))
                .map(FirewallPolicy::snatPrivateRanges).orElse(firewall.snatPrivateRanges());
        if (configured == null || configured.isEmpty()) {
            return IANA_PRIVATE_RANGES;
        }
        List<Cidr> ranges = new ArrayList<>();
        for (String text : configured) {
            String t = text.trim();
            if (t.toLowerCase(Locale.ROOT).equals("ianaprivateranges")) {
                ranges.addAll(IANA_PRIVATE_RANGES);
            } else if (IpAddress.isValid(t)) {
                ranges.add(Cidr.host(IpAddress.parse(t)));
            } else {
                Cidr.tryParse(t).ifPresent(c -> ranges.add(c.network()));
            }
        }
        return ranges;
    }
}
