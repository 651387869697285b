package io.vnetlab;

import io.vnetlab.dataplane.Blocker;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/** Subnet peering: docs/azure/subnet-peering.md. */
class SubnetPeeringTest {

    /** Two networks with the same address space; only app (in A) and db (in B) are unique to each. */
    private static Topology overlapping() {
        Topology t = Topology.create();
        t.networks().define("vnetA").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("app", "10.0.1.0/24").withSubnet("shared", "10.0.9.0/24").create();
        t.networks().define("vnetB").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("db", "10.0.2.0/24").withSubnet("shared", "10.0.9.0/24").create();
        t.virtualMachines().define("a-app").withExistingPrimaryNetwork("vnetA").withSubnet("app").create();
        t.virtualMachines().define("a-shared").withExistingPrimaryNetwork("vnetA").withSubnet("shared").create();
        t.virtualMachines().define("b-db").withExistingPrimaryNetwork("vnetB").withSubnet("db").create();
        t.virtualMachines().define("b-shared").withExistingPrimaryNetwork("vnetB").withSubnet("shared")
                .withPrimaryPrivateIPAddressStatic("10.0.9.10").create();
        return t;
    }

    // docs/azure/subnet-peering.md#overlap
    @Test
    void overlapping_networks_cannot_peer_completely() {
        Topology t = overlapping();
        AzureException e = rejects(t, AzureErrorCode.VnetAddressSpacesOverlap,
                () -> t.peer("vnetA").with("vnetB").create());
        assertThat(e.getMessage()).contains("Overlapping address prefixes: 10.0.0.0/16");
    }

    // docs/azure/subnet-peering.md#overlap, #routes
    @Test
    void overlapping_networks_peer_their_unique_subnets_and_reach_each_other_only_there() {
        Topology t = overlapping();
        PeeringPair pair = t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("db")).create();
        assertThat(pair.forward().state()).isEqualTo(PeeringState.Connected);
        assertThat(pair.forward().syncLevel()).isEqualTo(PeeringSyncLevel.FullyInSync);
        assertThat(pair.forward().remoteAddressSpace()).extracting(Object::toString).containsExactly("10.0.2.0/24");
        assertThat(pair.back().scope().localSubnetNames()).containsExactly("db");

        assertThat(t.reach("a-app", "b-db").reachable()).isTrue();
        assertThat(t.reach("b-db", "a-app").reachable()).isTrue();
        assertThat(t.reach("a-shared", "b-db").reachable()).isFalse();
        assertThat(t.reach("a-app", "b-shared").reachable()).isFalse();
    }

    // docs/azure/subnet-peering.md#routes
    @Test
    void only_the_peered_subnets_get_routes_and_only_to_the_peered_prefixes() {
        Topology t = overlapping();
        t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("db")).create();
        assertThat(t.effectiveRoutes("a-app").routes()).filteredOn(r -> r.nextHopType() == NextHopType.VNetPeering)
                .extracting(r -> r.addressPrefix().toString()).containsExactly("10.0.2.0/24");
        assertThat(t.effectiveRoutes("a-shared").routes()).extracting(EffectiveRoute::nextHopType)
                .doesNotContain(NextHopType.VNetPeering);
    }

    // docs/azure/subnet-peering.md#routes
    @Test
    void the_walk_names_the_subnet_that_is_not_part_of_the_peering() {
        Topology t = overlapping();
        t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("db")).create();
        Verdict fromShared = t.reach("a-shared", "b-db");
        assertThat(fromShared.blockers()).extracting(Blocker::kind).contains(Blocker.Kind.SUBNET_NOT_IN_PEERING);
        assertThat(VerdictRenderer.render(fromShared)).contains("Subnet vnetA/shared is not part of peering"
                + " 'vnetA/vnetA-To-vnetB', a subnet peering that joins only app of vnetA.");
        Verdict toShared = t.reach("a-app", "b-shared");
        assertThat(VerdictRenderer.render(toShared)).contains("Subnet vnetB/shared is not part of peering"
                + " 'vnetA/vnetA-To-vnetB', a subnet peering that joins only db of vnetB.");
    }

    // docs/azure/subnet-peering.md#overlap
    @Test
    void peered_subnets_that_overlap_are_refused() {
        Topology t = overlapping();
        AzureException e = rejects(t, AzureErrorCode.VnetAddressSpacesOverlap,
                () -> t.peer("vnetA").with("vnetB").onlySubnets(List.of("app", "shared"), List.of("db", "shared"))
                        .create());
        assertThat(e.getMessage()).contains("the address prefixes of their peered subnets overlap. Overlapping"
                + " address prefixes: 10.0.9.0/24");
    }

    // docs/azure/subnet-peering.md#validation
    @Test
    void a_subnet_peering_needs_existing_subnets_on_both_sides() {
        Topology t = overlapping();
        rejects(t, AzureErrorCode.InvalidSubnetPeeringSettings,
                () -> t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of()).create());
        AzureException e = rejects(t, AzureErrorCode.InvalidResourceReference,
                () -> t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("nope")).create());
        assertThat(e.getMessage()).contains("vnetB/subnets/nope");
    }

    // docs/azure/subnet-peering.md#validation
    @Test
    void a_peering_keeps_its_kind() {
        Topology t = Topology.create();
        t.networks().define("vx").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("s", "10.1.1.0/24").create();
        t.networks().define("vy").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("s", "10.2.1.0/24").create();
        t.peer("vx").with("vy").create();
        rejects(t, AzureErrorCode.InvalidSubnetPeeringSettings,
                () -> t.peerings().update("vx", "vx-To-vy").onlySubnets(List.of("s"), List.of("s")).apply());
    }

    // docs/azure/subnet-peering.md#syncing
    @Test
    void adding_a_subnet_to_both_directions_peers_it() {
        Topology t = overlapping();
        t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("db")).create();
        t.peerings().update("vnetA", "vnetA-To-vnetB").onlySubnets(List.of("app", "shared"), List.of("db")).apply();
        Peering back = t.peerings().update("vnetB", "vnetB-To-vnetA").onlySubnets(List.of("db"), List.of("app", "shared"))
                .apply();
        assertThat(back.remoteAddressSpace()).extracting(Object::toString).containsExactly("10.0.1.0/24", "10.0.9.0/24");
        assertThat(t.reach("a-shared", "b-db").reachable()).isTrue();
    }

    // docs/azure/subnet-peering.md#ipv6-only
    @Test
    void an_ipv6_only_peering_carries_no_ipv4_route() {
        Topology t = overlapping();
        t.peer("vnetA").with("vnetB").onlySubnets(List.of("app"), List.of("db")).onlyIpv6().create();
        Verdict v = t.reach("a-app", "b-db");
        assertThat(v.reachable()).isFalse();
        assertThat(v.blockers()).extracting(Blocker::kind).contains(Blocker.Kind.IPV6_ONLY_PEERING);
    }

    /** The reference hub with its VPN gateway, and spoke1 peered with it over a subnet peering of app only. */
    private static Topology transitOverSubnetPeering() {
        Topology t = io.vnetlab.reference.ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.peer("spoke1").with("hub").usingGatewayOf("hub")
                .onlySubnets(List.of("app"), List.of("default", "GatewaySubnet")).create();
        return t;
    }

    // docs/azure/subnet-peering.md#gateway-transit
    @Test
    void gateway_transit_over_a_subnet_peering_advertises_only_the_peered_subnets() {
        Topology t = transitOverSubnetPeering();
        assertThat(t.dataPlane().learnedRoutes(t.virtualNetworkGateways().get("hub-vpn")))
                .extracting(r -> r.network().toString()).containsExactly("10.0.0.0/16", "10.1.1.0/24", "10.100.0.0/16");

        assertThat(t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm")).reachable()).isTrue();
        Verdict toWeb = t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-web"));
        assertThat(toWeb.reachable()).isFalse();
        assertThat(toWeb.blockers()).extracting(Blocker::kind).contains(Blocker.Kind.SUBNET_NOT_IN_PEERING);
    }

    // docs/azure/subnet-peering.md#gateway-transit
    @Test
    void only_the_peered_subnets_of_a_spoke_learn_the_hub_gateways_routes() {
        Topology t = transitOverSubnetPeering();
        assertThat(t.effectiveRoutes("spoke1-vm").routes())
                .filteredOn(r -> r.nextHopType() == NextHopType.VirtualNetworkGateway)
                .extracting(r -> r.addressPrefix().toString()).containsExactly("10.100.0.0/16");
        assertThat(t.effectiveRoutes("spoke1-web").routes()).extracting(EffectiveRoute::nextHopType)
                .doesNotContain(NextHopType.VirtualNetworkGateway);
        assertThat(t.reach(t.host("spoke1-web"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isFalse();
    }
}
