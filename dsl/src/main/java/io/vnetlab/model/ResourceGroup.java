package io.vnetlab.model;

/** A resource group: a named container of resources in one subscription, with a location of its own. */
public record ResourceGroup(ResourceId id, String name, Region region) {

    public String subscriptionId() {
        return id.subscriptionId();
    }

    @Override
    public String toString() {
        return "resource group '" + name + "'";
    }
}
