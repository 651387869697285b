package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A static member of a network group: one virtual network added by hand
 * (docs/azure/virtual-network-manager.md#network-groups).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkGroupStaticMember(ResourceId id, String name, ResourceId networkId) {

    /** The network group the member belongs to. */
    public ResourceId groupId() {
        return id.parent().orElseThrow();
    }
}
