package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;


/** The PUT of an application security group. <b>API.</b> */
public record ApplicationSecurityGroupRequest(ResourceId id, Region region) {
    public ApplicationSecurityGroupRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
    }
}
