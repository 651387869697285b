package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.render.BlockerText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A private endpoint in a spoke, reached from the spoke, from its hub over the peering and, by route tables, through an
 * appliance (docs/azure/private-endpoints.md#network-interface, #routes, #network-policies, #traffic).
 */
class PrivateEndpointTest {

    private static final String STORAGE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/data"
            + "/providers/Microsoft.Storage/storageAccounts/appdata";

    /** hub (an appliance, a VM) peered with spoke (a VM, the endpoints' subnet); edge peered with the hub only. */
    private static Topology hubAndSpoke() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
        t.networks().define("hub").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.0.0.0/16").withSubnet("shared", "10.0.1.0/24").withSubnet("nva", "10.0.2.0/24")
                .create();
        t.networks().define("spoke").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.1.0.0/16").withSubnet("app", "10.1.1.0/24")
                .withSubnet("endpoints", "10.1.2.0/24").create();
        t.networks().define("edge").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.2.0.0/16").withSubnet("app", "10.2.1.0/24").create();
        t.peer("hub").with("spoke").create();
        t.peer("hub").with("edge").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        t.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.2.4").withIpForwarding().create();
        t.virtualMachines().define("app-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        t.virtualMachines().define("edge-vm").withExistingPrimaryNetwork("edge").withSubnet("app").create();
        t.privateEndpoints().define("data").withSubnet("spoke", "endpoints").withPrivateLinkResource(STORAGE, "blob")
                .create();
        return t;
    }

    private static Verdict https(Topology t, String from) {
        return t.evaluate(Flow.from(t.endpoint(from)).to(t.endpoint("data")).on(Protocol.Tcp, 443));
    }

    private static EffectiveRoute endpointRoute(Topology t, String vm) {
        return t.effectiveRoutes(vm).routes().stream().filter(r -> r.nextHopType() == NextHopType.InterfaceEndpoint)
                .findFirst().orElseThrow();
    }

    @Test
    void an_endpoint_gets_a_read_only_interface_with_the_first_free_address_named_as_azure_names_it() {
        Topology t = hubAndSpoke();

        PrivateEndpoint endpoint = t.privateEndpoints().get("data");
        NetworkInterface nic = t.state().networkInterface(endpoint.networkInterfaceId()).orElseThrow();

        assertThat(nic.owner()).isEqualTo(InterfaceOwner.PrivateEndpoint);
        assertThat(nic.privateIpAddress()).hasToString("10.1.2.4");
        assertThat(nic.allocationMethod()).isEqualTo(IpAllocationMethod.Dynamic);
        assertThat(nic.name()).matches("data\\.nic\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(endpoint.connection().privateLinkServiceId()).isEqualTo(STORAGE);
        assertThat(endpoint.connection().groupIds()).containsExactly("blob");
        assertThat(endpoint.connection().status()).isEqualTo(PrivateLinkConnection.Status.Approved);
        assertThat(t.endpoint("data")).hasToString("private endpoint 'data' 10.1.2.4 (spoke/endpoints)");
    }

    @Test
    void a_static_address_and_a_custom_interface_name_are_kept_as_asked() {
        Topology t = hubAndSpoke();

        t.privateEndpoints().define("vault").withSubnet("spoke", "endpoints").withPrivateLinkResource(STORAGE, "file")
                .withStaticAddress("10.1.2.20").withCustomNetworkInterfaceName("vault-nic").withManualApproval()
                .create();

        NetworkInterface nic = t.networkInterfaces().get("vault-nic");
        assertThat(nic.privateIpAddress()).hasToString("10.1.2.20");
        assertThat(nic.allocationMethod()).isEqualTo(IpAllocationMethod.Static);
        assertThat(t.privateEndpoints().get("vault").connection().status()).isEqualTo(PrivateLinkConnection.Status.Pending);
        Verdict toPending = t.evaluate(Flow.from(t.endpoint("app-vm")).to(t.endpoint("vault")).on(Protocol.Tcp, 445));
        assertThat(toPending.reachable()).isTrue();
        assertThat(toPending.warnings()).extracting(io.vnetlab.render.WarningText::render).containsExactly("Private"
                + " endpoint 'vault' waits for its target's owner to approve its connection (Pending): until then the"
                + " service behind it does not answer; the walk goes to the endpoint's address.");
        assertThat(https(t, "app-vm").warnings()).isEmpty();
    }

    @Test
    void the_target_owner_approving_a_pending_connection_ends_the_warning_and_rejecting_it_warns_so() {
        Topology t = hubAndSpoke();
        t.privateEndpoints().define("vault").withSubnet("spoke", "endpoints").withPrivateLinkResource(STORAGE, "file")
                .withManualApproval().create();
        Flow toVault = Flow.from(t.endpoint("app-vm")).to(t.endpoint("vault")).on(Protocol.Tcp, 445);

        PrivateEndpoint approved = t.privateEndpoints().approveConnection("vault", "Approved by the data team");

        assertThat(approved.connection()).extracting(PrivateLinkConnection::status,
                PrivateLinkConnection::statusDescription)
                .containsExactly(PrivateLinkConnection.Status.Approved, "Approved by the data team");
        assertThat(t.evaluate(toVault).warnings()).isEmpty();

        t.privateEndpoints().rejectConnection("vault", "Not this one");

        Verdict toRejected = t.evaluate(toVault);
        assertThat(toRejected.reachable()).isTrue();
        assertThat(toRejected.warnings()).extracting(io.vnetlab.render.WarningText::render).containsExactly("Private"
                + " endpoint 'vault' has a connection its target's owner rejected (Rejected): the service behind it"
                + " does not answer; the walk goes to the endpoint's address.");
    }

    @Test
    void its_interface_cannot_be_changed_by_itself_and_goes_with_the_endpoint() {
        Topology t = hubAndSpoke();
        NetworkInterface nic = t.state().networkInterface(t.privateEndpoints().get("data").networkInterfaceId())
                .orElseThrow();

        assertThatThrownBy(() -> t.networkInterfaces().updateIpForwarding(nic.id().toString(), true))
                .isInstanceOfSatisfying(AzureException.class, e -> assertThat(e.code())
                        .isEqualTo(AzureErrorCode.CannotModifyNicAttachedToPrivateEndpoint))
                .hasMessage("Network interface " + nic.id() + " is attached to private endpoint "
                        + t.privateEndpoints().get("data").id() + ". It can not be modified by user.");

        t.privateEndpoints().delete("data");
        assertThat(t.state().networkInterface(nic.id())).isEmpty();
    }

    @Test
    void an_endpoint_name_has_two_characters_at_least() {
        Topology t = hubAndSpoke();

        assertThatThrownBy(() -> t.privateEndpoints().define("x").withSubnet("spoke", "endpoints")
                .withPrivateLinkResource(STORAGE, "blob").create())
                .isInstanceOfSatisfying(AzureException.class, e -> assertThat(e.code())
                        .isEqualTo(AzureErrorCode.InvalidResourceName));
    }

    @Test
    void an_endpoint_must_be_in_the_region_of_its_network() {
        Topology t = hubAndSpoke();

        assertThatThrownBy(() -> t.privateEndpoints().define("far").withRegion(Region.WEST_EUROPE)
                .withSubnet("spoke", "endpoints").withPrivateLinkResource(STORAGE, "blob").create())
                .isInstanceOfSatisfying(AzureException.class, e -> assertThat(e.code())
                        .isEqualTo(AzureErrorCode.InvalidResourceReference))
                .hasMessageEndingWith("A private endpoint must be in the region of its virtual network: it is in"
                        + " westeurope and virtual network spoke in eastus.");
    }

    @Test
    void its_network_and_the_directly_peered_ones_get_a_32_route_to_it_but_a_network_two_peerings_away_does_not() {
        Topology t = hubAndSpoke();

        assertThat(List.of(endpointRoute(t, "app-vm"), endpointRoute(t, "hub-vm")))
                .extracting(EffectiveRoute::source, EffectiveRoute::state, r -> r.addressPrefix().toString())
                .containsOnly(tuple(RouteSource.Default, RouteState.Active, "10.1.2.4/32"));
        assertThat(t.effectiveRoutes("edge-vm").routes()).extracting(EffectiveRoute::nextHopType)
                .doesNotContain(NextHopType.InterfaceEndpoint);

        assertThat(https(t, "app-vm").reachable()).isTrue();
        assertThat(https(t, "hub-vm").reachable()).isTrue();
        assertThat(https(t, "edge-vm").reachable()).isFalse();
    }

    @Test
    void an_on_premises_host_reaches_an_endpoint_of_a_spoke_through_the_hubs_gateway() {
        Topology t = io.vnetlab.reference.ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        t.privateEndpoints().define("data").withSubnet("spoke2", "app").withPrivateLinkResource(STORAGE, "blob")
                .create();
        Endpoint onPremises = Endpoint.onPremises(t.localNetworkGateways().get("OnPrem").id(),
                io.vnetlab.address.IpAddress.parse("10.100.0.10"));

        assertThat(t.evaluate(Flow.from(onPremises).to(t.endpoint("data")).on(Protocol.Tcp, 443)).reachable())
                .isTrue();
    }

    @Test
    void an_endpoint_never_starts_a_flow_and_carries_tcp_and_udp_only() {
        Topology t = hubAndSpoke();

        Verdict out = t.evaluate(Flow.from(t.endpoint("data")).to(t.endpoint("app-vm")).on(Protocol.Tcp, 22));
        Verdict ping = t.evaluate(Flow.from(t.endpoint("app-vm")).to(t.endpoint("data")).on(Protocol.Icmp));

        assertThat(out.reachable()).isFalse();
        assertThat(BlockerText.reason(out.blockers().get(0))).startsWith("Private endpoint 'data' (network interface"
                + " 'data.nic.").endsWith("') only receives connections: the service behind it cannot open one into"
                + " the network, so no flow starts at a private endpoint.");
        assertThat(ping.reachable()).isFalse();
        assertThat(BlockerText.reason(ping.blockers().get(0))).isEqualTo("Private endpoint 'data' carries TCP and UDP"
                + " only; it does not answer ICMP.");
        assertThat(t.evaluate(Flow.from(t.endpoint("app-vm")).to(t.endpoint("data")).on(Protocol.Udp, 53))
                .reachable()).isTrue();
    }

    @Test
    void the_subnets_nsg_filters_traffic_to_the_endpoint_only_when_its_network_policies_enable_nsgs() {
        Topology t = hubAndSpoke();
        t.networkSecurityGroups().define("endpoints-nsg").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .defineRule("deny-hub")
                    .denyInbound().fromAddress("10.0.0.0/16").fromAnyPort().toAnyAddress().toPort(443)
                    .withProtocol(Protocol.Tcp).withPriority(100)
                    .attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("endpoints-nsg", "spoke", "endpoints");

        assertThat(https(t, "hub-vm").reachable()).isTrue();

        t.networks().setPrivateEndpointNetworkPolicies("spoke", "endpoints",
                PrivateEndpointNetworkPolicies.NetworkSecurityGroupEnabled);
        assertThat(https(t, "hub-vm").reachable()).isFalse();
        assertThat(https(t, "app-vm").reachable()).isTrue();
    }

    @Test
    void under_nsg_policies_a_rule_naming_an_application_security_group_filters_the_endpoints_in_it() {
        Topology t = hubAndSpoke();
        t.applicationSecurityGroups().define("vaults").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .create();
        t.privateEndpoints().define("vault").withSubnet("spoke", "endpoints").withPrivateLinkResource(STORAGE, "file")
                .withExistingApplicationSecurityGroup("vaults").create();
        t.networkSecurityGroups().define("endpoints-nsg").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .defineRule("deny-to-vaults")
                    .denyInbound().fromAnyAddress().fromAnyPort().withDestinationApplicationSecurityGroup("vaults")
                    .toPort(443).withProtocol(Protocol.Tcp).withPriority(100)
                    .attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("endpoints-nsg", "spoke", "endpoints");
        t.networks().setPrivateEndpointNetworkPolicies("spoke", "endpoints", PrivateEndpointNetworkPolicies.Enabled);

        assertThat(t.evaluate(Flow.from(t.endpoint("app-vm")).to(t.endpoint("vault")).on(Protocol.Tcp, 443))
                .reachable()).isFalse();
        assertThat(https(t, "app-vm").reachable()).isTrue();
    }

    @Test
    void a_user_route_as_long_as_the_endpoint_networks_range_takes_the_traffic_only_under_route_table_policies() {
        Topology t = hubAndSpoke();
        t.routeTables().define("via-nva").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.2.4").create();
        t.routeTables().associate("via-nva", "hub", "shared");

        assertThat(endpointRoute(t, "hub-vm").state()).isEqualTo(RouteState.Active);
        assertThat(https(t, "hub-vm").hops()).extracting(Hop::kind).doesNotContain(Hop.Kind.APPLIANCE);

        t.networks().setPrivateEndpointNetworkPolicies("spoke", "endpoints",
                PrivateEndpointNetworkPolicies.RouteTableEnabled);
        Verdict through = https(t, "hub-vm");

        assertThat(endpointRoute(t, "hub-vm").state()).isEqualTo(RouteState.Invalid);
        assertThat(through.reachable()).isTrue();
        assertThat(through.hops()).extracting(Hop::kind).contains(Hop.Kind.APPLIANCE);
    }

    @Test
    void a_default_route_never_takes_the_endpoints_traffic_even_under_route_table_policies() {
        Topology t = hubAndSpoke();
        t.routeTables().define("all-via-nva").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.2.4").create();
        t.routeTables().associate("all-via-nva", "hub", "shared");
        t.networks().setPrivateEndpointNetworkPolicies("spoke", "endpoints", PrivateEndpointNetworkPolicies.Enabled);

        assertThat(endpointRoute(t, "hub-vm").state()).isEqualTo(RouteState.Active);
        assertThat(https(t, "hub-vm").hops()).extracting(Hop::kind).doesNotContain(Hop.Kind.APPLIANCE);
    }

    @Test
    void replies_go_straight_back_so_a_firewall_that_kept_the_source_drops_what_reaches_an_endpoint_through_it() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.EAST_US).withAddressSpace("10.0.0.0/16")
                .withSubnet("AzureFirewallSubnet", "10.0.3.0/26").create();
        t.networks().define("spoke1").withRegion(Region.EAST_US).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        t.networks().define("spoke2").withRegion(Region.EAST_US).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").withSubnet("endpoints", "10.2.2.0/24").create();
        t.peer("spoke1").with("hub").allowForwardedTraffic().create();
        t.peer("spoke2").with("hub").allowForwardedTraffic().create();
        t.virtualMachines().define("client").withExistingPrimaryNetwork("spoke1").withSubnet("app").create();
        t.virtualMachines().define("server").withExistingPrimaryNetwork("spoke2").withSubnet("app").create();
        t.privateEndpoints().define("data").withSubnet("spoke2", "endpoints").withPrivateLinkResource(STORAGE, "blob")
                .create();
        t.firewallPolicies().define("policy").withRegion(Region.EAST_US).create();
        t.firewallPolicies().putRuleCollectionGroup("policy", "network", 200, new FirewallRuleCollection("spokes", 100,
                FirewallRuleCollection.Kind.Network, FirewallRuleCollection.Action.Allow, List.of(
                        FirewallRule.network("https", List.of("TCP"), List.of("10.1.0.0/16"), List.of("10.2.0.0/16"),
                                List.of("443")))));
        t.azureFirewalls().define("fw").withExistingNetwork("hub").withPolicy("policy").create();
        t.routeTables().define("to-fw").withRegion(Region.EAST_US).withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.3.4")
                .create();
        t.routeTables().associate("to-fw", "spoke1", "app");
        t.routeTables().associate("to-fw", "spoke2", "app");
        t.routeTables().associate("to-fw", "spoke2", "endpoints");

        Verdict toServer = https(t, "client", "server");
        Verdict toEndpoint = https(t, "client", "data");

        assertThat(toServer.reachable()).isTrue();
        assertThat(toEndpoint.reachable()).isFalse();
        assertThat(toEndpoint.blockers()).extracting(Blocker::kind).containsExactly(Blocker.Kind.FIREWALL_ASYMMETRIC_ROUTING);
    }

    private static Verdict https(Topology t, String from, String to) {
        return t.evaluate(Flow.from(t.endpoint(from)).to(t.endpoint(to)).on(Protocol.Tcp, 443));
    }
}
