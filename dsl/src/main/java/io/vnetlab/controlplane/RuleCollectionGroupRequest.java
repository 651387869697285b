package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** A rule collection group: its id is a child of the policy's ({@code .../ruleCollectionGroups/name}). <b>API.</b> (docs/azure/azure-firewall.md)
 */
public record RuleCollectionGroupRequest(ResourceId id, int priority, List<FirewallRuleCollection> ruleCollections) {
    public RuleCollectionGroupRequest {
        Arguments.requireGiven(id, "resource id");
        ruleCollections = Arguments.requireList(ruleCollections, "rule collections");
    }
}
