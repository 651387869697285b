package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What one commit made effective in one region for one configuration type of a network manager
 * (docs/azure/virtual-network-manager.md#deployments): the configurations as they were at the commit (a later
 * change to a configuration needs a new commit), their rule collections and rules for a security admin commit, and
 * the peerings the deployment created. A later commit of the same type and region replaces it.
 *
 * @param id a name for the deployment inside the manager ({@code <type>-<region>}), not an ARM resource
 * @param managedPeerings the ids of the peerings this deployment created (hub-and-spoke)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkManagerDeployment(ResourceId id, ResourceId managerId, Region region, ConfigurationType type,
                                       List<ResourceId> configurationIds,
                                       List<ConnectivityConfiguration> connectivity,
                                       List<AdminRuleCollection> ruleCollections, List<AdminRule> rules,
                                       List<ResourceId> managedPeerings, long commitSequence) {

    public NetworkManagerDeployment {
        configurationIds = List.copyOf(configurationIds);
        connectivity = List.copyOf(connectivity);
        ruleCollections = List.copyOf(ruleCollections);
        rules = List.copyOf(rules);
        managedPeerings = List.copyOf(managedPeerings);
    }

    /** The id of the deployment of {@code type} in {@code region} for manager {@code managerId}. */
    public static ResourceId idFor(ResourceId managerId, ConfigurationType type, Region region) {
        return managerId.child("deployments", type.name() + "-" + region.name());
    }
}
