package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.error.ShouldReach.shouldReach;
import static io.vnetlab.assertj.error.ShouldReach.shouldReachOnEveryPort;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EndpointAssert_canReach_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    // docs/azure/learn-module.md
    @Test
    void should_pass_when_the_vms_are_in_peered_networks() {
        assertThat(azure).vm("SalesVM").canReach("MarketingVM")
                .canReach("MarketingVM", tcp(22))
                .canReach("10.2.1.4")
                .canReach(azure.vm("MarketingVM"), tcp(8000, 8100));
        assertThat(azure).vm("ResearchVM").canReach("MarketingVM");
        assertThat(azure).nic("MarketingVMVMNic").canReach("ResearchVMVMNic");
    }

    // docs/azure/learn-module.md
    @Test
    void should_fail_with_the_explained_verdict_when_sales_tries_research_in_the_learn_module() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM").canReach("ResearchVM"));
        // THEN
        then(error).hasMessage(String.format("%n"
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
    }

    // docs/azure/peering.md#peering-state
    @Test
    void should_fail_naming_the_missing_side_when_the_peering_is_one_sided() {
        // GIVEN
        Topology oneSided = ReferenceTopologies.learnModuleUnpeered();
        oneSided.peer("SalesVNet").to("MarketingVNet").create();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(oneSided).vm("SalesVM").canReach("MarketingVM"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)%n"
                + "but it cannot:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): unreachable\n"
                + "  1. SalesVNet/Apps: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Peering 'SalesVNet/SalesVNet-To-MarketingVNet' is Initiated: MarketingVNet has no peering back"
                + " to SalesVNet, and traffic flows only when both directions are Connected.\n"
                + "To fix, create the peering from MarketingVNet to SalesVNet.\n");
    }

    // docs/azure/peering.md#allow-virtual-network-access
    @Test
    void should_fail_explaining_non_transitivity_when_a_spoke_tries_another_spoke_through_a_hub_without_routes() {
        // GIVEN a hub with two spokes, peered both ways with the hub, and no route tables
        Topology hubAndSpoke = Topology.create();
        hubAndSpoke.networks().define("Hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("Shared", "10.0.1.0/24").create();
        hubAndSpoke.networks().define("Spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.11.0.0/16")
                .withSubnet("Workload", "10.11.1.0/24").create();
        hubAndSpoke.networks().define("Spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.12.0.0/16")
                .withSubnet("Workload", "10.12.1.0/24").create();
        hubAndSpoke.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1").withSubnet("Workload")
                .create();
        hubAndSpoke.virtualMachines().define("Spoke2VM").withExistingPrimaryNetwork("Spoke2").withSubnet("Workload")
                .create();
        hubAndSpoke.peer("Hub").with("Spoke1").create();
        hubAndSpoke.peer("Hub").with("Spoke2").create();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(hubAndSpoke).vm("Spoke1VM").canReach("Spoke2VM"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload)%n"
                + "to reach:%n"
                + "  vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload)%n"
                + "but it cannot:%n")
                + "vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload) -> vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload): unreachable\n"
                + "  1. Spoke1/Workload: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Spoke1 and Spoke2 are not peered. Peering is not transitive: both are peered with Hub, but"
                + " that gives them no path to each other.\n"
                + "To fix, either peer Spoke1 with Spoke2 directly (a peering in each direction), or route"
                + " 10.12.0.0/16 from Spoke1 through a network virtual appliance in Hub (a route table with next hop"
                + " VirtualAppliance, IP forwarding on the appliance's network interface, and allowForwardedTraffic on"
                + " the peerings of Spoke1 and Spoke2 to Hub).\n");
    }

    @Test
    void should_fail_with_the_description_and_the_traffic_asked_for() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .as("sales reaches research over SSH").canReach("ResearchVM", tcp(22)));
        // THEN
        Flow ssh = Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("ResearchVM")).on(Protocol.Tcp, 22);
        then(error).hasMessage("[sales reaches research over SSH] "
                + shouldReach(azure.evaluate(ssh), "TCP/22").create());
    }

    @Test
    void should_fail_on_a_port_range_naming_the_blocked_ports_and_explaining_the_first() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReach("ResearchVM", tcp(8000, 8010)));
        // THEN
        Flow first = Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("ResearchVM")).on(Protocol.Tcp, 8000);
        then(error).hasMessage(shouldReachOnEveryPort(azure.evaluate(first), "TCP/8000-8010", "TCP/8000-8010")
                .create());
    }

    @Test
    void should_pass_as_a_description_carried_from_the_topology_assert() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).as("learn module")
                .vm("SalesVM").canReach("ResearchVM"));
        // THEN
        then(error.getMessage()).startsWith("[learn module] ");
    }

    @Test
    void should_throw_an_illegal_argument_listing_the_vms_when_a_name_is_wrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> assertThat(azure).vm("SalesVM").canReach("ReserchVM"))
                .withMessageContaining("SalesVM, MarketingVM, ResearchVM");
    }

    @Test
    void should_throw_an_illegal_argument_when_the_target_is_a_handle_of_another_topology() {
        Topology fork = azure.fork();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(azure.vm("SalesVM")).canReach(fork.vm("MarketingVM")))
                .withMessage("vm 'MarketingVM' is a handle of another topology than vm 'SalesVM''s: get both from the"
                        + " same topology.");
    }
}
