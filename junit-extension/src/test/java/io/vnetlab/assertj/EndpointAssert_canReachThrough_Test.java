package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldNotPassThrough;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldPassThrough;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldReachThrough;
import static io.vnetlab.assertj.error.ShouldReach.shouldReach;
import static org.assertj.core.api.BDDAssertions.then;

class EndpointAssert_canReachThrough_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    // docs/azure/learn-module.md
    @Test
    void should_pass_when_the_path_crosses_the_named_peering() {
        assertThat(azure).vm("SalesVM")
                .canReachThrough("MarketingVM", Via.peering("SalesVNet-To-MarketingVNet"))
                .canReachThrough("MarketingVM", Via.nextHopType(NextHopType.VNetPeering))
                .canReachThrough("MarketingVM", Via.network("MarketingVNet"));
        assertThat(azure).vm("MarketingVM")
                .canReachThrough("ResearchVM", Via.nextHopType(NextHopType.VNetGlobalPeering));
    }

    @Test
    void should_pass_when_the_path_avoids_the_named_hop() {
        assertThat(azure).vm("SalesVM")
                .canReachAvoiding("MarketingVM", Via.nextHopType(NextHopType.VNetGlobalPeering))
                .canReachAvoiding("MarketingVM", Via.network("ResearchVNet"))
                .canReachAvoiding("MarketingVM", Via.peering("MarketingVNet-To-ResearchVNet"));
    }

    @Test
    void should_fail_when_the_via_to_avoid_names_nothing_in_the_topology() {
        // WHEN: no interface or route of the Learn module has 10.0.1.4, so avoiding it would check nothing
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReachAvoiding("MarketingVM", Via.nextHop("10.0.1.4")));
        // THEN
        then(error).hasMessage(String.format("%nExpecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)%n"
                + "without passing through:%n"
                + "  next hop 10.0.1.4%n"
                + "but next hop 10.0.1.4 names nothing in the topology, so the assertion would check nothing.%n"
                + "Network interface and next hop addresses in the topology: 10.1.1.4, 10.2.1.4, 10.3.1.4"));
    }

    @Test
    void should_fail_when_the_via_to_pass_names_nothing_in_the_topology() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReachThrough("MarketingVM", Via.network("HubVNet")));
        // THEN
        then(error).hasMessage(String.format("%nExpecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)%n"
                + "through:%n"
                + "  virtual network 'HubVNet'%n"
                + "but virtual network 'HubVNet' names nothing in the topology, so the assertion would check"
                + " nothing.%n"
                + "Virtual networks in the topology: SalesVNet, MarketingVNet, ResearchVNet"));
    }

    @Test
    void should_fail_when_the_path_does_not_cross_the_named_hop() {
        // GIVEN
        Via appliance = Via.nextHop("10.3.1.4");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReachThrough("MarketingVM", appliance));
        // THEN
        then(error).hasMessage(shouldPassThrough(azure.reach("SalesVM", "MarketingVM"), appliance).create());
        then(error.getMessage()).contains("through:\n  next hop 10.3.1.4\nbut its path does not pass there:");
    }

    @Test
    void should_fail_when_the_flow_does_not_get_through_at_all() {
        // GIVEN
        Via marketing = Via.network("MarketingVNet");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReachThrough("ResearchVM", marketing));
        // THEN
        then(error).hasMessage(shouldReachThrough(azure.reach("SalesVM", "ResearchVM"), marketing).create());
    }

    @Test
    void should_fail_when_the_path_crosses_a_hop_it_should_avoid() {
        // GIVEN
        Via peering = Via.peering("salesvnet-to-marketingvnet");
        Verdict verdict = azure.reach("SalesVM", "MarketingVM");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReachAvoiding("MarketingVM", peering));
        // THEN
        then(error).hasMessage(shouldNotPassThrough(verdict, peering.resolveIn(azure), verdict.hops().get(0))
                .create());
    }

    @Test
    void should_fail_avoiding_when_the_flow_does_not_get_through() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReachAvoiding("ResearchVM", Via.network("MarketingVNet")));
        // THEN
        then(error).hasMessage(shouldReach(azure.reach("SalesVM", "ResearchVM"), "").create());
    }
}
