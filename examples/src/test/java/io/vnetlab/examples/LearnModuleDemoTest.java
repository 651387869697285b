package io.vnetlab.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./vnetlab demo} prints the Learn module's picture; {@code ./vnetlab demo FILE.md} also writes it, with the
 * reachability matrix, to a Markdown file that a viewer draws.
 */
class LearnModuleDemoTest {

    private static final String PICTURE = """
            ```mermaid
            flowchart LR
              subgraph northeurope["North Europe"]
                n0["SalesVNet<br/>10.1.0.0/16"]
                n1["MarketingVNet<br/>10.2.0.0/16"]
              end
              subgraph westeurope["West Europe"]
                n2["ResearchVNet<br/>10.3.0.0/16"]
              end
              n0 <-->|"Connected<br/>vnet access"| n1
              n1 <-->|"Connected, global<br/>vnet access"| n2
            ```
            """;

    @Test
    void the_demo_prints_the_picture_and_says_how_to_see_it_drawn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LearnModuleDemo.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith(PICTURE + "\nTo see it drawn: ./vnetlab demo"
                + " learn-module.md writes it, with the matrix, to a Markdown file.\n");
    }

    @Test
    void with_a_file_name_the_demo_writes_the_picture_and_the_matrix_as_markdown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/learn-module.md");

        LearnModuleDemo.writeMarkdown(file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                # The Microsoft Learn peering module, replayed offline by vnetlab

                Distribute your services across Azure virtual networks and integrate them by using virtual network \
                peering: the topology after unit 4.

                """ + PICTURE + """

                ## Who reaches whom (unit 5)

                | from \\ to | SalesVM | MarketingVM | ResearchVM |
                |---|---|---|---|
                | SalesVM | – | ✅ | ❌ |
                | MarketingVM | ✅ | – | ✅ |
                | ResearchVM | ❌ | ✅ | – |

                Peering is not transitive: SalesVNet and ResearchVNet are both peered with MarketingVNet, and that \
                gives them no path to each other.
                """);
    }
}
