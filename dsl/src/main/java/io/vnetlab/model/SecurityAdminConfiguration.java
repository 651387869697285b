package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A security admin configuration of a network manager (docs/azure/virtual-network-manager.md#security-admin-rules):
 * rule collections ({@link AdminRuleCollection}) of admin rules ({@link AdminRule}) evaluated before network security
 * groups, once a commit deploys it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SecurityAdminConfiguration(ResourceId id, String name, String description) {

    /** The network manager the configuration belongs to. */
    public ResourceId managerId() {
        return id.parent().orElseThrow();
    }
}
