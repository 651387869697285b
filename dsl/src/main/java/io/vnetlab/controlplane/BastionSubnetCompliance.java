package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Subnet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules Azure requires of a network security group on {@code AzureBastionSubnet}
 * (docs/azure/bastion.md#nsg-rules): each required flow must be allowed by the group's rules in evaluation order, or
 * the association (and any later change of the group) is refused with
 * {@code NetworkSecurityGroupNotCompliantForAzureBastionSubnet}.
 *
 * <p>A rule decides a required flow when its protocol carries TCP, its destination ports hold the port, and each of its
 * address sides covers the flow's side: {@code *}, the same service tag, {@code Internet} for the public Azure tags
 * ({@code GatewayManager}, {@code AzureCloud}), a prefix of every address ({@code 0.0.0.0/0}, which holds whatever
 * a tag names, as {@code *} does), and, for the Bastion's own side, {@code VirtualNetwork} or a prefix holding the
 * subnet's. Rules naming other prefixes or application security groups decide none of them
 * (docs/azure/decisions.md#bastion-nsg-compliance).
 */
final class BastionSubnetCompliance {

    /** The Bastion's own end of a required flow: the subnet itself. */
    private static final String BASTION = "";

    /** One flow Azure requires the group to allow. */
    private record Required(SecurityRuleDirection direction, int port, String source, String destination) {
        @Override
        public String toString() {
            String from = source.equals(BASTION) ? "AzureBastionSubnet" : source;
            String to = destination.equals(BASTION) ? "AzureBastionSubnet" : destination;
            return direction.name().toLowerCase(Locale.ROOT) + " TCP " + port + " from " + from + " to " + to;
        }
    }

    private static final List<Required> REQUIRED = List.of(
            new Required(SecurityRuleDirection.Inbound, 443, "Internet", BASTION),
            new Required(SecurityRuleDirection.Inbound, 443, "GatewayManager", BASTION),
            new Required(SecurityRuleDirection.Inbound, 443, "AzureLoadBalancer", BASTION),
            new Required(SecurityRuleDirection.Inbound, 8080, "VirtualNetwork", "VirtualNetwork"),
            new Required(SecurityRuleDirection.Inbound, 5701, "VirtualNetwork", "VirtualNetwork"),
            new Required(SecurityRuleDirection.Outbound, 22, BASTION, "VirtualNetwork"),
            new Required(SecurityRuleDirection.Outbound, 3389, BASTION, "VirtualNetwork"),
            new Required(SecurityRuleDirection.Outbound, 8080, "VirtualNetwork", "VirtualNetwork"),
            new Required(SecurityRuleDirection.Outbound, 5701, "VirtualNetwork", "VirtualNetwork"),
            new Required(SecurityRuleDirection.Outbound, 443, BASTION, "AzureCloud"),
            new Required(SecurityRuleDirection.Outbound, 80, BASTION, "Internet"));

    /** The public Azure service tags whose addresses the {@code Internet} tag covers. */
    private static final Set<String> PUBLIC_AZURE_TAGS = Set.of("gatewaymanager", "azurecloud");

    private BastionSubnetCompliance() {
    }

    static boolean isBastionSubnet(Subnet subnet) {
        return subnet.name().equalsIgnoreCase(BastionOperations.SUBNET);
    }

    /** Throws {@code NetworkSecurityGroupNotCompliantForAzureBastionSubnet} when {@code group} lacks a required rule. */
    static void require(NetworkSecurityGroup group, Subnet subnet) {
        for (Required required : REQUIRED) {
            boolean allowed = decidingRule(group, required, subnet)
                    .map(r -> r.access() == SecurityRuleAccess.Allow).orElse(false);
            if (!allowed) {
                throw new AzureException(AzureErrorCode.NetworkSecurityGroupNotCompliantForAzureBastionSubnet,
                        "Network security group " + group.name() + " does not have necessary rules for Azure Bastion"
                                + " Subnet " + subnet.name() + ". It must allow " + required + ".",
                        group.id(), subnet.id());
            }
        }
    }

    private static Optional<SecurityRule> decidingRule(NetworkSecurityGroup group, Required required, Subnet subnet) {
        return group.rulesInEvaluationOrder(required.direction()).stream()
                .filter(r -> r.protocol() == Protocol.Tcp || r.protocol() == Protocol.Any)
                .filter(r -> r.destinationPortRanges().stream().anyMatch(range -> PortRangeSet.tryParse(range)
                        .map(p -> p.contains(required.port())).orElse(false)))
                .filter(r -> covers(r.sourceAddressPrefixes(), r.sourceApplicationSecurityGroupIds().isEmpty(),
                        required.source(), subnet))
                .filter(r -> covers(r.destinationAddressPrefixes(),
                        r.destinationApplicationSecurityGroupIds().isEmpty(), required.destination(), subnet))
                .findFirst();
    }

    private static boolean covers(List<String> prefixes, boolean noGroups, String side, Subnet subnet) {
        if (!noGroups) {
            return false;
        }
        for (String prefix : prefixes) {
            String p = prefix.trim().toLowerCase(Locale.ROOT);
            if (p.equals("*") || p.equals("any") || p.equalsIgnoreCase(side) || isEveryAddress(prefix)) {
                return true;
            }
            if (p.equals("internet") && PUBLIC_AZURE_TAGS.contains(side.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (side.equals(BASTION) && (p.equals("virtualnetwork")
                    || Cidr.tryParse(prefix.trim()).map(c -> c.contains(subnet.addressPrefix())).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 0.0.0.0/0}: every IPv4 address, so every end of a required flow, whatever tag names it. */
    private static boolean isEveryAddress(String prefix) {
        return Cidr.tryParse(prefix.trim()).map(c -> !c.isIPv6() && c.prefixLength() == 0).orElse(false);
    }
}
