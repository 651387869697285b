package io.vnetlab.model;

/**
 * A security admin configuration of a network manager (docs/azure/virtual-network-manager.md#security-admin-rules):
 * rule collections ({@link AdminRuleCollection}) of admin rules ({@link AdminRule}) evaluated before network security
 * groups, once a commit deploys it.
 */
public record SecurityAdminConfiguration(ResourceId id, String name, String description) {

    /** The network manager the configuration belongs to. */
    public ResourceId managerId() {
        return id.parent().orElseThrow();
    }
}
