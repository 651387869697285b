package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Templates ARM refuses when it validates them (docs/azure/arm-templates.md#validation): each is answered with
 * {@code InvalidTemplate}, the template path and ARM's message, and the topology is exactly as it was — also when
 * a valid resource before the broken one would have deployed.
 */
class TemplateValidationTest {

    private static final String SUB = Topology.DEFAULT_SUBSCRIPTION_ID;
    private static final String VNETS = "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.Network"
            + "/virtualNetworks/";

    private Topology azure;

    @BeforeEach
    void resourceGroupWithOneNetwork() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        azure.networks().define("existing").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("rg")
                .withAddressSpace("10.50.0.0/16").create();
    }

    private static String template(String resources) {
        return "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": [" + resources + "]}";
    }

    /** A virtual network; {@code extra} adds properties such as {@code , "dependsOn": [...]}. */
    private static String vnet(String name, String prefix, String extra) {
        return "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": \"" + name
                + "\", \"location\": \"westeurope\"" + extra + ", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
                + " [\"" + prefix + "\"]}}}";
    }

    private static String good() {
        return vnet("good", "10.1.0.0/16", "");
    }

    private ArmDeploymentException refused(String json) {
        return InvalidTemplates.refused(azure, json);
    }

    private static String invalid(String path, String message) {
        return "Deployment template validation failed: 'The template at path '" + path + "' is not valid: " + message
                + "'.";
    }

    @Test
    void a_resource_that_depends_on_itself_is_a_circular_dependency() {
        ArmDeploymentException e = refused(template(good() + ", " + vnet("aa", "10.2.0.0/16",
                ", \"dependsOn\": [\"aa\"]")));

        assertThat(e).hasMessage(invalid("resources[1]", "Circular dependency detected on resource: '" + VNETS
                + "aa'. Please see https://aka.ms/arm-syntax-resources for usage details."));
        assertThat(e.templatePath()).isEqualTo("resources[1]");
    }

    @Test
    void a_depends_on_that_is_a_string_instead_of_an_array_is_refused() {
        ArmDeploymentException e = refused(template(good() + ", " + vnet("aa", "10.2.0.0/16",
                ", \"dependsOn\": \"good\"")));

        assertThat(e).hasMessage(invalid("resources[1].dependsOn", "The resource property 'dependsOn' must be an"
                + " array of resource names or ids; it is 'good' (String). Please see"
                + " https://aka.ms/arm-syntax-resources for usage details."));
    }

    @Test
    void a_location_that_is_a_number_is_refused() {
        String located42 = vnet("aa", "10.2.0.0/16", "").replace("\"location\": \"westeurope\"", "\"location\": 42");

        assertThat(refused(template(good() + ", " + located42))).hasMessage(invalid("resources[1].location",
                "The resource property 'location' must be a string; it is '42' (Integer)."));
    }

    @Test
    void a_location_expression_that_evaluates_to_a_number_is_refused_and_what_deployed_before_is_rolled_back() {
        String located42 = vnet("aa", "10.2.0.0/16", "")
                .replace("\"location\": \"westeurope\"", "\"location\": \"[add(40, 2)]\"");

        assertThat(refused(template(good() + ", " + located42))).hasMessage(invalid("resources[1].location",
                "The resource property 'location' must be a string; it is '42' (Integer)."));
    }

    @Test
    void a_resource_without_an_api_version_is_refused() {
        String unversioned = vnet("aa", "10.2.0.0/16", "").replace("\"apiVersion\": \"2024-05-01\", ", "");

        assertThat(refused(template(good() + ", " + unversioned))).hasMessage(invalid("resources[1]",
                "The template resource at 'resources[1]' has no 'apiVersion': every resource names the API version of"
                        + " its type it is written for. Please see https://aka.ms/arm-syntax-resources for usage"
                        + " details."));
    }

    @Test
    void a_copy_count_that_is_not_an_integer_is_refused() {
        String loop = vnet("[concat('net', copyIndex())]", "[format('10.{0}.0.0/16', add(copyIndex(), 2))]",
                ", \"copy\": {\"name\": \"nets\", \"count\": 1.5}");

        assertThat(refused(template(good() + ", " + loop))).hasMessage(invalid("resources[1].copy.count",
                "The copy count must be an integer from 0 to 800; it is '1.5'."));
    }

    @Test
    void a_negative_variable_copy_count_is_refused_even_when_no_expression_reads_the_variable() {
        String json = "{\"contentVersion\": \"1.0.0.0\", \"variables\": {\"copy\": [{\"name\": \"names\", \"count\": -1,"
                + " \"input\": \"[concat('n', copyIndex('names'))]\"}]}, \"resources\": [" + good() + "]}";

        assertThat(refused(json)).hasMessage(invalid("variables.copy[0].count",
                "The copy count must be an integer from 0 to 800; it is '-1'."));
    }

    @Test
    void two_resources_of_one_type_and_name_are_refused() {
        ArmDeploymentException e = refused(template(good() + ", " + vnet("good", "10.2.0.0/16", "")));

        assertThat(e).hasMessage(invalid("resources[1]", "The resource 'Microsoft.Network/virtualNetworks/good' at"
                + " path 'resources[1]' is defined multiple times in a template (first at path 'resources[0]')."
                + " Please see https://aka.ms/arm-syntax-resources for usage details."));
    }

    @Test
    void two_declarations_of_one_resource_are_allowed_when_a_condition_leaves_one_out() {
        String json = template(good() + ", " + vnet("good", "10.2.0.0/16", ", \"condition\": false"));

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("good").addressSpace()).hasToString("[10.1.0.0/16]");
    }

    @Test
    void a_template_without_resources_is_refused() {
        ArmDeploymentException e = refused("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01"
                + "/deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\", \"outputs\": {}}");

        assertThat(e).hasMessage("Deployment template validation failed: 'The template is not valid: Required"
                + " property 'resources' not found in JSON. Path ''. Please see https://aka.ms/arm-syntax for usage"
                + " details.'.");
    }

    @Test
    void a_nested_template_without_resources_is_refused_with_its_path() {
        String nested = "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\":"
                + " \"inner\", \"properties\": {\"mode\": \"Incremental\", \"template\": {\"contentVersion\":"
                + " \"1.0.0.0\"}}}";

        assertThat(refused(template(good() + ", " + nested))).hasMessage(invalid("resources[1].properties.template",
                "Required property 'resources' not found in JSON. Path 'resources[1].properties.template'. Please see"
                        + " https://aka.ms/arm-syntax for usage details."));
    }

    @Test
    void an_output_declared_int_with_a_string_value_is_refused() {
        String json = "{\"contentVersion\": \"1.0.0.0\", \"resources\": [" + good() + "], \"outputs\": {\"count\":"
                + " {\"type\": \"int\", \"value\": \"abc\"}}}";

        assertThat(refused(json)).hasMessage(invalid("outputs.count.value", "The template output 'count' is not"
                + " valid: Template output JToken type is not valid. Expected 'Integer'. Actual 'String'. Please see"
                + " https://aka.ms/arm-create-template#outputs for usage details."));
    }

    @Test
    void outputs_of_every_declared_type_pass_with_a_value_of_that_type() {
        String json = "{\"contentVersion\": \"1.0.0.0\", \"resources\": [], \"outputs\": {"
                + "\"s\": {\"type\": \"string\", \"value\": \"x\"}, \"i\": {\"type\": \"Int\", \"value\": 3},"
                + " \"b\": {\"type\": \"bool\", \"value\": true}, \"o\": {\"type\": \"object\", \"value\": {}},"
                + " \"a\": {\"type\": \"array\", \"value\": [1]}}}";

        assertThat(ArmDeployment.into(azure, "rg").templateJson(json).deploy().outputs()).containsOnlyKeys(
                "s", "i", "b", "o", "a");
    }

    @Test
    void more_resources_than_arm_deploys_from_one_template_are_refused() {
        String many = vnet("[concat('n', copyIndex())]", "[format('10.{0}.{1}.0/24', div(copyIndex(), 200),"
                + " mod(copyIndex(), 200))]", ", \"copy\": {\"name\": \"nets\", \"count\": 800}");

        assertThat(refused(template(good() + ", " + many))).hasMessage(invalid("resources[1]", "The template has"
                + " more than 800 resources, copies included; ARM deploys at most 800 resources from one template."
                + " Deploy the rest from a nested template."));
    }

    // docs/azure/arm-templates.md#validation-codes
    @Test
    void a_reference_by_bare_name_is_the_providers_LinkedInvalidPropertyId_and_nothing_deploys() {
        TopologyState before = azure.state();
        String nic = "{\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2024-05-01\", \"name\": \"nic\","
                + " \"location\": \"westeurope\", \"properties\": {\"ipConfigurations\": [{\"name\": \"ipconfig1\","
                + " \"properties\": {\"subnet\": {\"id\": \"app\"}}}]}}";

        ArmDeploymentException e = catchThrowableOfType(ArmDeploymentException.class,
                () -> ArmDeployment.into(azure, "rg").templateJson(template(nic)).deploy());

        assertThat(e.code()).isEqualTo(AzureErrorCode.LinkedInvalidPropertyId);
        assertThat(e.getMessage()).contains("Property id 'app' at path 'subnet.id' is invalid. Expect fully qualified"
                + " resource Id that start with '/subscriptions/{subscriptionId}' or"
                + " '/providers/{resourceProviderNamespace}/'.");
        assertThat(azure.state()).isSameAs(before);
    }
}
