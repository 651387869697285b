package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * User-defined types ({@code definitions} and {@code $ref}), as Bicep writes them in language version 2.0
 * templates: a parameter takes its definition's type, may be {@code nullable}, and its value is checked against
 * the definition's properties and items.
 */
class UserDefinedTypesTest {

    private static final String V2 = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"languageVersion\": \"2.0\", \"contentVersion\": \"1.0.0.0\"";

    /** A subnet: a name and a prefix, nothing else; a network: its prefix and a list of subnets. */
    private static final String DEFINITIONS = "\"definitions\": {"
            + "\"subnet\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"},"
            + " \"prefix\": {\"type\": \"string\"}}, \"additionalProperties\": false},"
            + "\"subnets\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/subnet\"}},"
            + "\"tier\": {\"type\": \"string\", \"allowedValues\": [\"hub\", \"spoke\"]}}";

    private static final String TEMPLATE = "{" + V2 + ", " + DEFINITIONS + ", \"parameters\": {"
            + "\"subnets\": {\"$ref\": \"#/definitions/subnets\"},"
            + "\"tier\": {\"$ref\": \"#/definitions/tier\", \"defaultValue\": \"spoke\"},"
            + "\"owner\": {\"type\": \"string\", \"nullable\": true}},"
            + "\"resources\": {\"network\": {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
            + " \"name\": \"[parameters('tier')]\", \"location\": \"[resourceGroup().location]\","
            + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]},"
            + " \"subnets\": \"[map(parameters('subnets'), lambda('s', createObject('name', lambdaVariables('s').name,"
            + " 'properties', createObject('addressPrefix', lambdaVariables('s').prefix))))]\"}}},"
            + "\"outputs\": {\"owner\": {\"type\": \"string\", \"value\": \"[coalesce(parameters('owner'), 'nobody')]\"}}}";

    private Topology azure;

    @BeforeEach
    void group() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    private DeploymentResult deploy(Object subnets) {
        return ArmDeployment.into(azure, "rg").templateJson(TEMPLATE).parameter("subnets", subnets).deploy();
    }

    @Test
    void a_parameter_of_a_defined_type_is_bound_and_a_nullable_one_left_out_is_null() {
        DeploymentResult result = deploy(List.of(Map.of("name", "apps", "prefix", "10.0.1.0/24")));

        assertThat(azure.network("spoke").subnet("apps")).isPresent();
        assertThat(result.output("owner")).isEqualTo("nobody");
    }

    @Test
    void an_item_of_the_wrong_type_is_refused_with_its_path() {
        assertThatThrownBy(() -> deploy(List.of(Map.of("name", "apps", "prefix", 24))))
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("Template parameter 'subnets' was provided an invalid value: at '[0].prefix' a"
                        + " value of type 'String' is expected, and the value is of type 'Integer'.");
    }

    @Test
    void a_missing_property_and_one_the_type_does_not_declare_are_refused() {
        assertThatThrownBy(() -> deploy(List.of(Map.of("name", "apps"))))
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("Template parameter 'subnets' was provided an invalid value: the property"
                        + " '[0].prefix' is required.");
        assertThatThrownBy(() -> deploy(List.of(Map.of("name", "apps", "prefix", "10.0.1.0/24", "zone", "1"))))
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("Template parameter 'subnets' was provided an invalid value: the property"
                        + " '[0].zone' is not allowed.");
    }

    @Test
    void a_defined_type_brings_its_allowed_values() {
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(TEMPLATE).parameter("subnets", List.of())
                .parameter("tier", "edge").deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The provided value 'edge' for the template parameter 'tier' is not valid. The"
                        + " value is not part of the allowed value(s): 'hub,spoke'.");
    }

    @Test
    void an_array_property_with_allowed_values_allows_each_item_and_an_empty_array() {
        String json = TEMPLATE.replace("\"prefix\": {\"type\": \"string\"}},", "\"prefix\": {\"type\": \"string\"},"
                + " \"zones\": {\"type\": \"array\", \"allowedValues\": [\"1\", \"2\", \"3\"]}},");

        ArmDeployment.into(azure, "rg").templateJson(json).parameter("subnets", List.of(Map.of("name", "apps",
                "prefix", "10.0.1.0/24", "zones", List.of()), Map.of("name", "data", "prefix", "10.0.2.0/24",
                "zones", List.of("1", "3")))).deploy();

        assertThat(azure.network("spoke").subnet("data")).isPresent();
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).parameter("subnets",
                List.of(Map.of("name", "apps", "prefix", "10.0.1.0/24", "zones", List.of("4")))).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("at '[0].zones' the value '4' is not one of the allowed values");
    }

    @Test
    void a_reference_to_a_definition_the_template_does_not_have_is_refused() {
        String json = TEMPLATE.replace("\"$ref\": \"#/definitions/subnets\"", "\"$ref\": \"#/definitions/subnet-list\"");

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).parameter("subnets", List.of())
                .deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template reference '#/definitions/subnet-list' is not valid: the template"
                        + " has no definition 'subnet-list'.");
    }
}
