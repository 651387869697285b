package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.icmp;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static io.vnetlab.assertj.error.ShouldHaveOpenPorts.shouldHaveOpenPorts;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The open ports are the ranges the verdict of all traffic lets through ({@code Verdict.traffic()}): without NSGs
 * every port of TCP and UDP and ICMP, narrowed by each NSG on the path
 * (docs/azure/network-security-groups.md#evaluation-order).
 */
class EndpointAssert_hasOpenPortsTo_Test {

    private final Topology azure = ReferenceTopologies.learnModule();

    @Test
    void should_pass_when_everything_is_open_between_peered_vms_without_nsgs() {
        assertThat(azure).vm("SalesVM").hasOpenPortsTo("MarketingVM", Traffic.any())
                .hasOpenPortsTo("MarketingVM", tcp(0, 65535), udp(0, 65535), icmp())
                .hasOpenPortsTo("MarketingVM", tcp(0, 1000), tcp(1001, 65535), Traffic.on(Protocol.Udp), icmp());
    }

    @Test
    void should_pass_when_nothing_is_open_and_nothing_is_expected() {
        assertThat(azure).vm("SalesVM").hasOpenPortsTo("ResearchVM");
    }

    // docs/azure/network-security-groups.md#default-rules
    @Test
    void should_pass_with_the_ranges_an_nsg_rule_leaves_open() {
        // GIVEN deny-ssh-from-sales (priority 200) above AllowVnetInBound
        Topology nsg = NsgFixture.sshDeniedFromSales();
        // THEN
        assertThat(nsg).vm("SalesVM").hasOpenPortsTo("MarketingVM", tcp(0, 21), tcp(23, 65535), Traffic.on(Protocol.Udp),
                icmp());
        assertThat(nsg).vm("ResearchVM").hasOpenPortsTo("MarketingVM", Traffic.any());
    }

    @Test
    void should_fail_listing_the_open_ranges_when_more_is_open_than_expected() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .hasOpenPortsTo("MarketingVM", tcp(22), tcp(443)));
        // THEN
        then(error).hasMessage(shouldHaveOpenPorts(azure.reach("SalesVM", "MarketingVM"), "TCP/22, TCP/443",
                "TCP/0-65535, UDP/0-65535, ICMP").create());
    }

    @Test
    void should_fail_saying_none_when_the_target_is_unreachable() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .hasOpenPortsTo("ResearchVM", tcp(22)));
        // THEN
        then(error).hasMessage(shouldHaveOpenPorts(azure.reach("SalesVM", "ResearchVM"), "TCP/22", "none").create());
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void should_fail_showing_the_ranges_an_nsg_leaves_open_and_the_rules_that_decided() {
        // GIVEN
        Topology nsg = NsgFixture.sshDeniedFromSales();
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(nsg).vm("SalesVM")
                .hasOpenPortsTo("MarketingVM", tcp(22)));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting the open ports from:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)%n"
                + "to be:%n"
                + "  TCP/22%n"
                + "but they are:%n"
                + "  TCP/0-21, TCP/23-65535, UDP/0-65535, ICMP%n"
                + "The path of all traffic:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): reachable\n"
                + "  1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering"
                + " 'SalesVNet-To-MarketingVNet' Connected                       ok\n"
                + "  2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4                    "
                + "                                                      ok\n"
                + "  3. MarketingVNet/Apps -> MarketingVM: nsg 'MarketingNSG' on subnet 'MarketingVNet/Apps', inbound:"
                + " allowed by defaultSecurityRules/AllowVnetInBound   delivered\n"
                + "Traffic allowed: TCP 0-21, 23-65535; UDP 0-65535; ICMP\n");
    }
}
