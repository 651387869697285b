package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;

/** Live handles as fields, parameters and view accessors: each reads its own test's fork. */
class HandleInjectionTest {

    @Test
    void handles_are_injected_into_fields_parameters_and_views_and_read_their_own_tests_fork() {
        Fixtures.assertAllSucceeded(Fixtures.run(HandleFixture.class), 3);
    }

    @Test
    void a_static_handle_field_is_refused_since_the_resource_belongs_to_each_tests_fork() {
        EngineExecutionResults results = Fixtures.run(HandleMisconfigurationFixture.StaticHandle.class);

        assertThat(Fixtures.failure(results.testEvents(), "static_handle"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Field 'sales' of StaticHandle is static, but @AzureResource(\"SalesVM\") comes from each"
                        + " test's own fork of its topology: make it an instance field.");
    }

    @Test
    void an_unknown_name_on_a_field_fails_the_test_with_the_known_names_listed() {
        EngineExecutionResults results = Fixtures.run(HandleMisconfigurationFixture.UnknownName.class);

        assertThat(Fixtures.failure(results.testEvents(), "unknown_name"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Field 'sales' of UnknownName, @AzureResource(\"SalesVm1\"): No virtual machine named"
                        + " 'SalesVm1'. Known: SalesVM, MarketingVM, ResearchVM. (Field 'azure' of UnknownName)");
    }

    @Test
    void a_field_of_another_type_names_the_kinds_it_could_be() {
        EngineExecutionResults results = Fixtures.run(HandleMisconfigurationFixture.WrongType.class);

        assertThat(Fixtures.failure(results.testEvents(), "wrong_type"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Field 'sales' of WrongType is annotated with @AzureResource(\"SalesVM\") but is of type"
                        + " java.lang.String: declare it as one of Vm, Nic, Host, VirtualMachine, NetworkInterface,"
                        + " VirtualNetwork, Subnet, Peering, Endpoint.");
    }
}
