package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** A resource group: a named container of resources in one subscription, with a location of its own. */
@API(status = MAINTAINED, since = "0.1")
public record ResourceGroup(ResourceId id, String name, Region region) {

    public String subscriptionId() {
        return id.subscriptionId();
    }

    @Override
    public String toString() {
        return "resource group '" + name + "'";
    }
}
