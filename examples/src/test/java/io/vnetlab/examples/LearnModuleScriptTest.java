package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;

/**
 * The example of docs/junit-extension.md: a topology loaded from an az script (units 3 and 4 of the Learn module,
 * docs/azure/learn-module.md, as learn-module.azcli next to this class), compiled and run; ScriptTopologyReadmeTest
 * keeps the two equal.
 */
// snippet:junit-script
@VnetlabTest
class LearnModuleScriptTest {

    @TestTopology(script = "learn-module.azcli")    // next to this class; run once, by the az emulation
    static Topology learn;

    // docs/azure/learn-module.md#unit-5
    @Test
    void unit_5_ssh_reaches_only_the_peered_networks(Topology fork) {
        assertThat(fork).vm("SalesVM").canReach("MarketingVM", tcp(22)).cannotReach("ResearchVM");
        assertThat(fork).vm("ResearchVM").canReach("MarketingVM", tcp(22)).cannotReach("SalesVM");
        assertThat(fork).vm("MarketingVM").canReach("SalesVM", tcp(22)).canReach("ResearchVM", tcp(22));
        assertThat(fork).peering("MarketingVNet", "MarketingVNet-To-ResearchVNet").isConnected().isGlobal();
    }
}
// end-snippet
