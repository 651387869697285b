package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Topologies loaded from az scripts on the class path, run by the az emulation. */
class ScriptTopologyTest {

    private static final String NETWORKS = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
            + "/providers/Microsoft.Network/virtualNetworks/";

    @Test
    void a_static_field_is_built_once_by_its_script_and_each_test_works_on_its_own_fork() {
        ScriptFixtures.StaticScript.learn = null;

        EngineExecutionResults results = Fixtures.run(ScriptFixtures.StaticScript.class);

        Fixtures.assertAllSucceeded(results, 2);
        assertThat(ScriptFixtures.StaticScript.learn).isNotNull();
        assertThat(ScriptFixtures.StaticScript.learn.peerings().list()).hasSize(4);
    }

    @Test
    void an_instance_field_is_built_by_its_script_for_each_test() {
        ScriptFixtures.INSTANCE_FIELD_VALUES.clear();

        EngineExecutionResults results = Fixtures.run(ScriptFixtures.InstanceScript.class);

        Fixtures.assertAllSucceeded(results, 2);
        assertThat(ScriptFixtures.INSTANCE_FIELD_VALUES).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void a_shared_script_is_run_once_for_every_class_that_names_the_same_resource() {
        ScriptFixtures.SHARED_FIELD_VALUES.clear();

        EngineExecutionResults results = Fixtures.run(ScriptFixtures.SharedScriptA.class,
                ScriptFixtures.SharedScriptB.class);

        Fixtures.assertAllSucceeded(results, 2);
        assertThat(ScriptFixtures.SHARED_FIELD_VALUES).hasSize(2);
        assertThat(ScriptFixtures.SHARED_FIELD_VALUES.get(0)).isNotNull()
                .isSameAs(ScriptFixtures.SHARED_FIELD_VALUES.get(1));
    }

    @Test
    void a_script_that_is_not_on_the_class_path_is_named_with_the_resource_looked_for() {
        assertClassFails(ScriptFixtures.MissingScript.class, "Field 'azure' of MissingScript names the script"
                + " 'no-such-script.azcli', which is not on the class path: no resource"
                + " io/vnetlab/junit/no-such-script.azcli. A name without a leading '/' is relative to the package of"
                + " MissingScript; start it with '/' for a path from the class-path root.");
    }

    // docs/azure/peering.md#validation
    @Test
    void a_command_that_fails_stops_the_script_naming_its_line_and_the_clis_error() {
        assertClassFails(ScriptFixtures.FailingCommand.class, "Field 'azure' of FailingCommand could not be built"
                + " from the az script 'overlapping-peering.azcli', line 5: the command failed with exit code 1:"
                + " ERROR: (VnetAddressSpacesOverlap) Cannot create or update peering " + NETWORKS
                + "SalesVNet/virtualNetworkPeerings/Sales-To-Copy. Virtual networks " + NETWORKS + "SalesVNet and "
                + NETWORKS + "SalesCopyVNet cannot be peered because their address spaces overlap. Overlapping"
                + " address prefixes: 10.1.0.0/16");
    }

    @Test
    void shell_syntax_the_runner_does_not_support_is_named_with_its_line() {
        assertClassFails(ScriptFixtures.UnsupportedShellSyntax.class, "Field 'azure' of UnsupportedShellSyntax could"
                + " not be built from the az script 'piped.azcli', line 2: '|' (pipes, redirections, background jobs,"
                + " subshells and backquotes) is not supported by the vnetlab script runner.");
    }

    @Test
    void a_script_and_a_factory_on_one_field() {
        assertClassFails(ScriptFixtures.ScriptAndFactory.class, "Field 'azure' of ScriptAndFactory names both a"
                + " factory (CountingLearnModule) and a script ('learn-module.azcli'): keep one of the two.");
    }

    @Test
    void a_script_and_an_initializer_on_one_field() {
        assertClassFails(ScriptFixtures.ScriptAndInitializer.class, "Field 'azure' of ScriptAndInitializer has both"
                + " an initializer and a script ('learn-module.azcli'): keep one of the two.");
    }

    @Test
    void a_final_static_field_with_a_script() {
        assertClassFails(ScriptFixtures.FinalStaticWithScript.class, "Field 'azure' of FinalStaticWithScript is"
                + " final, so its script's topology cannot be assigned to it: remove 'final'.");
    }

    @Test
    void without_the_az_emulation_on_the_class_path_the_field_is_named_with_the_dependency_to_add() {
        ClassLoader withoutAz = new ClassLoader(null) {
        };

        assertThatThrownBy(() -> ScriptTopology.of(ScriptFixtures.StaticScript.class, "learn-module.azcli",
                "Field 'learn' of StaticScript", withoutAz))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Field 'learn' of StaticScript is built from the az script 'learn-module.azcli', which"
                        + " needs the az emulation: add io.vnetlab:vnetlab-az (the version of vnetlab-junit) to the"
                        + " test dependencies.")
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void the_az_emulation_is_found_when_it_is_on_the_class_path() {
        assertThat(ScriptTopology.of(ScriptFixtures.StaticScript.class, "learn-module.azcli", "Field 'learn'")
                .location()).endsWith("io/vnetlab/junit/learn-module.azcli");
    }

    private static void assertClassFails(Class<?> fixture, String message) {
        EngineExecutionResults results = Fixtures.run(fixture);
        Throwable failure = Fixtures.failure(results.allEvents(), "ScriptFixtures$" + fixture.getSimpleName());
        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(message);
    }
}
