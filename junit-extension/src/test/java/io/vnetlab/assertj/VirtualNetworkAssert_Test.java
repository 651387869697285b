package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldBePeeredWith.shouldNotBePeeredWith;
import static io.vnetlab.assertj.error.ShouldHavePeeringTo.shouldHavePeeringTo;
import static io.vnetlab.assertj.error.ShouldHaveProperty.shouldHave;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.BDDAssertions.then;

class VirtualNetworkAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    @Test
    void should_pass_on_region_address_space_and_subnets() {
        assertThat(azure).network("ResearchVNet").isInRegion(Region.WEST_EUROPE).hasAddressSpace("10.3.0.0/16")
                .hasSubnets("Data").hasSubnet("Data", "10.3.1.0/24");
        assertThat(azure.network("SalesVNet")).isInRegion(Region.NORTH_EUROPE).hasSubnets("apps");
    }

    @Test
    void should_fail_on_another_region() {
        VirtualNetwork sales = azure.network("SalesVNet");
        AssertionError error = expectAssertionError(() -> assertThat(sales).isInRegion(Region.WEST_EUROPE));
        then(error).hasMessage(shouldHave(sales, "region", Region.WEST_EUROPE, Region.NORTH_EUROPE).create());
    }

    @Test
    void should_fail_on_another_address_space() {
        VirtualNetwork sales = azure.network("SalesVNet");
        AssertionError error = expectAssertionError(() -> assertThat(sales).hasAddressSpace("10.1.0.0/16",
                "10.10.0.0/16"));
        then(error).hasMessage(String.format("%nExpecting:%n  virtual network 'SalesVNet' [10.1.0.0/16] (northeurope)"
                + "%nto have address space:%n  [10.1.0.0/16, 10.10.0.0/16]%nbut had:%n  [10.1.0.0/16]%n"));
    }

    @Test
    void should_fail_on_other_subnets() {
        VirtualNetwork sales = azure.network("SalesVNet");
        then(expectAssertionError(() -> assertThat(sales).hasSubnets("Apps", "Data")))
                .hasMessage(shouldHave(sales, "subnets", List.of("Apps", "Data"), List.of("Apps")).create());
        then(expectAssertionError(() -> assertThat(sales).hasSubnet("Apps", "10.1.2.0/24")))
                .hasMessage(shouldHave(sales, "subnet", "Apps 10.1.2.0/24", "Apps 10.1.1.0/24").create());
    }

    // docs/azure/peering.md#peering-state
    @Test
    void should_pass_when_peered_both_ways_and_connected() {
        assertThat(azure).network("SalesVNet").isPeeredWith("MarketingVNet").isNotPeeredWith("ResearchVNet")
                .hasPeeringTo("MarketingVNet", PeeringState.Connected, PeeringSyncLevel.FullyInSync);
    }

    // docs/azure/peering.md#peering-state
    @Test
    void should_fail_peered_with_showing_each_direction_when_the_peering_is_one_sided() {
        // GIVEN
        Topology oneSided = ReferenceTopologies.learnModuleUnpeered();
        oneSided.peer("SalesVNet").to("MarketingVNet").create();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(oneSided).network("SalesVNet")
                .isPeeredWith("MarketingVNet"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  virtual network 'SalesVNet' [10.1.0.0/16] (northeurope)%n"
                + "to be peered with:%n"
                + "  virtual network 'MarketingVNet' [10.2.0.0/16] (northeurope)%n"
                + "(a peering in each direction, both Connected), but:%n")
                + "  SalesVNet -> MarketingVNet: peering 'SalesVNet/SalesVNet-To-MarketingVNet' Initiated\n"
                + "  MarketingVNet -> SalesVNet: no peering\n");
    }

    @Test
    void should_fail_not_peered_with_when_a_peering_exists() {
        AssertionError error = expectAssertionError(() -> assertThat(azure).network("SalesVNet")
                .isNotPeeredWith("MarketingVNet"));
        then(error).hasMessage(shouldNotBePeeredWith(azure.network("SalesVNet"), azure.network("MarketingVNet"),
                "  SalesVNet -> MarketingVNet: peering 'SalesVNet/SalesVNet-To-MarketingVNet' Connected\n"
                        + "  MarketingVNet -> SalesVNet: peering 'MarketingVNet/MarketingVNet-To-SalesVNet' Connected\n")
                .create());
    }

    // docs/azure/peering.md#sync-level
    @Test
    void should_fail_has_peering_to_when_the_state_or_sync_level_differs() {
        // GIVEN
        Topology initiated = ReferenceTopologies.learnModuleUnpeered();
        initiated.peer("SalesVNet").to("MarketingVNet").create();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(initiated).network("SalesVNet")
                .hasPeeringTo("MarketingVNet", PeeringState.Initiated, PeeringSyncLevel.FullyInSync));
        // THEN
        then(error).hasMessage(shouldHavePeeringTo(initiated.network("SalesVNet"), "MarketingVNet",
                "in state Initiated with sync level FullyInSync",
                initiated.peering("SalesVNet", "SalesVNet-To-MarketingVNet")).create());
        then(error.getMessage()).contains("with sync level RemoteNotInSync.");
    }

    @Test
    void should_fail_has_peering_to_when_there_is_none() {
        AssertionError error = expectAssertionError(() -> assertThat(azure).network("SalesVNet")
                .hasPeeringTo("ResearchVNet", PeeringState.Connected));
        then(error).hasMessage(shouldHavePeeringTo(azure.network("SalesVNet"), "ResearchVNet", "in state Connected")
                .create());
    }

    @Test
    void should_throw_an_illegal_state_naming_the_fix_when_asked_about_peerings_without_the_topology() {
        assertThatIllegalStateException().isThrownBy(() -> assertThat(azure.network("SalesVNet"))
                        .isPeeredWith("MarketingVNet"))
                .withMessageContaining("assertThat(topology).network(\"SalesVNet\").isPeeredWith(..)");
    }
}
