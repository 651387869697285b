package io.vnetlab.diagram;

import io.vnetlab.Fixtures;
import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidDiagramTest {

    @Test
    void the_learn_module_is_drawn_with_regions_as_groups_and_peerings_as_labelled_edges() {
        assertThat(MermaidDiagram.of(Fixtures.learnModule().state())).isEqualTo(String.join("\n",
                "flowchart LR",
                "  subgraph northeurope[\"North Europe\"]",
                "    n0[\"SalesVNet<br/>10.1.0.0/16\"]",
                "    n1[\"MarketingVNet<br/>10.2.0.0/16\"]",
                "  end",
                "  subgraph westeurope[\"West Europe\"]",
                "    n2[\"ResearchVNet<br/>10.3.0.0/16\"]",
                "  end",
                "  n0 <-->|\"Connected<br/>vnet access\"| n1",
                "  n1 <-->|\"Connected, global<br/>vnet access\"| n2",
                ""));
    }

    @Test
    void a_side_alone_is_a_dotted_arrow_that_says_its_state() {
        Topology t = Fixtures.learnModuleUnpeered();
        t.peer("SalesVNet").to("MarketingVNet").create();
        t.peer("MarketingVNet").with("ResearchVNet").create();
        t.peerings().delete("ResearchVNet", "ResearchVNet-To-MarketingVNet");
        assertThat(MermaidDiagram.of(t.state())).contains(
                "  n0 -.->|\"Initiated, no way back<br/>vnet access\"| n1\n",
                "  n1 -.->|\"Disconnected, global<br/>vnet access\"| n2\n");
    }

    @Test
    void sides_with_different_flags_are_labelled_side_by_side() {
        Topology t = Fixtures.learnModuleUnpeered();
        t.peer("SalesVNet").to("MarketingVNet").allowForwardedTraffic().create();
        t.peer("MarketingVNet").to("SalesVNet").allowVirtualNetworkAccess(false).create();
        assertThat(MermaidDiagram.of(t.state())).contains("  n0 <-->|\"Connected<br/>SalesVNet: vnet access,"
                + " forwarded traffic<br/>MarketingVNet: no flags\"| n1\n");
    }

    @Test
    void a_peering_out_of_sync_says_which_side_is_behind() {
        Topology t = Fixtures.learnModule();
        t.networks().update("SalesVNet").withAddressSpace("10.11.0.0/16").apply();
        assertThat(MermaidDiagram.of(t.state())).contains("  n0 <-->|\"Connected<br/>vnet access<br/>SalesVNet"
                + " RemoteNotInSync, MarketingVNet LocalNotInSync\"| n1\n");
    }

    @Test
    void markdown_wraps_the_chart_in_a_mermaid_fence() {
        assertThat(MermaidDiagram.markdown(Fixtures.learnModule().state())).startsWith("```mermaid\nflowchart LR\n")
                .endsWith("```\n");
    }

    @Test
    void the_reachability_matrix_renders_as_markdown() {
        assertThat(Fixtures.learnModule().reachabilityMatrix().toMarkdown()).isEqualTo(String.join("\n",
                "| from \\ to | SalesVM | MarketingVM | ResearchVM |",
                "|---|---|---|---|",
                "| SalesVM | – | ✅ | ❌ |",
                "| MarketingVM | ✅ | – | ✅ |",
                "| ResearchVM | ❌ | ✅ | – |",
                ""));
    }
}
