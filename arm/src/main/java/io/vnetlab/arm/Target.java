package io.vnetlab.arm;

import io.vnetlab.model.Region;

/**
 * Where a (possibly nested) deployment deploys: a resource group (with its region), or a subscription (with the
 * deployment's location as its region).
 *
 * @param resourceGroup the group, or {@code null} for a deployment to the subscription
 * @param level what the deployment targets
 */
record Target(String subscriptionId, String tenantId, String subscriptionName, String resourceGroup, Region region,
              String deploymentName, java.time.Instant deployedAt, String templateUri, Level level) {

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
                Level.RESOURCE_GROUP);
    }

    /** The same target for a template read from {@code uri} (a linked template), or from a local file ({@code null}). */
    Target withTemplateUri(String uri) {
        return new Target(subscriptionId, tenantId, subscriptionName, resourceGroup, region, deploymentName, deployedAt,
                uri, level);
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

    /** The id of what the deployment targets: its resource group, or its subscription. */
    String scopeId() {
        return level == Level.RESOURCE_GROUP ? resourceGroupId() : "/subscriptions/" + subscriptionId;
    }
}
