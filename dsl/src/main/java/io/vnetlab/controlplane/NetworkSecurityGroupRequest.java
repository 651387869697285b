package io.vnetlab.controlplane;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Objects;

/** The PUT of a whole network security group: exactly these rules. <b>API.</b> */
public record NetworkSecurityGroupRequest(ResourceId id, Region region, List<SecurityRuleRequest> rules) {
    public NetworkSecurityGroupRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        rules = List.copyOf(rules);
    }
}
