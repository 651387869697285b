package io.vnetlab.model;

import io.vnetlab.address.Cidr;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One direction of a virtual network peering: a resource of the local network that points at a remote network
 * (docs/azure/peering.md#resource-shape). Its state and sync level are derived by the control plane
 * (docs/azure/peering.md#peering-state, #sync-level).
 *
 * @param remoteAddressSpace the remote address space this link has peered (synced); only it is routed
 * @param remoteVirtualNetworkAddressSpace the remote network's current address space
 * @param global whether the two networks are in different regions (global peering, docs/azure/peering.md#regional-and-global)
 * @param scope what the peering joins: the complete networks or chosen subnets (docs/azure/subnet-peering.md)
 */
@API(status = MAINTAINED, since = "0.1")
public record Peering(ResourceId id, String name, ResourceId localNetworkId, ResourceId remoteNetworkId,
                      boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                      boolean allowGatewayTransit, boolean useRemoteGateways,
                      PeeringState state, PeeringSyncLevel syncLevel,
                      List<Cidr> remoteAddressSpace, List<Cidr> remoteVirtualNetworkAddressSpace,
                      boolean global, String resourceGuid, PeeringScope scope) {

    public Peering {
        remoteAddressSpace = List.copyOf(remoteAddressSpace);
        remoteVirtualNetworkAddressSpace = List.copyOf(remoteVirtualNetworkAddressSpace);
        scope = scope == null ? PeeringScope.COMPLETE : scope;
    }

    /** A peering of the complete networks. */
    public Peering(ResourceId id, String name, ResourceId localNetworkId, ResourceId remoteNetworkId,
                   boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                   boolean allowGatewayTransit, boolean useRemoteGateways,
                   PeeringState state, PeeringSyncLevel syncLevel,
                   List<Cidr> remoteAddressSpace, List<Cidr> remoteVirtualNetworkAddressSpace,
                   boolean global, String resourceGuid) {
        this(id, name, localNetworkId, remoteNetworkId, allowVirtualNetworkAccess, allowForwardedTraffic,
                allowGatewayTransit, useRemoteGateways, state, syncLevel, remoteAddressSpace,
                remoteVirtualNetworkAddressSpace, global, resourceGuid, PeeringScope.COMPLETE);
    }

    /** Whether only chosen subnets take part (docs/azure/subnet-peering.md). */
    public boolean isSubnetPeering() {
        return scope.isSubnetPeering();
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

    /**
     * Whether the remote network is in another subscription (docs/azure/peering.md#across-subscriptions-and-tenants).
     */
    public boolean isCrossSubscription() {
        return !localNetworkId.subscriptionId().equalsIgnoreCase(remoteNetworkId.subscriptionId());
    }


    @Override
    public String toString() {
        return "peering '" + localNetworkName() + "/" + name + "' -> " + remoteNetworkName() + " (" + state + ")";
    }
}
