package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringScope;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a peering joins on each side (docs/azure/subnet-peering.md): the whole address space for a complete peering,
 * the prefixes of the named subnets for a subnet peering, and none of vnetlab's IPv4 prefixes for an IPv6-only one
 * (docs/azure/subnet-peering.md#ipv6-only). Also the validation of the subnet settings of a PUT.
 */
final class SubnetPeerings {

    private SubnetPeerings() {
    }

    /** The prefixes of {@code local} that take part in a peering of {@code scope}. */
    static List<Cidr> localSpace(VirtualNetwork local, PeeringScope scope) {
        return space(local, scope.peerCompleteVnets(), scope.localSubnetNames(), scope.enableOnlyIPv6Peering());
    }

    /** The prefixes of {@code remote} that a peering of {@code scope} peers: what its routes lead to. */
    static List<Cidr> remoteSpace(VirtualNetwork remote, PeeringScope scope) {
        return space(remote, scope.peerCompleteVnets(), scope.remoteSubnetNames(), scope.enableOnlyIPv6Peering());
    }

    private static List<Cidr> space(VirtualNetwork network, boolean complete, List<String> names, boolean ipv6Only) {
        if (ipv6Only) {
            return List.of();   // docs/azure/subnet-peering.md#ipv6-only: vnetlab's subnets have IPv4 prefixes only
        }
        if (complete) {
            return network.addressSpace();
        }
        List<Cidr> prefixes = new ArrayList<>();
        for (String name : names) {
            network.subnet(name).map(Subnet::addressPrefix).ifPresent(prefixes::add);
        }
        return prefixes;
    }

    /**
     * docs/azure/subnet-peering.md#validation: subnet names only with {@code peerCompleteVnets=false}, then on both
     * sides, each an existing subnet of its network; IPv6-only only for a subnet peering; and a peering keeps its kind.
     */
    static void requireValid(ResourceId peeringId, VirtualNetwork local, VirtualNetwork remote, PeeringScope scope,
                             Optional<Peering> existing) {
        if (scope.peerCompleteVnets()) {
            if (!scope.localSubnetNames().isEmpty() || !scope.remoteSubnetNames().isEmpty()) {
                throw invalid(peeringId, "localSubnetNames and remoteSubnetNames apply only to a subnet peering:"
                        + " set peerCompleteVnets to false to peer chosen subnets.");
            }
            if (scope.enableOnlyIPv6Peering()) {
                throw invalid(peeringId, "enableOnlyIPv6Peering applies only to a subnet peering: set"
                        + " peerCompleteVnets to false and name the subnets of both sides.");
            }
        } else if (scope.localSubnetNames().isEmpty() || scope.remoteSubnetNames().isEmpty()) {
            throw invalid(peeringId, "A subnet peering (peerCompleteVnets false) needs at least one subnet of each"
                    + " side: localSubnetNames names subnets of " + local.name() + ", remoteSubnetNames subnets of "
                    + remote.name() + ".");
        }
        requireSubnets(peeringId, local, scope.localSubnetNames());
        requireSubnets(peeringId, remote, scope.remoteSubnetNames());
        if (existing.isPresent() && existing.get().scope().peerCompleteVnets() != scope.peerCompleteVnets()) {
            throw invalid(peeringId, "Peering " + peeringId.name() + " is a " + kind(existing.get().scope())
                    + " and cannot become a " + kind(scope) + ". Delete the peering and create a new one.");
        }
    }

    private static void requireSubnets(ResourceId peeringId, VirtualNetwork network, List<String> names) {
        for (String name : names) {
            if (network.subnet(name).isEmpty()) {
                ResourceId subnetId = network.id().child("subnets", name);
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + subnetId
                        + " referenced by resource " + peeringId + " was not found. Please make sure that the"
                        + " referenced resource exists, and that both resources are in the same region.",
                        subnetId, peeringId);
            }
        }
    }

    private static String kind(PeeringScope scope) {
        return scope.peerCompleteVnets() ? "peering of complete virtual networks" : "subnet peering";
    }

    private static AzureException invalid(ResourceId peeringId, String message) {
        return new AzureException(AzureErrorCode.InvalidSubnetPeeringSettings, "Cannot create or update peering "
                + peeringId + ": " + message, peeringId);
    }
}
