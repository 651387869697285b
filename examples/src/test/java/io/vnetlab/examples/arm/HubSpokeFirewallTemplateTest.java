package io.vnetlab.examples.arm;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.az.Az;
import io.vnetlab.az.AzResult;
import io.vnetlab.arm.DeployedResource;
import io.vnetlab.arm.DeploymentResult;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.Protocol;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario "hub and spoke with Azure Firewall" (the Architecture Center's mspnp Bicep, compiled to ARM), written
 * anew: a hub with AzureBastionSubnet, GatewaySubnet and AzureFirewallSubnet; a firewall whose IP configurations
 * come from a property copy loop (only the first with a subnet) and whose policy, public IPs and Log Analytics
 * diagnostics are outside the network model; a route table whose single route sends 0.0.0.0/0 to the firewall's
 * private address, read with {@code reference()}; two spokes whose subnets use that table; an optional VPN gateway.
 * The documentation: "all regional spoke networks can egress through" the firewall.
 */
class HubSpokeFirewallTemplateTest {

    private final Topology azure = Topology.create();

    private DeploymentResult deploy(boolean vpnGateway, boolean spokeForwardedTraffic) {
        azure.resourceGroups().define("hub-spoke-rg").withRegion(Region.EAST_US_2).create();
        return ArmDeployment.into(azure, "hub-spoke-rg").templateResource("arm/hub-spoke-firewall.json")
                .parameter("deployVpnGateway", vpnGateway).parameter("spokeForwardedTraffic", spokeForwardedTraffic)
                .deploy();
    }

    // docs/azure/routing.md#route-selection
    @Test
    void each_spoke_routes_everything_to_the_hub_firewalls_private_address() {
        DeploymentResult result = deploy(false, false);

        assertThat(result.output("firewallPrivateIp")).isEqualTo("10.140.3.4");
        for (String vm : new String[] {"vm-spoke-one", "vm-spoke-two"}) {
            EffectiveRoute route = azure.effectiveRoutes(vm).routes().stream()
                    .filter(r -> r.source() == RouteSource.User).findFirst().orElseThrow();
            assertThat(route.addressPrefix()).hasToString("0.0.0.0/0");
            assertThat(route.nextHopType()).isEqualTo(NextHopType.VirtualAppliance);
            assertThat(route.nextHopIpAddresses()).singleElement().hasToString("10.140.3.4");
        }
    }

    /** The firewall's policy decides (docs/azure/azure-firewall.md#processing-order, #default-deny). */
    @Test
    void spoke_to_internet_dns_is_allowed_by_the_dns_rule_and_the_verdict_lists_the_firewall_hop() {
        deploy(false, false);

        Verdict verdict = azure.evaluate(Flow.from(azure.endpoint("vm-spoke-one"))
                .to(Endpoint.address("93.184.216.34")).on(Protocol.Udp, 53));

        assertThat(verdict.reachable()).isTrue();
        assertThat(HopText.to(verdict.hops().get(0))).isEqualTo("appliance 10.140.3.4 (hub-eastus2/AzureFirewallSubnet)");
        assertThat(verdict.hops()).extracting(HopText::decision).contains("Azure Firewall 'fw-eastus2' allowed by rule"
                + " 'DNS' of Network rule collection 'org-wide-allowed' (group 'DefaultNetworkRuleCollectionGroup' of"
                + " policy 'fw-policy'), source NAT to the firewall's address 10.140.3.4");
    }

    @Test
    void spoke_to_an_arbitrary_internet_address_on_tcp_443_is_denied_by_the_default_deny() {
        deploy(false, false);

        Verdict verdict = azure.evaluate(Flow.from(azure.endpoint("vm-spoke-one"))
                .to(Endpoint.address("93.184.216.34")).on(Protocol.Tcp, 443));

        assertThat(verdict.reachable()).isFalse();
        assertThat(verdict.firstBlockingHop().orElseThrow().kind()).isEqualTo(Hop.Kind.FIREWALL);
        assertThat(VerdictRenderer.blockers(verdict)).containsExactly("Azure Firewall 'fw-eastus2' denied the packet"
                + " from 10.150.0.4 to 93.184.216.34: the default deny (no rule matched), as Azure Firewall denies"
                + " whatever no rule allows.");
        assertThat(VerdictRenderer.fixes(verdict)).containsExactly("add to firewall policy 'fw-policy' a network rule"
                + " allowing TCP 443 from 10.150.0.4 to 93.184.216.34");
    }

    @Test
    void the_hub_and_spoke_peerings_are_all_connected_and_the_spokes_are_not_peered_with_each_other() {
        deploy(false, false);

        assertThat(azure.peerings().list()).hasSize(4).allMatch(p -> p.state() == PeeringState.Connected);
        assertThat(azure.peerings().list()).noneMatch(p -> p.localNetworkName().startsWith("spoke")
                && p.remoteNetworkName().startsWith("spoke"));
    }

    /**
     * A 0.0.0.0/0 user route removes the reserved None routes from its subnet (Microsoft's routing overview,
     * "Routing example"), so spoke-to-spoke traffic follows 0.0.0.0/0 to the firewall; the template leaves
     * allowForwardedTraffic off on the spokes' peerings, and the forwarded-traffic rule
     * (docs/azure/decisions.md#forwarded-traffic) then refuses it in the other spoke.
     */
    @Test
    void spoke_to_spoke_follows_0_0_0_0_0_to_the_firewall_and_needs_allow_forwarded_traffic_udr_routing_example() {
        deploy(false, false);
        allowSpokeToSpokeInTheFirewall();

        Verdict refused = azure.reach("vm-spoke-one", "vm-spoke-two");

        assertThat(refused.reachable()).isFalse();
        assertThat(HopText.decision(refused.hops().get(0))).startsWith("route 0.0.0.0/0 -> VirtualAppliance 10.140.3.4 (User)");
        assertThat(VerdictRenderer.render(refused)).contains("peering 'spoke-two/to-hub' does not allow forwarded traffic");
    }

    /**
     * A rule collection that lets the firewall pass spoke-to-spoke traffic, so that what comes after it decides
     * (docs/azure/azure-firewall.md#processing-order).
     */
    private void allowSpokeToSpokeInTheFirewall() {
        azure.firewallPolicies().putRuleCollectionGroup("fw-policy", "spoke-to-spoke", 150,
                new FirewallRuleCollection("spokes", 100, FirewallRuleCollection.Kind.Network,
                        FirewallRuleCollection.Action.Allow, List.of(FirewallRule.network("any-between-spokes",
                        List.of("Any"), List.of("10.0.0.0/8"), List.of("10.0.0.0/8"), List.of("*")))));
    }

    /**
     * Routes the spokes' 10.0.0.0/8 to the firewall too, as the other spoke's prefix needs
     * (docs/azure/routing.md#hub-appliance (b)).
     */
    private void routeTheSpokesThroughTheFirewall() {
        azure.routeTables().update("route-to-fw-eastus2").withRoute("spokes-to-firewall", "10.0.0.0/8",
                "VirtualAppliance", "10.140.3.4").apply();
    }

    // docs/azure/routing.md#hub-appliance
    @Test
    void with_a_route_for_the_spokes_spoke_to_spoke_still_needs_allow_forwarded_traffic() {
        deploy(false, false);
        routeTheSpokesThroughTheFirewall();
        allowSpokeToSpokeInTheFirewall();

        Verdict refused = azure.reach("vm-spoke-one", "vm-spoke-two");

        assertThat(refused.reachable()).isFalse();
        assertThat(VerdictRenderer.render(refused)).contains("peering 'spoke-two/to-hub' does not allow forwarded traffic");
    }

    /**
     * With the route and forwarded traffic allowed, spoke to spoke reaches the firewall, whose rules decide: the
     * reference policy has no rule for it, so the default deny (docs/azure/azure-firewall.md#default-deny).
     */
    @Test
    void with_the_route_and_forwarded_traffic_allowed_spoke_to_spoke_is_decided_by_the_firewall() {
        deploy(false, true);
        routeTheSpokesThroughTheFirewall();

        Verdict verdict = azure.evaluate(Flow.from(azure.endpoint("vm-spoke-one")).to(azure.endpoint("vm-spoke-two"))
                .on(Protocol.Tcp, 22));

        assertThat(verdict.reachable()).isFalse();
        assertThat(HopText.to(verdict.hops().get(0))).isEqualTo("appliance 10.140.3.4 (hub-eastus2/AzureFirewallSubnet)");
        assertThat(VerdictRenderer.blockers(verdict)).singleElement().asString()
                .contains("the default deny (no rule matched)");
    }

    @Test
    void the_vpn_gateway_is_deployed_only_when_asked_for() {
        DeploymentResult without = deploy(false, false);
        assertThat(without.skipped()).extracting(DeployedResource::type)
                .containsExactly("Microsoft.Network/virtualNetworkGateways");
        assertThat(azure.virtualNetworkGateways().list()).isEmpty();

        Topology withGateway = Topology.create();
        withGateway.resourceGroups().define("hub-spoke-rg").withRegion(Region.EAST_US_2).create();
        ArmDeployment.into(withGateway, "hub-spoke-rg").templateResource("arm/hub-spoke-firewall.json")
                .parameter("deployVpnGateway", true).deploy();
        assertThat(withGateway.virtualNetworkGateways().get("vgw-eastus2").sku()).isEqualTo("VpnGw2AZ");
    }

    @Test
    void what_the_network_model_does_not_cover_is_listed_as_not_simulated() {
        DeploymentResult result = deploy(false, false);

        assertThat(result.notSimulated()).extracting(DeployedResource::type).containsExactlyInAnyOrder(
                "Microsoft.OperationalInsights/workspaces", "Microsoft.Insights/diagnosticSettings");
        // public IPs, the firewall policy and its rule collection groups are simulated
    }

    @Test
    void network_watcher_lists_the_firewall_between_the_spoke_vm_and_the_internet() {
        deploy(false, false);

        AzResult hops = Az.on(azure).run("network", "watcher", "test-connectivity", "-g", "hub-spoke-rg",
                "--source-resource", "vm-spoke-one", "--dest-address", "93.184.216.34", "--query",
                "hops[].[type,address,resourceId]", "-o", "tsv");

        assertThat(hops.err()).isEmpty();
        // the firewall's default deny stops the connection there: the last hop listed is the firewall
        assertThat(hops.out().lines().map(l -> l.split("\t")[0] + " " + l.split("\t")[1]))
                .containsExactly("Source 10.150.0.4", "VirtualAppliance 10.140.3.4");
        assertThat(hops.out().lines().skip(1).findFirst().orElseThrow())
                .endsWith("/providers/Microsoft.Network/azureFirewalls/fw-eastus2");
    }
}
