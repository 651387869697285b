package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.error.ShouldAllReach.shouldAllReach;
import static io.vnetlab.assertj.error.ShouldNotBeEmptySelection.shouldNotBeEmptySelection;
import static org.assertj.core.api.BDDAssertions.then;

class VmGroupAssert_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    // docs/azure/peering.md#allow-virtual-network-access
    @Test
    void should_pass_isolation_when_no_vm_of_one_network_reaches_any_of_the_other() {
        assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("ResearchVNet");
        assertThat(azure).vmsIn("ResearchVNet").cannotReachAnyVmIn("SalesVNet");
        assertThat(azure).vms("SalesVM").cannotReachAnyOf("ResearchVM");
    }

    @Test
    void should_fail_isolation_showing_the_one_reachable_pair_and_its_path() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vmsIn("SalesVNet")
                .cannotReachAnyVmIn("MarketingVNet", "ResearchVNet"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting no VM of:%n"
                + "  VMs in SalesVNet [SalesVM]%n"
                + "to reach any VM of:%n"
                + "  VMs in MarketingVNet, ResearchVNet [MarketingVM, ResearchVM]%n"
                + "but 1 of 2 pairs can:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): reachable\n"
                + "  1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering"
                + " 'SalesVNet-To-MarketingVNet' Connected   ok\n"
                + "  2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4" + " ".repeat(54)
                + "delivered\n");
    }

    @Test
    void should_fail_when_a_selection_is_empty() {
        // GIVEN
        azure.networks().define("EmptyVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.9.0.0/16").create();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vmsIn("SalesVNet")
                .cannotReachAnyVmIn("EmptyVNet"));
        // THEN
        then(error).hasMessage(shouldNotBeEmptySelection(new VmGroup("VMs in EmptyVNet", List.of())).create());
        then(error.getMessage()).contains("VMs in EmptyVNet []").contains("call allowEmpty()");
    }

    @Test
    void should_pass_on_an_empty_selection_when_told_to_allow_it() {
        azure.networks().define("EmptyVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.9.0.0/16").create();
        assertThat(azure).vmsIn("EmptyVNet").allowEmpty().cannotReachAnyVmIn("SalesVNet");
        assertThat(azure).vmsIn("SalesVNet").allowEmpty().canReachEveryVmIn("EmptyVNet");
    }

    @Test
    void should_pass_when_every_vm_reaches_every_vm_of_the_other_group() {
        assertThat(azure).vmsIn("SalesVNet", "ResearchVNet").canReachEveryVmIn("MarketingVNet");
    }

    @Test
    void should_fail_full_reachability_explaining_each_blocked_pair() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vmsIn("SalesVNet")
                .canReachEveryVmIn("MarketingVNet", "ResearchVNet"));
        // THEN
        List<Verdict> blocked = List.of(azure.reach("SalesVM", "ResearchVM"));
        then(error).hasMessage(shouldAllReach(VmGroup.vmsIn(azure, "SalesVNet"),
                VmGroup.vmsIn(azure, "MarketingVNet", "ResearchVNet"), blocked, 2).create());
    }
}
