package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

/** What an expression can see: a template's parameters and variables, where it deploys, and what it deployed. */
interface Scope {

    JsonNode parameter(String name);

    JsonNode variable(String name);

    String subscriptionId();

    String resourceGroupName();

    JsonNode resourceGroup();

    JsonNode subscription();

    JsonNode deployment();

    String tenantId();

    /**
     * The id of what the deployment targets ({@code /subscriptions/{id}/resourceGroups/{group}}, a subscription's, a
     * management group's, or {@code ""} for the tenant): where {@code resourceId()} puts a resource it names by type
     * and name alone above a resource group.
     */
    String scopeId();

    /** The management group a deployment to one targets: what {@code managementGroup()} answers. */
    JsonNode managementGroup();

    /** When the deployment runs: what {@code utcNow()} answers. */
    java.time.Instant deployedAt();

    /** A new value for {@code newGuid()}: different per call, the same for the same deployment run again. */
    java.util.UUID newGuid();

    /** {@code reference(nameOrId, apiVersion, 'Full')}: the runtime state of a resource. */
    JsonNode reference(String nameOrId, boolean full);

    /**
     * {@code listOutputsWithSecureValues(deploymentId, apiVersion)}: every output value of a deployment, the secure
     * ones included, by output name.
     */
    default JsonNode outputsWithSecureValues(String deploymentId) {
        throw new TemplateError("The template function 'listOutputsWithSecureValues' is not expected at this"
                + " location. Please see https://aka.ms/arm-template-expressions for usage details.");
    }

    /** The template's user-defined functions, which {@code namespace.member(...)} calls. */
    default UserFunctions functions() {
        return UserFunctions.NONE;
    }

    /**
     * {@code references(collection, 'Full')}: the runtime state of each resource of a symbolic-name collection;
     * only a template with symbolic resource names has them.
     */
    default JsonNode references(String collection, boolean full) {
        throw SymbolicResources.referencesNeedSymbolicNames();
    }
}
