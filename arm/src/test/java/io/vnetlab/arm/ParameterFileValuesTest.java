package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value given in a parameters file is taken as written, even when it looks like a template expression; only a
 * default value in the template is evaluated (docs/azure/arm-templates.md#parameters).
 */
class ParameterFileValuesTest {

    private static final String TEMPLATE = "{\"parameters\": {\"site\": {\"type\": \"string\","
            + " \"defaultValue\": \"[concat('web', '-', 'eu')]\"}},"
            + " \"resources\": [], \"outputs\": {\"site\": {\"type\": \"string\", \"value\": \"[parameters('site')]\"}}}";

    private final Topology azure = Topology.create();

    private DeploymentResult deploy(String parametersJson) {
        azure.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        ArmDeployment deployment = ArmDeployment.into(azure, "rg").templateJson(TEMPLATE);
        return (parametersJson == null ? deployment : deployment.parametersJson(parametersJson)).deploy();
    }

    @Test
    void a_default_value_is_evaluated() {
        assertThat(deploy(null).output("site")).isEqualTo("web-eu");
    }

    @Test
    void a_parameters_file_value_that_looks_like_an_expression_stays_text() {
        DeploymentResult result = deploy("{\"parameters\": {\"site\": {\"value\": \"[concat('web', '-', 'eu')]\"}}}");

        assertThat(result.output("site")).isEqualTo("[concat('web', '-', 'eu')]");
    }
}
