package io.vnetlab.arm;

/**
 * Which resources a deployment may declare at its level (docs/azure/arm-templates.md#deployment-scopes): a resource
 * group is created from a deployment to its subscription, and the network resources vnetlab simulates live in
 * resource groups, so a deployment to a subscription deploys them through a nested deployment.
 */
final class DeploymentLevels {

    private DeploymentLevels() {
    }

    static void check(PlannedResource p, Target target, ResourceHandlers handlers) {
        boolean group = p.type().equalsIgnoreCase(ResourceGroupHandler.TYPE);
        if (group && target.level() != Target.Level.SUBSCRIPTION) {
            throw new PathError(p.path(), "The template resource '" + p.name() + "' of type '" + p.type() + "' is"
                    + " deployed at subscription scope, not in a resource group: deploy it from a deployment to the"
                    + " subscription, or from a nested deployment with 'subscriptionId' and 'location'. Please see"
                    + " https://aka.ms/arm-syntax-resources for usage details.");
        }
        if (!group && target.level() != Target.Level.RESOURCE_GROUP && handlers.simulates(p.type())
                && p.id().resourceGroupName().isEmpty()) {
            String nested = target.level() == Target.Level.SUBSCRIPTION ? "'resourceGroup'"
                    : "'subscriptionId' and 'resourceGroup'";
            throw new PathError(p.path(), "The template resource '" + p.name() + "' of type '" + p.type() + "' is"
                    + " deployed in a resource group, and this deployment is to the " + target.level().noun() + " '"
                    + target.targetName() + "': declare it in a nested deployment with " + nested + ". Please"
                    + " see https://aka.ms/arm-syntax-resources for usage details.");
        }
    }
}
