package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.RuleCollectionGroupRequest;
import io.vnetlab.controlplane.ResourceManager;

/**
 * {@code Microsoft.Network/firewallPolicies/ruleCollectionGroups}: a policy's group of rule collections, with its
 * priority (docs/azure/azure-firewall.md#rule-collections).
 */
final class RuleCollectionGroupHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/firewallPolicies/ruleCollectionGroups";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        r.batch().apply(s -> ResourceManager.putRuleCollectionGroup(s, new RuleCollectionGroupRequest(r.id(),
                FirewallRulesJson.priority(r, p, "priority"), FirewallRulesJson.policyCollections(r,
                r.at(p, "ruleCollections").orElse(Values.NODES.arrayNode())))));
        return ((ObjectNode) p).deepCopy();
    }
}
