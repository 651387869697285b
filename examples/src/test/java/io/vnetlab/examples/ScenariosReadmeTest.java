package io.vnetlab.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/examples.md true: it lists exactly the scenario test classes. */
class ScenariosReadmeTest {

    private static final Path TESTS = Path.of("src/test/java/io/vnetlab/examples");

    @Test
    void the_readme_lists_every_scenario_test_class_and_only_those() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "docs", "examples.md"));
        int from = readme.indexOf("# Scenarios that double as documentation");
        assertThat(from).as("the scenario page's title").isNotNegative();
        List<String> listed = readme.subList(from, readme.size()).stream().takeWhile(l -> !l.startsWith("<!-- end"))
                .map(l -> Pattern.compile("^\\| `(\\w+Test)` \\|").matcher(l)).filter(Matcher::find)
                .map(m -> m.group(1)).collect(Collectors.toList());

        try (Stream<Path> files = Files.list(TESTS)) {
            List<String> scenarios = files.map(p -> p.getFileName().toString().replace(".java", ""))
                    .filter(n -> n.endsWith("Test") && !n.contains("Readme") && !n.equals("PeeringIsolationTest")
                            && !n.equals("LearnModuleDemoTest"))
                    .collect(Collectors.toList());
            assertThat(listed).containsExactlyInAnyOrderElementsOf(scenarios);
        }
    }
}
