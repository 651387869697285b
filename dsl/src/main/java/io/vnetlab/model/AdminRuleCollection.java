package io.vnetlab.model;

import java.util.List;

/**
 * A rule collection of a security admin configuration: its rules apply to the networks of {@code appliesToGroups}
 * (docs/azure/virtual-network-manager.md#security-admin-rules).
 */
public record AdminRuleCollection(ResourceId id, String name, List<ResourceId> appliesToGroups, String description) {

    public AdminRuleCollection {
        appliesToGroups = List.copyOf(appliesToGroups);
    }

    /** The security admin configuration the collection belongs to. */
    public ResourceId configurationId() {
        return id.parent().orElseThrow();
    }
}
