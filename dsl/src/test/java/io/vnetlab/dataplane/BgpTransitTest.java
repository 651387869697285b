package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.render.HopText;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BGP between VPN gateways: Microsoft's "VNet-to-VNet transit with BGP" chain (three VNets, vNet1 - vNet2 - vNet3,
 * each pair joined by BGP connections), AS-path loop prevention and a useRemoteGateways spoke
 * (docs/azure/bgp.md#propagation, #loop-prevention, #learned-routes, #transit-spokes).
 */
class BgpTransitTest {

    /** Three VNets in a chain, each with a route-based VPN gateway of its own ASN, each link both ways with BGP. */
    private static Topology chain(long asn1, long asn2, long asn3) {
        Topology t = Topology.create();
        long[] asns = {asn1, asn2, asn3};
        for (int i = 1; i <= 3; i++) {
            t.networks().define("vNet" + i).withRegion(Region.WEST_EUROPE).withAddressSpace("10." + i + ".0.0/16")
                    .withSubnet("default", "10." + i + ".0.0/24").withSubnet("GatewaySubnet", "10." + i + ".255.0/27")
                    .create();
            t.virtualNetworkGateways().define("vNet" + i + "-gw").withExistingNetwork("vNet" + i).withRouteBasedVpn()
                    .withSku("VpnGw1").withBgp(asns[i - 1]).create();
            t.virtualMachines().define("vm" + i).withExistingPrimaryNetwork("vNet" + i).withSubnet("default").create();
        }
        t.connections().define("vNet1-to-vNet2").withVnetToVnet("vNet1-gw", "vNet2-gw").withBgp().create();
        t.connections().define("vNet2-to-vNet1").withVnetToVnet("vNet2-gw", "vNet1-gw").withBgp().create();
        t.connections().define("vNet2-to-vNet3").withVnetToVnet("vNet2-gw", "vNet3-gw").withBgp().create();
        t.connections().define("vNet3-to-vNet2").withVnetToVnet("vNet3-gw", "vNet2-gw").withBgp().create();
        return t;
    }

    private static String learned(Topology t, String gateway) {
        return Tables.gatewayRoutes(t.dataPlane().learnedRoutes(t.virtualNetworkGateways().get(gateway)));
    }

    @Test
    void the_three_vnet_chain_reaches_end_to_end_through_the_middle_gateway() {
        Topology t = chain(65010, 65020, 65030);
        assertThat(learned(t, "vNet1-gw")).isEqualTo(
                "Network      NextHop     Origin    SourcePeer    AsPath       Weight\n"
                + "-----------  ----------  --------  ------------  -----------  --------\n"
                + "10.1.0.0/16              Network   10.1.255.4                 32768\n"
                + "10.2.0.0/16  10.2.255.4  EBgp      10.2.255.4    65020        32768\n"
                + "10.3.0.0/16  10.2.255.4  EBgp      10.2.255.4    65020-65030  32768\n");
        assertThat(t.effectiveRoutes("vm1").routes()).extracting(EffectiveRoute::describe).contains(
                "10.2.0.0/16 -> VirtualNetworkGateway 10.1.255.4 (VirtualNetworkGateway)",
                "10.3.0.0/16 -> VirtualNetworkGateway 10.1.255.4 (VirtualNetworkGateway)");
        Verdict v = t.reach("vm1", "vm3");
        assertThat(v.reachable()).isTrue();
        // relayed by vNet1's gateway to vNet2's, by vNet2's to vNet3's, delivered from vNet3's GatewaySubnet
        assertThat(v.hops()).extracting(HopText::from).containsExactly("vNet1/default", "vNet2/GatewaySubnet",
                "vNet3/GatewaySubnet");
        assertThat(v.hops()).extracting(Hop::kind).containsExactly(Hop.Kind.GATEWAY, Hop.Kind.GATEWAY,
                Hop.Kind.DESTINATION);
    }

    @Test
    void removing_bgp_on_one_connection_of_the_chain_breaks_the_transit_but_not_the_neighbours() {
        Topology t = chain(65010, 65020, 65030);
        t.connections().updateBgp("vNet3-to-vNet2", false);
        assertThat(learned(t, "vNet1-gw")).isEqualTo(
                "Network      NextHop     Origin    SourcePeer    AsPath    Weight\n"
                + "-----------  ----------  --------  ------------  --------  --------\n"
                + "10.1.0.0/16              Network   10.1.255.4              32768\n"
                + "10.2.0.0/16  10.2.255.4  EBgp      10.2.255.4    65020     32768\n");
        Verdict v = t.reach("vm1", "vm3");
        assertThat(v.reachable()).isFalse();
        assertThat(t.effectiveRoutes("vm1").lookup(IpAddress.parse("10.3.0.4")).orElseThrow().describe())
                .isEqualTo("10.0.0.0/8 -> None (Default)");
        assertThat(t.reach("vm2", "vm3").reachable()).isTrue();   // vNet2 and vNet3 still learn each other statically
        assertThat(t.reach("vm1", "vm2").reachable()).isTrue();
    }

    @Test
    void a_gateway_drops_routes_whose_as_path_holds_its_own_asn() {
        Topology t = chain(65010, 65020, 65010);
        assertThat(learned(t, "vNet1-gw")).doesNotContain("10.3.0.0/16");
        assertThat(learned(t, "vNet2-gw")).contains("10.3.0.0/16  10.3.255.4  EBgp      10.3.255.4    65010");
        assertThat(t.reach("vm1", "vm3").reachable()).isFalse();
    }

    @Test
    void the_advertised_routes_carry_the_gateways_own_asn_first() {
        Topology t = chain(65010, 65020, 65030);
        assertThat(Tables.gatewayRoutes(t.dataPlane().advertisedRoutes(t.virtualNetworkGateways().get("vNet2-gw"),
                IpAddress.parse("10.1.255.4")))).isEqualTo(
                "Network      NextHop     Origin    SourcePeer    AsPath       Weight\n"
                + "-----------  ----------  --------  ------------  -----------  --------\n"
                + "10.2.0.0/16  10.2.255.4  Igp                     65020        0\n"
                + "10.3.0.0/16  10.2.255.4  Igp                     65020-65030  0\n");
        assertThat(t.dataPlane().advertisedRoutes(t.virtualNetworkGateways().get("vNet2-gw"),
                IpAddress.parse("192.0.2.1"))).isEmpty();
    }

    @Test
    void a_spoke_using_the_middle_gateway_is_advertised_along_the_chain_and_sees_both_ends() {
        Topology t = chain(65010, 65020, 65030);
        t.networks().define("spoke").withRegion(Region.WEST_EUROPE).withAddressSpace("10.20.0.0/16")
                .withSubnet("default", "10.20.0.0/24").create();
        t.virtualMachines().define("spoke-vm").withExistingPrimaryNetwork("spoke").withSubnet("default").create();
        t.peer("spoke").with("vNet2").usingGatewayOf("vNet2").create();
        assertThat(learned(t, "vNet1-gw")).contains("10.20.0.0/16  10.2.255.4  EBgp      10.2.255.4    65020");
        assertThat(t.effectiveRoutes("spoke-vm").routes()).extracting(EffectiveRoute::describe).contains(
                "10.1.0.0/16 -> VirtualNetworkGateway 10.2.255.4 (VirtualNetworkGateway)",
                "10.3.0.0/16 -> VirtualNetworkGateway 10.2.255.4 (VirtualNetworkGateway)");
        assertThat(t.reach("spoke-vm", "vm1").reachable()).isTrue();
        assertThat(t.reach("vm3", "spoke-vm").reachable()).isTrue();
    }
}
