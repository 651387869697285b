package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Deployments at the levels Azure runs them: to a subscription (resource groups, then nested deployments into them),
 * nested deployments that reach another group, a subscription or a scope Azure does not allow from where they are
 * declared, and the outer and inner evaluation of {@code resourceGroup()} in a nested template.
 */
class DeploymentScopesTest {

    private static final String SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";
    private static final String SUB_SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/"
            + "subscriptionDeploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";

    private Topology azure;

    @BeforeEach
    void group() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private static String vnet(String name, String prefix) {
        return "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"" + name
                + "\", \"location\": \"[resourceGroup().location]\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"" + prefix + "\"]}}}";
    }

    private static String group(String name, String location) {
        return "{\"type\": \"Microsoft.Resources/resourceGroups\", \"apiVersion\": \"2022-09-01\", \"name\": \"" + name
                + "\", \"location\": \"" + location + "\", \"properties\": {}}";
    }

    private static String nested(String name, String targetProperties, String evaluation, String resources,
                                 String outputs) {
        return "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"" + name
                + "\"" + targetProperties + ", \"properties\": {\"mode\": \"Incremental\","
                + " \"expressionEvaluationOptions\": {\"scope\": \"" + evaluation + "\"},"
                + " \"template\": {" + SCHEMA + ", \"resources\": [" + resources + "], \"outputs\": {" + outputs + "}}}}";
    }

    @Test
    void a_subscription_deployment_creates_resource_groups_and_deploys_into_them_through_nested_deployments() {
        String json = "{" + SUB_SCHEMA + ", \"resources\": [" + group("hub-rg", "northeurope") + ", "
                + nested("hub", ", \"resourceGroup\": \"hub-rg\", \"dependsOn\": [\"[resourceId('Microsoft.Resources/"
                + "resourceGroups', 'hub-rg')]\"]", "inner", vnet("hub", "10.0.0.0/16"), "") + "],"
                + " \"outputs\": {\"where\": {\"type\": \"string\", \"value\": \"[deployment().location]\"},"
                + " \"groupId\": {\"type\": \"string\", \"value\": \"[resourceId('Microsoft.Resources/resourceGroups',"
                + " 'hub-rg')]\"}}}";

        DeploymentResult result = ArmDeployment.toSubscription(azure, "westeurope").templateJson(json).deploy();

        assertThat(azure.network("hub").region()).isEqualTo(Region.NORTH_EUROPE);
        assertThat(result.id().toString()).isEqualTo("/subscriptions/" + result.id().subscriptionId()
                + "/providers/Microsoft.Resources/deployments/vnetlab-deployment");
        assertThat(result.output("where")).isEqualTo("westeurope");
        assertThat((String) result.output("groupId")).isEqualTo("/subscriptions/" + result.id().subscriptionId()
                + "/providers/Microsoft.Resources/resourceGroups/hub-rg");
        assertThat(result.simulated()).extracting(DeployedResource::type).containsExactly(
                "Microsoft.Resources/resourceGroups", "Microsoft.Network/virtualNetworks",
                "Microsoft.Resources/deployments");
    }

    @Test
    void an_outer_scope_template_in_a_subscription_deployment_cannot_call_resource_group() {
        String json = "{" + SUB_SCHEMA + ", \"resources\": [" + group("hub-rg", "northeurope") + ", "
                + nested("hub", ", \"resourceGroup\": \"hub-rg\", \"dependsOn\": [\"hub-rg\"]", "outer",
                vnet("hub", "10.0.0.0/16"), "") + "]}";

        assertThatThrownBy(() -> ArmDeployment.toSubscription(azure, "westeurope").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'resourceGroup' is not expected at this location: a"
                        + " deployment to a subscription has no resource group.");
    }

    @Test
    void a_subscription_deployment_reaches_a_group_of_another_subscription_and_names_it_with_resource_id() {
        String other = "11111111-1111-1111-1111-111111111111";
        azure.subscriptions().add(other, "spokes", azure.state().subscriptions().iterator().next().tenantId());
        azure.resourceGroups().define("spokes-rg").withRegion(Region.NORTH_EUROPE).inSubscription(other).create();
        String json = "{" + SUB_SCHEMA + ", \"resources\": [" + nested("spoke", ", \"subscriptionId\": \"" + other
                + "\", \"resourceGroup\": \"spokes-rg\"", "inner", vnet("spoke", "10.1.0.0/16"), "") + "],"
                + " \"outputs\": {\"spokeId\": {\"type\": \"string\", \"value\": \"[resourceId('" + other
                + "', 'spokes-rg', 'Microsoft.Network/virtualNetworks', 'spoke')]\"}}}";

        DeploymentResult result = ArmDeployment.toSubscription(azure, "westeurope").templateJson(json).deploy();

        assertThat(result.output("spokeId")).isEqualTo("/subscriptions/" + other
                + "/resourceGroups/spokes-rg/providers/Microsoft.Network/virtualNetworks/spoke");
        assertThat(azure.state().networks()).anySatisfy(n ->
                assertThat(n.id().toString()).isEqualTo(result.output("spokeId")));
    }

    @Test
    void resource_group_is_not_a_function_of_a_subscription_deployment() {
        String json = "{" + SUB_SCHEMA + ", \"resources\": [],"
                + " \"outputs\": {\"x\": {\"type\": \"string\", \"value\": \"[resourceGroup().name]\"}}}";

        assertThatThrownBy(() -> ArmDeployment.toSubscription(azure, "westeurope").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'resourceGroup' is not expected at this location: a"
                        + " deployment to a subscription has no resource group.");
    }

    @Test
    void a_network_declared_in_a_subscription_deployment_needs_a_nested_deployment() {
        String json = "{" + SUB_SCHEMA + ", \"resources\": [" + vnet("hub", "10.0.0.0/16")
                .replace("[resourceGroup().location]", "westeurope") + "]}";

        assertThatThrownBy(() -> ArmDeployment.toSubscription(azure, "westeurope").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template resource 'hub' of type 'Microsoft.Network/virtualNetworks' is"
                        + " deployed in a resource group, and this deployment is to the subscription");
    }

    @Test
    void a_resource_group_deployment_creates_a_group_through_a_nested_deployment_to_its_subscription() {
        String json = "{" + SCHEMA + ", \"resources\": [" + nested("newGroup", ", \"subscriptionId\":"
                + " \"[subscription().subscriptionId]\", \"location\": \"westeurope\"", "inner",
                group("spokes-rg", "swedencentral"), "") + "]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.state().resourceGroups()).anySatisfy(g -> {
            assertThat(g.name()).isEqualTo("spokes-rg");
            assertThat(g.region()).isEqualTo(Region.SWEDEN_CENTRAL);
        });
    }

    @Test
    void a_resource_group_declared_in_a_resource_group_deployment_is_refused() {
        String json = "{" + SCHEMA + ", \"resources\": [" + group("other-rg", "westeurope") + "]}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template resource 'other-rg' of type 'Microsoft.Resources/resourceGroups'"
                        + " is deployed at subscription scope, not in a resource group");
    }

    @Test
    void a_nested_deployment_to_a_subscription_without_a_location_is_location_required() {
        String json = "{" + SUB_SCHEMA + ", \"resources\": [" + nested("sub", "", "inner", "", "") + "]}";

        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.toSubscription(azure, "westeurope").templateJson(json).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.LocationRequired);
        assertThat(e).hasMessageContaining("The location property is required for this definition.");
    }

    @Test
    void a_management_group_is_no_target_of_a_resource_group_deployment() {
        String json = "{" + SCHEMA + ", \"resources\": [" + nested("mg", ", \"scope\":"
                + " \"Microsoft.Management/managementGroups/corp\", \"location\": \"westeurope\"", "inner", "", "")
                + "]}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The nested deployment targets the management group scope"
                        + " 'Microsoft.Management/managementGroups/corp', which a deployment to a resource group"
                        + " cannot target: only a management-group or tenant deployment can.");
    }

    @Test
    void a_nested_deployment_to_the_tenant_deploys_there_and_is_recorded_above_subscriptions() {
        String json = "{" + SCHEMA + ", \"resources\": [" + nested("tenant", ", \"scope\": \"/\","
                + " \"location\": \"westeurope\"", "inner", "", "\"at\": {\"type\": \"string\", \"value\":"
                + " \"[deployment().location]\"}") + "]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.state().all(DeploymentRecord.class)).extracting(d -> d.id().toString())
                .contains("/providers/Microsoft.Resources/deployments/tenant");
    }

    @Test
    void a_scope_property_with_a_resource_group_id_deploys_into_that_group() {
        azure.resourceGroups().define("spokes-rg").withRegion(Region.NORTH_EUROPE).create();
        String json = "{" + SCHEMA + ", \"resources\": [" + nested("spoke", ", \"scope\": \"[format('/subscriptions/"
                + "{0}/resourceGroups/spokes-rg', subscription().subscriptionId)]\"", "inner",
                vnet("spoke", "10.1.0.0/16"), "") + "]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("spoke").id().resourceGroup()).isEqualTo("spokes-rg");
    }

    @Test
    void resource_group_resolves_to_the_parent_in_outer_scope_and_to_the_target_in_inner_scope() {
        azure.resourceGroups().define("spokes-rg").withRegion(Region.NORTH_EUROPE).create();
        String output = "\"where\": {\"type\": \"string\", \"value\": \"[resourceGroup().name]\"}";
        String json = "{" + SCHEMA + ", \"resources\": ["
                + nested("outerOne", ", \"resourceGroup\": \"spokes-rg\"", "outer", "", output) + ", "
                + nested("innerOne", ", \"resourceGroup\": \"spokes-rg\"", "inner", "", output) + "],"
                + " \"outputs\": {"
                + "\"outer\": {\"type\": \"string\", \"value\": \"[reference('outerOne').outputs.where.value]\"},"
                + "\"inner\": {\"type\": \"string\", \"value\": \"[reference('innerOne').outputs.where.value]\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.output("outer")).isEqualTo("rg");
        assertThat(result.output("inner")).isEqualTo("spokes-rg");
    }
}
