package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A security rule as its group's PUT carries it (ARM's {@code securityRules[].properties}): the direction, access
 * and protocol as parsed values, the rest as text; the single and plural forms of prefixes and ports merged (ARM
 * sends either). Empty application security group lists mean addresses are given as prefixes. <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record SecurityRuleRequest(String name, int priority, SecurityRuleDirection direction,
                                  SecurityRuleAccess access, Protocol protocol, List<String> sourceAddressPrefixes,
                                  List<String> sourcePortRanges, List<String> destinationAddressPrefixes,
                                  List<String> destinationPortRanges,
                                  List<ResourceId> sourceApplicationSecurityGroupIds,
                                  List<ResourceId> destinationApplicationSecurityGroupIds, String description) {
    public SecurityRuleRequest {
        Arguments.requireText(name, "security rule name");
        Arguments.requireGiven(direction, "security rule direction");
        Arguments.requireGiven(access, "security rule access");
        Arguments.requireGiven(protocol, "security rule protocol");
        sourceAddressPrefixes = Arguments.requireList(sourceAddressPrefixes, "source address prefixes");
        sourcePortRanges = Arguments.requireList(sourcePortRanges, "source port ranges");
        destinationAddressPrefixes = Arguments.requireList(destinationAddressPrefixes, "destination address prefixes");
        destinationPortRanges = Arguments.requireList(destinationPortRanges, "destination port ranges");
        sourceApplicationSecurityGroupIds = Arguments.requireList(sourceApplicationSecurityGroupIds, "source application security group ids");
        destinationApplicationSecurityGroupIds = Arguments.requireList(destinationApplicationSecurityGroupIds, "destination application security group ids");
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
