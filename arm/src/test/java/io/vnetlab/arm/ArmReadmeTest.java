package io.vnetlab.arm;

import io.vnetlab.Topology;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the README's "ARM templates" section true: its example is this code, and its lists are the real ones. */
class ArmReadmeTest {

    @Test
    void the_readme_example_deploys_two_templates_and_asserts_on_the_result() {
        // snippet:arm-templates
        Topology azure = Topology.create();
        azure.resourceGroups().define("hub-rg").withRegion(Region.WEST_EUROPE).create();

        DeploymentResult network = ArmDeployment.into(azure, "hub-rg")
                .templateResource("templates/hub-and-spokes.json")   // or .templateFile(Path.of("azuredeploy.json"))
                .parameter("spokeCount", 2)                          // as --parameters spokeCount=2
                .deploy();
        ArmDeployment.into(azure, "hub-rg")                          // a second template builds on the first
                .templateResource("templates/vms.json")
                .parametersResource("templates/vms.parameters.json") // {"parameters": {"vmName": {"value": "app0"}, ...}}
                .deploy();
        ArmDeployment.into(azure, "hub-rg").named("app1").templateResource("templates/vms.json")
                .parameter("networkName", "spoke1").parameter("vmName", "app1").deploy();

        System.out.println(network);          // every resource: SIMULATED, NOT_SIMULATED or SKIPPED_BY_CONDITION
        assertThat(network.output("spokeNames")).isEqualTo(List.of("spoke0", "spoke1"));
        assertThat(azure.peering("spoke1", "to-hub").state()).isEqualTo(PeeringState.Connected);
        assertThat(azure.networkInterface("app1-nic").privateIpAddress()).hasToString("10.2.1.4");
        assertThat(azure.reach("app0", "app1").reachable()).isFalse();   // spokes are not peered with each other
        // end-snippet
    }

    @Test
    void the_readme_shows_exactly_the_compiled_example() throws IOException {
        assertThat(snippet(readme(), "<!-- snippet:arm-templates", "<!-- end-snippet -->"))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/test/java/io/vnetlab/arm/ArmReadmeTest.java")),
                        "// snippet:arm-templates", "// end-snippet"));
    }

    @Test
    void the_arm_page_points_to_the_table_that_lists_every_supported_function_and_simulated_type() throws IOException {
        String readme = String.join("\n", readme());
        String table = Files.readString(Path.of("..", "docs", "azure", "arm-functions.md"));
        assertThat(readme).contains("(azure/arm-functions.md)");
        for (String function : ArmDeployment.supportedFunctions()) {
            assertThat(table).contains("`" + function + "`");
        }
        for (String type : ArmDeployment.simulatedResourceTypes()) {
            assertThat(readme).contains("`" + type + "`");
            assertThat(table).contains("`" + type + "`");
        }
    }

    @Test
    void the_functions_the_issue_names_are_supported() {
        assertThat(ArmDeployment.supportedFunctions()).contains("concat", "format", "resourceId",
                "subscriptionResourceId", "resourceGroup", "subscription", "parameters", "variables", "uniqueString",
                "toLower", "toUpper", "if", "equals", "not", "and", "or", "length", "add", "json", "string", "int",
                "padLeft", "range", "createArray", "createObject", "union", "null", "reference", "copyIndex");
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(Path.of("..", "docs", "arm.md"));
    }

    private static List<String> snippet(List<String> lines, String start, String end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).trim().startsWith(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).trim().startsWith(end)) {
                to = i;
                break;
            }
        }
        assertThat(from).as("marker %s", start).isPositive();
        assertThat(to).as("marker %s", end).isPositive();
        return lines.subList(from, to).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("```")).collect(Collectors.toList());
    }
}
