package io.vnetlab.examples.arm;

import io.vnetlab.render.HopText;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.arm.DeploymentResult;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.RouteState;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Scenario "Azure Firewall with forced tunneling" (quickstart 101-azurefirewall-forced-tunneling), written anew:
 * two peered networks, each with an Azure Firewall; the servers' subnet sends 0.0.0.0/0 to the first firewall's
 * private address, and the first firewall's subnet sends 0.0.0.0/0 to the second firewall across the peering. The
 * firewall's IP configurations come from a variable copy loop (only the first has a subnet). The two peerings
 * carry different forwarding flags. The documentation: "the first firewall force tunneled through the second".
 */
class ForcedTunnelingTemplateTest {

    private final Topology azure = Topology.create();
    private DeploymentResult result;

    @BeforeEach
    void deploy() {
        azure.resourceGroups().define("tunnel-rg").withRegion(Region.WEST_EUROPE).create();
        result = ArmDeployment.into(azure, "tunnel-rg").templateResource("arm/forced-tunneling.json").deploy();
    }

    private static EffectiveRoute userDefault(List<EffectiveRoute> routes) {
        return routes.stream().filter(r -> r.source() == RouteSource.User).findFirst().orElseThrow();
    }

    // docs/azure/routing.md#ip-forwarding
    @Test
    void the_firewalls_sit_at_the_addresses_the_routes_name() {
        assertThat(azure.state().networkInterfaces()).filteredOn(n -> n.id().type()
                        .equals("Microsoft.Network/azureFirewalls"))
                .extracting(n -> n.name(), n -> n.privateIpAddress().toString(), n -> n.subnetId().name())
                .containsExactlyInAnyOrder(tuple("source-firewall", "10.90.1.4", "AzureFirewallSubnet"),
                        tuple("egress-firewall", "172.20.1.4", "AzureFirewallSubnet"));
    }

    // docs/azure/routing.md#route-selection
    @Test
    void the_servers_default_route_goes_to_the_first_firewall_and_the_firewalls_to_the_second() {
        List<EffectiveRoute> servers = azure.effectiveRoutes("server").routes();
        assertThat(userDefault(servers).addressPrefix()).hasToString("0.0.0.0/0");
        assertThat(userDefault(servers).nextHopType()).isEqualTo(NextHopType.VirtualAppliance);
        assertThat(userDefault(servers).nextHopIpAddresses()).singleElement().hasToString("10.90.1.4");
        assertThat(servers).filteredOn(r -> r.source() == RouteSource.Default
                && r.addressPrefix().toString().equals("0.0.0.0/0")).extracting(EffectiveRoute::state)
                .containsExactly(RouteState.Invalid);
        assertThat(azure.routeTables().get("firewall-to-egress").route("default-via-egress-firewall").orElseThrow()
                .nextHopIp()).hasValueSatisfying(ip -> assertThat(ip).hasToString("172.20.1.4"));
        assertThat(azure.network("branch-vnet").subnet("AzureFirewallSubnet").orElseThrow().routeTableId().name())
                .isEqualTo("firewall-to-egress");
        assertThat(azure.effectiveRoutes("jumpbox").routes()).noneMatch(r -> r.source() == RouteSource.User);
    }

    /**
     * HTTPS from the servers passes the first firewall by its rule and is tunnelled to the second, which has no rule
     * and so denies it (docs/azure/azure-firewall.md#forced-tunneling, #default-deny).
     */
    @Test
    void internet_traffic_from_the_servers_is_tunneled_to_the_second_firewall_whose_default_deny_decides() {
        Verdict verdict = azure.evaluate(Flow.from(azure.endpoint("server")).to(Endpoint.address("93.184.216.34"))
                .on(Protocol.Tcp, 443));

        assertThat(verdict.reachable()).isFalse();
        assertThat(verdict.hops()).extracting(HopText::to).containsExactly(
                "appliance 10.90.1.4 (branch-vnet/AzureFirewallSubnet)",
                "appliance 10.90.1.4 (branch-vnet/AzureFirewallSubnet)",
                "appliance 172.20.1.4 (egress-vnet/AzureFirewallSubnet)", "");
        // a forced-tunnelled firewall SNATs Internet traffic to its private address (docs/azure/azure-firewall.md#snat)
        assertThat(verdict.hops()).extracting(HopText::decision).contains("Azure Firewall 'source-firewall' allowed"
                + " by rule 'https' of Network rule collection 'allow-web', source NAT to the firewall's address"
                + " 10.90.1.4");
        assertThat(VerdictRenderer.blockers(verdict)).containsExactly("Azure Firewall 'egress-firewall' denied the"
                + " packet from 10.90.1.4 to 93.184.216.34: the default deny (no rule matched), as Azure Firewall"
                + " denies whatever no rule allows.");
    }

    @Test
    void the_jumpbox_subnet_has_no_route_table_and_goes_straight_out() {
        Verdict verdict = azure.reach("jumpbox", "93.184.216.34");

        assertThat(verdict.reachable()).isTrue();
        assertThat(VerdictRenderer.warnings(verdict)).isEmpty();
        assertThat(azure.reach("jumpbox", "server").reachable()).isTrue();
    }

    @Test
    void the_two_peerings_carry_different_forwarding_flags_and_both_are_connected() {
        assertThat(azure.peering("branch-vnet", "to-egress").allowForwardedTraffic()).isTrue();
        assertThat(azure.peering("egress-vnet", "from-source").allowForwardedTraffic()).isFalse();
        assertThat(azure.peerings().list()).allMatch(p -> p.isConnected());
    }

    @Test
    void public_ips_are_deployed_and_the_management_configuration_turns_forced_tunneling_on() {
        assertThat(result.notSimulated()).isEmpty();      // public IPs are simulated
        assertThat(result.simulated()).extracting(r -> r.type())
                .filteredOn("Microsoft.Network/publicIPAddresses"::equals).hasSize(2);
        // the firewall keeps its public IP and its management configuration (forced tunnelling) now
        assertThat(result.warnings()).noneMatch(w -> w.contains("Azure Firewall 'source-firewall'"));
        assertThat(azure.azureFirewalls().get("source-firewall").forcedTunneling()).isTrue();
        assertThat(azure.azureFirewalls().get("source-firewall").publicIpIds()).hasSize(2);
    }
}
