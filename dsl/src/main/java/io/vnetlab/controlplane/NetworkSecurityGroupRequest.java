package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The PUT of a whole network security group: exactly these rules. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
public record NetworkSecurityGroupRequest(ResourceId id, Region region, List<SecurityRuleRequest> rules) {
    public NetworkSecurityGroupRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        rules = Arguments.requireList(rules, "security rules");
    }
}
