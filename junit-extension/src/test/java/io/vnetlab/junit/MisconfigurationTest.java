package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

import static org.assertj.core.api.Assertions.assertThat;

/** Each misconfiguration gets an ExtensionConfigurationException naming the field or parameter and the remedy. */
class MisconfigurationTest {

    @Test
    void a_field_of_another_type() {
        assertClassFails(Misconfigurations.WrongType.class, "Field 'azure' of WrongType is annotated with @TestTopology"
                + " but is of type java.lang.String: declare it as io.vnetlab.Topology.");
    }

    @Test
    void a_null_field_without_a_factory() {
        assertClassFails(Misconfigurations.NullField.class, "Field 'azure' of NullField is null: initialize it"
                + " (@TestTopology static Topology azure = MyTopologies.learnModule();), name a factory"
                + " (@TestTopology(factory = MyTopology.class)) or an az script"
                + " (@TestTopology(script = \"my-topology.azcli\")).");
    }

    @Test
    void a_shared_field_without_a_factory() {
        assertClassFails(Misconfigurations.SharedWithoutFactory.class, "Field 'azure' of SharedWithoutFactory is"
                + " shared but names no factory: a shared topology is built once by its factory, so write"
                + " @TestTopology(factory = MyTopology.class, shared = true), MyTopology implementing"
                + " io.vnetlab.junit.TopologyFactory, or name an az script: @TestTopology(script ="
                + " \"my-topology.azcli\", shared = true).");
    }

    @Test
    void both_an_initializer_and_a_factory() {
        assertClassFails(Misconfigurations.InitializerAndFactory.class, "Field 'azure' of InitializerAndFactory has"
                + " both an initializer and a factory (CountingLearnModule): keep one of the two.");
    }

    @Test
    void a_final_static_field_with_a_factory() {
        assertClassFails(Misconfigurations.FinalStaticWithFactory.class, "Field 'azure' of FinalStaticWithFactory is"
                + " final, so its factory's topology cannot be assigned to it: remove 'final'.");
    }

    @Test
    void a_factory_that_fails_is_named_with_its_field() {
        assertClassFails(Misconfigurations.FactoryFails.class, "The factory"
                + " io.vnetlab.junit.Misconfigurations$FailingFactory of Field 'azure' of FactoryFails failed:"
                + " No virtual machine named 'SalesVM2' in this topology. Known: SalesVM, MarketingVM,"
                + " ResearchVM.");
    }

    @Test
    void an_instance_field_with_one_test_instance_per_class() {
        assertClassFails(Misconfigurations.InstanceFieldPerClass.class, "Field 'azure' of InstanceFieldPerClass is an"
                + " instance field, but InstanceFieldPerClass has one test instance for all its tests"
                + " (@TestInstance(PER_CLASS)), so it would be shared: make the field static (each test then gets a"
                + " fork as a parameter), or use the default per-method lifecycle.");
    }

    @Test
    void a_parameter_that_could_come_from_several_fields_or_from_one_that_does_not_exist() {
        Events tests = Fixtures.run(Misconfigurations.TwoFields.class).testEvents();
        assertThat(cause(Fixtures.failure(tests, "which_one"))).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Parameter 'azure' of TwoFields.which_one() could come from any of the topology fields"
                        + " hub, spoke of TwoFields: name one with @FromTopology(\"hub\").");
        assertThat(cause(Fixtures.failure(tests, "from_a_field_that_does_not_exist")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Parameter 'azure' of TwoFields.from_a_field_that_does_not_exist() names the topology"
                        + " field 'hubb' with @FromTopology, but no such @TestTopology field is visible to it. Known:"
                        + " hub, spoke.");
        assertThat(tests.succeeded().count()).isEqualTo(1);
    }

    @Test
    void a_topology_parameter_without_a_topology_field() {
        Events tests = Fixtures.run(Misconfigurations.NoField.class).testEvents();
        assertThat(cause(Fixtures.failure(tests, "test"))).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Parameter 'azure' of NoField.test() needs a topology, but no @TestTopology field is"
                        + " visible to it: declare one, e.g. @TestTopology static Topology azure ="
                        + " MyTopologies.build();");
    }

    @Test
    void a_resource_parameter_of_a_type_that_is_no_resource() {
        Events tests = Fixtures.run(Misconfigurations.ResourceOfUnsupportedType.class).testEvents();
        assertThat(cause(Fixtures.failure(tests, "text"))).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Parameter 'vm' of ResourceOfUnsupportedType.text() is annotated with"
                        + " @AzureResource(\"SalesVM\") but is of type java.lang.String: declare it as one of"
                        + " Vm, Nic, Host, VirtualMachine, NetworkInterface, VirtualNetwork, Subnet, Peering,"
                        + " Endpoint.");
        assertThat(cause(Fixtures.failure(tests, "topology"))).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Parameter 'vm' of ResourceOfUnsupportedType.topology() is annotated with"
                        + " @AzureResource(\"SalesVM\") but is of type io.vnetlab.Topology: declare it as one of"
                        + " Vm, Nic, Host, VirtualMachine, NetworkInterface, VirtualNetwork, Subnet, Peering,"
                        + " Endpoint, or remove @AzureResource (a Topology needs no name).");
    }

    @Test
    void a_resource_parameter_of_a_before_all_method() {
        assertClassFails(Misconfigurations.InBeforeAll.class, "Parameter 'vm' of InBeforeAll.setUp() cannot be"
                + " resolved here: topologies are forked for each test, so they are injected into test methods and"
                + " @BeforeEach/@AfterEach methods only.");
    }

    @Test
    void a_test_that_changes_a_static_field_instead_of_its_fork_fails_and_the_next_one_does_not() {
        Events tests = Fixtures.run(Misconfigurations.ChangesTheStaticField.class).testEvents();
        assertThat(Fixtures.failure(tests, "changes_the_field_instead_of_its_fork"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Field 'azure' of ChangesTheStaticField is static, so all its tests share it, and it was"
                        + " changed while test 'changes_the_field_instead_of_its_fork(Topology)' ran: change the fork"
                        + " that each test receives instead (a parameter 'Topology azure', an @AzureResource or a"
                        + " @TopologyView), or make the field an instance field. It is put back as it was when the"
                        + " first test started, so the tests after this one do not see the change.");
        assertThat(tests.failed().count()).isEqualTo(1);
    }

    private static void assertClassFails(Class<?> fixture, String message) {
        EngineExecutionResults results = Fixtures.run(fixture);
        Throwable failure = Fixtures.failure(results.allEvents(), "Misconfigurations$" + fixture.getSimpleName());
        assertThat(cause(failure)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(message);
    }

    /** The ExtensionConfigurationException itself, or the one JUnit wrapped in a ParameterResolutionException. */
    private static Throwable cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ExtensionConfigurationException) {
                return c;
            }
        }
        return t;
    }
}
