package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.Protocol;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReach;
import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReachOnAnyPort;
import static org.assertj.core.api.BDDAssertions.then;

class EndpointAssert_cannotReach_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    // docs/azure/peering.md#allow-virtual-network-access
    @Test
    void should_pass_when_peering_is_not_transitive() {
        assertThat(azure).vm("SalesVM").cannotReach("ResearchVM")
                .cannotReach("ResearchVM", tcp(22))
                .cannotReach("ResearchVM", udp(5000, 5010))
                .cannotReach(azure.vm("ResearchVM"));
        assertThat(azure).vm("ResearchVM").cannotReach("10.1.1.4");
    }

    @Test
    void should_fail_showing_the_path_that_gets_through() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM").cannotReach("MarketingVM"));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "not to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)%n"
                + "but it can:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): reachable\n"
                + "  1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering"
                + " 'SalesVNet-To-MarketingVNet' Connected   ok\n"
                + "  2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4                   "
                + "                                   delivered\n");
    }

    @Test
    void should_fail_on_one_port_when_that_port_gets_through() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .cannotReach("MarketingVM", tcp(3389)));
        // THEN
        Flow rdp = Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("MarketingVM")).on(Protocol.Tcp, 3389);
        then(error).hasMessage(shouldNotReach(azure.evaluate(rdp), "TCP/3389").create());
    }

    @Test
    void should_fail_on_a_range_naming_the_ports_that_get_through() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .cannotReach("MarketingVM", udp(5000, 5010)));
        // THEN
        Flow first = Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("MarketingVM")).on(Protocol.Udp, 5000);
        then(error).hasMessage(shouldNotReachOnAnyPort(azure.evaluate(first), "UDP/5000-5010", "UDP/5000-5010")
                .create());
    }
}
