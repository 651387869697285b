package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A rule collection of a security admin configuration: its rules apply to the networks of {@code appliesToGroups}
 * (docs/azure/virtual-network-manager.md#security-admin-rules).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AdminRuleCollection(ResourceId id, String name, List<ResourceId> appliesToGroups, String description) {

    public AdminRuleCollection {
        appliesToGroups = List.copyOf(appliesToGroups);
    }

    /** The security admin configuration the collection belongs to. */
    public ResourceId configurationId() {
        return id.parent().orElseThrow();
    }
}
