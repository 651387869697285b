package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the README's az example true: its script, run, prints exactly the output the README shows. */
class ReadmeAzExampleTest {

    @Test
    void the_readme_az_example_prints_what_the_readme_shows() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "docs", "az.md"));
        String script = between(readme, "<!-- az-example:script -->", "<!-- az-example:output -->");
        String output = between(readme, "<!-- az-example:output -->", "<!-- az-example:end -->");
        AzResult r = new ScriptRunner(Az.create()).run(script);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(output);
    }

    private static String between(List<String> lines, String start, String end) {
        int from = lines.indexOf(start);
        int to = lines.indexOf(end);
        assertThat(from).as(start).isNotNegative();
        assertThat(to).as(end).isGreaterThan(from);
        return lines.subList(from + 1, to).stream().filter(l -> !l.startsWith("```"))
                .map(l -> l + "\n").collect(Collectors.joining());
    }
}
