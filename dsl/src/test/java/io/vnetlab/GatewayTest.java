package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;
import org.junit.jupiter.api.Test;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Virtual network gateways, sites, connections and the preconditions of gateway transit:
 * docs/azure/peering.md#use-remote-gateways, docs/azure/peering.md#remote-has-no-gateway,
 * #use-remote-gateways-conflicts, docs/azure/gateways.md#gateway-transit, #transit-preconditions.
 */
class GatewayTest {

    private static Topology topology() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("default", "10.0.0.0/24").create();
        t.networks().define("spoke").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("GatewaySubnet", "10.1.255.0/27").withSubnet("app", "10.1.1.0/24").create();
        t.networks().define("spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        return t;
    }

    private static void hubGateway(Topology t) {
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
    }

    // docs/azure/gateways.md#gateway-subnet
    @Test
    void a_gateway_goes_in_GatewaySubnet_with_its_type_sku_and_bgp() {
        Topology t = topology();
        VirtualNetworkGateway vpn = t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub")
                .withRouteBasedVpn().withSku("VpnGw2").withBgp(65515).create();
        assertThat(vpn.subnetId().toString()).endsWith("/virtualNetworks/hub/subnets/GatewaySubnet");
        assertThat(vpn.gatewayType()).isEqualTo(GatewayType.Vpn);
        assertThat(vpn.vpnType()).isEqualTo(VpnType.RouteBased);
        assertThat(vpn.sku()).isEqualTo("VpnGw2");
        assertThat(vpn.bgp()).contains(65515L);
        assertThat(vpn.ipAddress()).hasToString("10.0.255.4");
        VirtualNetworkGateway er = t.virtualNetworkGateways().define("hub-er").withExistingNetwork("hub")
                .withExpressRoute().create();
        assertThat(er.vpnType()).isNull();
        assertThat(er.sku()).isEqualTo("Standard");
        assertThat(er.ipAddress()).hasToString("10.0.255.5");
        assertThat(t.virtualNetworkGateways().define("policy").withExistingNetwork("spoke").withPolicyBasedVpn()
                .create().sku()).isEqualTo("Basic");
    }

    // docs/azure/gateways.md#gateway-subnet
    @Test
    void a_gateway_outside_a_subnet_named_exactly_GatewaySubnet_is_refused() {
        Topology t = topology();
        AzureException e = rejects(t, AzureErrorCode.GatewayMustBeInGatewaySubnet, () -> t.virtualNetworkGateways()
                .define("gw").withExistingSubnet("hub", "default").withRouteBasedVpn().create());
        assertThat(e.getMessage()).contains("cannot be deployed in subnet 'default' of virtual network hub: a gateway"
                + " goes only in the subnet named exactly 'GatewaySubnet'.");
        t.networks().define("lower").withRegion(Region.WEST_EUROPE).withAddressSpace("10.5.0.0/16")
                .withSubnet("gatewaysubnet", "10.5.255.0/27").create();
        rejects(t, AzureErrorCode.GatewayMustBeInGatewaySubnet, () -> t.virtualNetworkGateways().define("gw")
                .withExistingNetwork("lower").withRouteBasedVpn().create());
    }

    @Test
    void a_network_has_at_most_one_VPN_and_one_ExpressRoute_gateway() {
        Topology t = topology();
        hubGateway(t);
        t.virtualNetworkGateways().define("hub-er").withExistingNetwork("hub").withExpressRoute().create();
        rejects(t, AzureErrorCode.VirtualNetworkAlreadyHasGatewayOfThisType, () -> t.virtualNetworkGateways()
                .define("hub-vpn2").withExistingNetwork("hub").withPolicyBasedVpn().create());
        rejects(t, AzureErrorCode.VirtualNetworkAlreadyHasGatewayOfThisType, () -> t.virtualNetworkGateways()
                .define("hub-er2").withExistingNetwork("hub").withExpressRoute().create());
    }

    @Test
    void the_subnet_or_network_of_a_gateway_cannot_be_deleted_while_it_holds_the_gateway() {
        Topology t = topology();
        hubGateway(t);
        AzureException e = rejects(t, AzureErrorCode.InUseSubnetCannotBeDeleted, () -> t.networks().update("hub")
                .withoutSubnet("GatewaySubnet").apply());
        assertThat(e.getMessage()).startsWith("Subnet GatewaySubnet is in use by virtual network gateway ");
        rejects(t, AzureErrorCode.InUseSubnetCannotBeDeleted, () -> t.networks().delete("hub"));
    }

    @Test
    void deleting_a_resource_group_deletes_its_gateways_sites_connections_and_route_tables() {
        Topology t = topology();
        hubGateway(t);
        t.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        t.connections().define("s2s").withSiteToSite("hub-vpn", "OnPrem").create();
        t.routeTables().define("rt").withRegion(Region.WEST_EUROPE).create();
        t.resourceGroups().delete(Topology.DEFAULT_RESOURCE_GROUP);
        assertThat(t.virtualNetworkGateways().list()).isEmpty();
        assertThat(t.localNetworkGateways().list()).isEmpty();
        assertThat(t.connections().list()).isEmpty();
        assertThat(t.routeTables().list()).isEmpty();
        assertThat(t.networks().list()).isEmpty();
    }

    @Test
    void a_site_definition_needs_the_devices_address() {
        Topology t = topology();
        assertThatIllegalStateException().isThrownBy(() -> t.localNetworkGateways().define("OnPrem")
                .withRegion(Region.WEST_EUROPE).withAddressSpace("10.100.0.0/16").create())
                .withMessage("Local network gateway 'OnPrem' needs the public address of its VPN device: call"
                        + " withIPAddress(\"203.0.113.10\"), for example.");
    }

    @Test
    void a_gateway_definition_needs_a_type() {
        Topology t = topology();
        assertThatIllegalStateException().isThrownBy(() -> t.virtualNetworkGateways().define("gw")
                .withExistingNetwork("hub").create()).withMessage("Gateway 'gw' needs a type: call"
                + " withRouteBasedVpn(), withPolicyBasedVpn() or withExpressRoute().");
    }

    @Test
    void connections_join_gateways_to_sites_networks_and_circuits_of_the_right_type() {
        Topology t = topology();
        hubGateway(t);
        t.virtualNetworkGateways().define("spoke-vpn").withExistingNetwork("spoke").withRouteBasedVpn().create();
        t.virtualNetworkGateways().define("hub-er").withExistingNetwork("hub").withExpressRoute().create();
        t.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").withBgp(65010, "10.100.255.254").create();
        t.localNetworkGateways().define("Circuit").withRegion(Region.WEST_EUROPE).withIPAddress("198.51.100.1")
                .withAddressSpace("10.200.0.0/16").create();
        assertThat(t.connections().define("s2s").withSiteToSite("hub-vpn", "OnPrem").create().connectionType())
                .isEqualTo(ConnectionType.IPsec);
        assertThat(t.connections().define("v2v").withVnetToVnet("hub-vpn", "spoke-vpn").create().connectionType())
                .isEqualTo(ConnectionType.Vnet2Vnet);
        assertThat(t.connections().define("er").withExpressRoute("hub-er", "Circuit").withBgp().create().enableBgp())
                .isTrue();
        AzureException e = rejects(t, AzureErrorCode.InvalidConnectionEndpoints, () -> t.connections().define("bad")
                .withSiteToSite("hub-er", "OnPrem").create());
        assertThat(e.getMessage()).contains("of type IPsec needs a VPN gateway, but");
        rejects(t, AzureErrorCode.InvalidConnectionEndpoints, () -> t.connections().define("bad2")
                .withExpressRoute("hub-vpn", "Circuit").create());
    }

    // ---------------------------------------------------------------- gateway transit preconditions

    // docs/azure/peering.md#remote-has-no-gateway
    @Test
    void useRemoteGateways_towards_a_network_without_gateway_is_RemoteVnetHasNoGateways() {
        Topology t = topology();
        t.peerings().define("hub-To-spoke2").onNetwork("hub").withRemoteNetwork("spoke2").allowGatewayTransit().create();
        AzureException e = rejects(t, AzureErrorCode.RemoteVnetHasNoGateways, () -> t.peerings()
                .define("spoke2-To-hub").onNetwork("spoke2").withRemoteNetwork("hub").useRemoteGateways().create());
        assertThat(e).hasMessage("Peering " + t.network("spoke2").id() + "/virtualNetworkPeerings/spoke2-To-hub"
                + " cannot have UseRemoteGateway flag set to true because remote virtual network "
                + t.network("hub").id() + " referenced by the peering does not have any gateways.");
    }

    // docs/azure/gateways.md#transit-preconditions
    @Test
    void allowGatewayTransit_is_accepted_on_a_network_without_gateway() {
        Topology t = topology();
        Peering p = t.peerings().define("spoke2-To-hub").onNetwork("spoke2").withRemoteNetwork("hub")
                .allowGatewayTransit().create();
        assertThat(p.allowGatewayTransit()).isTrue();
    }

    // docs/azure/peering.md#use-remote-gateways-conflicts
    @Test
    void a_network_with_its_own_gateway_cannot_use_remote_gateways() {
        Topology t = topology();
        hubGateway(t);
        t.virtualNetworkGateways().define("spoke-vpn").withExistingNetwork("spoke").withRouteBasedVpn().create();
        t.peerings().define("hub-To-spoke").onNetwork("hub").withRemoteNetwork("spoke").allowGatewayTransit().create();
        AzureException e = rejects(t, AzureErrorCode.VnetWithGatewayCannotUseRemoteGateways, () -> t.peerings()
                .define("spoke-To-hub").onNetwork("spoke").withRemoteNetwork("hub").useRemoteGateways().create());
        assertThat(e.getMessage()).contains("because its virtual network spoke has a gateway of its own");
        assertThat(AzureErrorCode.VnetWithGatewayCannotUseRemoteGateways.isAzureCode()).isFalse();
    }

    // docs/azure/peering.md#use-remote-gateways-conflicts
    @Test
    void a_network_that_uses_remote_gateways_cannot_get_a_gateway_of_its_own() {
        Topology t = topology();
        hubGateway(t);
        t.peer("spoke").with("hub").usingGatewayOf("hub").create();
        rejects(t, AzureErrorCode.VnetWithGatewayCannotUseRemoteGateways, () -> t.virtualNetworkGateways()
                .define("spoke-vpn").withExistingNetwork("spoke").withRouteBasedVpn().create());
    }

    // docs/azure/peering.md#use-remote-gateways-conflicts
    @Test
    void only_one_peering_of_a_network_may_use_remote_gateways() {
        Topology t = topology();
        hubGateway(t);
        t.networks().define("hub2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.9.0.0/16")
                .withSubnet("GatewaySubnet", "10.9.255.0/27").create();
        t.virtualNetworkGateways().define("hub2-vpn").withExistingNetwork("hub2").withRouteBasedVpn().create();
        t.peer("spoke2").with("hub").usingGatewayOf("hub").create();
        t.peerings().define("hub2-To-spoke2").onNetwork("hub2").withRemoteNetwork("spoke2").allowGatewayTransit()
                .create();
        AzureException e = rejects(t, AzureErrorCode.AnotherPeeringAlreadyUsesRemoteGateways, () -> t.peerings()
                .define("spoke2-To-hub2").onNetwork("spoke2").withRemoteNetwork("hub2").useRemoteGateways().create());
        assertThat(e.getMessage()).contains("already uses the gateway of hub; only one peering of a virtual network"
                + " may use remote gateways.");
    }

    // docs/azure/peering.md#use-remote-gateways
    @Test
    void useRemoteGateways_needs_allowGatewayTransit_on_the_remote_peering() {
        Topology t = topology();
        hubGateway(t);
        t.peerings().define("hub-To-spoke2").onNetwork("hub").withRemoteNetwork("spoke2").create();
        AzureException e = rejects(t, AzureErrorCode.RemotePeeringDoesNotAllowGatewayTransit, () -> t.peerings()
                .define("spoke2-To-hub").onNetwork("spoke2").withRemoteNetwork("hub").useRemoteGateways().create());
        assertThat(e.getMessage()).contains("cannot have UseRemoteGateways flag set to true, because corresponding"
                + " remote peering");
        assertThat(e.getMessage()).contains("has AllowGatewayTransit flag set to false.");
    }

    // docs/azure/gateways.md#gateway-transit
    @Test
    void the_pair_DSL_creates_the_hubs_side_first_so_transit_is_accepted() {
        Topology t = topology();
        hubGateway(t);
        PeeringPair pair = t.peer("spoke2").with("hub").usingGatewayOf("hub").create();
        Peering spokeSide = t.peering("spoke2", "spoke2-To-hub");
        Peering hubSide = t.peering("hub", "hub-To-spoke2");
        assertThat(spokeSide.useRemoteGateways()).isTrue();
        assertThat(spokeSide.allowGatewayTransit()).isFalse();
        assertThat(hubSide.allowGatewayTransit()).isTrue();
        assertThat(hubSide.useRemoteGateways()).isFalse();
        assertThat(spokeSide.isConnected()).isTrue();
        assertThat(pair.forward().id()).as("the pair returns the spoke's side as asked for").isEqualTo(spokeSide.id());
        assertThat(pair.back().id()).isEqualTo(hubSide.id());
        Topology other = topology();
        hubGateway(other);
        other.peer("hub").with("spoke2").usingGatewayOf("hub").create();
        assertThat(other.peering("spoke2", "spoke2-To-hub").useRemoteGateways()).isTrue();
    }

    @Test
    void the_pair_DSL_refuses_raw_gateway_flags_and_names_the_readable_way() {
        Topology t = topology();
        assertThatIllegalStateException().isThrownBy(() -> t.peer("spoke2").with("hub").useRemoteGateways().create())
                .withMessageContaining("topology.peer(spoke).with(hub).usingGatewayOf(hub)");
        assertThatIllegalStateException().isThrownBy(() -> t.peer("spoke2").with("hub").usingGatewayOf("spoke")
                .create()).withMessage("usingGatewayOf('spoke') names neither 'spoke2' nor 'hub'; name the network of"
                + " the pair that has the gateway.");
    }
}
