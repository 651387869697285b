package io.vnetlab.model;

import io.vnetlab.address.Cidr;

import java.util.List;

/**
 * One direction of a virtual network peering: a resource of the local network that points at a remote network
 * (AZURE-SEMANTICS §2.2). Its state and sync level are derived by the control plane (§2.5, §2.8).
 *
 * @param remoteAddressSpace the remote address space this link has peered (synced); only it is routed
 * @param remoteVirtualNetworkAddressSpace the remote network's current address space
 * @param global whether the two networks are in different regions (global peering, §2.1.1)
 */
public record Peering(ResourceId id, String name, ResourceId localNetworkId, ResourceId remoteNetworkId,
                      boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                      boolean allowGatewayTransit, boolean useRemoteGateways,
                      PeeringState state, PeeringSyncLevel syncLevel,
                      List<Cidr> remoteAddressSpace, List<Cidr> remoteVirtualNetworkAddressSpace,
                      boolean global, String resourceGuid) {

    public Peering {
        remoteAddressSpace = List.copyOf(remoteAddressSpace);
        remoteVirtualNetworkAddressSpace = List.copyOf(remoteVirtualNetworkAddressSpace);
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    public String localNetworkName() {
        return localNetworkId.name();
    }

    public String remoteNetworkName() {
        return remoteNetworkId.name();
    }

    public boolean isConnected() {
        return state == PeeringState.Connected;
    }

    /** Whether the remote network is in another subscription (§2.1.2). */
    public boolean isCrossSubscription() {
        return !localNetworkId.subscriptionId().equalsIgnoreCase(remoteNetworkId.subscriptionId());
    }


    @Override
    public String toString() {
        return "peering '" + localNetworkName() + "/" + name + "' -> " + remoteNetworkName() + " (" + state + ")";
    }
}
