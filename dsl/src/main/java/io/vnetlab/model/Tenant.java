package io.vnetlab.model;

/**
 * A Microsoft Entra tenant: the directory that subscriptions belong to (docs/azure/addressing.md#resource-hierarchy).
 */
public record Tenant(String id, String name) {
    @Override
    public String toString() {
        return "tenant '" + name + "' (" + id + ")";
    }
}
