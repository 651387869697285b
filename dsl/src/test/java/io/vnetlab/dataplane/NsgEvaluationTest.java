package io.vnetlab.dataplane;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.Topology;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * NSGs in the packet walk and in Network Watcher: docs/azure/network-security-groups.md#rules, #evaluation-order,
 * #service-tags, docs/azure/cli-and-network-watcher.md#ip-flow-verify, docs/azure/reachability.md#walk;
 * docs/azure/decisions.md.
 */
class NsgEvaluationTest {

    /** One network, subnets a (vm1, vm2) and b (vm3), no NSG yet. */
    private static Topology network() {
        Topology t = Topology.create();
        t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("a", "10.0.1.0/24").withSubnet("b", "10.0.2.0/24").create();
        t.virtualMachines().define("vm1").withExistingPrimaryNetwork("vnet").withSubnet("a").create();
        t.virtualMachines().define("vm2").withExistingPrimaryNetwork("vnet").withSubnet("a").create();
        t.virtualMachines().define("vm3").withExistingPrimaryNetwork("vnet").withSubnet("b").create();
        return t;
    }

    private static Verdict tcp(Topology t, String from, String to, int port) {
        return t.evaluate(Flow.from(t.endpoint(from)).to(t.endpoint(to)).on(Protocol.Tcp, port));
    }

    private static String decisions(Verdict v) {
        return v.hops().stream().map(h -> HopText.decision(h) + " " + HopText.outcome(h.outcome())).collect(Collectors.joining("\n"));
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void the_first_matching_rule_by_priority_decides_and_names_itself() {
        Topology t = network();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("allow-ssh").allowInbound().fromAddress("VirtualNetwork").toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(200).attach()
                .defineRule("deny-ssh").denyInbound().toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "b");
        assertThat(VerdictRenderer.render(tcp(t, "vm1", "vm3", 22))).isEqualTo(
                "vm 'vm1' 10.0.1.4 (vnet/a) -> vm 'vm3' 10.0.2.4 (vnet/b) on TCP/22: unreachable\n"
                + "  1. vnet/a -> vm3: route 10.0.0.0/16 -> VnetLocal (Default), nic 'vm3VMNic' holds 10.0.2.4   ok\n"
                + "  2. vnet/b: nsg 'nsg' on subnet 'vnet/b', inbound: securityRules/deny-ssh                    BLOCKED\n"
                + "Blocked at hop 2.\n"
                + "Blockers:\n"
                + "  - Network security group 'nsg' on subnet 'vnet/b' denies TCP 22 inbound from 10.0.1.4 to 10.0.2.4:"
                + " securityRules/deny-ssh.\n"
                + "To fix, change or remove securityRules/deny-ssh of nsg 'nsg'.\n");
        t.networkSecurityGroups().update("nsg").withoutRule("deny-ssh")
                .defineRule("deny-ssh").denyInbound().toPort(22).withProtocol(Protocol.Tcp).withPriority(300).attach()
                .apply();
        Verdict v = tcp(t, "vm1", "vm3", 22);
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).last().extracting(HopText::decision, Hop::outcome).containsExactly(
                "nsg 'nsg' on subnet 'vnet/b', inbound: allowed by securityRules/allow-ssh", HopOutcome.DELIVERED);
        assertThat(tcp(t, "vm1", "vm3", 80).reachable()).as("AllowVnetInBound, default rule").isTrue();
    }

    // docs/azure/network-security-groups.md#rules
    @Test
    void a_deny_rule_at_priority_100_can_only_be_changed_or_removed() {
        Topology t = network();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("first").denyOutbound().withPriority(100).attach().create();
        t.networkSecurityGroups().associateWithNetworkInterface("nsg", "vm1VMNic");
        assertThat(VerdictRenderer.fixes(tcp(t, "vm1", "vm3", 22))).containsExactly("change or remove securityRules/first of nsg"
                + " 'nsg'");
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void outbound_is_the_nic_nsg_then_the_subnet_nsg_inbound_the_subnet_then_the_nic() {
        Topology t = network();
        for (String name : new String[] {"nicA", "subnetA", "subnetB", "nicB"}) {
            t.networkSecurityGroups().define(name).withRegion(Region.WEST_EUROPE).create();
        }
        t.networkSecurityGroups().associateWithNetworkInterface("nicA", "vm1VMNic");
        t.networkSecurityGroups().associateWithSubnet("subnetA", "vnet", "a");
        t.networkSecurityGroups().associateWithSubnet("subnetB", "vnet", "b");
        t.networkSecurityGroups().associateWithNetworkInterface("nicB", "vm3VMNic");
        assertThat(decisions(tcp(t, "vm1", "vm3", 22))).isEqualTo(String.join("\n",
                "nsg 'nicA' on nic 'vm1VMNic', outbound: allowed by defaultSecurityRules/AllowVnetOutBound ok",
                "nsg 'subnetA' on subnet 'vnet/a', outbound: allowed by defaultSecurityRules/AllowVnetOutBound ok",
                "route 10.0.0.0/16 -> VnetLocal (Default), nic 'vm3VMNic' holds 10.0.2.4 ok",
                "nsg 'subnetB' on subnet 'vnet/b', inbound: allowed by defaultSecurityRules/AllowVnetInBound ok",
                "nsg 'nicB' on nic 'vm3VMNic', inbound: allowed by defaultSecurityRules/AllowVnetInBound delivered"));
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void both_levels_must_allow_a_subnet_allow_does_not_override_a_nic_deny() {
        Topology t = network();
        t.networkSecurityGroups().define("open").withRegion(Region.WEST_EUROPE)
                .defineRule("all").allowInbound().withPriority(100).attach().create();
        t.networkSecurityGroups().define("closed").withRegion(Region.WEST_EUROPE)
                .defineRule("none").denyInbound().withPriority(100).attach().create();
        t.networkSecurityGroups().associateWithSubnet("open", "vnet", "b");
        t.networkSecurityGroups().associateWithNetworkInterface("closed", "vm3VMNic");
        Verdict v = tcp(t, "vm1", "vm3", 443);
        assertThat(v.reachable()).isFalse();
        assertThat(v.firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'closed' on nic 'vm3VMNic', inbound: securityRules/none");
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void traffic_inside_one_subnet_is_filtered_too() {
        Topology t = network();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("no-rdp").denyInbound().fromAddress("10.0.1.0/24").toPort(3389)
                    .withProtocol(Protocol.Tcp).withPriority(100).attach().create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "a");
        Verdict v = tcp(t, "vm1", "vm2", 3389);
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Network security group 'nsg' on subnet"
                + " 'vnet/a' denies TCP 3389 inbound from 10.0.1.4 to 10.0.1.5: securityRules/no-rdp.");
        assertThat(tcp(t, "vm1", "vm2", 22).reachable()).isTrue();
    }

    // docs/azure/network-security-groups.md#stateful
    @Test
    void nsgs_are_stateful_a_reply_needs_no_rule_but_a_new_connection_the_other_way_does() {
        Topology t = network();
        t.networkSecurityGroups().define("outbound-only").withRegion(Region.WEST_EUROPE)
                .defineRule("deny-all-in").denyInbound().withPriority(100).attach().create();
        t.networkSecurityGroups().associateWithNetworkInterface("outbound-only", "vm1VMNic");
        assertThat(tcp(t, "vm1", "vm3", 22).reachable()).as("vm1 opens the connection; replies are implied").isTrue();
        Verdict back = tcp(t, "vm3", "vm1", 22);
        assertThat(back.reachable()).isFalse();
        assertThat(back.firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'outbound-only' on nic 'vm1VMNic', inbound: securityRules/deny-all-in");
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void without_a_port_the_verdict_gives_the_ranges_two_overlapping_nsgs_both_allow() {
        Topology t = network();
        t.networkSecurityGroups().define("subnet-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("deny-100-200").denyInbound().toPortRange(100, 200).withProtocol(Protocol.Tcp)
                    .withPriority(100).attach()
                .defineRule("web").allowInbound().toPortRange(80, 443).withProtocol(Protocol.Tcp).withPriority(110)
                    .attach()
                .defineRule("apps").allowInbound().toPortRange(8000, 8100).withProtocol(Protocol.Tcp)
                    .withPriority(120).attach()
                .defineRule("dns").allowInbound().toPort(53).withProtocol(Protocol.Udp).withPriority(130).attach()
                .defineRule("deny-rest").denyInbound().withPriority(4000).attach()
                .create();
        t.networkSecurityGroups().define("nic-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("ssh").allowInbound().toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach()
                .defineRule("wide").allowInbound().toPortRange(90, 8050).withProtocol(Protocol.Tcp).withPriority(110)
                    .attach()
                .defineRule("udp").allowInbound().toPortRange(50, 60).withProtocol(Protocol.Udp).withPriority(120)
                    .attach()
                .defineRule("deny-rest").denyInbound().withPriority(4000).attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("subnet-nsg", "vnet", "b");
        t.networkSecurityGroups().associateWithNetworkInterface("nic-nsg", "vm3VMNic");

        Verdict any = t.reach("vm1", "vm3");
        assertThat(any.reachable()).isTrue();
        assertThat(any.traffic().ports(Protocol.Tcp)).isEqualTo(PortRangeSet.range(90, 99)
                .union(PortRangeSet.range(201, 443)).union(PortRangeSet.range(8000, 8050)));
        assertThat(any.traffic().toString()).isEqualTo("TCP 90-99, 201-443, 8000-8050; UDP 53");
        assertThat(VerdictRenderer.render(any)).endsWith("Traffic allowed: TCP 90-99, 201-443, 8000-8050; UDP 53\n");
        assertThat(any.traffic().protocols()).containsExactly(Protocol.Tcp, Protocol.Udp);

        Verdict tcpOnly = t.evaluate(Flow.from(t.endpoint("vm1")).to(t.endpoint("vm3")).on(Protocol.Tcp));
        assertThat(tcpOnly.traffic().toString()).isEqualTo("TCP 90-99, 201-443, 8000-8050");
        assertThat(tcp(t, "vm1", "vm3", 210).reachable()).isTrue();
        assertThat(tcp(t, "vm1", "vm3", 150).firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'subnet-nsg' on subnet 'vnet/b', inbound: securityRules/deny-100-200");
        assertThat(tcp(t, "vm1", "vm3", 22).firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'subnet-nsg' on subnet 'vnet/b', inbound: securityRules/deny-rest");
        assertThat(tcp(t, "vm1", "vm3", 8080).firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'nic-nsg' on nic 'vm3VMNic', inbound: securityRules/deny-rest");
        Verdict icmp = t.evaluate(Flow.from(t.endpoint("vm1")).to(t.endpoint("vm3")).on(Protocol.Icmp));
        assertThat(icmp.reachable()).isFalse();
    }

    @Test
    void a_flow_nothing_narrows_says_nothing_about_traffic() {
        Verdict v = network().reach("vm1", "vm3");
        assertThat(v.traffic()).isEqualTo(ProtocolPorts.requestedBy(v.flow()));
        assertThat(VerdictRenderer.render(v)).doesNotContain("Traffic allowed");
    }

    @Test
    void a_rule_restricted_to_some_source_ports_does_not_match_a_new_connection_from_an_ephemeral_port() {
        Topology t = network();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("from-1000").allowInbound().fromPort(1000).toPort(22).withProtocol(Protocol.Tcp)
                    .withPriority(100).attach()
                .defineRule("deny").denyInbound().withPriority(200).attach().create();
        t.networkSecurityGroups().associateWithNetworkInterface("nsg", "vm3VMNic");
        assertThat(tcp(t, "vm1", "vm3", 22).reachable()).isFalse();
        assertThat(t.networkWatcher().verifyIpFlow("vm3", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.2.4:22", "10.0.1.4:1000")).isEqualTo(new IpFlowVerification(SecurityRuleAccess.Allow,
                "securityRules/from-1000"));
    }

    // ---- service tags (docs/azure/network-security-groups.md#service-tags)

    private static Topology peered(boolean access) {
        Topology t = network();
        t.networks().define("peer").withRegion(Region.WEST_EUROPE).withAddressSpace("10.9.0.0/16")
                .withSubnet("s", "10.9.0.0/24").create();
        t.virtualMachines().define("vm9").withExistingPrimaryNetwork("peer").withSubnet("s").create();
        t.peer("vnet").with("peer").allowVirtualNetworkAccess(access).create();
        return t;
    }

    // docs/azure/network-security-groups.md#virtual-network-tag
    @Test
    void the_VirtualNetwork_tag_is_the_own_space_connected_peers_with_access_and_the_host_ip() {
        Topology t = peered(true);
        t.networks().define("half").withRegion(Region.WEST_EUROPE).withAddressSpace("10.8.0.0/16").create();
        t.peer("vnet").to("half").create();                          // Initiated: not in the tag
        DataPlane plane = t.dataPlane();
        assertThat(VirtualNetworkServiceTag.prefixes(plane, t.subnet("vnet", "a"))).extracting(Cidr::toString)
                .containsExactly("10.0.0.0/16", "10.9.0.0/16", "168.63.129.16/32");
        assertThat(VirtualNetworkServiceTag.prefixes(plane, t.subnet("peer", "s"))).extracting(Cidr::toString)
                .containsExactly("10.9.0.0/16", "10.0.0.0/16", "168.63.129.16/32");
    }

    // docs/azure/peering.md#virtual-network-access-off
    @Test
    void a_peer_without_vnet_access_is_not_in_the_tag_of_the_network_whose_peering_turned_it_off() {
        Topology t = peered(true);
        t.peerings().update("vnet", "vnet-To-peer").allowVirtualNetworkAccess(false).apply();
        DataPlane plane = t.dataPlane();
        assertThat(VirtualNetworkServiceTag.prefixes(plane, t.subnet("vnet", "a"))).extracting(Cidr::toString)
                .containsExactly("10.0.0.0/16", "168.63.129.16/32");
        assertThat(VirtualNetworkServiceTag.prefixes(plane, t.subnet("peer", "s"))).extracting(Cidr::toString)
                .containsExactly("10.9.0.0/16", "10.0.0.0/16", "168.63.129.16/32");
    }

    // docs/azure/peering.md#virtual-network-access-off
    @Test
    void with_vnet_access_off_default_rules_deny_and_the_verdict_names_the_rule_and_the_flag() {
        Topology t = peered(false);
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE).create();
        t.networkSecurityGroups().associateWithNetworkInterface("nsg", "vm1VMNic");
        Verdict v = tcp(t, "vm1", "vm9", 22);
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.warnings(v)).isEmpty();
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "vm 'vm1' 10.0.1.4 (vnet/a) -> vm 'vm9' 10.9.0.4 (peer/s) on TCP/22: unreachable\n"
                + "  1. vnet/a: nsg 'nsg' on nic 'vm1VMNic', outbound: defaultSecurityRules/DenyAllOutBound   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Network security group 'nsg' on nic 'vm1VMNic' denies TCP 22 outbound from 10.0.1.4 to"
                + " 10.9.0.4: defaultSecurityRules/DenyAllOutBound.\n"
                + "  - allowVirtualNetworkAccess is off on peering 'vnet/vnet-To-peer', so peer (10.9.0.0/16) is not in"
                + " vnet's VirtualNetwork service tag and defaultSecurityRules/AllowVnetOutBound does not match it.\n"
                + "To fix, either set allowVirtualNetworkAccess on peering 'vnet/vnet-To-peer', or add an outbound"
                + " security rule to nsg 'nsg' that allows TCP 22 from 10.0.1.4 to 10.9.0.4 (any priority from 100"
                + " to 4096 comes before the default rules).\n");
    }

    // docs/azure/peering.md#virtual-network-access-off
    @Test
    void with_vnet_access_off_an_explicit_rule_still_lets_traffic_through() {
        Topology t = peered(false);
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("to-peer").allowOutbound().toAddress("10.9.0.0/16").withPriority(100).attach().create();
        t.networkSecurityGroups().associateWithNetworkInterface("nsg", "vm1VMNic");
        Verdict v = tcp(t, "vm1", "vm9", 22);
        assertThat(v.reachable()).isTrue();
        assertThat(HopText.decision(v.hops().get(0))).isEqualTo("nsg 'nsg' on nic 'vm1VMNic', outbound: allowed by"
                + " securityRules/to-peer");
        assertThat(VerdictRenderer.warnings(v)).as("the rules decided; no 'no NSG is on this path' warning").isEmpty();
    }

    @Test
    void with_vnet_access_off_and_no_nsg_anywhere_the_flow_passes_with_a_warning_design_md() {
        Verdict v = peered(false).reach("vm1", "vm9");
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.warnings(v)).singleElement().asString().endsWith("no NSG is on this path, so it is allowed.");
    }

    // ---- the Internet and public IPs (docs/azure/network-security-groups.md#translated-addresses, #internet-tag)

    // docs/azure/network-security-groups.md#translated-addresses
    @Test
    void a_vm_is_reached_from_the_Internet_through_its_public_ip_as_its_nsgs_allow() {
        Topology t = network();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("vnet").withSubnet("b").withAzCliDefaults()
                .create();
        Endpoint internet = Endpoint.address("203.0.113.9");
        Verdict ssh = t.evaluate(Flow.from(internet).to(t.endpoint("web")).on(Protocol.Tcp, 22));
        assertThat(VerdictRenderer.render(ssh)).isEqualTo(
                "address 203.0.113.9 -> vm 'web' 10.0.2.5 (vnet/b) on TCP/22: reachable\n"
                + "  1. Internet -> web: public IP 'webPublicIP' 20.0.0.4 -> 10.0.2.5                                 ok\n"
                + "  2. vnet/b: nsg 'webNSG' on nic 'webVMNic', inbound: allowed by securityRules/default-allow-ssh   ok\n"
                + "  3. vnet/b -> web: nic 'webVMNic' holds 10.0.2.5                                                  delivered\n");
        Verdict byAddress = t.evaluate(Flow.from(internet).to(Endpoint.address("20.0.0.4")).on(Protocol.Tcp, 22));
        assertThat(byAddress.reachable()).isTrue();
        Verdict http = t.evaluate(Flow.from(internet).to(t.endpoint("web")).on(Protocol.Tcp, 80));
        assertThat(http.firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'webNSG' on nic 'webVMNic', inbound: defaultSecurityRules/DenyAllInBound");
        assertThat(t.evaluate(Flow.from(internet).to(t.endpoint("web"))).traffic().toString()).isEqualTo("TCP 22");
    }

    @Test
    void an_Internet_address_is_an_endpoint_by_its_text_and_any_protocol_with_a_port_means_tcp_and_udp() {
        Topology t = network();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("vnet").withSubnet("b").withAzCliDefaults()
                .create();
        Verdict v = t.reach("198.51.100.20", "web");
        assertThat(v.reachable()).isTrue();
        assertThat(v.traffic()).hasToString("TCP 22");
        Verdict anyOn22 = t.evaluate(Flow.from(t.endpoint("vm1")).to(t.endpoint("web")).on(Protocol.Any, 22));
        assertThat(anyOn22.traffic()).hasToString("TCP 22; UDP 22");
    }

    // docs/azure/network-security-groups.md#translated-addresses
    @Test
    void a_vm_reaching_another_vm_s_public_ip_is_seen_from_its_own_public_ip_by_the_target_s_nsgs() {
        Topology t = network();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("vnet").withSubnet("b").withAzCliDefaults()
                .create();
        t.virtualMachines().define("jump").withExistingPrimaryNetwork("vnet").withSubnet("a").withAzCliDefaults()
                .create();
        Verdict https = t.evaluate(Flow.from(t.endpoint("jump")).to(Endpoint.address("20.0.0.4"))
                .on(Protocol.Tcp, 443));
        assertThat(https.reachable()).isFalse();
        assertThat(decisions(https)).isEqualTo(String.join("\n",
                "nsg 'jumpNSG' on nic 'jumpVMNic', outbound: allowed by defaultSecurityRules/AllowInternetOutBound ok",
                "route 0.0.0.0/0 -> Internet (Default), source NAT to public IP 'jumpPublicIP' 20.0.0.5 ok",
                "public IP 'webPublicIP' 20.0.0.4 -> 10.0.2.5 ok",
                "nsg 'webNSG' on nic 'webVMNic', inbound: defaultSecurityRules/DenyAllInBound BLOCKED"));
        assertThat(VerdictRenderer.blockers(https)).containsExactly("Network security group 'webNSG' on"
                + " nic 'webVMNic' denies TCP 443 inbound from 20.0.0.5 to 10.0.2.5: defaultSecurityRules/DenyAllInBound.");
        assertThat(t.evaluate(Flow.from(t.endpoint("jump")).to(Endpoint.address("20.0.0.4")).on(Protocol.Tcp, 22))
                .reachable()).isTrue();
        Verdict unknown = t.evaluate(Flow.from(t.endpoint("vm1")).to(Endpoint.address("20.0.0.4")));
        assertThat(unknown.reachable()).isTrue();
        assertThat(VerdictRenderer.warnings(unknown)).containsExactly("20.0.0.4 is public IP 'webPublicIP' of nic 'webVMNic', whose"
                + " inbound NSGs were not evaluated: vm1 has no public IP, and the address of Azure's default outbound"
                + " access is not simulated.");
    }

    @Test
    void a_vm_without_a_public_ip_is_not_reachable_from_the_Internet() {
        Topology t = network();
        Verdict v = t.evaluate(Flow.from(Endpoint.address("203.0.113.9")).to(t.endpoint("vm3")));
        assertThat(v.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(v)).containsExactly("vm3 has no public IP address: from the"
                + " Internet only public addresses are reachable, and 10.0.2.4 is private.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("associate a public IP address with nic 'vm3VMNic'");
    }

    @Test
    void a_Standard_public_ip_is_closed_without_an_nsg_a_Basic_one_is_open() {
        Topology t = network();
        t.publicIpAddresses().define("std").withRegion(Region.WEST_EUROPE).create();
        t.publicIpAddresses().define("basic").withRegion(Region.WEST_EUROPE).withSku(PublicIpAddressSku.Basic).create();
        t.publicIpAddresses().associateWithNetworkInterface("std", "vm1VMNic");
        t.publicIpAddresses().associateWithNetworkInterface("basic", "vm3VMNic");
        Endpoint internet = Endpoint.address("198.51.100.1");
        Verdict closed = t.evaluate(Flow.from(internet).to(t.endpoint("vm1")).on(Protocol.Tcp, 443));
        assertThat(closed.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(closed)).containsExactly("Public IP 'std' is Standard SKU,"
                + " closed to inbound traffic unless a network security group on the subnet or the network interface"
                + " allows it, and neither has one.");
        assertThat(t.evaluate(Flow.from(internet).to(t.endpoint("vm3")).on(Protocol.Tcp, 443)).reachable()).isTrue();
    }

    // docs/azure/network-security-groups.md#default-rules
    @Test
    void outbound_to_the_Internet_follows_AllowInternetOutBound_and_a_rule_before_it_can_deny() {
        Topology t = network();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE).create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "a");
        Flow out = Flow.from(t.endpoint("vm1")).to(Endpoint.address("93.184.216.34")).on(Protocol.Tcp, 443);
        assertThat(HopText.decision(t.evaluate(out).hops().get(0))).isEqualTo("nsg 'nsg' on subnet 'vnet/a', outbound:"
                + " allowed by defaultSecurityRules/AllowInternetOutBound");
        t.networkSecurityGroups().update("nsg").defineRule("no-internet").denyOutbound().toAddress("Internet")
                .withPriority(4000).attach().apply();
        Verdict v = t.evaluate(out);
        assertThat(v.reachable()).isFalse();
        assertThat(v.firstBlockingHop()).get().extracting(HopText::decision)
                .isEqualTo("nsg 'nsg' on subnet 'vnet/a', outbound: securityRules/no-internet");
        assertThat(tcp(t, "vm1", "vm3", 22).reachable()).as("private peers are not Internet, docs/azure/network-security-groups.md#internet-tag").isTrue();
    }

    // ---- Network Watcher (docs/azure/cli-and-network-watcher.md#ip-flow-verify)

    // docs/azure/cli-and-network-watcher.md#ip-flow-verify
    @Test
    void ip_flow_verify_answers_allow_or_deny_with_the_rule_name() {
        Topology t = network();
        t.virtualMachines().define("web").withExistingPrimaryNetwork("vnet").withSubnet("b").withAzCliDefaults()
                .create();
        io.vnetlab.NetworkWatcher watcher = t.networkWatcher();
        assertThat(watcher.verifyIpFlow("web", SecurityRuleDirection.Inbound, Protocol.Tcp, "10.0.2.5:22",
                "203.0.113.9:60000")).hasToString("Allow securityRules/default-allow-ssh");
        assertThat(watcher.verifyIpFlow("web", SecurityRuleDirection.Inbound, Protocol.Tcp, "10.0.2.5:80",
                "203.0.113.9:60000")).hasToString("Deny defaultSecurityRules/DenyAllInBound");
        assertThat(watcher.verifyIpFlow("web", SecurityRuleDirection.Inbound, Protocol.Udp, "10.0.2.5:53",
                "10.0.1.4:60000")).hasToString("Allow defaultSecurityRules/AllowVnetInBound");
        assertThat(watcher.verifyIpFlow("web", SecurityRuleDirection.Outbound, Protocol.Tcp, "10.0.2.5:60000",
                "13.107.21.200:443")).hasToString("Allow defaultSecurityRules/AllowInternetOutBound");
        IpFlowVerification none = watcher.verifyIpFlow("vm1", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.1.4:22", "203.0.113.9:60000");
        assertThat(none.access()).isEqualTo(SecurityRuleAccess.Allow);
        assertThat(none.rule()).as("no rule matched: Azure leaves ruleName out").isEmpty();
    }

    // docs/azure/cli-and-network-watcher.md#ip-flow-verify
    @Test
    void ip_flow_verify_refuses_malformed_endpoints_as_the_cli_does() {
        Topology t = network();
        assertThatThrownBy(() -> t.networkWatcher().verifyIpFlow("vm1", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.1.4", "203.0.113.9:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage error: the format of the '--local' and '--remote' should be like x.x.x.x:port");
        assertThatThrownBy(() -> t.networkWatcher().verifyIpFlow("vm1", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.0.2.4:22", "203.0.113.9:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No network interface of VM 'vm1' has address 10.0.2.4; its addresses: 10.0.1.4.");
        assertThatThrownBy(() -> t.networkWatcher().verifyIpFlow("vm1", SecurityRuleDirection.Inbound, Protocol.Icmp,
                "10.0.1.4:0", "203.0.113.9:0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IP flow verify takes protocol Tcp or Udp, not Icmp.");
    }

    @Test
    void effective_security_rules_list_the_subnet_group_then_the_nic_group_with_tags_expanded() {
        Topology t = peered(true);
        t.networkSecurityGroups().define("sub").withRegion(Region.WEST_EUROPE)
                .defineRule("web").allowInbound().fromAddress("Internet").toPortRanges("80", "443")
                    .withProtocol(Protocol.Tcp).withPriority(100).attach().create();
        t.networkSecurityGroups().define("nic").withRegion(Region.WEST_EUROPE).create();
        t.networkSecurityGroups().associateWithSubnet("sub", "vnet", "a");
        t.networkSecurityGroups().associateWithNetworkInterface("nic", "vm1VMNic");
        EffectiveSecurityRules rules = t.effectiveSecurityRules("vm1");
        assertThat(rules.rules()).hasSize(13);
        assertThat(rules.rules().get(0)).satisfies(r -> {
            assertThat(r.networkSecurityGroup()).isEqualTo("sub");
            assertThat(r.association()).isEqualTo("subnet 'vnet/a'");
            assertThat(r.name()).isEqualTo("securityRules/web");
            assertThat(r.protocol()).isEqualTo("Tcp");
            assertThat(r.destinationPortRanges()).containsExactly("80-80", "443-443");
            assertThat(r.sourcePortRanges()).containsExactly("0-65535");
        });
        assertThat(rules.rules().get(7).networkSecurityGroup()).isEqualTo("nic");
        assertThat(rules.named("defaultSecurityRules/AllowVnetInBound")).hasSize(2).allSatisfy(r -> {
            assertThat(r.protocol()).isEqualTo("All");
            assertThat(r.expandedSourceAddressPrefixes()).containsExactly("10.0.0.0/16", "10.9.0.0/16",
                    "168.63.129.16/32");
        });
        assertThat(Tables.effectiveSecurityRules(rules)).startsWith("NetworkSecurityGroup    Association");
    }
}
