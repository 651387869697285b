package io.vnetlab.junit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure report draws the topology as a Mermaid picture and, for a few VMs, who reaches whom (the
 * full report of a small topology is asserted in {@link ReportTest}). Large topologies are summarised instead.
 */
class ReportPictureTest {

    @Test
    void a_topology_with_more_networks_than_can_be_read_in_a_picture_is_not_drawn() {
        String report = Fixtures.reports(Fixtures.run(ReportPictureFixtures.ManyNetworks.class).testEvents(), "fails")
                .get(0).get("vnetlab.topology.azure");

        assertThat(report).contains("\nPicture: not drawn, 41 networks (more than 40)\nVerdicts evaluated by the test (0): none\n")
                .doesNotContain("```mermaid");
    }

    @Test
    void the_reachability_matrix_is_left_out_beyond_eight_vms_but_the_picture_stays() {
        String report = Fixtures.reports(Fixtures.run(ReportPictureFixtures.ManyVms.class).testEvents(), "fails")
                .get(0).get("vnetlab.topology.azure");

        assertThat(report).contains("""
                Picture (Mermaid):
                ```mermaid
                flowchart LR
                  subgraph westeurope["West Europe"]
                    n0["vnet0<br/>10.0.0.0/16"]
                  end
                ```
                Verdicts evaluated by the test (0): none
                """).doesNotContain("Reachability");
    }
}
