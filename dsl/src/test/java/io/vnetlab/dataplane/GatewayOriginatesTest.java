package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.Region;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a gateway learnt excludes what it originates (docs/azure/gateways.md#advertised-prefixes); the check of one
 * prefix, made without listing the hub's transit spokes, agrees with the list of everything the gateway originates.
 */
class GatewayOriginatesTest {

    @Test
    void the_check_of_one_prefix_agrees_with_the_originated_list_on_complete_peerings() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        assertAgrees(t);
    }

    // docs/azure/subnet-peering.md#gateway-transit: over a subnet peering, only the peered subnets are originated
    @Test
    void the_check_of_one_prefix_agrees_with_the_originated_list_on_a_subnet_peering() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.peer("spoke1").with("hub").usingGatewayOf("hub")
                .onlySubnets(List.of("app"), List.of("default", "GatewaySubnet")).create();
        assertAgrees(t);
    }

    // docs/azure/peering.md#sync-level: a spoke's grown space is what its hub gateway originates, synced or not
    @Test
    void the_check_of_one_prefix_agrees_with_the_originated_list_after_a_spoke_s_space_grew() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.networks().update("spoke1").withAddressSpace("10.250.0.0/16").apply();
        assertAgrees(t);
    }

    @Test
    void a_site_announcing_a_transit_spoke_s_prefix_does_not_teach_it_to_the_hub_gateway() {
        Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        Cidr spokePrefix = t.networks().get("spoke1").addressSpace().get(0);
        t.localNetworkGateways().define("Branch").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.20")
                .withAddressSpace(spokePrefix.toString()).withAddressSpace("10.200.0.0/16").create();
        t.connections().define("hub-to-branch").withSiteToSite("hub-vpn", "Branch").create();
        VirtualNetworkGateway gateway = t.virtualNetworkGateways().get("hub-vpn");

        List<Cidr> learnt = DataPlane.compile(t.state()).gateways().learnt(gateway);

        assertThat(learnt).contains(Cidr.parse("10.200.0.0/16")).doesNotContain(spokePrefix);
        assertAgrees(t);
    }

    private static void assertAgrees(Topology t) {
        Set<Cidr> candidates = new LinkedHashSet<>();
        for (VirtualNetwork n : t.state().all(VirtualNetwork.class)) {
            candidates.addAll(n.addressSpace());
        }
        for (Subnet s : t.state().all(Subnet.class)) {
            candidates.addAll(s.addressPrefixes());
        }
        candidates.add(Cidr.parse("192.168.0.0/16"));
        assertThat(t.state().all(VirtualNetworkGateway.class)).isNotEmpty();
        for (VirtualNetworkGateway gateway : t.state().all(VirtualNetworkGateway.class)) {
            List<Cidr> originated = DataPlane.compile(t.state()).gateways().originated(gateway);
            assertThat(originated).isNotEmpty();
            GatewayRouting fresh = DataPlane.compile(t.state()).gateways();
            for (Cidr prefix : candidates) {
                assertThat(fresh.originates(gateway, prefix))
                        .as("%s originates %s", gateway.id().name(), prefix)
                        .isEqualTo(originated.contains(prefix));
            }
        }
    }
}
