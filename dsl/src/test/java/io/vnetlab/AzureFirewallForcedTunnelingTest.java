package io.vnetlab;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.FirewallRuleCollection.Action;
import io.vnetlab.model.FirewallRuleCollection.Kind;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.model.RouteNextHopType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forced tunnelling of Azure Firewall (docs/azure/azure-firewall.md#forced-tunneling): a firewall with a management IP
 * configuration may send its Internet-bound traffic on-premises through a 0.0.0.0/0 route on AzureFirewallSubnet; a
 * firewall without one needs direct Internet access, and Azure refuses a route table on its subnet that lacks
 * 0.0.0.0/0 to the Internet.
 */
class AzureFirewallForcedTunnelingTest {

    private final Topology t = Topology.create();

    @BeforeEach
    void hubWithGatewayToAnOnPremisesDefaultRoute() {
        // the site answers for the whole Internet: on-premises is where the default route leads
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("AzureFirewallSubnet", "10.0.3.0/26")
                .withSubnet("AzureFirewallManagementSubnet", "10.0.3.64/26")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").create();
        t.networks().define("spoke").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        t.virtualMachines().define("app-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        t.peer("spoke").with("hub").allowForwardedTraffic().create();
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.localNetworkGateways().define("datacenter").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("192.168.0.0/16").withAddressSpace("0.0.0.0/0").create();
        t.connections().define("hub-to-datacenter").withSiteToSite("hub-vpn", "datacenter").create();
        t.routeTables().define("spoke-to-fw").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.3.4").create();
        t.routeTables().associate("spoke-to-fw", "spoke", "app");
    }

    private static FirewallRuleCollection webOut() {
        return new FirewallRuleCollection("web-out", 100, Kind.Network, Action.Allow, List.of(
                FirewallRule.network("https", List.of("TCP"), List.of("10.1.0.0/16"), List.of("*"), List.of("443"))));
    }

    @Test
    void a_forced_tunnelled_firewall_sends_internet_traffic_on_premises_from_its_private_address() {
        t.routeTables().define("fw-to-onprem").withRegion(Region.WEST_EUROPE)
                .withRoute("0.0.0.0/0", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("fw-to-onprem", "hub", "AzureFirewallSubnet");
        t.azureFirewalls().define("fw").withExistingNetwork("hub").withRuleCollection(webOut()).withForcedTunneling()
                .create();

        Verdict v = t.evaluate(Flow.from(t.endpoint("app-vm")).to(Endpoint.address("93.184.216.34"))
                .on(Protocol.Tcp, 443));

        assertThat(v.reachable()).isTrue();
        assertThat(v.hops()).extracting(Hop::kind).containsSubsequence(Hop.Kind.FIREWALL, Hop.Kind.GATEWAY);
        assertThat(v.hops()).extracting(Hop::kind).doesNotContain(Hop.Kind.INTERNET);
        HopDetail.FirewallSourceNat snat = v.hops().stream().map(h -> h.detail(HopDetail.FirewallSourceNat.class))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(snat.translated()).hasToString("10.0.3.4");
    }

    @Test
    void a_firewall_without_forced_tunnelling_refuses_a_subnet_route_table_without_a_default_route_to_the_internet() {
        t.azureFirewalls().define("fw").withExistingNetwork("hub").withRuleCollection(webOut()).create();
        t.routeTables().define("fw-to-onprem").withRegion(Region.WEST_EUROPE)
                .withRoute("0.0.0.0/0", RouteNextHopType.VirtualNetworkGateway).create();

        AzureException e = rejects(t, AzureErrorCode.AzureFirewallSubnetRouteTableMustHaveDefaultRouteToInternet,
                () -> t.routeTables().associate("fw-to-onprem", "hub", "AzureFirewallSubnet"));

        assertThat(e.getMessage()).isEqualTo("Route Table fw-to-onprem on firewall subnet AzureFirewallSubnet must"
                + " have 0.0.0.0/0 route with next hop Internet. An Azure Firewall without forced tunnelling needs"
                + " direct Internet access; for forced tunnelling give it a management IP configuration in"
                + " AzureFirewallManagementSubnet.");
        t.routeTables().define("fw-direct").withRegion(Region.WEST_EUROPE)
                .withRoute("internet", "0.0.0.0/0", "Internet", null)
                .withRoute("datacenter", "192.168.0.0/16", "VirtualNetworkGateway", null).create();
        t.routeTables().associate("fw-direct", "hub", "AzureFirewallSubnet");
        rejects(t, AzureErrorCode.AzureFirewallSubnetRouteTableMustHaveDefaultRouteToInternet,
                () -> t.routeTables().update("fw-direct").withoutRoute("internet").apply());
    }

    @Test
    void deploying_a_firewall_without_forced_tunnelling_into_a_subnet_routed_on_premises_is_refused() {
        t.routeTables().define("fw-to-onprem").withRegion(Region.WEST_EUROPE)
                .withRoute("0.0.0.0/0", RouteNextHopType.VirtualNetworkGateway).create();
        t.routeTables().associate("fw-to-onprem", "hub", "AzureFirewallSubnet");

        rejects(t, AzureErrorCode.AzureFirewallSubnetRouteTableMustHaveDefaultRouteToInternet,
                () -> t.azureFirewalls().define("fw").withExistingNetwork("hub").withRuleCollection(webOut()).create());
        assertThat(t.azureFirewalls().define("fw").withExistingNetwork("hub").withRuleCollection(webOut())
                .withForcedTunneling().create().forcedTunneling()).isTrue();
    }
}
