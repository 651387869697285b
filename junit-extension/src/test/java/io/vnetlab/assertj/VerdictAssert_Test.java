package io.vnetlab.assertj;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReach;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldNotPassThrough;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldPassThrough;
import static io.vnetlab.assertj.error.ShouldReach.shouldReach;
import static org.assertj.core.api.BDDAssertions.then;

class VerdictAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();
    private final Verdict salesToMarketing = azure.reach("SalesVM", "MarketingVM");
    private final Verdict salesToResearch = azure.reach("SalesVM", "ResearchVM");

    @Test
    void should_pass_on_reachable_and_unreachable_verdicts() {
        assertThat(salesToMarketing).isReachable().passesThrough(Via.peering("SalesVNet-To-MarketingVNet"))
                .doesNotPassThrough(Via.nextHopType(NextHopType.VirtualAppliance));
        assertThat(salesToResearch).isNotReachable();
    }

    @Test
    void should_fail_with_the_rendered_verdict() {
        then(expectAssertionError(() -> assertThat(salesToResearch).isReachable()))
                .hasMessage(shouldReach(salesToResearch, "").create())
                .hasMessageContaining(VerdictRenderer.render(salesToResearch));
        then(expectAssertionError(() -> assertThat(salesToMarketing).isNotReachable()))
                .hasMessage(shouldNotReach(salesToMarketing, "").create())
                .hasMessageContaining(VerdictRenderer.render(salesToMarketing));
    }

    @Test
    void should_fail_on_the_hops_taken() {
        Via global = Via.nextHopType(NextHopType.VNetGlobalPeering);
        then(expectAssertionError(() -> assertThat(salesToMarketing).passesThrough(global)))
                .hasMessage(shouldPassThrough(salesToMarketing, global).create());
        Via peering = Via.nextHopType(NextHopType.VNetPeering);
        then(expectAssertionError(() -> assertThat(salesToMarketing).doesNotPassThrough(peering)))
                .hasMessage(shouldNotPassThrough(salesToMarketing, peering, salesToMarketing.hops().get(0)).create());
    }
}
