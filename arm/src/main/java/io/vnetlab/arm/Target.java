package io.vnetlab.arm;

import io.vnetlab.model.Region;

/** Where a (possibly nested) deployment deploys: a subscription, a resource group and its region. */
record Target(String subscriptionId, String tenantId, String subscriptionName, String resourceGroup, Region region,
              String deploymentName) {

    String resourceGroupId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
    }
}
