package io.vnetlab.dataplane;

import java.util.ArrayList;
import java.util.List;

/**
 * The effective security rules of a network interface: for each group that filters it (its subnet's, then its own),
 * every rule of that group, own rules by priority then the default ones, inbound then outbound.
 *
 * <pre>{@code
 * EffectiveSecurityRules rules = topology.effectiveSecurityRules("myVm");
 * System.out.println(rules.toTable());
 * }</pre>
 */
public record EffectiveSecurityRules(String networkInterface, List<EffectiveSecurityRule> rules) {

    public EffectiveSecurityRules {
        rules = List.copyOf(rules);
    }

    /** The rules whose qualified name is {@code name}, such as {@code defaultSecurityRules/AllowVnetInBound}. */
    public List<EffectiveSecurityRule> named(String name) {
        List<EffectiveSecurityRule> result = new ArrayList<>();
        for (EffectiveSecurityRule rule : rules) {
            if (rule.name().equalsIgnoreCase(name)) {
                result.add(rule);
            }
        }
        return result;
    }

    /** One row per rule, service tags expanded. */
    public String toTable() {
        List<String[]> rows = new ArrayList<>();
        for (EffectiveSecurityRule r : rules) {
            rows.add(new String[] {r.networkSecurityGroup(), r.association(), r.name(), r.direction().name(),
                    Integer.toString(r.priority()), r.access().name(), r.protocol(),
                    String.join(" ", r.expandedSourceAddressPrefixes()), String.join(" ", r.sourcePortRanges()),
                    String.join(" ", r.expandedDestinationAddressPrefixes()),
                    String.join(" ", r.destinationPortRanges())});
        }
        return TextTable.render(List.of("NetworkSecurityGroup", "Association", "Name", "Direction", "Priority",
                "Access", "Protocol", "Source", "SourcePorts", "Destination", "DestinationPorts"), rows);
    }

    @Override
    public String toString() {
        return toTable();
    }
}
