package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The highly available NVA hub (docs/azure/load-balancers.md#ha-nva-hub): two appliances behind an internal Standard
 * load balancer with an HA ports rule, the spokes' user routes pointing at its frontend
 * (docs/azure/load-balancers.md#ha-ports, #health-probes, #data-path, docs/azure/decisions.md#load-balancer-flow-symmetry).
 */
class HaNvaHubTest {

    private static final String SPOKE1_VM = "vm 'spoke1-vm' 10.1.1.4 (spoke1/app)";
    private static final String SPOKE2_VM = "vm 'spoke2-vm' 10.2.1.4 (spoke2/app)";

    private final Topology hub = ReferenceTopologies.hubAndSpokeWithHaAppliances();

    @Test
    void the_spokes_user_routes_send_the_other_spoke_and_the_internet_to_the_frontend() {
        assertThat(hub.effectiveRoutes("spoke1-vm").routes()).map(EffectiveRoute::toString).containsExactly(
                "route 10.1.0.0/16 -> VnetLocal (Default)",
                "route 10.0.0.0/16 -> VNetPeering (Default)",
                "route 0.0.0.0/0 -> Internet (Default)",
                "route 10.2.0.0/16 -> VirtualAppliance 10.0.1.100 (User)",
                "route 0.0.0.0/0 -> VirtualAppliance 10.0.1.100 (User)");
        assertThat(hub.effectiveRoutes("spoke2-vm").lookup(io.vnetlab.address.IpAddress.parse("10.1.1.4"))
                .orElseThrow().toString()).isEqualTo("route 10.1.0.0/16 -> VirtualAppliance 10.0.1.100 (User)");
    }

    @Test
    void spoke_to_spoke_goes_through_the_load_balancer_to_a_healthy_nva_and_the_verdict_names_them() {
        Verdict v = hub.reach("spoke1-vm", "spoke2-vm");
        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).map(HopText::decision).containsExactly(
                "route 10.2.0.0/16 -> VirtualAppliance 10.0.1.100 (User), peering 'spoke1-To-hub' Connected, load"
                        + " balancer 'hub-lb' frontend 'fe' 10.0.1.100, rule 'ha' -> backend nic 'nva2VMNic' 10.0.1.5",
                "route 10.2.0.0/16 -> VNetPeering (Default), peering 'hub-To-spoke2' Connected",
                "nic 'spoke2-vmVMNic' holds 10.2.1.4");
        assertThat(v.hops()).map(h -> HopText.to(h)).containsExactly("appliance 10.0.1.5 (hub/nva)", "spoke2",
                "spoke2-vm");
        assertThat(v.traffic().toString()).isEqualTo("TCP 0-65535; UDP 0-65535");
        HopDetail.LoadBalanced balanced = v.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow();
        assertThat(v.hops().get(0).kind()).isEqualTo(Hop.Kind.LOAD_BALANCER);
        assertThat(balanced.loadBalancer().name()).isEqualTo("hub-lb");
        assertThat(balanced.rule().name()).isEqualTo("ha");
        assertThat(balanced.backend().name()).isEqualTo("nva2VMNic");
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void replies_through_the_same_frontend_reach_the_same_nva_so_the_flow_stays_symmetric() {
        Verdict there = hub.reach("spoke1-vm", "spoke2-vm");
        Verdict back = hub.reach("spoke2-vm", "spoke1-vm");
        assertThat(back.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow().backend())
                .isEqualTo(there.hops().get(0).detail(HopDetail.LoadBalanced.class).orElseThrow().backend());
        assertThat(there.warnings()).noneMatch(w -> w.kind() == Warning.Kind.ASYMMETRIC_ROUTING);
    }

    @Test
    void a_return_route_to_the_other_nva_instead_of_the_frontend_makes_the_flow_asymmetric() {
        hub.routeTables().update("spoke2-rt").withRoute("route1", "10.1.0.0/16", "VirtualAppliance", "10.0.1.4")
                .apply();
        Verdict v = hub.reach("spoke1-vm", "spoke2-vm");
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.warnings(v)).containsExactly("Asymmetric routing: requests pass appliance"
                + " 10.0.1.5 ('nva2VMNic') but replies from 10.2.1.4 pass appliance 10.0.1.4 ('nva1VMNic'); a stateful"
                + " appliance or firewall drops replies it did not see the request of.");
    }

    @Test
    void spoke_to_internet_through_the_nvas_is_dropped_as_an_internal_standard_load_balancer_closes_default_outbound() {
        Verdict v = hub.reach("spoke1-vm", "8.8.8.8");
        assertThat(v.reachable()).isFalse();
        assertThat(v.hops()).map(HopText::decision).containsExactly(
                "route 0.0.0.0/0 -> VirtualAppliance 10.0.1.100 (User), peering 'spoke1-To-hub' Connected, load"
                        + " balancer 'hub-lb' frontend 'fe' 10.0.1.100, rule 'ha' -> backend nic 'nva2VMNic' 10.0.1.5",
                "route 0.0.0.0/0 -> Internet (Default), no outbound access: nic 'nva2VMNic' is in a pool of Standard"
                        + " load balancer 'hub-lb', and no rule of it translates this flow");
        assertThat(VerdictRenderer.blockers(v)).containsExactly("nic 'nva2VMNic' is in a backend pool of Standard"
                + " load balancer 'hub-lb', which gives its backends no default outbound access, and no outbound rule"
                + " of it, and no load-balancing rule with outbound SNAT, covers the interface; subnet 'hub/nva' has no"
                + " NAT gateway and the interface no public IP, so the packet has no path to the Internet.");
        assertThat(VerdictRenderer.fixes(v)).containsExactly("give load balancer 'hub-lb' an outbound rule for the"
                + " interface's pool on a public frontend, give the interface a public IP, or attach a NAT gateway with"
                + " a Standard public IP to subnet 'hub/nva' (topology.natGateways().associateWithSubnet(gateway,"
                + " \"hub\", \"nva\"))");
    }

    @Test
    void spoke_to_internet_leaves_through_the_chosen_nva_and_the_nat_gateway_of_its_subnet() {
        hub.publicIpAddresses().define("nat-ip").withRegion(Region.WEST_EUROPE).create();
        hub.natGateways().define("nat").withRegion(Region.WEST_EUROPE).withPublicIpAddress("nat-ip").create();
        hub.natGateways().associateWithSubnet("nat", "hub", "nva");
        Verdict v = hub.reach("spoke1-vm", "8.8.8.8");
        assertThat(v.reachable()).isTrue();
        assertThat(HopText.decision(v.hops().get(1))).isEqualTo("route 0.0.0.0/0 -> Internet (Default), source NAT"
                + " by NAT gateway 'nat' to public IP 'nat-ip' " + hub.publicIpAddresses().get("nat-ip").ipAddress());
        assertThat(HopText.to(v.hops().get(1))).isEqualTo("Internet");
    }

    @Test
    void a_probe_blocked_by_an_nsg_makes_every_nva_unhealthy_and_the_verdict_says_which_rule_blocks_it() {
        denyProbesOnTheNvaSubnet();
        Verdict v = hub.reach("spoke1-vm", "spoke2-vm");
        assertThat(v.reachable()).isFalse();
        assertThat(v.firstBlockingHop().orElseThrow().kind()).isEqualTo(Hop.Kind.LOAD_BALANCER);
        assertThat(VerdictRenderer.blockers(v)).containsExactly(
                "No backend of rule 'ha' of load balancer 'hub-lb' is healthy: probe 'ssh' fails on 'nva1VMNic',"
                        + " 'nva2VMNic', so the load balancer sends them no new flows.",
                "Network security group 'nva-nsg' on subnet 'hub/nva' denies the health probe (TCP 22 from"
                        + " AzureLoadBalancer, 168.63.129.16) to backend nic 'nva1VMNic': securityRules/deny-probe.",
                "Network security group 'nva-nsg' on subnet 'hub/nva' denies the health probe (TCP 22 from"
                        + " AzureLoadBalancer, 168.63.129.16) to backend nic 'nva2VMNic': securityRules/deny-probe.");
        assertThat(VerdictRenderer.fixes(v)).first().isEqualTo("add an inbound security rule to nsg 'nva-nsg' that"
                + " allows TCP 22 from AzureLoadBalancer to 10.0.1.4 (any priority from 100 to 4096 comes before the"
                + " default rules)");
        assertThat(hub.reach("spoke1-vm", "8.8.8.8").reachable()).isFalse();
    }

    @Test
    void a_probe_blocked_on_one_nva_sends_every_flow_to_the_other_and_the_hop_names_the_unhealthy_one() {
        hub.networkSecurityGroups().define("nva2-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("deny-probe").denyInbound().fromAddress("AzureLoadBalancer").fromAnyPort().toAnyAddress()
                .toAnyPort().withAnyProtocol().withPriority(100).attach()
                .create();
        hub.networkSecurityGroups().associateWithNetworkInterface("nva2-nsg", "nva2VMNic");
        Verdict v = hub.reach("spoke1-vm", "spoke2-vm");
        assertThat(v.reachable()).isTrue();
        Hop balanced = v.hops().get(0);
        assertThat(balanced.detail(HopDetail.LoadBalanced.class).orElseThrow().backend().name())
                .isEqualTo("nva1VMNic");
        assertThat(balanced.detail(HopDetail.ProbeBlocked.class).orElseThrow().nic().name()).isEqualTo("nva2VMNic");
    }

    @Test
    void the_default_rules_let_the_probe_in_so_an_nsg_without_a_deny_keeps_the_nvas_healthy() {
        hub.networkSecurityGroups().define("nva-nsg").withRegion(Region.WEST_EUROPE).create();
        hub.networkSecurityGroups().associateWithSubnet("nva-nsg", "hub", "nva");
        assertThat(hub.reach("spoke1-vm", "spoke2-vm").reachable()).isTrue();
    }

    @Test
    void without_ha_ports_only_the_ports_a_rule_names_get_through_the_frontend() {
        hub.loadBalancers().update("hub-lb").without("ha").withRule("ssh", "Tcp", 22, 22, "fe", "nvas", "ssh")
                .apply();
        Verdict https = hub.evaluate(Flow.from(hub.endpoint("spoke1-vm")).to(hub.endpoint("spoke2-vm"))
                .on(Protocol.Tcp, 443));
        assertThat(VerdictRenderer.render(https)).isEqualTo(SPOKE1_VM + " -> " + SPOKE2_VM + " on TCP/443: unreachable\n"
                + "  1. spoke1/app: route 10.2.0.0/16 -> VirtualAppliance 10.0.1.100 (User), peering 'spoke1-To-hub'"
                + " Connected, no rule of load balancer 'hub-lb' at frontend 'fe' carries the packet   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - No rule of load balancer 'hub-lb' at frontend 'fe' (10.0.1.100) carries TCP 443: a load"
                + " balancer forwards only what its load-balancing and inbound NAT rules name (an HA ports rule names"
                + " every TCP and UDP port).\n");
        Verdict any = hub.reach("spoke1-vm", "spoke2-vm");
        assertThat(any.reachable()).isTrue();
        assertThat(any.traffic().toString()).isEqualTo("TCP 22");
    }

    @Test
    void the_all_pairs_matrix_agrees_with_each_walk_when_one_nva_cannot_forward() {
        hub.virtualMachines().define("spoke1-vm2").withExistingPrimaryNetwork("spoke1").withSubnet("app").create();
        hub.networkInterfaces().updateIpForwarding("nva2VMNic", false);
        AllPairsReachability matrix = AllPairsReachability.of(hub.dataPlane(), java.util.List.of(
                hub.endpoint("spoke1-vm"), hub.endpoint("spoke1-vm2"), hub.endpoint("spoke2-vm")));
        assertThat(matrix.reachable(0, 2)).isEqualTo(hub.reach("spoke1-vm", "spoke2-vm").reachable());
        assertThat(matrix.reachable(1, 2)).isEqualTo(hub.reach("spoke1-vm2", "spoke2-vm").reachable());
    }

    private void denyProbesOnTheNvaSubnet() {
        hub.networkSecurityGroups().define("nva-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("deny-probe").denyInbound().fromAddress("AzureLoadBalancer").fromAnyPort().toAnyAddress()
                .toAnyPort().withAnyProtocol().withPriority(100).attach()
                .create();
        hub.networkSecurityGroups().associateWithSubnet("nva-nsg", "hub", "nva");
    }
}
