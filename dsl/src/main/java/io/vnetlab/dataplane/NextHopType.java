package io.vnetlab.dataplane;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Next hop types of effective routes, spelled as Azure prints them (docs/azure/routing.md#next-hop-types):
 * {@code VNetPeering} for a regional peering and {@code VNetGlobalPeering} for a global one.
 */
@API(status = MAINTAINED, since = "0.1")
public enum NextHopType {
    VnetLocal,
    VNetPeering,
    VNetGlobalPeering,
    Internet,
    None,
    VirtualAppliance,
    VirtualNetworkGateway,
    VirtualNetworkServiceEndpoint,
    /** A network of the same connected group (docs/azure/virtual-network-manager.md#connected-groups). */
    ConnectedGroup,
    /**
     * The /32 route of a private endpoint in its own and directly peered networks
     * (docs/azure/private-endpoints.md#routes).
     */
    InterfaceEndpoint;

    /** Whether the route crosses a peering, regional or global. */
    public boolean isPeering() {
        return this == VNetPeering || this == VNetGlobalPeering;
    }
}
