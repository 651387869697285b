package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;


/** The PUT of a resource group: its subscription, name and region. <b>API.</b> */
public record ResourceGroupRequest(String subscriptionId, String name, Region region) {
    public ResourceGroupRequest {
        Arguments.requireText(subscriptionId, "subscription id");
        Arguments.requireGiven(region, "region");
    }
}
