package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates in language version 2.0: resources keyed by symbolic names, {@code dependsOn} and {@code reference()}
 * by symbolic name, {@code existing} resources read and not deployed, and {@code references()} over a copy loop.
 */
class SymbolicNamesTemplateTest {

    private static final String V2 = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/"
            + "deploymentTemplate.json#\", \"languageVersion\": \"2.0\", \"contentVersion\": \"1.0.0.0\"";

    private Topology azure;

    @BeforeEach
    void group() {
        azure = Topology.create();
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        azure.resourceGroups().define("shared-rg").withRegion(Region.WEST_EUROPE).create();
    }

    private static String vnet(String name, String prefix) {
        return "{\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\", \"name\": " + name
                + ", \"location\": \"[resourceGroup().location]\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [" + prefix + "]}}}";
    }

    private DeploymentResult deploy(String json) {
        return ArmDeployment.into(azure, "rg").templateJson(json).deploy();
    }

    @Test
    void resources_keyed_by_symbolic_names_deploy_in_the_order_their_dependsOn_names() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"subnet\": {\"type\": \"Microsoft.Network/virtualNetworks/subnets\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"hub/apps\", \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"},"
                + " \"dependsOn\": [\"hubNetwork\"]},"
                + "\"hubNetwork\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "}}";

        DeploymentResult result = deploy(json);

        assertThat(result.simulated()).extracting(DeployedResource::templatePath)
                .containsExactly("resources.hubNetwork", "resources.subnet");
        assertThat(azure.network("hub").subnet("apps")).isPresent();
    }

    @Test
    void reference_by_symbolic_name_reads_the_resource_and_adds_the_dependency() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"reader\": {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"spoke\", \"location\": \"[resourceGroup().location]\", \"properties\": {\"addressSpace\":"
                + " {\"addressPrefixes\": [\"[replace(reference('hubNetwork').addressSpace.addressPrefixes[0],"
                + " '10.0.', '10.1.')]\"]}}},"
                + "\"hubNetwork\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "},"
                + "\"outputs\": {\"hubId\": {\"type\": \"string\","
                + " \"value\": \"[reference('hubNetwork', '2024-05-01', 'Full').id]\"}}}";

        DeploymentResult result = deploy(json);

        assertThat(azure.network("spoke").addressSpace()).hasToString("[10.1.0.0/16]");
        assertThat((String) result.output("hubId")).endsWith("/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub");
    }

    @Test
    void an_existing_resource_is_read_and_not_deployed_even_in_another_group() {
        ArmDeployment.into(azure, "shared-rg").templateJson("{" + V2 + ", \"resources\": {\"n\": "
                + vnet("\"shared\"", "\"10.9.0.0/16\"") + "}}").deploy();
        String json = "{" + V2 + ", \"resources\": {"
                + "\"shared\": {\"existing\": true, \"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"shared\", \"resourceGroup\": \"shared-rg\"}},"
                + "\"outputs\": {\"space\": {\"type\": \"array\","
                + " \"value\": \"[reference('shared').addressSpace.addressPrefixes]\"}}}";

        DeploymentResult result = deploy(json);

        assertThat(result.resources()).isEmpty();
        assertThat(result.output("space")).isEqualTo(List.of("10.9.0.0/16"));
    }

    @Test
    void an_existing_resource_that_does_not_exist_fails_when_it_is_read() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"missing\": {\"existing\": true, \"type\": \"Microsoft.Network/virtualNetworks\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"nowhere\"}},"
                + "\"outputs\": {\"space\": {\"type\": \"object\", \"value\": \"[reference('missing')]\"}}}";

        assertThatThrownBy(() -> deploy(json)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The Resource 'Microsoft.Network/virtualNetworks/nowhere' under resource group"
                        + " 'rg' was not found.");
    }

    @Test
    void references_gives_the_deployed_resources_of_a_copy_loop_in_copy_index_order() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"spokes\": {\"copy\": {\"name\": \"spokes\", \"count\": 3},"
                + " \"condition\": \"[not(equals(copyIndex(), 1))]\","
                + " \"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"[format('spoke{0}', copyIndex())]\", \"location\": \"[resourceGroup().location]\","
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"[format('10.{0}.0.0/16', copyIndex(1))]\"]}}}},"
                + "\"outputs\": {"
                + "\"spaces\": {\"type\": \"array\", \"value\": \"[map(references('spokes'),"
                + " lambda('s', lambdaVariables('s').addressSpace.addressPrefixes[0]))]\"},"
                + "\"names\": {\"type\": \"array\", \"value\": \"[map(references('spokes', 'full'),"
                + " lambda('s', lambdaVariables('s').name))]\"},"
                + "\"second\": {\"type\": \"string\", \"value\": \"[reference('spokes[2]').addressSpace.addressPrefixes[0]]\"}}}";

        DeploymentResult result = deploy(json);

        assertThat(result.output("spaces")).isEqualTo(List.of("10.1.0.0/16", "10.3.0.0/16"));
        assertThat(result.output("names")).isEqualTo(List.of("spoke0", "spoke2"));
        assertThat(result.output("second")).isEqualTo("10.3.0.0/16");
    }

    @Test
    void references_in_a_resource_makes_it_wait_for_the_whole_collection() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"summary\": {\"type\": \"Microsoft.Network/routeTables\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"rt\", \"location\": \"[resourceGroup().location]\","
                + " \"tags\": {\"spokes\": \"[string(length(references('spokes')))]\"}},"
                + "\"spokes\": {\"copy\": {\"name\": \"spokes\", \"count\": 2},"
                + " \"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"[format('spoke{0}', copyIndex())]\", \"location\": \"[resourceGroup().location]\","
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"[format('10.{0}.0.0/16', copyIndex())]\"]}}}}}";

        DeploymentResult result = deploy(json);

        assertThat(result.simulated()).extracting(DeployedResource::templatePath)
                .containsExactly("resources.spokes", "resources.spokes", "resources.summary");
    }

    @Test
    void references_is_refused_inside_a_resource_copy_loop() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"spokes\": {\"copy\": {\"name\": \"spokes\", \"count\": 2},"
                + " \"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"[format('spoke{0}', copyIndex())]\", \"location\": \"[resourceGroup().location]\","
                + " \"tags\": {\"n\": \"[string(length(references('hubs')))]\"},"
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"[format('10.{0}.0.0/16', copyIndex())]\"]}}},"
                + "\"hubs\": " + vnet("\"hub\"", "\"10.9.0.0/16\"") + "}}";

        assertThatThrownBy(() -> deploy(json)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'references' is not expected at this location: it cannot"
                        + " be used in a resource copy loop.");
    }

    @Test
    void references_needs_symbolic_names_and_a_collection_of_the_template() {
        String classic = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": [],"
                + " \"outputs\": {\"x\": {\"type\": \"array\", \"value\": \"[references('spokes')]\"}}}";
        String unknown = "{" + V2 + ", \"resources\": {},"
                + " \"outputs\": {\"x\": {\"type\": \"array\", \"value\": \"[references('spokes')]\"}}}";

        assertThatThrownBy(() -> deploy(classic)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'references' is not expected at this location: it needs"
                        + " symbolic resource names (\"languageVersion\": \"2.0\").");
        assertThatThrownBy(() -> deploy(unknown)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'references' names 'spokes', which is not the symbolic"
                        + " name of a resource collection of this template");
    }

    @Test
    void a_module_keyed_by_symbolic_name_is_waited_for_and_its_outputs_read_by_that_name() {
        String module = "{\"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\","
                + " \"name\": \"hub-deployment\", \"properties\": {\"mode\": \"Incremental\","
                + " \"expressionEvaluationOptions\": {\"scope\": \"inner\"}, \"template\": {" + V2 + ","
                + " \"resources\": {\"hub\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "},"
                + " \"outputs\": {\"hubId\": {\"type\": \"string\","
                + " \"value\": \"[resourceId('Microsoft.Network/virtualNetworks', 'hub')]\"}}}}}";
        String json = "{" + V2 + ", \"resources\": {"
                + "\"peering\": {\"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\","
                + " \"apiVersion\": \"2024-05-01\", \"name\": \"spoke/to-hub\", \"dependsOn\": [\"spoke\"],"
                + " \"properties\": {\"allowVirtualNetworkAccess\": true,"
                + " \"remoteVirtualNetwork\": {\"id\": \"[reference('hubModule').outputs.hubId.value]\"}}},"
                + "\"spoke\": " + vnet("\"spoke\"", "\"10.1.0.0/16\"") + ","
                + "\"hubModule\": " + module + "}}";

        DeploymentResult result = deploy(json);

        assertThat(result.simulated()).extracting(DeployedResource::templatePath).containsExactly(
                "resources.spoke", "resources.hubModule.properties.template.resources.hub", "resources.hubModule",
                "resources.peering");
        assertThat(azure.peering("spoke", "to-hub").remoteNetworkId().name()).isEqualTo("hub");
    }

    @Test
    void reference_takes_a_symbolic_name_or_an_id_but_no_resource_name() {
        String json = "{" + V2 + ", \"resources\": {\"hubNetwork\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "},"
                + "\"outputs\": {\"byId\": {\"type\": \"array\", \"value\": \"[reference(resourceId("
                + "'Microsoft.Network/virtualNetworks', 'hub')).addressSpace.addressPrefixes]\"},"
                + "\"byName\": {\"type\": \"object\", \"value\": \"[reference('hub')]\"}}}";

        assertThatThrownBy(() -> deploy(json)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'reference' names 'hub', which is neither a symbolic name"
                        + " of this template nor a resource id: in a template with symbolic names, reference() takes"
                        + " one of those.");
        DeploymentResult result = deploy(json.replace(",\"byName\": {\"type\": \"object\", \"value\": \"[reference('hub')]\"}", ""));
        assertThat(result.output("byId")).isEqualTo(List.of("10.0.0.0/16"));
    }

    // docs/azure/arm-templates.md#reference: 'namespace/type/name' names a resource of the deployment's scope
    @Test
    void reference_takes_a_type_and_name_of_a_resource_outside_the_template_as_bicep_writes_it() {
        deploy("{" + V2 + ", \"resources\": {\"hubNetwork\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "}}");
        String json = "{" + V2 + ", \"resources\": {}, \"outputs\": {\"prefixes\": {\"type\": \"array\", \"value\":"
                + " \"[reference(format('Microsoft.Network/virtualNetworks/{0}', 'hub'), '2024-05-01')"
                + ".addressSpace.addressPrefixes]\"}}}";

        assertThat(deploy(json).output("prefixes")).isEqualTo(List.of("10.0.0.0/16"));
    }

    @Test
    void symbolic_names_are_case_sensitive() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"subnet\": {\"type\": \"Microsoft.Network/virtualNetworks/subnets\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"hub/apps\", \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"},"
                + " \"dependsOn\": [\"HubNetwork\"]},"
                + "\"hubNetwork\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "}}";

        assertThatThrownBy(() -> deploy(json)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The resource 'HubNetwork' is not defined in the template.");
    }

    @Test
    void a_dependsOn_entry_that_is_no_symbolic_name_is_refused() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"hubNetwork\": " + vnet("\"hub\"", "\"10.0.0.0/16\"").replace("}}}", "}},"
                + " \"dependsOn\": [\"[resourceId('Microsoft.Network/routeTables', 'rt')]\"]}")
                + ", \"table\": {\"type\": \"Microsoft.Network/routeTables\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"rt\", \"location\": \"[resourceGroup().location]\"}}}";

        assertThatThrownBy(() -> deploy(json)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("is not defined in the template.");
    }

    @Test
    void resources_as_an_object_need_language_version_2_and_an_array_is_refused_with_it() {
        String object = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + " \"contentVersion\": \"1.0.0.0\", \"resources\": {\"hub\": " + vnet("\"hub\"", "\"10.0.0.0/16\"") + "}}";
        String array = "{" + V2 + ", \"resources\": [" + vnet("\"hub\"", "\"10.0.0.0/16\"") + "]}";

        assertThatThrownBy(() -> deploy(object)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template's 'resources' is an object of symbolic names, which needs"
                        + " \"languageVersion\": \"2.0\" in the template; without it 'resources' must be an array.");
        assertThatThrownBy(() -> deploy(array)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template's 'resources' must be an object of resources keyed by their"
                        + " symbolic names when its 'languageVersion' is '2.0'.");
    }

    @Test
    void reference_of_a_whole_collection_asks_for_one_of_its_resources() {
        String json = "{" + V2 + ", \"resources\": {"
                + "\"spokes\": {\"copy\": {\"name\": \"spokes\", \"count\": 2},"
                + " \"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2024-05-01\","
                + " \"name\": \"[format('spoke{0}', copyIndex())]\", \"location\": \"[resourceGroup().location]\","
                + " \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"[format('10.{0}.0.0/16', copyIndex())]\"]}}}},"
                + "\"outputs\": {\"x\": {\"type\": \"object\", \"value\": \"[reference('spokes')]\"}}}";

        assertThatThrownBy(() -> deploy(json)).isInstanceOf(ArmDeploymentException.class)
                .hasMessageContaining("The template function 'reference' names the resource collection 'spokes'; name"
                        + " one of its resources ('spokes[0]') or read them all with references('spokes').");
    }
}
