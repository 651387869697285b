package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** An Azure subscription, inside one tenant (docs/azure/addressing.md#resource-hierarchy). */
@API(status = MAINTAINED, since = "0.1")
public record Subscription(String id, String name, String tenantId) {

    public ResourceId resourceId() {
        return ResourceId.subscription(id);
    }

    @Override
    public String toString() {
        return "subscription '" + name + "' (" + id + ")";
    }
}
