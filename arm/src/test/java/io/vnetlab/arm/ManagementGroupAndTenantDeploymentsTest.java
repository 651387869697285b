package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deployments to a management group and to the tenant: ids above subscriptions, {@code managementGroup()},
 * {@code resourceId()} and {@code managementGroupResourceId()} there, nested deployments down to a subscription's
 * group, and what each level may not declare (docs/azure/arm-templates.md#deployment-scopes).
 */
class ManagementGroupAndTenantDeploymentsTest {

    private static final String MG_SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-08-01/"
            + "managementGroupDeploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";
    private static final String TENANT_SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/"
            + "2019-08-01/tenantDeploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";
    private static final String POLICY = "{\"type\": \"Microsoft.Authorization/policyDefinitions\", \"apiVersion\":"
            + " \"2021-06-01\", \"name\": \"audit-vnets\", \"properties\": {\"policyType\": \"Custom\"}}";

    private Topology azure;
    private String sub;

    @BeforeEach
    void topology() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        sub = azure.currentSubscriptionId();
    }

    private String tenantId() {
        return azure.state().subscription(sub).orElseThrow().tenantId();
    }

    @Test
    void a_management_group_deployment_records_its_resources_and_itself_under_the_group() {
        String json = "{" + MG_SCHEMA + ", \"resources\": [" + POLICY + "], \"outputs\": {"
                + "\"mg\": {\"type\": \"object\", \"value\": \"[managementGroup()]\"},"
                + "\"policy\": {\"type\": \"string\", \"value\":"
                + " \"[resourceId('Microsoft.Authorization/policyDefinitions', 'audit-vnets')]\"},"
                + "\"byName\": {\"type\": \"string\", \"value\":"
                + " \"[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'audit-vnets')]\"},"
                + "\"location\": {\"type\": \"string\", \"value\": \"[deployment().location]\"}}}";

        DeploymentResult result = ArmDeployment.toManagementGroup(azure, "platform", "westeurope").named("policies")
                .templateJson(json).deploy();

        String group = "/providers/Microsoft.Management/managementGroups/platform";
        assertThat(result.id()).hasToString(group + "/providers/Microsoft.Resources/deployments/policies");
        assertThat(result.notSimulated()).extracting(r -> r.id().toString())
                .containsExactly(group + "/providers/Microsoft.Authorization/policyDefinitions/audit-vnets");
        assertThat(result.output("policy"))
                .isEqualTo(group + "/providers/Microsoft.Authorization/policyDefinitions/audit-vnets");
        assertThat(result.output("byName")).isEqualTo(result.output("policy"));
        assertThat(result.output("location")).isEqualTo("westeurope");
        assertThat(result.output("mg")).isEqualTo(Map.of("id", group, "name", "platform",
                "type", "/providers/Microsoft.Management/managementGroups",
                "properties", Map.of("displayName", "platform", "tenantId", tenantId(), "details", Map.of("parent",
                        Map.of("displayName", "Tenant Root Group", "name", tenantId(),
                                "id", "/providers/Microsoft.Management/managementGroups/" + tenantId())))));
        assertThat(azure.state().get(DeploymentRecord.class, result.id()).orElseThrow().location())
                .isEqualTo("westeurope");
    }

    @Test
    void a_management_group_deploys_networks_through_a_nested_deployment_to_a_subscriptions_group() {
        String json = "{" + MG_SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Resources/deployments\","
                + " \"apiVersion\": \"2022-09-01\", \"name\": \"hub\", \"subscriptionId\": \"" + sub + "\","
                + " \"resourceGroup\": \"rg\", \"properties\": {\"mode\": \"Incremental\", \"template\": {\"resources\":"
                + " [{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"hub\","
                + " \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"10.0.0.0/16\"]}}}]}}}]}";

        ArmDeployment.toManagementGroup(azure, "platform", "westeurope").templateJson(json).deploy();

        assertThat(azure.network("hub").id().resourceGroup()).isEqualTo("rg");
    }

    @Test
    void a_network_declared_at_a_management_group_is_refused_with_the_nested_deployment_it_needs() {
        String json = "{" + MG_SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"hub\", \"location\": \"westeurope\", \"properties\":"
                + " {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}}]}";

        assertThatThrownBy(() -> ArmDeployment.toManagementGroup(azure, "platform", "westeurope").templateJson(json)
                .deploy()).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template resource 'hub' of type 'Microsoft.Network/virtualNetworks' is"
                        + " deployed in a resource group, and this deployment is to the management group 'platform':"
                        + " declare it in a nested deployment with 'subscriptionId' and 'resourceGroup'.");
    }

    @Test
    void a_tenant_deployment_creates_a_management_group_and_deploys_into_it() {
        String json = "{" + TENANT_SCHEMA + ", \"resources\": [{\"type\": \"Microsoft.Management/managementGroups\","
                + " \"apiVersion\": \"2021-04-01\", \"name\": \"platform\", \"properties\": {}},"
                + " {\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"policies\","
                + " \"scope\": \"Microsoft.Management/managementGroups/platform\", \"location\": \"westeurope\","
                + " \"dependsOn\": [\"[tenantResourceId('Microsoft.Management/managementGroups', 'platform')]\"],"
                + " \"properties\": {\"mode\": \"Incremental\", \"expressionEvaluationOptions\": {\"scope\": \"inner\"},"
                + " \"template\": {" + MG_SCHEMA + ", \"resources\": [" + POLICY + "], \"outputs\": {\"mg\": {\"type\":"
                + " \"string\", \"value\": \"[managementGroup().name]\"}}}}}],"
                + " \"outputs\": {\"tenant\": {\"type\": \"string\", \"value\": \"[tenant().tenantId]\"},"
                + " \"inner\": {\"type\": \"string\", \"value\": \"[reference('policies').outputs.mg.value]\"}}}";

        DeploymentResult result = ArmDeployment.toTenant(azure, "westeurope").named("landing").templateJson(json)
                .deploy();

        assertThat(result.id()).hasToString("/providers/Microsoft.Resources/deployments/landing");
        assertThat(result.output("tenant")).isEqualTo(tenantId());
        assertThat(result.output("inner")).isEqualTo("platform");
        assertThat(result.notSimulated()).extracting(r -> r.id().toString()).containsExactly(
                "/providers/Microsoft.Management/managementGroups/platform",
                "/providers/Microsoft.Management/managementGroups/platform/providers/Microsoft.Authorization"
                        + "/policyDefinitions/audit-vnets");
    }

    @Test
    void subscription_and_resource_group_are_not_expected_above_subscriptions() {
        String json = "{" + TENANT_SCHEMA + ", \"resources\": [], \"outputs\": {\"s\": {\"type\": \"string\","
                + " \"value\": \"[subscription().id]\"}}}";

        assertThatThrownBy(() -> ArmDeployment.toTenant(azure, "westeurope").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'subscription' is not expected at this location: a"
                        + " deployment to a tenant has no subscription.");
    }

    @Test
    void management_group_is_not_expected_in_a_resource_group_deployment() {
        String json = "{\"resources\": [], \"outputs\": {\"mg\": {\"type\": \"object\", \"value\":"
                + " \"[managementGroup()]\"}}}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'managementGroup' is not expected at this location. It"
                        + " can only be used in a deployment at management group scope; this deployment is to a"
                        + " resource group.");
    }
}
