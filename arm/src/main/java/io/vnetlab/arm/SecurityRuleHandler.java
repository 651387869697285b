package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.SecurityRule;

/**
 * {@code Microsoft.Network/networkSecurityGroups/securityRules}: a PUT of one rule of an existing group, which is
 * validated with the group's other rules (a priority another rule of the same direction has is a
 * {@code SecurityRuleConflict}, docs/azure/network-security-groups.md#rules).
 */
final class SecurityRuleHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/networkSecurityGroups/securityRules";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        SecurityRule rule = r.batch().putSecurityRule(r.id(),
                SecurityRules.request(r, r.id().name(), r.properties(), ""));
        return Views.securityRule(r.id().parent().orElseThrow(), rule);
    }
}
