package io.vnetlab.model;

/** An Azure subscription, inside one tenant (docs/azure/addressing.md#resource-hierarchy). */
public record Subscription(String id, String name, String tenantId) {

    public ResourceId resourceId() {
        return ResourceId.subscription(id);
    }

    @Override
    public String toString() {
        return "subscription '" + name + "' (" + id + ")";
    }
}
