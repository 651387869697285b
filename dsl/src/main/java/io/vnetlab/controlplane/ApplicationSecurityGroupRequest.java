package io.vnetlab.controlplane;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.Objects;

/** The PUT of an application security group. <b>API.</b> */
public record ApplicationSecurityGroupRequest(ResourceId id, Region region) {
    public ApplicationSecurityGroupRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
    }
}
