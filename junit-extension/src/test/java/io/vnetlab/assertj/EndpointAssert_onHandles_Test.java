package io.vnetlab.assertj;

import io.vnetlab.Nic;
import io.vnetlab.OnPremisesHost;
import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.ExpectedRoute.route;
import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.icmp;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

/** {@code assertThat(vm).canReach(other)}: every endpoint assertion, started from a live handle. */
class EndpointAssert_onHandles_Test {

    private final Topology azure = ReferenceTopologies.learnModule();
    private final Vm sales = azure.vm("SalesVM");
    private final Vm marketing = azure.vm("MarketingVM");
    private final Vm research = azure.vm("ResearchVM");

    // docs/azure/learn-module.md
    @Test
    void should_pass_when_a_vm_handle_reaches_a_vm_handle_of_a_peered_network() {
        assertThat(sales).canReach(marketing)
                .canReach(marketing, tcp(22))
                .canReach(marketing, tcp(8000, 8100))
                .cannotReach(research)
                .cannotReach(research, tcp(22))
                .canReach("MarketingVM");
        NetworkAssertions.then(research).canReach(marketing).cannotReach(sales);
    }

    @Test
    void should_fail_with_the_same_hop_by_hop_explanation_as_the_navigating_assertion() {
        AssertionError fromHandle = expectAssertionError(() -> assertThat(sales).canReach(research));

        then(fromHandle).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to reach:%n"
                + "  vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data)%n"
                + "but it cannot:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data): unreachable\n"
                + "  1. SalesVNet/Apps: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - SalesVNet and ResearchVNet are not peered. Peering is not transitive: both are peered with"
                + " MarketingVNet, but that gives them no path to each other.\n"
                + "To fix, either peer SalesVNet with ResearchVNet directly (a peering in each direction), or route"
                + " 10.3.0.0/16 from SalesVNet through a network virtual appliance in MarketingVNet (a route table"
                + " with next hop VirtualAppliance, IP forwarding on the appliance's network interface, and"
                + " allowForwardedTraffic on the peerings of SalesVNet and ResearchVNet to MarketingVNet).\n");
        then(fromHandle).hasMessage(expectAssertionError(() -> assertThat(azure).vm("SalesVM").canReach("ResearchVM"))
                .getMessage());
    }

    @Test
    void should_check_open_ports_and_effective_routes_of_a_handle() {
        assertThat(sales).hasOpenPortsTo(marketing, tcp(0, 65535), udp(0, 65535), icmp())
                .hasEffectiveRoute(route("10.2.0.0/16", NextHopType.VNetPeering))
                .doesNotHaveEffectiveRoute(route("10.3.0.0/16", NextHopType.VNetGlobalPeering))
                .hasNextHopTypeFor("10.3.1.4", NextHopType.None);
    }

    @Test
    void should_answer_from_the_topology_as_it_is_when_the_check_runs() {
        EndpointAssert fromSales = assertThat(sales);
        fromSales.cannotReach(research);

        azure.peer("SalesVNet").with("ResearchVNet").create();

        fromSales.canReach(research);
        assertThat(research).canReach(sales);
    }

    @Test
    void should_accept_network_interface_address_and_on_premises_handles() {
        Topology hub = ReferenceTopologies.hubAndSpokeWithAppliance();
        Nic appliance = hub.networkInterface("nvaVMNic");
        OnPremisesHost site = HubAndSpokesFixture.withGatewayForSpoke1().onPremisesHost("OnPrem", "10.100.0.10");

        assertThat(appliance).canReach(hub.vm("spoke1-vm")).canReach(hub.host("10.2.1.4"));
        assertThat(hub.host("10.1.1.4")).canReachThrough(hub.vm("spoke2-vm"), Via.appliance("nva"));
        assertThat(site).canReach(site.topology().vm("spoke1-vm"), tcp(443))
                .canReachThrough(site.topology().vm("spoke1-vm"), Via.gateway("hub-vpn"));
    }

    @Test
    void should_collect_a_failure_on_a_handle_in_soft_assertions() {
        NetworkSoftAssertions softly = new NetworkSoftAssertions();

        softly.assertThat(sales).canReach(research).canReach(marketing);
        softly.assertThat(sales).cannotReach(marketing);

        then(softly.errorsCollected()).hasSize(2);
        then(catchThrowable(softly::assertAll)).hasMessageContaining("Multiple Failures (2 failures)");
    }

    @Test
    void should_name_the_handle_when_it_names_another_topology() {
        Topology fork = azure.fork();

        then(catchThrowable(() -> assertThat(sales).canReach(fork.vm("MarketingVM"), tcp(22))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vm 'MarketingVM' is a handle of another topology than vm 'SalesVM''s: get both from the"
                        + " same topology.");
    }
}
