package io.vnetlab.model;

/** A Microsoft Entra tenant: the directory that subscriptions belong to (AZURE-SEMANTICS §1.1.1). */
public record Tenant(String id, String name) {
    @Override
    public String toString() {
        return "tenant '" + name + "' (" + id + ")";
    }
}
