package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import static org.assertj.core.api.Assertions.assertThat;

/** Parameters by resource name, and the errors that list the known names when a name is wrong. */
class ParameterInjectionTest {

    private final EngineExecutionResults results = Fixtures.run(ParameterFixture.class);

    @Test
    void every_kind_of_resource_is_injected_by_name_ignoring_case() {
        results.testEvents().assertStatistics(s -> s.started(6).succeeded(3).failed(3));
        assertThat(results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactlyInAnyOrder("every_kind_of_resource_by_name(VirtualMachine, NetworkInterface,"
                                + " VirtualNetwork, Subnet, Subnet, Peering, Peering, Endpoint, Endpoint)",
                        "names_compare_ignoring_case_as_azures_do(VirtualMachine, Subnet)",
                        "records_are_snapshots_read_again_from_the_fork(Topology, NetworkInterface)");
    }

    @Test
    void an_unknown_name_fails_the_test_with_the_known_names_listed() {
        assertThat(Fixtures.failure(results.testEvents(), "unknown_name"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 'vm' of ParameterFixture.unknown_name(), @AzureResource(\"SalesVn\"): No virtual"
                        + " machine named 'SalesVn'. Known: SalesVM, MarketingVM, ResearchVM. (Field 'azure' of"
                        + " ParameterFixture)");
        assertThat(Fixtures.failure(results.testEvents(), "unknown_peering"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 'peering' of ParameterFixture.unknown_peering(),"
                        + " @AzureResource(\"SalesVNet/SalesVNet-To-ResearchVNet\"): No peering named"
                        + " 'SalesVNet/SalesVNet-To-ResearchVNet'. Known: SalesVNet/SalesVNet-To-MarketingVNet,"
                        + " MarketingVNet/MarketingVNet-To-SalesVNet, MarketingVNet/MarketingVNet-To-ResearchVNet,"
                        + " ResearchVNet/ResearchVNet-To-MarketingVNet. (Field 'azure' of ParameterFixture)");
    }

    @Test
    void a_name_that_several_networks_use_must_be_qualified() {
        assertThat(Fixtures.failure(results.testEvents(), "ambiguous_name"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter 'subnet' of ParameterFixture.ambiguous_name(), @AzureResource(\"Apps\"): 'Apps'"
                        + " names more than one subnet: SalesVNet/Apps, MarketingVNet/Apps. Qualify it with its"
                        + " network (\"SalesVNet/Apps\") or use its ARM id. (Field 'azure' of ParameterFixture)");
    }
}
