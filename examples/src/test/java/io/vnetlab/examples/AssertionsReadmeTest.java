package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.assertj.NetworkSoftAssertions;
import io.vnetlab.assertj.Via;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkAssertions.assertThatOperation;
import static io.vnetlab.assertj.Traffic.icmp;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Keeps README.md's "Assertions" section true: its examples are this code, compiled and run. */
class AssertionsReadmeTest {

    @Test
    void the_assertions_example_compiles_and_passes_on_the_learn_module() {
        // snippet:assertions
        Topology azure = LearnModule.peered();

        Vm sales = azure.vm("SalesVM");
        Vm marketing = azure.vm("MarketingVM");
        Vm research = azure.vm("ResearchVM");

        assertThat(sales).canReach(marketing)
                .canReach(marketing, tcp(22))
                .canReachThrough(marketing, Via.peering("SalesVNet-To-MarketingVNet"))
                .cannotReach(research);
        assertThat(marketing).hasEffectiveRoute(route("10.3.0.0/16", NextHopType.VNetGlobalPeering))
                .hasNextHopTypeFor("10.1.1.4", NextHopType.VNetPeering);
        assertThat(azure).vm("SalesVM").canReach("MarketingVM", tcp(22));   // the same, navigating by name
        assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("ResearchVNet");
        assertThat(azure).network("MarketingVNet").isPeeredWith("SalesVNet").isPeeredWith("ResearchVNet");
        assertThat(azure).peering("MarketingVNet", "MarketingVNet-To-ResearchVNet").isConnected().isGlobal();

        azure.networks().define("SalesCopyVNet").withRegion(Region.NORTH_EUROPE)
                .withAddressSpace("10.1.0.0/16").create();
        assertThatOperation(() -> azure.peer("SalesVNet").with("SalesCopyVNet").create())
                .failsWith(AzureErrorCode.VnetAddressSpacesOverlap, "SalesVNet", "SalesCopyVNet");
        // end-snippet
    }

    @Test
    void the_soft_assertions_example_compiles_and_passes() {
        Topology azure = LearnModule.peered();
        // snippet:soft-assertions
        NetworkSoftAssertions softly = new NetworkSoftAssertions();
        softly.assertThat(azure).vm("SalesVM").canReach("MarketingVM");
        softly.assertThat(azure).network("SalesVNet").isNotPeeredWith("ResearchVNet");
        softly.assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isFullyInSync();
        softly.assertAll();   // one report with every failure collected above
        // end-snippet
    }

    // ---- network security groups in assertions

    /** The topology of the README's NSG example: SSH from SalesVNet denied on MarketingVNet/Apps. */
    @Test
    void the_nsg_example_compiles_and_passes() {
        // snippet:assertions-nsg
        Topology azure = LearnModule.peered();
        azure.networkSecurityGroups().define("MarketingNSG").withRegion(Region.NORTH_EUROPE)
                .defineRule("deny-ssh-from-sales")
                    .denyInbound().fromAddress("10.1.0.0/16").fromAnyPort().toAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(200)
                    .attach()
                .create();
        azure.networkSecurityGroups().associateWithSubnet("MarketingNSG", "MarketingVNet", "Apps");

        assertThat(azure).vm("SalesVM").cannotReach("MarketingVM", tcp(22))
                .canReach("MarketingVM", tcp(23, 65535))       // a range: answered from the verdict's port ranges
                .hasOpenPortsTo("MarketingVM", tcp(0, 21), tcp(23, 65535), udp(0, 65535), icmp());
        assertThat(azure).vm("ResearchVM").canReach("MarketingVM", tcp(22));
        // end-snippet
    }

    @Test
    void the_readme_shows_the_failure_message_of_a_flow_an_nsg_rule_blocks() throws IOException {
        Topology azure = LearnModule.peered();
        azure.networkSecurityGroups().define("MarketingNSG").withRegion(Region.NORTH_EUROPE)
                .defineRule("deny-ssh-from-sales")
                    .denyInbound().fromAddress("10.1.0.0/16").fromAnyPort().toAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(200)
                    .attach()
                .create();
        azure.networkSecurityGroups().associateWithSubnet("MarketingNSG", "MarketingVNet", "Apps");
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(azure).vm("SalesVM")
                .canReach("MarketingVM", tcp(22)));
        assertThat(String.join("\n", ReadmeTest.readme())).contains(error.getMessage().strip());
    }
    // ---- end network security groups in assertions

    @Test
    void the_readme_shows_exactly_the_compiled_examples() throws IOException {
        for (String name : new String[]{"assertions", "soft-assertions", "assertions-nsg"}) {
            assertThat(ReadmeTest.snippet(ReadmeTest.readme(), "<!-- snippet:" + name, "<!-- end-snippet -->"))
                    .as("README snippet %s", name)
                    .isEqualTo(ReadmeTest.snippet(Files.readAllLines(
                                    Path.of("src/test/java/io/vnetlab/examples/AssertionsReadmeTest.java")),
                            "// snippet:" + name, "// end-snippet"));
        }
    }

    @Test
    void the_readme_shows_the_failure_message_the_assertion_gives() throws IOException {
        Topology azure = LearnModule.peered();
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(azure).vm("SalesVM")
                .as("sales reaches research over SSH").canReach("ResearchVM", tcp(22)));
        // AssertJ writes "[description] " then the message; the README line has no trailing space
        assertThat(String.join("\n", ReadmeTest.readme())).contains(error.getMessage().strip().replace(" \n", "\n"));
    }
}
