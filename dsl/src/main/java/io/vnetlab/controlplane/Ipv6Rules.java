package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

import java.util.List;

/**
 * Azure's rules for IPv6 in virtual networks (docs/azure/ipv6.md): dual stack only — an IPv4 range beside every IPv6
 * one, an IPv4 prefix beside every subnet's IPv6 one —, IPv6 subnets exactly /64, inside an IPv6 range of the
 * network, not overlapping each other.
 */
final class Ipv6Rules {

    static final int IPV6_SUBNET_LENGTH = 64;

    private Ipv6Rules() {
    }

    /** A network's space needs an IPv4 range (docs/azure/ipv6.md#dual-stack-only). */
    static void requireIpv4Space(ResourceId networkId, List<Cidr> space) {
        if (!space.isEmpty() && space.stream().allMatch(Cidr::isIPv6)) {
            throw new AzureException(AzureErrorCode.IPv6OnlyNotSupported, "Virtual network " + networkId
                    + " has only IPv6 address prefixes (" + ControlPlane.join(space) + "). An IPv6 virtual network is"
                    + " dual stack: add an IPv4 range, for example 10.0.0.0/16.", networkId);
        }
    }

    /** A subnet's first prefix is its IPv4 one (docs/azure/ipv6.md#dual-stack-only). */
    static void requireIpv4SubnetPrefix(ResourceId networkId, String name, Cidr prefix, ResourceId subnetId) {
        if (prefix.isIPv6()) {
            throw new AzureException(AzureErrorCode.IPv6OnlyNotSupported, "Subnet '" + name + "' of virtual network '"
                    + networkId.name() + "' has only the IPv6 prefix " + prefix + ". A subnet with IPv6 is dual"
                    + " stack: give it an IPv4 prefix as well.", subnetId);
        }
    }

    /** The IPv6 prefix of a dual-stack subnet, validated (docs/azure/ipv6.md#subnets). */
    static Cidr validSubnetPrefix(ResourceId networkId, SubnetRequest spec, ResourceId subnetId, List<Cidr> space,
                                  List<Subnet> others) {
        Cidr cidr = ControlPlane.prefix(spec.ipv6AddressPrefix(), subnetId);
        if (!cidr.isIPv6() || cidr.prefixLength() != IPV6_SUBNET_LENGTH) {
            throw new AzureException(AzureErrorCode.InvalidIPv6SubnetPrefixLength, "Subnet '" + spec.name()
                    + "' of virtual network '" + networkId.name() + "' has the IPv6 prefix " + cidr + "; an IPv6"
                    + " subnet prefix must be exactly /" + IPV6_SUBNET_LENGTH + ".", subnetId);
        }
        if (space.stream().noneMatch(range -> range.contains(cidr))) {
            throw new AzureException(AzureErrorCode.NetcfgSubnetRangeOutsideVnet, "Subnet '" + spec.name()
                    + "' is not valid because its IP address range is outside the IP address range of virtual"
                    + " network '" + networkId.name() + "'.", subnetId, networkId);
        }
        for (Subnet other : others) {
            if (other.ipv6AddressPrefix() != null && other.ipv6AddressPrefix().overlaps(cidr)) {
                throw new AzureException(AzureErrorCode.NetcfgSubnetRangesOverlap, "Subnet '" + spec.name()
                        + "' is not valid because its IP address range " + cidr + " overlaps with the range "
                        + other.ipv6AddressPrefix() + " of subnet '" + other.name() + "' in virtual network '"
                        + networkId.name() + "'.", subnetId, other.id());
            }
        }
        return cidr;
    }
}
