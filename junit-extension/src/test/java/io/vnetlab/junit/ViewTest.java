package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed topology views: interfaces and abstract classes implemented with ByteBuddy, once per type. */
class ViewTest {

    @Test
    void interfaces_and_abstract_classes_are_implemented_once_per_type_over_each_tests_fork() {
        ViewFixture.IMPLEMENTATIONS.clear();

        EngineExecutionResults results = Fixtures.run(ViewFixture.class);

        Fixtures.assertAllSucceeded(results, 4);
        assertThat(ViewFixture.IMPLEMENTATIONS).hasSize(3);
        assertThat(ViewFixture.IMPLEMENTATIONS).containsOnly(ViewFixture.IMPLEMENTATIONS.get(0));
        assertThat(ViewFixture.IMPLEMENTATIONS.get(0).getName())
                .startsWith("io.vnetlab.junit.ViewFixture$LearnView$VnetlabView$");
    }

    @Test
    void an_accessor_that_names_no_resource_fails_with_the_known_names_and_the_remedy() {
        Events tests = Fixtures.run(ViewMisconfigurationFixture.class).testEvents();
        assertThat(Fixtures.failure(tests, "wrong_name")).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 'view' of ViewMisconfigurationFixture.wrong_name(): accessor salesVn() of"
                        + " WrongName names no resource of its topology. No virtual machine named 'salesVn'. Known:"
                        + " SalesVM, MarketingVM, ResearchVM. Rename the method or annotate it with"
                        + " @AzureResource(\"<name>\") (Field 'azure' of ViewMisconfigurationFixture).");
    }

    @Test
    void a_view_that_cannot_be_implemented_is_a_configuration_error_naming_the_method_and_the_remedy() {
        Events tests = Fixtures.run(ViewMisconfigurationFixture.class).testEvents();
        assertThat(rootCause(Fixtures.failure(tests, "takes_arguments")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Method vm() of the view TakesArguments takes arguments: an accessor of a @TopologyView"
                        + " takes none. Give it a body (in an abstract class or as a default method) if it is a"
                        + " helper.");
        assertThat(rootCause(Fixtures.failure(tests, "returns_text")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Method salesVm() of the view ReturnsText returns java.lang.String: an accessor returns"
                        + " Topology or one of Vm, Nic, Host, VirtualMachine, NetworkInterface, VirtualNetwork, Subnet,"
                        + " Peering, Endpoint. Give it a body if it is a helper.");
        assertThat(rootCause(Fixtures.failure(tests, "concrete")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("The view io.vnetlab.junit.ViewMisconfigurationFixture$Concrete is a concrete class: a"
                        + " @TopologyView is an interface or an abstract class whose abstract methods name"
                        + " resources.");
        assertThat(rootCause(Fixtures.failure(tests, "inner")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("The view io.vnetlab.junit.ViewMisconfigurationFixture$Inner is an inner class: make it"
                        + " static.");
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
