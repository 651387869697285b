package io.vnetlab;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.FirewallDecision;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
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

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Azure Firewall as the Architecture Center's hub-spoke deploys it: a policy that allows DNS, spokes whose
 * 0.0.0.0/0 goes to the firewall (docs/azure/azure-firewall.md#processing-order, #default-deny, #inheritance,
 * #ip-groups, #fqdns).
 */
class AzureFirewallRulesTest {

    private final Topology t = Topology.create();

    @BeforeEach
    void hubSpokeWithFirewall() {
        t.networks().define("hub").withRegion(Region.EAST_US_2).withAddressSpace("10.0.0.0/16")
                .withSubnet("AzureFirewallSubnet", "10.0.3.0/26").create();
        for (int i = 1; i <= 2; i++) {
            t.networks().define("spoke" + i).withRegion(Region.EAST_US_2).withAddressSpace("10." + i + ".0.0/16")
                    .withSubnet("app", "10." + i + ".1.0/24").create();
            t.virtualMachines().define("spoke" + i + "-vm").withExistingPrimaryNetwork("spoke" + i).withSubnet("app")
                    .create();
            t.peer("spoke" + i).with("hub").allowForwardedTraffic().create();
        }
        t.firewallPolicies().defineIpGroup("spokes").withRegion(Region.EAST_US_2)
                .withAddresses("10.1.0.0/16", "10.2.0.0/16").create();
        t.firewallPolicies().define("fw-policies").withRegion(Region.EAST_US_2).withThreatIntelMode("Deny").create();
        t.firewallPolicies().putRuleCollectionGroup("fw-policies", "DefaultNetworkRuleCollectionGroup", 200,
                new FirewallRuleCollection("org-wide-allowed", 100, Kind.Network, Action.Allow, List.of(
                        FirewallRule.network("DNS", List.of("UDP"), List.of("*"), List.of("*"), List.of("53")),
                        new FirewallRule("spoke-ssh", List.of("TCP"), List.of(), List.of(ipGroup()), List.of(),
                                List.of(ipGroup()), List.of("22"), List.of(), List.of(), null, null))));
        t.firewallPolicies().putRuleCollectionGroup("fw-policies", "DefaultApplicationRuleCollectionGroup", 300,
                new FirewallRuleCollection("web", 100, Kind.Application, Action.Allow, List.of(
                        FirewallRule.application("microsoft", List.of("Https:443"), List.of("10.1.0.0/16"),
                                List.of("*.microsoft.com")))));
        t.azureFirewalls().define("fw").withExistingNetwork("hub").withPolicy("fw-policies").create();
        t.routeTables().define("to-fw").withRegion(Region.EAST_US_2)
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.3.4").create();
        t.routeTables().associate("to-fw", "spoke1", "app");
        t.routeTables().associate("to-fw", "spoke2", "app");
    }

    private io.vnetlab.model.ResourceId ipGroup() {
        return t.state().all(io.vnetlab.model.IpGroup.class).stream().findFirst().map(g -> g.id()).orElseThrow();
    }

    private Verdict flow(String from, Endpoint to, Protocol protocol, int port) {
        return t.evaluate(Flow.from(t.endpoint(from)).to(to).on(protocol, port));
    }

    private static FirewallDecision decision(Verdict v) {
        return v.hops().stream().flatMap(h -> h.details().stream())
                .filter(d -> d instanceof HopDetail.FirewallRuleDecided).map(d -> ((HopDetail.FirewallRuleDecided) d)
                        .decision()).findFirst().orElseThrow();
    }

    @Test
    void spoke_to_internet_dns_is_allowed_by_the_dns_rule_and_the_hop_names_it() {
        Verdict v = flow("spoke1-vm", Endpoint.address("8.8.8.8"), Protocol.Udp, 53);
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(Hop::kind).contains(Hop.Kind.FIREWALL);
        assertThat(v.hops()).extracting(HopText::decision).contains("Azure Firewall 'fw' allowed by rule 'DNS' of"
                + " Network rule collection 'org-wide-allowed' (group 'DefaultNetworkRuleCollectionGroup' of policy"
                + " 'fw-policies'), source NAT to the firewall's address 10.0.3.4");
        assertThat(VerdictRenderer.warnings(v)).containsExactly("Azure Firewall 'fw' has threat intelligence in mode"
                + " Deny, which vnetlab does not simulate (nor IDPS): a known-malicious address could be denied.");
    }

    @Test
    void spoke_to_an_arbitrary_internet_address_on_tcp_443_is_denied_by_the_default_deny_with_a_fix() {
        Verdict v = flow("spoke1-vm", Endpoint.address("203.0.113.50"), Protocol.Tcp, 443);
        assertThat(v.reachable()).isFalse();
        assertThat(decision(v).outcome()).isEqualTo(FirewallDecision.Outcome.UNDECIDABLE);
        Verdict fromSpoke2 = flow("spoke2-vm", Endpoint.address("203.0.113.50"), Protocol.Tcp, 443);
        assertThat(decision(fromSpoke2).outcome()).isEqualTo(FirewallDecision.Outcome.DEFAULT_DENY);
        assertThat(fromSpoke2.firstBlockingHop().orElseThrow().kind()).isEqualTo(Hop.Kind.FIREWALL);
        assertThat(VerdictRenderer.blockers(fromSpoke2)).containsExactly("Azure Firewall 'fw' denied the packet from"
                + " 10.2.1.4 to 203.0.113.50: the default deny (no rule matched), as Azure Firewall denies whatever"
                + " no rule allows.");
        assertThat(VerdictRenderer.fixes(fromSpoke2)).containsExactly("add to firewall policy 'fw-policies' a"
                + " network rule allowing TCP 443 from 10.2.1.4 to 203.0.113.50");
    }

    @Test
    void an_application_rule_matches_the_fqdn_the_flow_names_and_cannot_be_decided_without_one() {
        Endpoint site = Endpoint.host("learn.microsoft.com", IpAddress.parse("203.0.113.80"));
        Verdict named = flow("spoke1-vm", site, Protocol.Tcp, 443);
        assertThat(named.reachable()).isTrue();
        assertThat(decision(named).ruleName()).contains("microsoft");
        Verdict other = flow("spoke1-vm", Endpoint.host("example.org", IpAddress.parse("203.0.113.80")),
                Protocol.Tcp, 443);
        assertThat(decision(other).outcome()).isEqualTo(FirewallDecision.Outcome.DEFAULT_DENY);
        Verdict unnamed = flow("spoke1-vm", Endpoint.address("203.0.113.80"), Protocol.Tcp, 443);
        assertThat(unnamed.reachable()).isFalse();
        assertThat(VerdictRenderer.blockers(unnamed)).containsExactly("Azure Firewall 'fw' reaches rule 'microsoft'"
                + " of Application rule collection 'web' (group 'DefaultApplicationRuleCollectionGroup' of policy"
                + " 'fw-policies'), which matches destination FQDNs or FQDN tags; the flow to 203.0.113.80 names no"
                + " destination FQDN, so vnetlab cannot decide it.");
    }

    @Test
    void spoke_to_spoke_is_decided_by_the_rules_through_ip_groups() {
        Verdict ssh = flow("spoke1-vm", t.endpoint("spoke2-vm"), Protocol.Tcp, 22);
        assertThat(ssh.reachable()).isTrue();
        assertThat(decision(ssh).ruleName()).contains("spoke-ssh");
        Verdict rdp = flow("spoke1-vm", t.endpoint("spoke2-vm"), Protocol.Tcp, 3389);
        assertThat(rdp.reachable()).isFalse();
        assertThat(decision(rdp).outcome()).isEqualTo(FirewallDecision.Outcome.DEFAULT_DENY);
    }

    @Test
    void network_rules_come_before_application_rules_and_a_parent_policy_before_its_child() {
        t.firewallPolicies().define("org").withRegion(Region.EAST_US_2).create();
        t.firewallPolicies().putRuleCollectionGroup("org", "baseline", 65000,
                new FirewallRuleCollection("no-dns-to-quad8", 65000, Kind.Network, Action.Deny, List.of(
                        FirewallRule.network("quad8", List.of("UDP"), List.of("*"), List.of("8.8.8.8"), List.of("53")))));
        t.firewallPolicies().define("fw-policies").withRegion(Region.EAST_US_2).withBasePolicy("org").create();
        Verdict v = flow("spoke1-vm", Endpoint.address("8.8.8.8"), Protocol.Udp, 53);
        assertThat(v.reachable()).isFalse();
        assertThat(decision(v).outcome()).isEqualTo(FirewallDecision.Outcome.DENIED);
        assertThat(decision(v).groupName()).contains("baseline");
        assertThat(flow("spoke1-vm", Endpoint.address("1.1.1.1"), Protocol.Udp, 53).reachable()).isTrue();
    }

    @Test
    void classic_rule_collections_are_processed_by_priority_and_the_first_match_decides() {
        t.azureFirewalls().define("fw").withExistingNetwork("hub")
                .withRuleCollection(new FirewallRuleCollection("allow-web", 200, Kind.Network, Action.Allow, List.of(
                        FirewallRule.network("web", List.of("TCP"), List.of("10.0.0.0/8"), List.of("*"),
                                List.of("80", "443")))))
                .withRuleCollection(new FirewallRuleCollection("deny-bad", 100, Kind.Network, Action.Deny, List.of(
                        FirewallRule.network("bad", List.of("Any"), List.of("*"), List.of("198.51.100.0/24"),
                                List.of("*"))))).create();
        assertThat(flow("spoke1-vm", Endpoint.address("203.0.113.9"), Protocol.Tcp, 443).reachable()).isTrue();
        Verdict bad = flow("spoke1-vm", Endpoint.address("198.51.100.7"), Protocol.Tcp, 443);
        assertThat(decision(bad).outcome()).isEqualTo(FirewallDecision.Outcome.DENIED);
        assertThat(decision(bad).collectionName()).contains("deny-bad");
    }

    // docs/azure/decisions.md#firewall-rule-names
    @Test
    void a_classic_rule_may_be_named_in_words_with_spaces_and_the_decision_names_it() {
        t.azureFirewalls().define("fw").withExistingNetwork("hub")
                .withRuleCollection(new FirewallRuleCollection("deny-bad", 100, Kind.Network, Action.Deny, List.of(
                        FirewallRule.network("Block the test range", List.of("Any"), List.of("*"),
                                List.of("198.51.100.0/24"), List.of("*"))))).create();

        Verdict bad = flow("spoke1-vm", Endpoint.address("198.51.100.7"), Protocol.Tcp, 443);

        assertThat(decision(bad).ruleName()).contains("Block the test range");
    }

    @Test
    void priorities_outside_100_to_65000_are_refused() {
        rejects(t, AzureErrorCode.FirewallRuleCollectionPriorityOutOfRange, () -> t.firewallPolicies()
                .putRuleCollectionGroup("fw-policies", "late", 70000));
        t.firewallPolicies().define("child").withRegion(Region.EAST_US_2).withBasePolicy("fw-policies").create();
        rejects(t, AzureErrorCode.FirewallPolicyInheritanceCycle, () -> t.firewallPolicies().define("fw-policies")
                .withRegion(Region.EAST_US_2).withBasePolicy("child").create());
    }
}
