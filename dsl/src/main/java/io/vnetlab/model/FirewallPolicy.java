package io.vnetlab.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An Azure Firewall policy (docs/azure/azure-firewall.md#policies): its rule collection groups, the parent policy it
 * inherits from, its threat-intelligence mode (listed, not simulated) and the private ranges its firewalls do not
 * SNAT.
 *
 * @param basePolicyId the parent policy, or {@code null}
 * @param snatPrivateRanges the ranges not SNATed; {@code null} for Azure's default (the IANA private ranges)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FirewallPolicy(ResourceId id, String name, Region region, ResourceId basePolicyId,
                             String threatIntelMode, List<String> snatPrivateRanges,
                             List<RuleCollectionGroup> ruleCollectionGroups) {

    /** A rule collection group (child resource {@code firewallPolicies/ruleCollectionGroups}). */
    public record RuleCollectionGroup(ResourceId id, String name, int priority,
                                      List<FirewallRuleCollection> ruleCollections) {
        public RuleCollectionGroup {
            ruleCollections = List.copyOf(ruleCollections);
        }
    }

    public FirewallPolicy {
        snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
        ruleCollectionGroups = List.copyOf(ruleCollectionGroups);
    }

    public Optional<ResourceId> basePolicy() {
        return Optional.ofNullable(basePolicyId);
    }

    public Optional<RuleCollectionGroup> group(String groupName) {
        return ruleCollectionGroups.stream().filter(g -> g.name().equalsIgnoreCase(groupName)).findFirst();
    }

    @Override
    public String toString() {
        return "firewall policy '" + name + "'";
    }
}
