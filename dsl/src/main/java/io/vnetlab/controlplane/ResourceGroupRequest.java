package io.vnetlab.controlplane;

import io.vnetlab.model.Region;

import java.util.Objects;

/** The PUT of a resource group: its subscription, name and region. <b>API.</b> */
public record ResourceGroupRequest(String subscriptionId, String name, Region region) {
    public ResourceGroupRequest {
        Names.requireArgument(subscriptionId, "subscriptionId");
        Objects.requireNonNull(region, "region");
    }
}
