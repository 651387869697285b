package io.vnetlab.controlplane;

import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.List;
import java.util.Objects;

/**
 * A security rule as its group's PUT carries it (ARM's {@code securityRules[].properties}): the direction, access
 * and protocol as parsed values, the rest as text; the single and plural forms of prefixes and ports merged (ARM
 * sends either). Empty application security group lists mean addresses are given as prefixes. <b>API.</b>
 */
public record SecurityRuleRequest(String name, int priority, SecurityRuleDirection direction,
                                  SecurityRuleAccess access, Protocol protocol, List<String> sourceAddressPrefixes,
                                  List<String> sourcePortRanges, List<String> destinationAddressPrefixes,
                                  List<String> destinationPortRanges,
                                  List<ResourceId> sourceApplicationSecurityGroupIds,
                                  List<ResourceId> destinationApplicationSecurityGroupIds, String description) {
    public SecurityRuleRequest {
        Names.requireArgument(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(protocol, "protocol");
        sourceAddressPrefixes = List.copyOf(sourceAddressPrefixes);
        sourcePortRanges = List.copyOf(sourcePortRanges);
        destinationAddressPrefixes = List.copyOf(destinationAddressPrefixes);
        destinationPortRanges = List.copyOf(destinationPortRanges);
        sourceApplicationSecurityGroupIds = List.copyOf(sourceApplicationSecurityGroupIds);
        destinationApplicationSecurityGroupIds = List.copyOf(destinationApplicationSecurityGroupIds);
    }

    /** The request that would PUT {@code rule} as it is. */
    public static SecurityRuleRequest of(SecurityRule rule) {
        return new SecurityRuleRequest(rule.name(), rule.priority(), rule.direction(), rule.access(), rule.protocol(),
                rule.sourceAddressPrefixes(), rule.sourcePortRanges(), rule.destinationAddressPrefixes(),
                rule.destinationPortRanges(), rule.sourceApplicationSecurityGroupIds(),
                rule.destinationApplicationSecurityGroupIds(), rule.description());
    }

    SecurityRule toRule() {
        return new SecurityRule(name, priority, direction, access, protocol, sourceAddressPrefixes, sourcePortRanges,
                destinationAddressPrefixes, destinationPortRanges, sourceApplicationSecurityGroupIds,
                destinationApplicationSecurityGroupIds, description, false);
    }

    SecurityRuleRequest named(String newName) {
        return new SecurityRuleRequest(newName, priority, direction, access, protocol, sourceAddressPrefixes,
                sourcePortRanges, destinationAddressPrefixes, destinationPortRanges, sourceApplicationSecurityGroupIds,
                destinationApplicationSecurityGroupIds, description);
    }
}
