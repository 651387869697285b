package io.vnetlab.dataplane;

import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A network security group's decision at a hop: which group, applied to which subnet or interface, in which
 * direction, and the rules that allowed or denied the packet.
 *
 * @param appliedTo the subnet or network interface the group is associated with
 * @param rules qualified rule names, such as {@code securityRules/allow-ssh} or
 *              {@code defaultSecurityRules/DenyAllInBound}
 */
@API(status = MAINTAINED, since = "0.1")
public record SecurityCheck(ResourceId networkSecurityGroup, ResourceId appliedTo, SecurityRuleDirection direction,
                            SecurityRuleAccess access, List<String> rules) {

    public SecurityCheck {
        rules = List.copyOf(rules);
    }

    /** The rule that decided: the first allowing or denying one. */
    public String decidingRule() {
        return rules.get(0);
    }
}
