package io.vnetlab.arm;

import io.vnetlab.model.Region;

/** Where a (possibly nested) deployment deploys: a subscription, a resource group and its region. */
record Target(String subscriptionId, String tenantId, String subscriptionName, String resourceGroup, Region region,
              String deploymentName, java.time.Instant deployedAt, String templateUri) {

    /** The same target for a template read from {@code uri} (a linked template), or from a local file ({@code null}). */
    Target withTemplateUri(String uri) {
        return new Target(subscriptionId, tenantId, subscriptionName, resourceGroup, region, deploymentName, deployedAt,
                uri);
    }

    String resourceGroupId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
    }
}
