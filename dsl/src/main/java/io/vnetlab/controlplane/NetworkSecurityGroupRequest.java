package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** The PUT of a whole network security group: exactly these rules. <b>API.</b> */
public record NetworkSecurityGroupRequest(ResourceId id, Region region, List<SecurityRuleRequest> rules) {
    public NetworkSecurityGroupRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        rules = Arguments.requireList(rules, "security rules");
    }
}
