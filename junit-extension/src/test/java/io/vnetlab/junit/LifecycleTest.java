package io.vnetlab.junit;

import io.vnetlab.model.PeeringState;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;

/** Topology fields: when they are built, what each test sees, and that tests never see each other's changes. */
class LifecycleTest {

    @Test
    void a_static_field_is_built_once_per_class_and_each_test_works_on_its_own_fork() {
        StaticFieldFixture.azure = null;
        CountingLearnModule.BUILDS.set(0);

        EngineExecutionResults results = Fixtures.run(StaticFieldFixture.class);

        Fixtures.assertAllSucceeded(results, 4);
        assertThat(CountingLearnModule.BUILDS).hasValue(1);
        assertThat(StaticFieldFixture.azure).isNotNull();
        assertThat(StaticFieldFixture.azure.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Connected);
    }

    @Test
    void a_static_field_built_by_a_factory_is_kept_when_the_class_runs_again_as_an_initialized_one_is() {
        StaticFieldFixture.azure = null;
        CountingLearnModule.BUILDS.set(0);

        Fixtures.assertAllSucceeded(Fixtures.run(StaticFieldFixture.class), 4);
        io.vnetlab.Topology first = StaticFieldFixture.azure;
        Fixtures.assertAllSucceeded(Fixtures.run(StaticFieldFixture.class), 4);

        assertThat(CountingLearnModule.BUILDS).hasValue(1);
        assertThat(StaticFieldFixture.azure).isSameAs(first);
    }

    @Test
    void an_instance_field_is_built_per_test_and_replaced_by_a_fork_of_itself() {
        InstanceFieldFixture.SEEN.clear();

        EngineExecutionResults results = Fixtures.run(InstanceFieldFixture.class);

        Fixtures.assertAllSucceeded(results, 2);
        assertThat(InstanceFieldFixture.SEEN).hasSize(2).doesNotHaveDuplicates();
        assertThat(InstanceFieldFixture.SHARED_BY_MISTAKE.networks().list()).hasSize(3);
    }

    @Test
    void nested_classes_see_the_fields_of_their_enclosing_classes_and_their_own_come_first() {
        EngineExecutionResults results = Fixtures.run(NestedFixture.class);

        Fixtures.assertAllSucceeded(results, 4);
    }

    @Test
    void an_outer_classs_lifecycle_methods_get_the_outer_topology_also_for_a_nested_test_with_its_own() {
        EngineExecutionResults results = Fixtures.run(OuterSetUpFixture.class);

        Fixtures.assertAllSucceeded(results, 2);
    }

    @Test
    void a_shared_topology_is_built_once_for_all_the_classes_that_name_its_factory() {
        ExpensiveSharedTopology.BUILT.clear();
        SharedScopeFixtureA.FIELD_VALUES.clear();
        SharedScopeFixtureB.FIELD_VALUES.clear();

        EngineExecutionResults results = Fixtures.run(SharedScopeFixtureA.class, SharedScopeFixtureB.class);

        Fixtures.assertAllSucceeded(results, 2);
        assertThat(ExpensiveSharedTopology.BUILT).hasSize(1);
        assertThat(SharedScopeFixtureA.FIELD_VALUES).containsExactly(ExpensiveSharedTopology.BUILT.get(0));
        assertThat(SharedScopeFixtureB.FIELD_VALUES).containsExactly(ExpensiveSharedTopology.BUILT.get(0));
        assertThat(ExpensiveSharedTopology.BUILT.get(0).peerings().list()).hasSize(4);
    }

    @Test
    void a_shared_topology_lives_as_long_as_the_test_run_and_the_next_run_builds_its_own() {
        ExpensiveSharedTopology.BUILT.clear();
        SharedScopeFixtureA.FIELD_VALUES.clear();

        Fixtures.assertAllSucceeded(Fixtures.run(SharedScopeFixtureA.class), 1);
        Fixtures.assertAllSucceeded(Fixtures.run(SharedScopeFixtureA.class), 1);

        assertThat(ExpensiveSharedTopology.BUILT).hasSize(2);
        assertThat(SharedScopeFixtureA.FIELD_VALUES).containsExactlyElementsOf(ExpensiveSharedTopology.BUILT);
    }
}
