package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.DiffReport;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/diff.md's Java examples true: they are this code, compiled and run. */
class DiffReadmeTest {

    @Test
    void the_diff_in_java_finds_what_the_page_says() {
        // snippet:diff-in-java
        Topology before = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        Topology after = before.fork();
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply();

        ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());
        diff.closed();                                   // spoke1's VMs <-> the on-premises site, on any protocol
        System.out.print(DiffReport.table(diff));        // io.vnetlab.render: the plain text
        System.out.print(DiffReport.markdown(diff));     // a Markdown report
        // end-snippet

        assertThat(diff.closed()).isNotEmpty();
        assertThat(diff.opened()).isEmpty();
    }

    @Test
    void the_diff_as_a_test_passes_as_the_page_says() {
        // the change under review turns useRemoteGateways on for spoke1
        Topology before = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        before.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply();
        Topology after = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        // snippet:diff-as-a-test
        Endpoint onPrem = after.onPremisesHost("OnPrem", "10.100.0.1").endpoint();
        Endpoint app = after.vm("spoke1-vm").endpoint();    // subnet app of spoke1
        Endpoint web = after.vm("spoke1-web").endpoint();   // subnet web of spoke1

        assertThat(after).comparedTo(before)
                .closesNothing()
                .changesOnly(Flow.from(app).to(onPrem), Flow.from(onPrem).to(app),
                        Flow.from(web).to(onPrem), Flow.from(onPrem).to(web));
        // end-snippet
    }
}
