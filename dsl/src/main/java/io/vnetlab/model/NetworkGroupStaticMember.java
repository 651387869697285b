package io.vnetlab.model;

/**
 * A static member of a network group: one virtual network added by hand
 * (docs/azure/virtual-network-manager.md#network-groups).
 */
public record NetworkGroupStaticMember(ResourceId id, String name, ResourceId networkId) {

    /** The network group the member belongs to. */
    public ResourceId groupId() {
        return id.parent().orElseThrow();
    }
}
