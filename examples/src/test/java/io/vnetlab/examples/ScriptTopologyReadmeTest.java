package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.az.Az;
import io.vnetlab.az.ScriptRunner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps README's example of script topologies true, and the script equal in effect to the Java DSL's Learn module. */
class ScriptTopologyReadmeTest {

    @Test
    void the_readme_shows_exactly_the_compiled_example() throws IOException {
        assertThat(ReadmeTest.snippet(ReadmeTest.readme(), "<!-- snippet:junit-script", "<!-- end-snippet -->"))
                .isEqualTo(ReadmeTest.snippet(Files.readAllLines(
                                Path.of("src/test/java/io/vnetlab/examples/LearnModuleScriptTest.java")),
                        "// snippet:junit-script", "// end-snippet"));
    }

    // docs/azure/learn-module.md
    @Test
    void the_script_builds_the_networks_peerings_and_ssh_matrix_of_the_java_dsl_learn_module()
            throws IOException {
        Az az = Az.create();
        new ScriptRunner(az).stoppingAtFirstError().run(script());
        Topology fromScript = az.topology();
        Topology dsl = LearnModule.peered();

        assertThat(fromScript.networks().list()).extracting(n -> n.name() + " " + n.addressSpace() + " " + n.region())
                .containsExactlyElementsOf(dsl.networks().list().stream()
                        .map(n -> n.name() + " " + n.addressSpace() + " " + n.region()).toList());
        assertThat(fromScript.peerings().list()).extracting(p -> p.name() + " " + p.state())
                .containsExactlyInAnyOrderElementsOf(dsl.peerings().list().stream()
                        .map(p -> p.name() + " " + p.state()).toList());
        for (String from : List.of("SalesVM", "MarketingVM", "ResearchVM")) {
            for (String to : List.of("SalesVM", "MarketingVM", "ResearchVM")) {
                assertThat(fromScript.reach(from, to).reachable()).as("%s -> %s", from, to)
                        .isEqualTo(dsl.reach(from, to).reachable());
            }
        }
    }

    private static String script() throws IOException {
        try (InputStream in = LearnModuleScriptTest.class.getResourceAsStream("learn-module.azcli")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
