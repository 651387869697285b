package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two networks joined by site-to-site connections, each gateway with a site that stands for the other gateway, as
 * Microsoft Learn's VPN gateway exercise builds them (docs/azure/gateways.md#site-to-site-between-networks).
 */
class SiteToSiteBetweenNetworksTest {

    /** The exercise's two networks, gateways and sites; the sites point at the gateways' public addresses. */
    private static Topology twoNetworksWithSites() {
        Topology t = Topology.create();
        t.networks().define("Azure-VNet-1").withRegion(Region.EAST_US).withAddressSpace("10.0.0.0/16")
                .withSubnet("Services", "10.0.0.0/24").withSubnet("GatewaySubnet", "10.0.255.0/27").create();
        t.networks().define("HQ-Network").withRegion(Region.EAST_US).withAddressSpace("172.16.0.0/16")
                .withSubnet("Applications", "172.16.0.0/24").withSubnet("GatewaySubnet", "172.16.255.0/27").create();
        t.virtualMachines().define("azure-vm").withExistingPrimaryNetwork("Azure-VNet-1").withSubnet("Services")
                .create();
        t.virtualMachines().define("hq-vm").withExistingPrimaryNetwork("HQ-Network").withSubnet("Applications")
                .create();
        PublicIpAddress azureAddress = t.publicIpAddresses().define("PIP-VNG-Azure-VNet-1").withRegion(Region.EAST_US)
                .create();
        PublicIpAddress hqAddress = t.publicIpAddresses().define("PIP-VNG-HQ-Network").withRegion(Region.EAST_US)
                .create();
        t.virtualNetworkGateways().define("VNG-Azure-VNet-1").withExistingNetwork("Azure-VNet-1").withRouteBasedVpn()
                .withPublicIpAddress("PIP-VNG-Azure-VNet-1").create();
        t.virtualNetworkGateways().define("VNG-HQ-Network").withExistingNetwork("HQ-Network").withRouteBasedVpn()
                .withPublicIpAddress("PIP-VNG-HQ-Network").create();
        t.localNetworkGateways().define("LNG-HQ-Network").withRegion(Region.EAST_US)
                .withIPAddress(hqAddress.ipAddress().toString()).withAddressSpace("172.16.0.0/16").create();
        t.localNetworkGateways().define("LNG-Azure-VNet-1").withRegion(Region.EAST_US)
                .withIPAddress(azureAddress.ipAddress().toString()).withAddressSpace("10.0.0.0/16").create();
        t.connections().define("Azure-VNet-1-To-HQ-Network").withSiteToSite("VNG-Azure-VNet-1", "LNG-HQ-Network")
                .create();
        return t;
    }

    // docs/azure/gateways.md#site-to-site-between-networks
    @Test
    void a_site_to_site_connection_to_a_site_that_is_another_gateway_is_NotConnected_until_that_gateway_connects_back() {
        Topology t = twoNetworksWithSites();

        assertThat(ResourceManager.connectionStatus(t.state(), t.connections().get("Azure-VNet-1-To-HQ-Network")))
                .isEqualTo(ConnectionStatus.NotConnected);
        assertThat(t.reach("azure-vm", "hq-vm").reachable()).isFalse();
        assertThat(t.explain("azure-vm", "hq-vm")).contains("""
                  - Connection 'Azure-VNet-1-To-HQ-Network' of gateway 'VNG-Azure-VNet-1' is NotConnected: its site \
                'LNG-HQ-Network' is gateway 'VNG-HQ-Network' (the site's address is that gateway's public IP), which \
                has no site-to-site connection back to a site of gateway 'VNG-Azure-VNet-1'.
                To fix, connect gateway 'VNG-HQ-Network' back, site-to-site, to site 'LNG-Azure-VNet-1', which is \
                gateway 'VNG-Azure-VNet-1' (topology.connections().define(..).withSiteToSite("VNG-HQ-Network", \
                "LNG-Azure-VNet-1")).""");
        assertThat(t.effectiveRoutes("azure-vm").routes())
                .noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
    }

    // docs/azure/gateways.md#site-to-site-between-networks
    @Test
    void the_connection_back_brings_the_tunnel_up_and_each_network_reaches_the_other_through_it() {
        Topology t = twoNetworksWithSites();

        t.connections().define("HQ-Network-To-Azure-VNet-1").withSiteToSite("VNG-HQ-Network", "LNG-Azure-VNet-1")
                .create();

        assertThat(t.connections().list()).extracting(c -> ResourceManager.connectionStatus(t.state(), c))
                .containsOnly(ConnectionStatus.Connected);
        Verdict there = t.reach("azure-vm", "hq-vm");
        assertThat(there.reachable()).as(VerdictRenderer.render(there)).isTrue();
        assertThat(there.hops()).anySatisfy(hop -> assertThat(hop.details()).contains(
                new HopDetail.Connection(t.connections().get("Azure-VNet-1-To-HQ-Network").id(), ConnectionType.IPsec),
                new HopDetail.Relayed(t.virtualNetworkGateways().get("VNG-Azure-VNet-1").id(),
                        t.virtualNetworkGateways().get("VNG-HQ-Network").id())));
        assertThat(VerdictRenderer.render(there)).contains("connection 'Azure-VNet-1-To-HQ-Network' (IPsec)");
        assertThat(t.reach("hq-vm", "azure-vm").reachable()).isTrue();
    }

    // docs/azure/gateways.md#local-network-gateways: a site whose device is no gateway of the topology is on-premises
    @Test
    void a_site_whose_address_is_no_gateway_s_stays_an_on_premises_site_taken_as_connected() {
        Topology t = twoNetworksWithSites();
        t.localNetworkGateways().define("Branch").withRegion(Region.EAST_US).withIPAddress("203.0.113.9")
                .withAddressSpace("192.168.0.0/16").create();

        t.connections().define("Azure-VNet-1-To-Branch").withSiteToSite("VNG-Azure-VNet-1", "Branch").create();

        assertThat(ResourceManager.connectionStatus(t.state(), t.connections().get("Azure-VNet-1-To-Branch")))
                .isEqualTo(ConnectionStatus.Connected);
        assertThat(t.effectiveRoutes("azure-vm").routes()).anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway
                && r.addressPrefix().toString().equals("192.168.0.0/16"));
    }
}
