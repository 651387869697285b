package io.vnetlab.examples;

import io.vnetlab.render.HopText;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRuleDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers the docs tutorial "Filter network traffic with a network security group" gives, section "Test traffic
 * filters" (docs/azure/network-security-groups.md#rules, #evaluation-order, #service-tags): application security groups
 * as destinations of a subnet NSG.
 */
class FilterTrafficTutorialTest {

    private static final Endpoint MY_COMPUTER = Endpoint.address("203.0.113.50");

    private static Verdict tcp(Topology t, Endpoint from, String to, int port) {
        return t.evaluate(Flow.from(from).to(t.endpoint(to)).on(Protocol.Tcp, port));
    }

    @Test
    void ssh_from_the_Internet_reaches_the_management_vm_through_Allow_SSH_All() {
        Topology t = FilterTrafficTutorial.build();
        Verdict v = tcp(t, MY_COMPUTER, "myVmMgmt", 22);
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(HopText::decision).contains(
                "nsg 'myNsg' on subnet 'myVirtualNetwork/mySubnet', inbound: allowed by securityRules/Allow-SSH-All");
    }

    @Test
    void ssh_from_the_management_vm_to_the_web_vm_succeeds_through_the_default_AllowVnetInBound() {
        Topology t = FilterTrafficTutorial.build();
        Verdict v = tcp(t, t.endpoint("myVmMgmt"), "myVmWeb", 22);
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(HopText::decision).containsExactly(
                "nsg 'myNsg' on subnet 'myVirtualNetwork/mySubnet', outbound: allowed by"
                        + " defaultSecurityRules/AllowVnetOutBound",
                "route 10.0.0.0/16 -> VnetLocal (Default), nic 'myVmWebVMNic' holds 10.0.0.4",
                "nsg 'myNsg' on subnet 'myVirtualNetwork/mySubnet', inbound: allowed by"
                        + " defaultSecurityRules/AllowVnetInBound");
        assertThat(tcp(t, t.endpoint("myVmMgmt"), "myVmWeb", 80).reachable()).as("curl myVmWeb").isTrue();
    }

    @Test
    void ssh_from_the_Internet_to_the_web_vm_fails_because_no_rule_opens_22_to_the_web_servers() {
        Topology t = FilterTrafficTutorial.build();
        Verdict v = tcp(t, MY_COMPUTER, "myVmWeb", 22);
        assertThat(v.reachable()).isFalse();
        assertThat(v.firstBlockingHop()).get().extracting(HopText::decision).isEqualTo(
                "nsg 'myNsg' on subnet 'myVirtualNetwork/mySubnet', inbound: defaultSecurityRules/DenyAllInBound");
    }

    @Test
    void http_from_the_Internet_reaches_the_web_vm_and_only_80_and_443_are_open_to_it() {
        Topology t = FilterTrafficTutorial.build();
        assertThat(tcp(t, MY_COMPUTER, "myVmWeb", 80).reachable()).isTrue();
        assertThat(tcp(t, MY_COMPUTER, "myVmMgmt", 80).reachable()).isFalse();
        assertThat(t.evaluate(Flow.from(MY_COMPUTER).to(t.endpoint("myVmWeb"))).traffic().toString())
                .isEqualTo("TCP 80, 443");
        assertThat(t.evaluate(Flow.from(MY_COMPUTER).to(t.endpoint("myVmMgmt"))).traffic().toString())
                .isEqualTo("TCP 22");
    }

    @Test
    void the_web_vm_reaches_the_Internet_to_fetch_nginx_through_AllowInternetOutBound() {
        Topology t = FilterTrafficTutorial.build();
        Verdict v = t.evaluate(Flow.from(t.endpoint("myVmWeb")).to(Endpoint.address("91.189.91.83"))
                .on(Protocol.Tcp, 80));
        assertThat(v.reachable()).isTrue();
        assertThat(HopText.decision(v.hops().get(0))).endsWith("allowed by defaultSecurityRules/AllowInternetOutBound");
    }

    @Test
    void ip_flow_verify_agrees_with_the_walk() {
        Topology t = FilterTrafficTutorial.build();
        assertThat(t.networkWatcher().verifyIpFlow("myVmWeb", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.0.4:443", "203.0.113.50:50000")).hasToString("Allow securityRules/Allow-Web-All");
        assertThat(t.networkWatcher().verifyIpFlow("myVmWeb", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.0.4:22", "203.0.113.50:50000")).hasToString("Deny defaultSecurityRules/DenyAllInBound");
    }
}
