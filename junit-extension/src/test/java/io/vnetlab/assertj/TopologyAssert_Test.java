package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkInstanceOfAssertFactories.PEERING;
import static io.vnetlab.assertj.NetworkInstanceOfAssertFactories.VIRTUAL_NETWORK;
import static io.vnetlab.assertj.error.ShouldNotBeEmptySelection.shouldHavePairs;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.then;

class TopologyAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    @Test
    void should_throw_an_illegal_argument_listing_known_names_when_navigating_to_an_unknown_vm() {
        assertThatIllegalArgumentException().isThrownBy(() -> assertThat(azure).vm("SaleVM"))
                .withMessageContaining("SaleVM").withMessageContaining("SalesVM");
    }

    @Test
    void should_throw_an_illegal_argument_when_navigating_to_an_unknown_subnet() {
        assertThatIllegalArgumentException().isThrownBy(() -> assertThat(azure).subnet("SalesVNet", "Data"))
                .withMessage("Virtual network 'SalesVNet' has no subnet named 'Data'. Its subnets: Apps.");
    }

    @Test
    void should_fail_on_a_null_topology() {
        then(expectAssertionError(() -> assertThat((Topology) null).vm("SalesVM")))
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void should_navigate_by_address_and_by_network_interface() {
        assertThat(azure).endpoint("10.1.1.4").canReach("MarketingVM");
        assertThat(azure).nic("ResearchVMVMNic").cannotReach("SalesVMVMNic");
    }

    @Test
    void should_fail_when_two_selections_make_no_pair_of_distinct_vms() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vmsIn("SalesVNet")
                .cannotReachAnyVmIn("SalesVNet"));
        // THEN
        then(error).hasMessage(shouldHavePairs(VmGroup.vmsIn(azure, "SalesVNet"), VmGroup.vmsIn(azure, "SalesVNet"))
                .create());
        assertThat(azure).vmsIn("SalesVNet").allowEmpty().cannotReachAnyVmIn("SalesVNet");
    }

    @Test
    void should_offer_instance_of_assert_factories_for_asInstanceOf_and_extracting() {
        Object peering = azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet");
        org.assertj.core.api.Assertions.assertThat(peering).asInstanceOf(PEERING).isConnected();
        org.assertj.core.api.Assertions.assertThat(azure).extracting(t -> t.network("ResearchVNet"), VIRTUAL_NETWORK)
                .isInRegion(Region.WEST_EUROPE);
    }
}
