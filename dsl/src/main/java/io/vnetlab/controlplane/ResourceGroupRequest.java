package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;


/** The PUT of a resource group: its subscription, name and region. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
public record ResourceGroupRequest(String subscriptionId, String name, Region region) {
    public ResourceGroupRequest {
        Arguments.requireText(subscriptionId, "subscription id");
        Arguments.requireGiven(region, "region");
    }
}
