package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A nested deployment with {@code expressionEvaluationOptions.scope = outer} (ARM's default): its template's
 * expressions see the parent's parameters and variables, and {@code resourceGroup()}, {@code subscription()} and
 * {@code resourceId()} resolve to the parent's group and subscription, although its resources deploy where the
 * nested deployment says (docs/azure/arm-templates.md#deployment-scopes).
 */
record OuterScope(Scope parent, TemplateScope where) implements Scope {

    @Override
    public JsonNode parameter(String name) {
        return parent.parameter(name);
    }

    @Override
    public JsonNode variable(String name) {
        return parent.variable(name);
    }

    @Override
    public String subscriptionId() {
        return parent.subscriptionId();
    }

    @Override
    public String resourceGroupName() {
        return parent.resourceGroupName();
    }

    @Override
    public JsonNode resourceGroup() {
        return parent.resourceGroup();
    }

    @Override
    public JsonNode subscription() {
        return parent.subscription();
    }

    @Override
    public String scopeId() {
        return parent.scopeId();
    }

    @Override
    public JsonNode managementGroup() {
        return parent.managementGroup();
    }

    @Override
    public JsonNode deployment() {
        return where.deployment();
    }

    @Override
    public String tenantId() {
        return where.tenantId();
    }

    @Override
    public java.time.Instant deployedAt() {
        return where.deployedAt();
    }

    @Override
    public java.util.UUID newGuid() {
        return parent.newGuid();
    }

    @Override
    public JsonNode reference(String nameOrId, boolean full) {
        return parent.reference(nameOrId, full);
    }

    @Override
    public JsonNode outputsWithSecureValues(String deploymentId) {
        return parent.outputsWithSecureValues(deploymentId);
    }

    @Override
    public UserFunctions functions() {
        return parent.functions();
    }

    @Override
    public JsonNode references(String collection, boolean full) {
        return parent.references(collection, full);
    }
}
