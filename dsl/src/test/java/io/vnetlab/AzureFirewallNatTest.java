package io.vnetlab;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.FirewallDecision;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.OutboundAccess;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.FirewallRuleCollection.Action;
import io.vnetlab.model.FirewallRuleCollection.Kind;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Azure Firewall translates: DNAT of traffic to its public address, SNAT of the traffic it forwards, and what
 * that does to the replies (docs/azure/azure-firewall.md#dnat, #snat, #asymmetric-routing, #service-tags). A hub
 * with the firewall and a shared-services VM, two spokes whose 0.0.0.0/0 goes to the firewall.
 */
class AzureFirewallNatTest {

    private static final String INTERNET_CLIENT = "198.51.100.20";

    private final Topology t = Topology.create();
    private String firewallPublicAddress;

    @BeforeEach
    void hubSpokeWithPublishedFirewall() {
        t.networks().define("hub").withRegion(Region.EAST_US_2).withAddressSpace("10.0.0.0/16")
                .withSubnet("AzureFirewallSubnet", "10.0.3.0/26").withSubnet("shared", "10.0.1.0/24").create();
        t.virtualMachines().define("shared-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        for (int i = 1; i <= 2; i++) {
            t.networks().define("spoke" + i).withRegion(Region.EAST_US_2).withAddressSpace("10." + i + ".0.0/16")
                    .withSubnet("app", "10." + i + ".1.0/24").create();
            t.virtualMachines().define("spoke" + i + "-vm").withExistingPrimaryNetwork("spoke" + i)
                    .withSubnet("app").create();
            t.peer("spoke" + i).with("hub").allowForwardedTraffic().create();
        }
        firewallPublicAddress = t.publicIpAddresses().define("fw-pip").withRegion(Region.EAST_US_2).create()
                .ipAddress().toString();
        t.firewallPolicies().define("fw-policy").withRegion(Region.EAST_US_2).withThreatIntelMode("Off").create();
        t.firewallPolicies().putRuleCollectionGroup("fw-policy", "DefaultDnatRuleCollectionGroup", 100,
                new FirewallRuleCollection("publish", 100, Kind.Nat, Action.Dnat, List.of(
                        new FirewallRule("rdp-to-spoke1", List.of("TCP"), List.of("*"), List.of(),
                                List.of(firewallPublicAddress), List.of(), List.of("4000"), List.of(), List.of(),
                                "10.1.1.4", "3389"),
                        new FirewallRule("ssh-to-spoke2", List.of("TCP"), List.of("*"), List.of(),
                                List.of(firewallPublicAddress), List.of(), List.of("22"), List.of(), List.of(),
                                "10.2.1.4", "22"))));
        t.firewallPolicies().putRuleCollectionGroup("fw-policy", "DefaultNetworkRuleCollectionGroup", 200,
                new FirewallRuleCollection("east-west", 100, Kind.Network, Action.Allow, List.of(
                        FirewallRule.network("spokes-and-hub", List.of("TCP"), List.of("10.0.0.0/8"),
                                List.of("10.0.0.0/8"), List.of("*")),
                        FirewallRule.network("web-out", List.of("TCP"), List.of("10.0.0.0/8"), List.of("*"),
                                List.of("443")),
                        FirewallRule.network("azure-out", List.of("TCP"), List.of("10.0.0.0/8"),
                                List.of("AzureCloud"), List.of("8443")))));
        t.azureFirewalls().define("fw").withExistingNetwork("hub").withPolicy("fw-policy")
                .withPublicIpAddress("fw-pip").create();
        t.routeTables().define("to-fw").withRegion(Region.EAST_US_2)
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.3.4")
                .withRouteViaVirtualAppliance("10.0.1.0/24", "10.0.3.4").create();
        t.routeTables().associate("to-fw", "spoke1", "app");
        t.routeTables().associate("to-fw", "spoke2", "app");
    }

    private Verdict fromInternet(Protocol protocol, int port) {
        return t.evaluate(Flow.from(Endpoint.address(INTERNET_CLIENT)).to(Endpoint.address(firewallPublicAddress))
                .on(protocol, port));
    }

    private Verdict flow(String from, Endpoint to, Protocol protocol, int port) {
        return t.evaluate(Flow.from(t.endpoint(from)).to(to).on(protocol, port));
    }

    private static FirewallDecision decision(Verdict v) {
        return v.hops().stream().flatMap(h -> h.details().stream())
                .filter(d -> d instanceof HopDetail.FirewallRuleDecided).map(d -> ((HopDetail.FirewallRuleDecided) d)
                        .decision()).findFirst().orElseThrow();
    }

    private static <T extends HopDetail> T detail(Verdict v, Class<T> type) {
        return v.hops().stream().map(h -> h.detail(type)).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    @Test
    void a_flow_to_the_firewalls_public_address_is_translated_by_the_dnat_rule_and_delivered() {
        Verdict v = fromInternet(Protocol.Tcp, 4000);

        assertThat(v.reachable()).isTrue();
        assertThat(decision(v).kind()).isEqualTo(Kind.Nat);
        assertThat(decision(v).ruleName()).contains("rdp-to-spoke1");
        HopDetail.FirewallDnat dnat = detail(v, HopDetail.FirewallDnat.class);
        assertThat(dnat.translatedAddress()).hasToString("10.1.1.4");
        assertThat(dnat.translatedPort()).isEqualTo(3389);
        assertThat(dnat.source()).hasToString("10.0.3.4");
        assertThat(v.hops()).extracting(HopText::decision).contains("Azure Firewall 'fw' translated and allowed by"
                + " rule 'rdp-to-spoke1' of Nat rule collection 'publish' (group 'DefaultDnatRuleCollectionGroup' of"
                + " policy 'fw-policy'), DNAT public IP 'fw-pip' " + firewallPublicAddress + " -> 10.1.1.4:3389,"
                + " source NAT to 10.0.3.4");
        assertThat(v.hops().get(v.hops().size() - 1).kind()).isEqualTo(Hop.Kind.DESTINATION);
    }

    @Test
    void the_translated_packet_reaches_the_server_from_the_firewalls_private_address() {
        // only the firewall's subnet may reach RDP on the server: the source is the firewall's, not the client's
        t.networkSecurityGroups().define("app-nsg").withRegion(Region.EAST_US_2)
                .defineRule("rdp-from-firewall").allowInbound().fromAddress("10.0.3.0/26").fromAnyPort()
                .toAnyAddress().toPort(3389).withProtocol(Protocol.Tcp).withPriority(100).attach()
                .defineRule("no-rdp").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toPort(3389)
                .withProtocol(Protocol.Tcp).withPriority(200).attach().create();
        t.networkSecurityGroups().associateWithSubnet("app-nsg", "spoke1", "app");

        assertThat(fromInternet(Protocol.Tcp, 4000).reachable()).isTrue();
    }

    @Test
    void no_dnat_rule_for_the_port_is_the_default_deny_with_the_dnat_rule_to_add() {
        Verdict v = fromInternet(Protocol.Tcp, 3389);

        assertThat(v.reachable()).isFalse();
        assertThat(decision(v).outcome()).isEqualTo(FirewallDecision.Outcome.DEFAULT_DENY);
        assertThat(v.firstBlockingHop().orElseThrow().kind()).isEqualTo(Hop.Kind.FIREWALL);
        assertThat(VerdictRenderer.fixes(v)).containsExactly("add to firewall policy 'fw-policy' a DNAT rule"
                + " translating TCP 3389 to " + firewallPublicAddress + " to the private address and port of the"
                + " server");
    }

    @Test
    void a_network_rule_denying_the_translated_traffic_overrides_the_dnat_rules_implicit_allow() {
        t.firewallPolicies().putRuleCollectionGroup("fw-policy", "Blocklist", 150,
                new FirewallRuleCollection("no-ssh-to-spoke2", 100, Kind.Network, Action.Deny, List.of(
                        FirewallRule.network("ssh", List.of("TCP"), List.of("*"), List.of("10.2.0.0/16"),
                                List.of("22")))));

        Verdict v = fromInternet(Protocol.Tcp, 22);

        assertThat(v.reachable()).isFalse();
        assertThat(decision(v).outcome()).isEqualTo(FirewallDecision.Outcome.DENIED);
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Azure Firewall 'fw' denied the packet from "
                + INTERNET_CLIENT + " to 10.2.1.4: rule 'ssh' of Network rule collection 'no-ssh-to-spoke2' (group"
                + " 'Blocklist' of policy 'fw-policy') matched first.");
        assertThat(fromInternet(Protocol.Tcp, 4000).reachable()).isTrue();
    }

    @Test
    void internet_traffic_is_snatted_to_the_firewall_and_leaves_from_its_public_ip() {
        Verdict v = flow("spoke1-vm", Endpoint.address("203.0.113.9"), Protocol.Tcp, 443);

        assertThat(v.reachable()).isTrue();
        HopDetail.FirewallSourceNat snat = detail(v, HopDetail.FirewallSourceNat.class);
        assertThat(snat.translatedSource()).isTrue();
        assertThat(snat.original()).hasToString("10.1.1.4");
        assertThat(snat.translated()).hasToString("10.0.3.4");
        OutboundAccess out = detail(v, HopDetail.Outbound.class).access();
        assertThat(out.method()).isEqualTo(OutboundAccess.Method.AZURE_FIREWALL);
        assertThat(out.sourceAddress()).contains(IpAddress.parse(firewallPublicAddress));
        assertThat(v.hops()).extracting(HopText::decision).contains("route 0.0.0.0/0 -> Internet (Default), source"
                + " NAT by the Azure Firewall to its public IP address 'fw-pip' " + firewallPublicAddress);
    }

    @Test
    void traffic_to_a_private_range_keeps_its_source_so_the_destination_sees_the_client() {
        // the destination's NSG admits only spoke1's subnet: it sees spoke1's address, the firewall did not SNAT
        t.networkSecurityGroups().define("spoke2-nsg").withRegion(Region.EAST_US_2)
                .defineRule("from-spoke1").allowInbound().fromAddress("10.1.1.0/24").fromAnyPort().toAnyAddress()
                .toPort(8080).withProtocol(Protocol.Tcp).withPriority(100).attach()
                .defineRule("nothing-else").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toAnyPort()
                .withAnyProtocol().withPriority(200).attach().create();
        t.networkSecurityGroups().associateWithSubnet("spoke2-nsg", "spoke2", "app");

        Verdict v = flow("spoke1-vm", t.endpoint("spoke2-vm"), Protocol.Tcp, 8080);

        assertThat(v.reachable()).isTrue();
        HopDetail.FirewallSourceNat snat = detail(v, HopDetail.FirewallSourceNat.class);
        assertThat(snat.translatedSource()).isFalse();
        assertThat(snat.privateRange()).hasToString("10.0.0.0/8");
    }

    @Test
    void a_reply_that_bypasses_the_firewall_is_asymmetric_routing_and_the_firewall_drops_the_connection() {
        // spoke1 reaches the shared subnet through the firewall, but the shared subnet answers straight over the
        // peering: the firewall never sees the reply
        Verdict v = flow("spoke1-vm", t.endpoint("shared-vm"), Protocol.Tcp, 8080);

        assertThat(v.reachable()).isFalse();
        assertThat(decision(v).ruleName()).contains("spokes-and-hub");
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Azure Firewall 'fw' passed the request from"
                + " 10.1.1.4 without translating its source, but the reply from 10.0.1.4 goes straight back and"
                + " bypasses the firewall: asymmetric routing, which the stateful firewall drops.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("route the replies through the firewall: a route for"
                + " 10.1.1.4 with next hop VirtualAppliance 10.0.3.4 in the route table of subnet 'hub/shared' (or"
                + " have Azure Firewall 'fw' SNAT this traffic through its private ranges)");
    }

    @Test
    void snat_of_every_destination_brings_the_replies_back_to_the_firewall() {
        // 255.255.255.255/32 as the only private range: the firewall SNATs whatever the destination
        t.firewallPolicies().define("fw-policy").withRegion(Region.EAST_US_2).withThreatIntelMode("Off")
                .withSnatPrivateRanges("255.255.255.255/32").create();

        Verdict v = flow("spoke1-vm", t.endpoint("shared-vm"), Protocol.Tcp, 8080);

        assertThat(v.reachable()).isTrue();
        assertThat(detail(v, HopDetail.FirewallSourceNat.class).translated()).hasToString("10.0.3.4");
        assertThat(VerdictRenderer.warnings(v)).isEmpty();
    }

    @Test
    void a_service_tag_in_a_network_rule_cannot_be_decided_for_a_public_destination() {
        Verdict v = flow("spoke1-vm", Endpoint.address("20.190.1.1"), Protocol.Tcp, 8443);

        assertThat(v.reachable()).isFalse();
        assertThat(decision(v).outcome()).isEqualTo(FirewallDecision.Outcome.UNDECIDABLE_SERVICE_TAG);
        assertThat(VerdictRenderer.blockers(v)).containsExactly("Azure Firewall 'fw' reaches rule 'azure-out' of"
                + " Network rule collection 'east-west' (group 'DefaultNetworkRuleCollectionGroup' of policy"
                + " 'fw-policy'), whose destinations name a service tag; vnetlab does not hold the tag's addresses,"
                + " so it cannot decide whether 20.190.1.1 is one of them.");
        // a private destination is in no Azure service tag: the rule does not match, the default deny decides
        Verdict toSpoke = flow("spoke1-vm", Endpoint.address("192.168.7.7"), Protocol.Tcp, 8443);
        assertThat(decision(toSpoke).outcome()).isEqualTo(FirewallDecision.Outcome.DEFAULT_DENY);
    }
}
