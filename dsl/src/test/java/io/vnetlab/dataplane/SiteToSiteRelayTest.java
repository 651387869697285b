package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packet that entered Azure through a gateway and leaves it again through the same gateway has no interface to
 * start from; the walk must still answer with a verdict (docs/azure/gateways.md#gateway-as-next-hop).
 */
class SiteToSiteRelayTest {

    @Test
    void a_packet_from_one_site_relayed_by_the_gateway_to_another_site_ends_at_that_site() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        // both sites hold prefixes inside the hub's advertised space, so the gateway takes the packet in and back out
        t.localNetworkGateways().define("Branch").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.20").withAddressSpace("10.0.9.0/24").create();
        t.connections().define("hub-to-branch").withSiteToSite("hub-vpn", "Branch").create();
        t.localNetworkGateways().define("Lab").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.30").withAddressSpace("10.0.8.0/24").create();
        t.connections().define("hub-to-lab").withSiteToSite("hub-vpn", "Lab").create();

        t.routeTables().define("gw-rt").withRegion(Region.WEST_EUROPE)
                .withRoute("10.0.9.0/24", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("gw-rt", "hub", "GatewaySubnet");

        Verdict v = t.reach(t.onPremisesHost("Lab", "10.0.8.5"), t.onPremisesHost("Branch", "10.0.9.5"));

        assertThat(v.reachable()).as(VerdictRenderer.render(v)).isTrue();
        assertThat(v.hops()).extracting(Hop::kind).endsWith(Hop.Kind.SITE);
        assertThat(VerdictRenderer.render(v)).isEqualTo(
                "host 10.0.8.5 (site 'Lab') -> host 10.0.9.5 (site 'Branch'): reachable\n"
                + "  1. site 'Lab' -> gateway 'hub-vpn' (hub): connection 'hub-to-lab' (IPsec)"
                + "                                     ok\n"
                + "  2. hub/GatewaySubnet -> gateway 'hub-vpn' (hub): route 10.0.9.0/24 -> VirtualNetworkGateway (User)"
                + "            ok\n"
                + "  3. gateway 'hub-vpn' (hub) -> site 'Branch': connection 'hub-to-branch' (IPsec), 10.0.9.5 is in"
                + " 10.0.9.0/24   delivered\n");
    }
}
