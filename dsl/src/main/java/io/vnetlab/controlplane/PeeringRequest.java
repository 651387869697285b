package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringScope;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;


/**
 * The PUT of one direction of a peering ({@code virtualNetworks/virtualNetworkPeerings}): the remote network and
 * the four flags; {@code syncRemoteAddressSpace} re-peers the remote network's current address space; {@code scope}
 * says whether the complete networks or chosen subnets take part (docs/azure/subnet-peering.md). <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record PeeringRequest(ResourceId localNetworkId, String name, ResourceId remoteNetworkId,
                             boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                             boolean allowGatewayTransit, boolean useRemoteGateways, boolean syncRemoteAddressSpace,
                             PeeringScope scope) {
    public PeeringRequest {
        Arguments.requireGiven(localNetworkId, "local virtual network id");
        Arguments.requireGiven(remoteNetworkId, "remote virtual network id");
        scope = scope == null ? PeeringScope.COMPLETE : scope;
    }

    /** A peering of the complete networks. */
    public PeeringRequest(ResourceId localNetworkId, String name, ResourceId remoteNetworkId,
                          boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                          boolean allowGatewayTransit, boolean useRemoteGateways, boolean syncRemoteAddressSpace) {
        this(localNetworkId, name, remoteNetworkId, allowVirtualNetworkAccess, allowForwardedTraffic,
                allowGatewayTransit, useRemoteGateways, syncRemoteAddressSpace, PeeringScope.COMPLETE);
    }

    /** The peering's id: a child of the local network. */
    public ResourceId id() {
        return localNetworkId.child("virtualNetworkPeerings", name);
    }

    /** The request that would PUT {@code peering} as it is (without a sync). */
    public static PeeringRequest of(Peering peering) {
        return new PeeringRequest(peering.localNetworkId(), peering.name(), peering.remoteNetworkId(),
                peering.allowVirtualNetworkAccess(), peering.allowForwardedTraffic(), peering.allowGatewayTransit(),
                peering.useRemoteGateways(), false, peering.scope());
    }

    PeeringRequest synced() {
        return new PeeringRequest(localNetworkId, name, remoteNetworkId, allowVirtualNetworkAccess,
                allowForwardedTraffic, allowGatewayTransit, useRemoteGateways, true, scope);
    }
}
