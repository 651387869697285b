package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The elements of a template's syntax beyond parameters, variables, resources and outputs: an API profile in place
 * of each resource's apiVersion, comments, multi-line strings and metadata objects, as ARM accepts them from the CLI.
 */
class TemplateSyntaxTest {

    private static final String SCHEMA = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"contentVersion\": \"1.0.0.0\"";

    private Topology azure;

    @BeforeEach
    void group() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
    }

    @Test
    void with_an_api_profile_a_resource_may_leave_out_its_api_version() {
        String json = "{" + SCHEMA + ", \"apiProfile\": \"2020-09-01-hybrid\", \"resources\": [{\"type\":"
                + " \"Microsoft.Network/virtualNetworks\", \"name\": \"hub\", \"location\": \"westeurope\","
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}}]}";

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("hub").addressSpace()).hasToString("[10.0.0.0/16]");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json.replace(
                "\"apiProfile\": \"2020-09-01-hybrid\", ", "")).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template resource at 'resources[0]' has no 'apiVersion'");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json.replace(
                "\"2020-09-01-hybrid\"", "2020")).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template's 'apiProfile' must be a string naming an API profile, such as"
                        + " '2020-09-01-hybrid'; it is '2020' (Integer).");
    }

    @Test
    void comments_multi_line_expressions_and_metadata_objects_are_accepted_and_ignored() {
        String json = """
                {%s,
                  "metadata": {"author": "network team", "comments": "a hub"},
                  "parameters": {"prefix": {"type": "string", "defaultValue": "10.1.0.0/16",
                                            "metadata": {"description": "the hub's range"}}},
                  "resources": [
                    { // the hub
                      "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
                      "name": "hub", "comments": "the only network",
                      "metadata": {"owner": "network team"},
                      /* the region of the group,
                         whatever it is */
                      "location": "[
                        resourceGroup().location
                      ]",
                      "properties": {"addressSpace": {"addressPrefixes": ["[parameters('prefix')]"]}}
                    }
                  ],
                  "outputs": {"region": {"type": "string", "value": "[reference('hub', '2024-05-01', 'Full').location]",
                                         "metadata": {"description": "where the hub is"}}}
                }
                """.formatted(SCHEMA);

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("hub").region()).isEqualTo(Region.WEST_EUROPE);
        assertThat(result.output("region")).isEqualTo("westeurope");
    }

    @Test
    void a_resource_of_the_azure_extension_deploys_and_one_of_another_extension_is_refused_by_name() {
        String json = "{" + SCHEMA + ", \"languageVersion\": \"2.0\", \"extensions\": {"
                + " \"az\": {\"name\": \"AzureResourceManager\", \"version\": \"1.0.0\"},"
                + " \"graph\": {\"name\": \"MicrosoftGraph\", \"version\": \"1.0.0\"}},"
                + " \"resources\": {\"hub\": {\"extension\": \"az\", \"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"hub\", \"location\": \"westeurope\","
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}}}}}";
        String withGroup = json.replace("}}}}}", "}}}, \"admins\": {\"extension\": \"graph\","
                + " \"type\": \"Microsoft.Graph/groups@v1.0\", \"displayName\": \"network admins\"}}}");

        ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(azure.network("hub").addressSpace()).hasToString("[10.0.0.0/16]");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(withGroup).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template at path 'resources.admins' is not valid: The template resource at"
                        + " 'resources.admins' is a resource of the extension 'MicrosoftGraph' (declared as 'graph'),"
                        + " which vnetlab does not simulate: only Azure Resource Manager's resources deploy. Deploy the"
                        + " extension's resources with its own tools.");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(withGroup.replace(
                "\"extension\": \"graph\"", "\"extension\": \"msgraph\"")).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template resource at 'resources.admins' names the extension 'msgraph',"
                        + " which the template does not declare in its 'extensions'.");
    }

    @Test
    void a_secure_output_keeps_no_value_in_the_deployment_history_and_another_template_cannot_read_it() {
        String nested = "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"keys\","
                + " \"properties\": {\"mode\": \"Incremental\", \"expressionEvaluationOptions\": {\"scope\": \"inner\"},"
                + " \"template\": {" + SCHEMA + ", \"resources\": [], \"outputs\": {"
                + " \"key\": {\"type\": \"securestring\", \"value\": \"s3cret\"},"
                + " \"name\": {\"type\": \"string\", \"value\": \"vault\"}}}}}";
        String json = "{" + SCHEMA + ", \"resources\": [" + nested + "], \"outputs\": {"
                + " \"name\": {\"type\": \"string\", \"value\": \"[reference('keys').outputs.name.value]\"},"
                + " \"mine\": {\"type\": \"securestring\", \"value\": \"top\"}}}";

        DeploymentResult result = ArmDeployment.into(azure, "rg").templateJson(json).deploy();

        assertThat(result.output("name")).isEqualTo("vault");
        assertThat(result.output("mine")).as("the deployment's own answer has it").isEqualTo("top");
        assertThat(azure.state().all(DeploymentRecord.class)).extracting(DeploymentRecord::outputsJson)
                .containsExactlyInAnyOrder("{\"key\":{\"type\":\"SecureString\"},\"name\":{\"type\":\"String\","
                        + "\"value\":\"vault\"}}", "{\"name\":{\"type\":\"String\",\"value\":\"vault\"},"
                        + "\"mine\":{\"type\":\"SecureString\"}}");
        assertThatThrownBy(() -> ArmDeployment.into(azure, "rg").templateJson(json.replace("outputs.name.value",
                "outputs.key.value")).deploy())
                .isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The language expression property 'value' doesn't exist, available properties"
                        + " are 'type'.");
    }

    @Test
    void list_outputs_with_secure_values_reads_a_nested_deployments_secure_outputs_as_bicep_compiles_them() {
        String nested = "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"keys\","
                + " \"properties\": {\"mode\": \"Incremental\", \"expressionEvaluationOptions\": {\"scope\": \"inner\"},"
                + " \"template\": {" + SCHEMA + ", \"resources\": [], \"outputs\": {"
                + " \"key\": {\"type\": \"securestring\", \"value\": \"s3cret\"}}}}}";
        String json = "{" + SCHEMA + ", \"resources\": [" + nested + "], \"outputs\": {\"key\": {\"type\": \"string\","
                + " \"value\": \"[listOutputsWithSecureValues(resourceId('Microsoft.Resources/deployments', 'keys'),"
                + " '2022-09-01').key]\"}}}";

        assertThat(ArmDeployment.into(azure, "rg").templateJson(json).deploy().output("key")).isEqualTo("s3cret");
    }
}
