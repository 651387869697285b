package io.vnetlab.arm;

import io.vnetlab.model.Region;

/**
 * Where a (possibly nested) deployment deploys: a resource group (with its region), or a subscription, a management
 * group or the tenant (with the deployment's location as its region).
 *
 * @param subscriptionId the subscription, {@code null} above subscriptions
 * @param resourceGroup the group, or {@code null} for a deployment above a resource group
 * @param level what the deployment targets
 * @param managementGroup the management group's name, for a deployment to one; else {@code null}
 */
record Target(String subscriptionId, String tenantId, String subscriptionName, String resourceGroup, Region region,
              String deploymentName, java.time.Instant deployedAt, String templateUri, Level level,
              String managementGroup) {

    /** The levels ARM deploys at (docs/azure/arm-templates.md#deployment-scopes). */
    enum Level {
        RESOURCE_GROUP("resource group"), SUBSCRIPTION("subscription"), MANAGEMENT_GROUP("management group"),
        TENANT("tenant");

        private final String noun;

        Level(String noun) {
            this.noun = noun;
        }

        String noun() {
            return noun;
        }
    }

    /** A deployment to a resource group. */
    Target(String subscriptionId, String tenantId, String subscriptionName, String resourceGroup, Region region,
           String deploymentName, java.time.Instant deployedAt, String templateUri) {
        this(subscriptionId, tenantId, subscriptionName, resourceGroup, region, deploymentName, deployedAt, templateUri,
                Level.RESOURCE_GROUP, null);
    }

    /** A deployment to a subscription. */
    static Target subscription(String subscriptionId, String tenantId, String subscriptionName, Region location,
                               String deploymentName, java.time.Instant deployedAt) {
        return new Target(subscriptionId, tenantId, subscriptionName, null, location, deploymentName, deployedAt, null,
                Level.SUBSCRIPTION, null);
    }

    /** A deployment to the management group {@code name} of the tenant. */
    static Target managementGroup(String name, String tenantId, Region location, String deploymentName,
                                  java.time.Instant deployedAt) {
        return new Target(null, tenantId, null, null, location, deploymentName, deployedAt, null,
                Level.MANAGEMENT_GROUP, name);
    }

    /** A deployment to the tenant. */
    static Target tenant(String tenantId, Region location, String deploymentName, java.time.Instant deployedAt) {
        return new Target(null, tenantId, null, null, location, deploymentName, deployedAt, null, Level.TENANT, null);
    }

    /** The same target for a template read from {@code uri} (a linked template), or from a local file ({@code null}). */
    Target withTemplateUri(String uri) {
        return new Target(subscriptionId, tenantId, subscriptionName, resourceGroup, region, deploymentName, deployedAt,
                uri, level, managementGroup);
    }

    /** How its level names what it targets: the subscription's id, the management group's name, the tenant's id. */
    String targetName() {
        return switch (level) {
            case RESOURCE_GROUP -> resourceGroup;
            case SUBSCRIPTION -> subscriptionId;
            case MANAGEMENT_GROUP -> managementGroup;
            case TENANT -> tenantId;
        };
    }

    String resourceGroupId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
    }

    /**
     * The location of the deployment itself: a deployment above a resource group has one (its region's name), a
     * deployment to a resource group has none ({@code null}).
     */
    String location() {
        return level == Level.RESOURCE_GROUP ? null : region.name();
    }

    /**
     * The id of what the deployment targets: its resource group, its subscription, its management group, or the
     * tenant's, which is empty (a tenant-level id starts at {@code /providers/}).
     */
    String scopeId() {
        return switch (level) {
            case RESOURCE_GROUP -> resourceGroupId();
            case SUBSCRIPTION -> "/subscriptions/" + subscriptionId;
            case MANAGEMENT_GROUP -> io.vnetlab.model.ResourceId.managementGroup(managementGroup).toString();
            case TENANT -> "";
        };
    }
}
