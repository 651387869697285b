package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;


/** The PUT of an application security group. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
public record ApplicationSecurityGroupRequest(ResourceId id, Region region) {
    public ApplicationSecurityGroupRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
    }
}
