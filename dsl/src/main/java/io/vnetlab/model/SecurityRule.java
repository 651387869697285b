package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One rule of a network security group, as ARM stores it (docs/azure/network-security-groups.md#rules): addresses are
 * written as Azure takes them — {@code *}, a service tag ({@code VirtualNetwork}, {@code Internet},
 * {@code AzureLoadBalancer}), an address or a CIDR prefix (several only as a list of addresses and prefixes) — or as
 * application security groups; ports as {@code *}, {@code 22} or {@code 1000-2000}. The control plane validates every
 * field before a rule is stored.
 *
 * @param sourceApplicationSecurityGroupIds when not empty, the source is these groups (and the prefixes are empty)
 * @param destinationApplicationSecurityGroupIds when not empty, the destination is these groups
 * @param isDefault {@code true} for the six rules Azure puts in every group (docs/azure/network-security-groups.md#default-rules), named
 *                  {@code defaultSecurityRules/<name>}; {@code false} for the group's own, {@code securityRules/<name>}
 */
@API(status = MAINTAINED, since = "0.1")
public record SecurityRule(String name, int priority, SecurityRuleDirection direction, SecurityRuleAccess access,
                           Protocol protocol, List<String> sourceAddressPrefixes, List<String> sourcePortRanges,
                           List<String> destinationAddressPrefixes, List<String> destinationPortRanges,
                           List<ResourceId> sourceApplicationSecurityGroupIds,
                           List<ResourceId> destinationApplicationSecurityGroupIds, String description,
                           boolean isDefault) {

    public SecurityRule {
        Arguments.requireGiven(name, "security rule name");
        Arguments.requireGiven(direction, "security rule direction");
        Arguments.requireGiven(access, "security rule access");
        Arguments.requireGiven(protocol, "security rule protocol");
        sourceAddressPrefixes = List.copyOf(sourceAddressPrefixes);
        sourcePortRanges = List.copyOf(sourcePortRanges);
        destinationAddressPrefixes = List.copyOf(destinationAddressPrefixes);
        destinationPortRanges = List.copyOf(destinationPortRanges);
        sourceApplicationSecurityGroupIds = List.copyOf(sourceApplicationSecurityGroupIds);
        destinationApplicationSecurityGroupIds = List.copyOf(destinationApplicationSecurityGroupIds);
    }

    /**
     * The name Network Watcher and the effective rules print: {@code securityRules/default-allow-ssh} or
     * {@code defaultSecurityRules/DenyAllInBound} (docs/azure/cli-and-network-watcher.md#ip-flow-verify).
     */
    public String qualifiedName() {
        return (isDefault ? "defaultSecurityRules/" : "securityRules/") + name;
    }

    /** {@code securityRules/default-allow-ssh (Allow Inbound 1000)}, for messages. */
    @Override
    public String toString() {
        return qualifiedName() + " (" + access + " " + direction + " " + priority + ")";
    }
}
