package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
class ViewFixture {

    static final List<Class<?>> IMPLEMENTATIONS = new CopyOnWriteArrayList<>();

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    /** A package-private interface: the generated class lives next to it. */
    @TopologyView
    interface LearnView {
        Topology topology();

        VirtualMachine salesVm();

        VirtualNetwork salesVnet();

        NetworkInterface researchVmVmNic();

        Subnet salesVnetApps();

        Peering marketingVNetToResearchVNet();

        Endpoint marketingVm();

        @AzureResource("SalesVNet/SalesVNet-To-MarketingVNet")
        Peering salesToMarketing();

        default boolean salesIsPeered() {
            return salesToMarketing().state() == PeeringState.Connected;
        }
    }

    /** An abstract class with helpers of its own, as kata scaffolding has. */
    @TopologyView
    abstract static class LearnLab {
        private final String greeting = "hello";

        abstract Topology topology();

        abstract VirtualMachine researchVm();

        boolean reaches(String from, String to) {
            return topology().reach(from, to).reachable();
        }

        String greeting() {
            return greeting + " " + researchVm().name();
        }
    }

    @Test
    void an_interface_view_names_resources_by_its_accessors(LearnView view, Topology fork) {
        IMPLEMENTATIONS.add(view.getClass());
        assertThat(view.topology()).isSameAs(fork);
        assertThat(view.salesVm().name()).isEqualTo("SalesVM");
        assertThat(view.salesVnet().name()).isEqualTo("SalesVNet");
        assertThat(view.researchVmVmNic().privateIpAddress()).hasToString("10.3.1.4");
        assertThat(view.salesVnetApps().addressPrefix()).hasToString("10.1.1.0/24");
        assertThat(view.marketingVNetToResearchVNet().global()).isTrue();
        assertThat(view.marketingVm()).hasToString("vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)");
        assertThat(view.salesToMarketing().remoteNetworkName()).isEqualTo("MarketingVNet");
        assertThat(view.salesIsPeered()).isTrue();
        assertThat(view).hasToString("@TopologyView LearnView of topology (3 virtual networks, 4 peerings, 3 VMs)");
    }

    @Test
    void a_view_reads_the_tests_fork_each_time_so_it_sees_the_tests_changes(LearnView view) {
        IMPLEMENTATIONS.add(view.getClass());
        view.topology().peerings().delete("MarketingVNet", "MarketingVNet-To-SalesVNet");
        assertThat(view.salesToMarketing().state()).isEqualTo(PeeringState.Disconnected);
        assertThat(view.salesIsPeered()).isFalse();
    }

    @Test
    void another_test_gets_a_view_of_its_own_fork(LearnView view) {
        IMPLEMENTATIONS.add(view.getClass());
        assertThat(view.salesIsPeered()).isTrue();
    }

    @Test
    void an_abstract_class_view_keeps_its_helpers_and_fields(LearnLab lab) {
        assertThat(lab.greeting()).isEqualTo("hello ResearchVM");
        assertThat(lab.reaches("MarketingVM", "ResearchVM")).isTrue();
        assertThat(lab.reaches("SalesVM", "ResearchVM")).isFalse();
    }
}
