package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A Microsoft Entra tenant: the directory that subscriptions belong to (docs/azure/addressing.md#resource-hierarchy).
 */
@API(status = MAINTAINED, since = "0.1")
public record Tenant(String id, String name) {
    @Override
    public String toString() {
        return "tenant '" + name + "' (" + id + ")";
    }
}
