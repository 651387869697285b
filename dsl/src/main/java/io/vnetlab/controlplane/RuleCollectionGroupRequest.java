package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** A rule collection group: its id is a child of the policy's ({@code .../ruleCollectionGroups/name}). <b>API.</b> (docs/azure/azure-firewall.md)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleCollectionGroupRequest(ResourceId id, int priority, List<FirewallRuleCollection> ruleCollections) {
    public RuleCollectionGroupRequest {
        Arguments.requireGiven(id, "resource id");
        ruleCollections = Arguments.requireList(ruleCollections, "rule collections");
    }
}
