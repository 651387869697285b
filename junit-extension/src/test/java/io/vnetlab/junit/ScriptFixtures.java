package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixture classes whose topologies come from az scripts on the class path. */
final class ScriptFixtures {

    private ScriptFixtures() {
    }

    /** learn-module.azcli, next to these classes: the Learn module built by az commands. */
    @Fixture
    @VnetlabTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticScript {

        @TestTopology(script = "learn-module.azcli")
        static Topology learn;

        @Test
        @Order(1)
        void the_script_built_the_learn_module_and_the_test_changes_its_fork(
                Topology fork, @AzureResource("SalesVM") VirtualMachine sales) {
            assertThat(fork).isNotSameAs(learn);
            assertThat(fork.networks().list()).extracting(n -> n.name())
                    .containsExactly("SalesVNet", "MarketingVNet", "ResearchVNet");
            assertThat(fork.peerings().list()).extracting(p -> p.state()).containsOnly(PeeringState.Connected)
                    .hasSize(4);
            assertThat(fork.reach(sales.name(), "MarketingVM").reachable()).isTrue();
            assertThat(fork.reach(sales.name(), "ResearchVM").reachable()).isFalse();
            fork.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        }

        @Test
        @Order(2)
        void the_next_test_sees_the_scripts_topology_unchanged(Topology fork) {
            assertThat(fork.peerings().list()).extracting(p -> p.state()).containsOnly(PeeringState.Connected)
                    .hasSize(4);
            assertThat(learn.peerings().list()).hasSize(4);
        }
    }

    static final List<Topology> INSTANCE_FIELD_VALUES = new CopyOnWriteArrayList<>();

    /** An instance field: the script runs for each test. */
    @Fixture
    @VnetlabTest
    static class InstanceScript {

        @TestTopology(script = "learn-module.azcli")
        Topology learn;

        @Test
        void first(Topology fork) {
            INSTANCE_FIELD_VALUES.add(learn);
            assertThat(fork).isSameAs(learn);
            learn.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        }

        @Test
        void second(Topology fork) {
            INSTANCE_FIELD_VALUES.add(learn);
            assertThat(learn.peerings().list()).hasSize(4);
        }
    }

    static final List<Topology> SHARED_FIELD_VALUES = new CopyOnWriteArrayList<>();

    /** The same script, shared, named relative to this package. */
    @Fixture
    @VnetlabTest
    static class SharedScriptA {

        @TestTopology(script = "learn-module.azcli", shared = true)
        static Topology learn;

        @Test
        void records_the_shared_topology(Topology fork) {
            SHARED_FIELD_VALUES.add(learn);
            fork.peerings().delete("MarketingVNet", "MarketingVNet-To-ResearchVNet");
        }
    }

    /** The same script, shared, named from the class-path root: the same resource, so the same topology. */
    @Fixture
    @VnetlabTest
    static class SharedScriptB {

        @TestTopology(script = "/io/vnetlab/junit/learn-module.azcli", shared = true)
        static Topology learn;

        @Test
        void records_the_shared_topology_and_sees_no_other_classes_change(Topology fork) {
            SHARED_FIELD_VALUES.add(learn);
            assertThat(fork.peerings().list()).hasSize(4);
        }
    }

    @Fixture
    @VnetlabTest
    static class MissingScript {
        @TestTopology(script = "no-such-script.azcli")
        static Topology azure;

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class FailingCommand {
        @TestTopology(script = "overlapping-peering.azcli")
        static Topology azure;

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class UnsupportedShellSyntax {
        @TestTopology(script = "piped.azcli")
        static Topology azure;

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class ScriptAndFactory {
        @TestTopology(script = "learn-module.azcli", factory = CountingLearnModule.class)
        static Topology azure;

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class ScriptAndInitializer {
        @TestTopology(script = "learn-module.azcli")
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class FinalStaticWithScript {
        @TestTopology(script = "learn-module.azcli")
        static final Topology azure = null;

        @Test
        void test() {
        }
    }
}
