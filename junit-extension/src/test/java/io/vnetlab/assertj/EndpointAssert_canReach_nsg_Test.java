package io.vnetlab.assertj;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.icmp;
import static io.vnetlab.assertj.Traffic.tcp;
import static io.vnetlab.assertj.Traffic.udp;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * Reachability on ports through a network security group (docs/azure/network-security-groups.md): MarketingNSG denies
 * SSH from SalesVNet with {@code deny-ssh-from-sales} (priority 200), everything else from the peered networks gets in
 * by {@code AllowVnetInBound}.
 */
class EndpointAssert_canReach_nsg_Test {

    private final Topology azure = NsgFixture.sshDeniedFromSales();

    // docs/azure/network-security-groups.md#rules
    @Test
    void should_pass_on_the_ports_the_rules_allow_and_refuse_the_port_a_rule_denies() {
        assertThat(azure).vm("SalesVM").canReach("MarketingVM")
                .canReach("MarketingVM", tcp(443))
                .canReach("MarketingVM", tcp(23, 8080))
                .canReach("MarketingVM", udp(22))
                .canReach("MarketingVM", icmp())
                .cannotReach("MarketingVM", tcp(22));
        assertThat(azure).vm("ResearchVM").canReach("MarketingVM", tcp(22));
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void should_fail_naming_the_denying_rule_and_its_fix_when_an_nsg_rule_blocks_the_flow() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .as("sales administers marketing").canReach("MarketingVM", tcp(22)));
        // THEN
        then(error).hasMessage(String.format("[sales administers marketing] %n"
                + "Expecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/22%n"
                + "but it cannot:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/22:"
                + " unreachable\n"
                + "  1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering"
                + " 'SalesVNet-To-MarketingVNet' Connected   ok\n"
                + "  2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4                     "
                + "                                 ok\n"
                + "  3. MarketingVNet/Apps: nsg 'MarketingNSG' on subnet 'MarketingVNet/Apps', inbound:"
                + " securityRules/deny-ssh-from-sales             BLOCKED\n"
                + "Blocked at hop 3.\n"
                + "Blockers:\n"
                + "  - Network security group 'MarketingNSG' on subnet 'MarketingVNet/Apps' denies TCP 22 inbound from"
                + " 10.1.1.4 to 10.2.1.4: securityRules/deny-ssh-from-sales.\n"
                + "To fix, change or remove securityRules/deny-ssh-from-sales of nsg 'MarketingNSG', or add an inbound"
                + " security rule to nsg 'MarketingNSG' that allows TCP 22 from 10.1.1.4 to 10.2.1.4 with a priority"
                + " number below 200.\n");
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void should_fail_on_a_range_naming_only_the_ports_the_rule_denies() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .canReach("MarketingVM", tcp(20, 25)));
        // THEN
        then(error.getMessage()).startsWith(String.format("%n"
                + "Expecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/20-25%n"
                + "but it cannot on TCP/22. The first blocked flow:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/22:"
                + " unreachable\n");
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void should_fail_cannot_reach_on_a_range_naming_the_open_ranges_around_the_denied_port() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(azure).vm("SalesVM")
                .cannotReach("MarketingVM", tcp(20, 25)));
        // THEN
        then(error.getMessage()).startsWith(String.format("%n"
                + "Expecting:%n"
                + "  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)%n"
                + "not to reach:%n"
                + "  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/20-25%n"
                + "but it can on TCP/20-21, TCP/23-25. The first flow that gets through:%n")
                + "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/20:"
                + " reachable\n");
    }

    @Test
    void should_pass_on_whole_port_ranges_around_the_denied_port() {
        // answered from the verdict's port ranges (one walk per range), not port by port
        assertThat(azure).vm("SalesVM").canReach("MarketingVM", tcp(23, 65535))
                .canReach("MarketingVM", udp(0, 65535))
                .cannotReach("MarketingVM", tcp(22, 22));
    }
}
