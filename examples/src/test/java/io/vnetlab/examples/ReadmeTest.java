package io.vnetlab.examples;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps README.md and docs/ true: their snippets are this code, compiled and run. */
class ReadmeTest {

    @Test
    void the_quick_start_compiles_runs_and_says_what_the_readme_says() {
        // snippet:quick-start
        Topology azure = Topology.create();
        azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE)
                .withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE)
                .withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion(Region.WEST_EUROPE)
                .withAddressSpace("10.3.0.0/16").withSubnet("Data", "10.3.1.0/24").create();
        azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data").create();

        Peering first = azure.peer("SalesVNet").to("MarketingVNet").create();   // one direction: Initiated
        azure.peer("MarketingVNet").to("SalesVNet").create();                   // the other: both Connected
        azure.peer("MarketingVNet").with("ResearchVNet").create();              // both directions at once (global)

        Verdict verdict = azure.reach("SalesVM", "ResearchVM");
        System.out.println(verdict.reachable());        // false: peering is not transitive
        System.out.println(VerdictRenderer.render(verdict));   // the explanation, hop by hop, with what would fix it
        System.out.println(Tables.effectiveRoutes(azure.effectiveRoutes("MarketingVM")));
        System.out.println(Tables.reachability(azure.reachabilityMatrix()));
        // end-snippet

        assertThat(first.state()).isEqualTo(PeeringState.Initiated);
        assertThat(verdict.reachable()).isFalse();
        assertThat(VerdictRenderer.render(verdict)).isEqualTo(VerdictRenderer.render(LearnModule.peered().reach("SalesVM", "ResearchVM")));
    }

    @Test
    void the_first_assertion_passes_as_the_readme_says() {
        // snippet:first-assertion
        Topology azure = ReferenceTopologies.learnModule();
        assertThat(azure.vm("SalesVM")).canReach(azure.vm("MarketingVM"));
        assertThat(azure.vm("SalesVM")).cannotReach(azure.vm("ResearchVM"));   // peering is not transitive
        // end-snippet
    }

    @Test
    void the_readme_shows_exactly_the_compiled_first_assertion() throws IOException {
        assertThat(snippet(readme(), "<!-- snippet:first-assertion", "<!-- end-snippet -->"))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/test/java/io/vnetlab/examples/ReadmeTest.java")),
                        "// snippet:first-assertion", "// end-snippet"));
    }

    @Test
    void the_readme_shows_exactly_the_compiled_quick_start() throws IOException {
        assertThat(snippet(readme(), "<!-- snippet:quick-start", "<!-- end-snippet -->"))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/test/java/io/vnetlab/examples/ReadmeTest.java")),
                        "// snippet:quick-start", "// end-snippet"));
    }

    @Test
    void the_readme_shows_the_demo_output_the_demo_prints() throws IOException {
        String demo = VerdictRenderer.render(LearnModule.peered().reach("SalesVM", "ResearchVM"));
        assertThat(String.join("\n", readme())).contains(demo.strip());
        assertThat(String.join("\n", readme())).contains(Tables.reachability(LearnModule.peered().reachabilityMatrix()).strip());
    }

    @Test
    void the_readme_shows_the_learn_module_picture_the_library_draws() throws IOException {
        List<String> drawn = List.of(io.vnetlab.diagram.MermaidDiagram.of(LearnModule.peered().state()).split("\n"));
        assertThat(snippet(readme(), "<!-- snippet:learn-module-mermaid", "<!-- end-snippet -->"))
                .isEqualTo(drawn.stream().map(String::strip).collect(Collectors.toList()));
    }

    // ---- JUnit 5 extension

    @Test
    void the_readme_shows_exactly_the_compiled_junit_extension_example() throws IOException {
        assertThat(snippet(readme(), "<!-- snippet:junit-extension", "<!-- end-snippet -->"))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/test/java/io/vnetlab/examples/PeeringIsolationTest.java")),
                        "// snippet:junit-extension", "// end-snippet"));
    }


    /** README.md, then every page under docs/: the documentation a user reads, where the snippets live. */
    static List<String> readme() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("..", "README.md")));
        try (Stream<Path> pages = Files.walk(Path.of("..", "docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                lines.addAll(Files.readAllLines(page));
            }
        }
        return lines;
    }

    static List<String> snippet(List<String> lines, String start, String end) {
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

    // ---- network security groups

    @Test
    void the_nsg_example_compiles_runs_and_says_what_the_readme_says() {
        // snippet:nsg
        Topology azure = Topology.create();
        azure.networks().define("vnet").withRegion(Region.WEST_EUROPE)
                .withAddressSpace("10.0.0.0/16").withSubnet("web", "10.0.1.0/24").create();
        azure.networkSecurityGroups().define("web-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("allow-https")
                    .allowInbound().fromAddress("Internet").fromAnyPort().toAnyAddress().toPort(443)
                    .withProtocol(Protocol.Tcp).withPriority(100)
                    .attach()
                .create();
        azure.networkSecurityGroups().associateWithSubnet("web-nsg", "vnet", "web");
        azure.virtualMachines().define("web1").withExistingPrimaryNetwork("vnet").withSubnet("web")
                .withAzCliDefaults().create();        // web1VMNic, web1PublicIP, web1NSG with default-allow-ssh

        Endpoint internet = Endpoint.address("203.0.113.10");
        Verdict https = azure.evaluate(Flow.from(internet).to(azure.endpoint("web1")).on(Protocol.Tcp, 443));
        System.out.println(VerdictRenderer.render(https));   // unreachable: both NSGs must allow, web1NSG does not

        azure.networkSecurityGroups().update("web1NSG")
                .defineRule("allow-https").allowInbound().fromAnyAddress().toPort(443)
                    .withProtocol(Protocol.Tcp).withPriority(1010).attach()
                .apply();
        Verdict any = azure.evaluate(Flow.from(internet).to(azure.endpoint("web1")));
        System.out.println(any.traffic());            // TCP 443: SSH is open on the NIC but not on the subnet
        System.out.println(azure.networkWatcher().verifyIpFlow("web1", SecurityRuleDirection.Inbound,
                Protocol.Tcp, "10.0.1.4:22", "203.0.113.10:50000"));   // Deny defaultSecurityRules/DenyAllInBound
        System.out.println(Tables.effectiveSecurityRules(azure.effectiveSecurityRules("web1")));
        // end-snippet

        assertThat(https.reachable()).isFalse();
        assertThat(any.traffic()).hasToString("TCP 443");
        assertThat(azure.networkWatcher().verifyIpFlow("web1", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.1.4:22", "203.0.113.10:50000")).hasToString("Deny defaultSecurityRules/DenyAllInBound");
        assertThat(String.join("\n", readmeLines())).contains(VerdictRenderer.render(https).strip());
    }

    @Test
    void the_readme_shows_exactly_the_compiled_nsg_example() throws IOException {
        assertThat(snippet(readme(), "<!-- snippet:nsg", "<!-- end-snippet -->"))
                .isEqualTo(snippet(Files.readAllLines(Path.of("src/test/java/io/vnetlab/examples/ReadmeTest.java")),
                        "// snippet:nsg", "// end-snippet"));
    }

    private static List<String> readmeLines() {
        try {
            return readme();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- the error catalogue

    @Test
    void the_error_catalogue_lists_every_error_code_and_marks_vnetlabs_own() throws IOException {
        String catalogue = Files.readString(Path.of("..", "docs", "errors.md"));
        for (io.vnetlab.model.AzureErrorCode code : io.vnetlab.model.AzureErrorCode.values()) {
            assertThat(catalogue).as("the catalogue names %s", code).contains("`" + code.name() + "`");
            if (!code.isAzureCode()) {
                assertThat(catalogue).as("%s is vnetlab's own code", code).contains("`" + code.name() + "` *(vnetlab)*");
            }
        }
    }
}
