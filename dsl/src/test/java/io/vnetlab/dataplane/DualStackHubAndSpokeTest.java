package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.HopText;
import io.vnetlab.render.Tables;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dual-stack hub and spoke: IPv4 and IPv6 address spaces, /64 subnets, dual-stack VMs, peering, IPv6 effective
 * routes and NSG rules with IPv6 prefixes (docs/azure/ipv6.md#dual-stack-only, #subnets, #network-interfaces, #routes,
 * #peering, #security-rules).
 */
class DualStackHubAndSpokeTest {

    private static Topology hubAndSpoke() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
        t.networks().define("hub").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.0.0.0/16").withAddressSpace("fd00:db8:a::/48")
                .withDualStackSubnet("shared", "10.0.1.0/24", "fd00:db8:a:1::/64").create();
        t.networks().define("spoke").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.1.0.0/16").withAddressSpace("fd00:db8:b::/48")
                .withDualStackSubnet("app", "10.1.1.0/24", "fd00:db8:b:1::/64").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").withIpv6().create();
        t.virtualMachines().define("spoke-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").withIpv6()
                .create();
        t.peer("hub").with("spoke").create();
        return t;
    }

    private static Verdict ipv6(Topology t, String from, String to, int port) {
        return t.evaluate(Flow.from(t.ipv6Endpoint(from)).to(t.ipv6Endpoint(to)).on(Protocol.Tcp, port));
    }

    @Test
    void dual_stack_networks_peer_Connected_and_each_vm_gets_an_IPv6_address_after_the_four_reserved() {
        Topology t = hubAndSpoke();
        assertThat(t.peering("hub", "hub-To-spoke").state()).isEqualTo(PeeringState.Connected);
        assertThat(t.peering("spoke", "spoke-To-hub").state()).isEqualTo(PeeringState.Connected);
        assertThat(t.networkInterface("spoke-vmVMNic").snapshot().ipv6Address())
                .contains(IpAddress.parse("fd00:db8:b:1::4"));
        assertThat(t.networkInterface("hub-vmVMNic").snapshot().privateIpAddress())
                .isEqualTo(IpAddress.parse("10.0.1.4"));
    }

    @Test
    void the_effective_routes_hold_the_IPv6_ranges_of_the_network_and_its_peer_and_an_IPv6_default_route() {
        Topology t = hubAndSpoke();
        assertThat(t.effectiveRoutes("spoke-vm").routes()).extracting(EffectiveRoute::describe).containsExactly(
                "10.1.0.0/16 -> VnetLocal (Default)",
                "fd00:db8:b::/48 -> VnetLocal (Default)",
                "10.0.0.0/16 -> VNetPeering (Default)",
                "fd00:db8:a::/48 -> VNetPeering (Default)",
                "0.0.0.0/0 -> Internet (Default)",
                "::/0 -> Internet (Default)",
                "10.0.0.0/8 -> None (Default)",
                "100.64.0.0/10 -> None (Default)",
                "172.16.0.0/12 -> None (Default)",
                "192.168.0.0/16 -> None (Default)");
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("spoke-vm"))).contains("fd00:db8:a::/48");
    }

    @Test
    void the_spoke_reaches_the_hub_over_IPv6_through_the_peering() {
        Topology t = hubAndSpoke();
        Verdict v = ipv6(t, "spoke-vm", "hub-vm", 443);
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'spoke-vm' fd00:db8:b:1::4 (spoke/app) -> vm 'hub-vm' fd00:db8:a:1::4 (hub/shared) on TCP/443:"
                + " reachable\n"
                + "  1. spoke/app -> hub: route fd00:db8:a::/48 -> VNetPeering (Default), peering 'spoke-To-hub'"
                + " Connected   ok\n"
                + "  2. hub/shared -> hub-vm: nic 'hub-vmVMNic' holds fd00:db8:a:1::4"
                + "                                        delivered\n");
    }

    @Test
    void an_NSG_rule_with_an_IPv6_prefix_decides_IPv6_flows_and_leaves_IPv4_alone() {
        Topology t = hubAndSpoke();
        t.networkSecurityGroups().define("app-nsg").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .defineRule("deny-ssh-from-hub-v6")
                    .denyInbound().fromAddress("fd00:db8:a::/48").fromAnyPort().toAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(100)
                    .attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("app-nsg", "spoke", "app");

        Verdict v6 = ipv6(t, "hub-vm", "spoke-vm", 22);
        assertThat(v6.reachable()).isFalse();
        assertThat(v6.firstBlockingHop()).map(HopText::decision)
                .contains("nsg 'app-nsg' on subnet 'spoke/app', inbound: securityRules/deny-ssh-from-hub-v6");
        Verdict v4 = t.evaluate(Flow.from(t.endpoint("hub-vm")).to(t.endpoint("spoke-vm")).on(Protocol.Tcp, 22));
        assertThat(v4.reachable()).isTrue();
        assertThat(ipv6(t, "hub-vm", "spoke-vm", 443).reachable()).isTrue();
    }

    @Test
    void an_unpeered_IPv6_destination_is_dropped_for_want_of_a_route() {
        Topology t = hubAndSpoke();
        t.peerings().delete("spoke", "spoke-To-hub");
        Verdict v = ipv6(t, "spoke-vm", "hub-vm", 443);
        assertThat(v.reachable()).isFalse();
        assertThat(v.firstBlockingHop().orElseThrow().kind()).isEqualTo(Hop.Kind.ROUTE);
    }

    @Test
    void Azure_refuses_IPv6_only_spaces_and_IPv6_subnets_other_than_slash_64() {
        Topology t = hubAndSpoke();
        assertThatThrownBy(() -> t.networks().define("v6only").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withAddressSpace("fd00:db8:c::/48").create())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.IPv6OnlyNotSupported);
        assertThatThrownBy(() -> t.networks().update("hub").withDualStackSubnet("wide", "10.0.2.0/24",
                "fd00:db8:a:2::/63").apply())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.InvalidIPv6SubnetPrefixLength);
        assertThatThrownBy(() -> t.networks().update("hub").withDualStackSubnet("outside", "10.0.3.0/24",
                "fd00:db8:ff:1::/64").apply())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.NetcfgSubnetRangeOutsideVnet);
    }

    @Test
    void an_IPv6_public_IP_gets_an_IPv6_address_and_a_NAT_gateway_refuses_it() {
        Topology t = hubAndSpoke();
        var pip = t.publicIpAddresses().define("v6-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withIpv6().create();
        assertThat(pip.ipAddress().isIPv6()).isTrue();
        assertThat(pip.version()).isEqualTo("IPv6");
        assertThat(pip.ipAddress()).isEqualTo(IpAddress.parse("2001:db8:ffff::4"));
        assertThatThrownBy(() -> t.natGateways().define("nat").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withPublicIpAddress("v6-ip").create())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.NatGatewayCannotUseIPv6PublicIp);
    }

    @Test
    void an_IPv4_only_vm_cannot_start_an_IPv6_flow() {
        Topology t = hubAndSpoke();
        t.virtualMachines().define("v4-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        Verdict v = t.evaluate(Flow.from(t.endpoint("v4-vm")).to(t.ipv6Endpoint("hub-vm")));
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Network interface 'v4-vmVMNic' has no IPv6 address,"
                + " so it cannot send to fd00:db8:a:1::4: give it an IPv6 IP configuration in a dual-stack subnet.");
    }

    @Test
    void an_IPv6_load_balancer_frontend_sends_internet_flows_to_the_IPv6_address_of_a_dual_stack_backend() {
        Topology t = hubAndSpoke();
        t.virtualMachines().define("web-v4").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        t.networkSecurityGroups().define("web-nsg").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .defineRule("http").allowInbound().fromAddress("Internet").fromAnyPort().toAnyAddress().toPort(80)
                    .withProtocol(Protocol.Tcp).withPriority(100).attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("web-nsg", "hub", "shared");
        t.publicIpAddresses().define("lb-v6").withRegion(Region.EAST_US).withExistingResourceGroup("rg").withIpv6()
                .create();
        t.loadBalancers().define("web-lb").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withPublicFrontend("fe-v6", "lb-v6").withBackendPool("pool-v6", "web-v4", "hub-vm")
                .withTcpProbe("http", 80).withRule("http-v6", "Tcp", 80, 80, "fe-v6", "pool-v6", "http").create();
        IpAddress frontend = t.publicIpAddresses().get("lb-v6").ipAddress();
        assertThat(frontend.isIPv6()).isTrue();

        Verdict v = t.evaluate(Flow.from(Endpoint.address("2001:4860:4860::8888")).to(Endpoint.address(
                frontend.toString())).on(Protocol.Tcp, 80));
        assertThat(v.reachable()).isTrue();
        HopDetail.LoadBalanced balanced = v.hops().stream().flatMap(h -> h.detail(HopDetail.LoadBalanced.class)
                .stream()).findFirst().orElseThrow();
        // the IPv4-only member is passed over: an IPv6 frontend sends to IPv6 addresses only
        assertThat(balanced.backend().name()).isEqualTo("hub-vmVMNic");
        assertThat(balanced.backendAddress()).isEqualTo(IpAddress.parse("fd00:db8:a:1::4"));
        assertThat(v.hops().get(v.hops().size() - 1).detail(HopDetail.Holds.class).orElseThrow().address())
                .isEqualTo(IpAddress.parse("fd00:db8:a:1::4"));
    }
}
