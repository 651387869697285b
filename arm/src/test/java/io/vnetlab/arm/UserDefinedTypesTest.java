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
                .hasMessageContaining("at '[0].zones[0]' the value '4' is not one of the allowed values");
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

    /** A template whose only parameter {@code value} is of the definition {@code shape}, echoed as an output. */
    private DeploymentResult echo(String shape, Object value) {
        String json = "{" + V2 + ", \"definitions\": {\"shape\": " + shape + "},"
                + " \"parameters\": {\"value\": {\"$ref\": \"#/definitions/shape\"}}, \"resources\": {},"
                + " \"outputs\": {\"echo\": {\"$ref\": \"#/definitions/shape\", \"value\": \"[parameters('value')]\"}}}";
        return ArmDeployment.into(azure, "rg").templateJson(json).parameter("value", value).deploy();
    }

    private void refusedWith(String shape, Object value, String what) {
        assertThatThrownBy(() -> echo(shape, value))
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("Template parameter 'value' was provided an invalid value: " + what + ".");
    }

    /** A route's next hop: a virtual appliance has an address, the internet has nothing else. */
    private static final String NEXT_HOP = "{\"type\": \"object\", \"discriminator\": {\"propertyName\": \"kind\","
            + " \"mapping\": {\"appliance\": {\"type\": \"object\", \"properties\": {\"address\": {\"type\": \"string\","
            + " \"minLength\": 7}}, \"additionalProperties\": false},"
            + " \"internet\": {\"type\": \"object\", \"additionalProperties\": false}}}}";

    @Test
    void a_tagged_union_checks_the_variant_its_discriminator_names() {
        assertThat(echo(NEXT_HOP, Map.of("kind", "appliance", "address", "10.0.0.4")).output("echo"))
                .isEqualTo(Map.of("kind", "appliance", "address", "10.0.0.4"));
        assertThat(echo(NEXT_HOP, Map.of("kind", "internet")).output("echo")).isEqualTo(Map.of("kind", "internet"));

        refusedWith(NEXT_HOP, Map.of("kind", "internet", "address", "10.0.0.4"),
                "the property 'address' is not allowed");
        refusedWith(NEXT_HOP, Map.of("kind", "appliance", "address", "10.0.4"),
                "at 'address' the length 6 is less than the minimum length of '7'");
        refusedWith(NEXT_HOP, Map.of("kind", "gateway"),
                "at 'kind' the value 'gateway' names no variant; the variants are 'appliance', 'internet'");
        refusedWith(NEXT_HOP, Map.of("address", "10.0.0.4"),
                "the property 'kind' is required: it names the variant, one of 'appliance', 'internet'");
    }

    @Test
    void a_tuple_checks_its_prefix_items_and_items_false_allows_nothing_after_them() {
        String pair = "{\"type\": \"array\", \"prefixItems\": [{\"type\": \"int\"}, {\"type\": \"bool\"}]}";
        String closedPair = pair.replace("]}", "], \"items\": false}");
        String pairThenInts = pair.replace("]}", "], \"items\": {\"type\": \"int\", \"maxValue\": 9}}");

        assertThat(echo(pair, List.of(1, true, "anything")).output("echo")).isEqualTo(List.of(1, true, "anything"));
        assertThat(echo(closedPair, List.of(1, true)).output("echo")).isEqualTo(List.of(1, true));
        refusedWith(pair, List.of(1, "yes"), "at '[1]' a value of type 'Boolean' is expected, and the value is of"
                + " type 'String'");
        refusedWith(pair, List.of(1), "the array has 1 items, and its type expects 2 items first");
        refusedWith(closedPair, List.of(1, true, 1), "the array has 3 items, and its type allows 2 at most");
        refusedWith(pairThenInts, List.of(1, true, 3, 10), "at '[3]' the value 10 is greater than the maximum value"
                + " of '9'");
    }

    @Test
    void constraints_of_a_nested_type_are_checked_and_an_array_of_allowed_values_checks_each_item() {
        String zones = "{\"type\": \"object\", \"properties\": {\"zones\": {\"type\": \"array\","
                + " \"allowedValues\": [\"1\", \"2\", \"3\"], \"maxLength\": 2}}}";

        assertThat(echo(zones, Map.of("zones", List.of("1", "3"))).output("echo"))
                .isEqualTo(Map.of("zones", List.of("1", "3")));
        refusedWith(zones, Map.of("zones", List.of("1", "4")), "at 'zones[1]' the value '4' is not one of the allowed"
                + " values");
        refusedWith(zones, Map.of("zones", List.of("1", "2", "3")), "at 'zones' the length 3 is greater than the"
                + " maximum length of '2'");
    }

    @Test
    void an_output_typed_by_a_definition_is_checked_against_it() {
        String natural = "{\"type\": \"int\", \"minValue\": 1}";
        String json = "{" + V2 + ", \"definitions\": {\"natural\": " + natural + "}, \"resources\": {},"
                + " \"outputs\": {\"count\": {\"$ref\": \"#/definitions/natural\", \"value\": \"[sub(1, 1)]\"},"
                + " \"none\": {\"$ref\": \"#/definitions/natural\", \"nullable\": true, \"value\": \"[null()]\"}}}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template at path 'outputs.count.value' is not valid: The template output"
                        + " 'count' is not valid: the value 0 is less than the minimum value of '1'.");
        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json.replace("sub(1, 1)", "add(1, 1)"))
                .deploy();
        assertThat(result.output("count")).isEqualTo(2);
        assertThat(result.output("none")).isNull();
    }

    @Test
    void a_type_that_names_itself_through_a_nullable_property_is_checked_at_every_depth() {
        String node = "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"},"
                + " \"child\": {\"$ref\": \"#/definitions/shape\", \"nullable\": true}}}";

        assertThat(echo(node, Map.of("name", "a", "child", Map.of("name", "b"))).output("echo"))
                .isEqualTo(Map.of("name", "a", "child", Map.of("name", "b")));
        refusedWith(node, Map.of("name", "a", "child", Map.of("name", "b", "child", Map.of("name", 3))),
                "at 'child.child.name' a value of type 'String' is expected, and the value is of type 'Integer'");
    }

    @Test
    void definitions_need_language_version_2() {
        String v1 = "{" + V2.replace(", \"languageVersion\": \"2.0\"", "") + ", " + DEFINITIONS + ", \"parameters\": {"
                + "\"tier\": {\"$ref\": \"#/definitions/tier\", \"defaultValue\": \"spoke\"}}, \"resources\": []}";

        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(v1).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template at path 'definitions' is not valid: The template declares type"
                        + " 'definitions', which only a template of language version 2.0 can use: add"
                        + " \"languageVersion\": \"2.0\" (and give 'resources' as an object keyed by symbolic names).");
    }
}
