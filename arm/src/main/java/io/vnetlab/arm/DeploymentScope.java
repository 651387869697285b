package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import io.vnetlab.model.AzureErrorCode;

import java.util.List;
import java.util.Locale;

/**
 * Where a nested deployment ({@code Microsoft.Resources/deployments}) deploys, from its {@code scope},
 * {@code subscriptionId}, {@code resourceGroup} and {@code location} and the level of the deployment that declares
 * it, with the targets Azure allows from each level (docs/azure/arm-templates.md#deployment-scopes):
 *
 * <ul>
 *   <li>from a resource group: that group, another group in any subscription ({@code resourceGroup}, and
 *       {@code subscriptionId} for another subscription), a subscription ({@code subscriptionId} and
 *       {@code location}), the tenant ({@code scope: "/"});</li>
 *   <li>from a subscription: that subscription or another ({@code subscriptionId}; {@code location} required), a
 *       resource group ({@code resourceGroup}), the tenant;</li>
 *   <li>from a management group or the tenant: the same level (nothing named), a management group
 *       ({@code scope}), a subscription ({@code subscriptionId} and {@code location}), a resource group
 *       ({@code subscriptionId} and {@code resourceGroup}), the tenant.</li>
 * </ul>
 *
 * A management group can be targeted only from a management-group or tenant deployment.
 *
 * @param level where it deploys
 * @param subscriptionId the subscription, for a subscription or resource-group target
 * @param resourceGroup the group, for a resource-group target
 * @param location the deployment's location (required above a resource group), or {@code null}
 * @param managementGroup the management group's name, for a management-group target
 */
record DeploymentScope(Target.Level level, String subscriptionId, String resourceGroup, String location,
                       String managementGroup) {

    DeploymentScope(Target.Level level, String subscriptionId, String resourceGroup, String location) {
        this(level, subscriptionId, resourceGroup, location, null);
    }

    /** Where the nested deployment {@code decl} deploys, declared in a deployment to {@code parent}. */
    static DeploymentScope of(Target parent, JsonNode decl, Evaluator ev, String path) {
        String scope = evaluated(decl, "scope", ev, path);
        String subscription = evaluated(decl, "subscriptionId", ev, path);
        String group = evaluated(decl, "resourceGroup", ev, path);
        String location = evaluated(decl, "location", ev, path);
        if (scope != null) {
            return ofScope(parent, scope, location, path);
        }
        if (group != null) {
            if (subscription == null && parent.subscriptionId() == null) {
                throw new PathError(path + ".resourceGroup", "The nested deployment targets the resource group '"
                        + group + "' from a deployment to a " + parent.level().noun() + ", which has no"
                        + " subscription: give its 'subscriptionId' too. Please see"
                        + " https://aka.ms/arm-syntax-resources for usage details.");
            }
            return new DeploymentScope(Target.Level.RESOURCE_GROUP, subscription != null ? subscription
                    : parent.subscriptionId(), group, location);
        }
        if (subscription == null && (parent.level() == Target.Level.MANAGEMENT_GROUP
                || parent.level() == Target.Level.TENANT)) {
            // nothing named: the parent's own management group, or the tenant
            return requireLocation(new DeploymentScope(parent.level(), null, null, location,
                    parent.managementGroup()), path);
        }
        if (parent.level() == Target.Level.RESOURCE_GROUP && (subscription == null || location == null)) {
            // without a location, a subscription id alone names the parent's group name in that subscription
            return new DeploymentScope(Target.Level.RESOURCE_GROUP, subscription != null ? subscription
                    : parent.subscriptionId(), parent.resourceGroup(), location);
        }
        return requireLocation(new DeploymentScope(Target.Level.SUBSCRIPTION, subscription != null ? subscription
                : parent.subscriptionId(), null, location), path);
    }

    /** A {@code scope} property: {@code /}, a management group, a subscription, or a resource group id. */
    private static DeploymentScope ofScope(Target parent, String scope, String location, String path) {
        String trimmed = ResourceIds.trimSlashes(scope);
        String[] segments = trimmed.split("/");
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return requireLocation(new DeploymentScope(Target.Level.TENANT, null, null, location), path);
        }
        if (lower.startsWith("providers/microsoft.management/managementgroups/")
                || lower.startsWith("microsoft.management/managementgroups/")) {
            if (parent.level() == Target.Level.RESOURCE_GROUP || parent.level() == Target.Level.SUBSCRIPTION) {
                throw new PathError(path + ".scope", "The nested deployment targets the management group scope '"
                        + scope + "', which a deployment to a " + parent.level().noun() + " cannot target: only a"
                        + " management-group or tenant deployment can. Please see"
                        + " https://aka.ms/arm-syntax-resources for usage details.");
            }
            return requireLocation(new DeploymentScope(Target.Level.MANAGEMENT_GROUP, null, null, location,
                    segments[segments.length - 1]), path);
        }
        if (segments.length == 2 && segments[0].equalsIgnoreCase("subscriptions")) {
            return requireLocation(new DeploymentScope(Target.Level.SUBSCRIPTION, segments[1], null, location), path);
        }
        if (segments.length == 4 && segments[0].equalsIgnoreCase("subscriptions")
                && segments[2].equalsIgnoreCase("resourceGroups")) {
            return new DeploymentScope(Target.Level.RESOURCE_GROUP, segments[1], segments[3], location);
        }
        throw new PathError(path + ".scope", "The nested deployment's scope '" + scope + "' is not a deployment"
                + " scope: give '/', a management group ('Microsoft.Management/managementGroups/{name}'), a"
                + " subscription ('/subscriptions/{id}') or a resource group id.");
    }

    private static DeploymentScope requireLocation(DeploymentScope target, String path) {
        if (target.location() == null || target.location().isBlank()) {
            throw new ArmDeploymentException(AzureErrorCode.LocationRequired, AzureErrorCode.LocationRequired,
                    "The location property is required for this definition.", path, null, List.of(), null);
        }
        return target;
    }

    private static String evaluated(JsonNode decl, String property, Evaluator ev, String path) {
        JsonNode declared = Values.property(decl, property).orElse(null);
        if (declared == null || declared.isNull()) {
            return null;
        }
        JsonNode value = ev.value(declared, path + "." + property);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw TemplateValidator.notAString(value, path + "." + property, property);
        }
        return value.textValue();
    }

    /** The id of the deployment resource itself, at the level of the deployment that declares it. */
    String deploymentId(Target parent, String name) {
        if (level == Target.Level.RESOURCE_GROUP) {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                    + "/providers/Microsoft.Resources/deployments/" + name;
        }
        if (level == Target.Level.MANAGEMENT_GROUP) {
            return io.vnetlab.model.ResourceId.managementGroup(managementGroup)
                    + "/providers/Microsoft.Resources/deployments/" + name;
        }
        if (level == Target.Level.TENANT) {
            return "/providers/Microsoft.Resources/deployments/" + name;
        }
        String subscription = subscriptionId != null ? subscriptionId : parent.subscriptionId();
        return "/subscriptions/" + subscription + "/providers/Microsoft.Resources/deployments/" + name;
    }
}
