package io.vnetlab.examples;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkAssertions.assertThatOperation;
import static io.vnetlab.assertj.Traffic.tcp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Mistakes people make with Azure peering, each as the broken topology and the exact answer Azure (or vnetlab's
 * verdict) gives — the way ArchUnit's example module shows its rules failing on purpose. Read a test's name, then
 * its message: that message is what you will see when you make the same mistake.
 *
 * <p>Every topology starts from {@link #hubAndSpokes()}: a hub (10.0.0.0/16, with a {@code GatewaySubnet} and a
 * subnet {@code nva}) and two spokes (10.1.0.0/16, 10.2.0.0/16) with a VM each, in West Europe, not yet peered.
 */
class MistakesPeopleMakeTest {

    private static final String NETWORKS = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/vnetlab-rg"
            + "/providers/Microsoft.Network/virtualNetworks/";

    static Topology hubAndSpokes() {
        Topology azure = Topology.create();
        azure.networks().define("HubVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24").create();
        azure.networks().define("Spoke1VNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        azure.networks().define("Spoke2VNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        azure.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1VNet").withSubnet("app").create();
        azure.virtualMachines().define("Spoke2VM").withExistingPrimaryNetwork("Spoke2VNet").withSubnet("app").create();
        return azure;
    }

    // ---- peering

    @Test
    void peering_one_side_only_leaves_it_Initiated_and_nothing_flows() {
        Topology azure = hubAndSpokes();
        azure.peer("Spoke1VNet").to("Spoke2VNet").create();

        assertThat(azure).peering("Spoke1VNet", "Spoke1VNet-To-Spoke2VNet").isInitiated();
        assertThat(VerdictRenderer.render(azure.reach("Spoke1VM", "Spoke2VM"))).isEqualTo("""
                vm 'Spoke1VM' 10.1.1.4 (Spoke1VNet/app) -> vm 'Spoke2VM' 10.2.1.4 (Spoke2VNet/app): unreachable
                  1. Spoke1VNet/app: route 10.0.0.0/8 -> None (Default)   BLOCKED
                Blocked at hop 1.
                Blockers:
                  - Peering 'Spoke1VNet/Spoke1VNet-To-Spoke2VNet' is Initiated: Spoke2VNet has no peering back to Spoke1VNet, and traffic flows only when both directions are Connected.
                To fix, create the peering from Spoke2VNet to Spoke1VNet.
                """);
    }

    @Test
    void expecting_peering_to_be_transitive_two_spokes_of_one_hub_cannot_talk() {
        Topology azure = hubAndSpokes();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.peer("Spoke2VNet").with("HubVNet").create();

        assertThat(VerdictRenderer.render(azure.reach("Spoke1VM", "Spoke2VM"))).isEqualTo("""
                vm 'Spoke1VM' 10.1.1.4 (Spoke1VNet/app) -> vm 'Spoke2VM' 10.2.1.4 (Spoke2VNet/app): unreachable
                  1. Spoke1VNet/app: route 10.0.0.0/8 -> None (Default)   BLOCKED
                Blocked at hop 1.
                Blockers:
                  - Spoke1VNet and Spoke2VNet are not peered. Peering is not transitive: both are peered with HubVNet, but that gives them no path to each other.
                To fix, either peer Spoke1VNet with Spoke2VNet directly (a peering in each direction), or route 10.2.0.0/16 from Spoke1VNet through a network virtual appliance in HubVNet (a route table with next hop VirtualAppliance, IP forwarding on the appliance's network interface, and allowForwardedTraffic on the peerings of Spoke1VNet and Spoke2VNet to HubVNet).
                """);
    }

    @Test
    void peering_networks_whose_address_spaces_overlap() {
        Topology azure = hubAndSpokes();
        azure.networks().define("Spoke1CopyVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16").create();

        AzureException refused = refusal(() -> azure.peer("Spoke1VNet").with("Spoke1CopyVNet").create());

        assertThat(refused).hasCode(AzureErrorCode.VnetAddressSpacesOverlap);
        assertThat(refused.getMessage()).isEqualTo("Cannot create or update peering " + NETWORKS + "Spoke1VNet"
                + "/virtualNetworkPeerings/Spoke1VNet-To-Spoke1CopyVNet. Virtual networks " + NETWORKS + "Spoke1VNet and "
                + NETWORKS + "Spoke1CopyVNet cannot be peered because their address spaces overlap. Overlapping address"
                + " prefixes: 10.1.0.0/16");
        assertThat(azure.peerings().list()).as("a refused operation changes nothing").isEmpty();
    }

    @Test
    void giving_a_new_spoke_the_range_of_a_spoke_the_hub_already_peers() {
        Topology azure = hubAndSpokes();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.networks().define("Spoke3VNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16").create();

        AzureException refused = refusal(() -> azure.peer("HubVNet").to("Spoke3VNet").create());

        assertThat(refused).hasCode(AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet);
        assertThat(refused.getMessage()).isEqualTo("Cannot create or update peering " + NETWORKS + "HubVNet"
                + "/virtualNetworkPeerings/HubVNet-To-Spoke3VNet. Virtual networks " + NETWORKS + "HubVNet and "
                + NETWORKS + "Spoke3VNet cannot be peered because address space of the second virtual network overlaps"
                + " with address space of virtual network " + NETWORKS + "Spoke1VNet already peered with the first"
                + " virtual network. Overlapping address prefixes: 10.1.0.0/16");
    }

    @Test
    void peering_with_the_az_cli_and_forgetting_allow_vnet_access_its_default_is_off() {
        Topology azure = LearnModule.networksAndVmsWithAzCliDefaults();
        // az network vnet peering create ... without --allow-vnet-access, in both directions
        azure.peer("SalesVNet").with("MarketingVNet").allowVirtualNetworkAccess(false).create();

        assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isConnected()
                .doesNotAllowVirtualNetworkAccess();
        assertThat(VerdictRenderer.render(azure.evaluate(Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("MarketingVM"))
                .on(Protocol.Tcp, 22)))).isEqualTo("""
                vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/22: unreachable
                  1. SalesVNet/Apps: nsg 'SalesVMNSG' on nic 'SalesVMVMNic', outbound: defaultSecurityRules/DenyAllOutBound   BLOCKED
                Blocked at hop 1.
                Blockers:
                  - Network security group 'SalesVMNSG' on nic 'SalesVMVMNic' denies TCP 22 outbound from 10.1.1.4 to 10.2.1.4: defaultSecurityRules/DenyAllOutBound.
                  - allowVirtualNetworkAccess is off on peering 'SalesVNet/SalesVNet-To-MarketingVNet', so MarketingVNet (10.2.0.0/16) is not in SalesVNet's VirtualNetwork service tag and defaultSecurityRules/AllowVnetOutBound does not match it.
                To fix, either set allowVirtualNetworkAccess on peering 'SalesVNet/SalesVNet-To-MarketingVNet', or add an outbound security rule to nsg 'SalesVMNSG' that allows TCP 22 from 10.1.1.4 to 10.2.1.4 (any priority from 100 to 4096 comes before the default rules).
                """);
    }

    // ---- gateway transit

    @Test
    void using_remote_gateways_of_a_hub_that_has_no_gateway() {
        Topology azure = hubAndSpokes();

        AzureException refused = refusal(() -> azure.peer("Spoke1VNet").with("HubVNet").usingGatewayOf("HubVNet").create());

        assertThat(refused).hasCode(AzureErrorCode.RemoteVnetHasNoGateways);
        assertThat(refused.getMessage()).isEqualTo("Peering " + NETWORKS + "Spoke1VNet/virtualNetworkPeerings"
                + "/Spoke1VNet-To-HubVNet cannot have UseRemoteGateway flag set to true because remote virtual network "
                + NETWORKS + "HubVNet referenced by the peering does not have any gateways.");
        assertThat(azure.peerings().list()).as("neither side of the pair was created").isEmpty();
    }

    @Test
    void using_remote_gateways_before_the_hub_side_allows_gateway_transit() {
        Topology azure = hubAndSpokes();
        azure.virtualNetworkGateways().define("HubVpnGateway").withExistingNetwork("HubVNet").withRouteBasedVpn().create();
        azure.peer("Spoke1VNet").with("HubVNet").create();

        AzureException refused = refusal(() -> azure.peerings().update("Spoke1VNet", "Spoke1VNet-To-HubVNet")
                .useRemoteGateways(true).apply());

        assertThat(refused).hasCode(AzureErrorCode.RemotePeeringDoesNotAllowGatewayTransit);
        assertThat(refused.getMessage()).isEqualTo("Peering " + NETWORKS + "Spoke1VNet/virtualNetworkPeerings"
                + "/Spoke1VNet-To-HubVNet cannot have UseRemoteGateways flag set to true, because corresponding remote"
                + " peering " + NETWORKS + "HubVNet/virtualNetworkPeerings/HubVNet-To-Spoke1VNet has"
                + " AllowGatewayTransit flag set to false. Set allowGatewayTransit on the remote peering first.");
        // the hub's side first, then the spoke's
        assertThatOperation(() -> azure.peerings().update("HubVNet", "HubVNet-To-Spoke1VNet")
                .allowGatewayTransit(true).apply()).succeeds();
        assertThatOperation(() -> azure.peerings().update("Spoke1VNet", "Spoke1VNet-To-HubVNet")
                .useRemoteGateways(true).apply()).succeeds();
    }

    // ---- appliances

    @Test
    void routing_to_an_appliance_whose_network_interface_does_not_forward() {
        Topology azure = spokesRoutedThroughAnAppliance();

        assertThat(VerdictRenderer.render(azure.reach("Spoke1VM", "Spoke2VM"))).isEqualTo("""
                vm 'Spoke1VM' 10.1.1.4 (Spoke1VNet/app) -> vm 'Spoke2VM' 10.2.1.4 (Spoke2VNet/app): unreachable
                  1. Spoke1VNet/app -> appliance 10.0.1.4 (HubVNet/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4 (User), peering 'Spoke1VNet-To-HubVNet' Connected   ok
                  2. HubVNet/nva: nic 'NvaVMVMNic' has IP forwarding off: drops packets not addressed to 10.0.1.4                                                           BLOCKED
                Blocked at hop 2.
                Blockers:
                  - Network interface 'NvaVMVMNic' (10.0.1.4) does not have IP forwarding enabled, so Azure drops the packets to 10.2.1.4 that are routed to it.
                To fix, enable IP forwarding on network interface 'NvaVMVMNic' (az network nic update -g vnetlab-rg -n NvaVMVMNic --ip-forwarding true).
                """);
    }

    @Test
    void forgetting_allow_forwarded_traffic_on_the_spoke_side_of_the_peering() {
        Topology azure = spokesRoutedThroughAnAppliance();
        azure.networkInterfaces().updateIpForwarding("NvaVMVMNic", true);

        assertThat(VerdictRenderer.render(azure.reach("Spoke1VM", "Spoke2VM"))).isEqualTo("""
                vm 'Spoke1VM' 10.1.1.4 (Spoke1VNet/app) -> vm 'Spoke2VM' 10.2.1.4 (Spoke2VNet/app): unreachable
                  1. Spoke1VNet/app -> appliance 10.0.1.4 (HubVNet/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4 (User), peering 'Spoke1VNet-To-HubVNet' Connected   ok
                  2. HubVNet/nva -> Spoke2VNet: route 10.2.0.0/16 -> VNetPeering (Default), peering 'HubVNet-To-Spoke2VNet' Connected                                       ok
                  3. Spoke2VNet: forwarded traffic from HubVNet refused                                                                                                     BLOCKED
                Blocked at hop 3.
                Blockers:
                  - The packet's source 10.1.1.4 is outside HubVNet's address space, so it is forwarded traffic, and peering 'Spoke2VNet/Spoke2VNet-To-HubVNet' does not allow forwarded traffic.
                To fix, set allowForwardedTraffic on peering 'Spoke2VNet/Spoke2VNet-To-HubVNet'.
                """);
    }

    @Test
    void allowing_forwarded_traffic_on_one_spoke_only_breaks_the_replies() {
        Topology azure = spokesRoutedThroughAnAppliance();
        azure.networkInterfaces().updateIpForwarding("NvaVMVMNic", true);
        azure.peerings().update("Spoke2VNet", "Spoke2VNet-To-HubVNet").allowForwardedTraffic(true).apply();

        assertThat(VerdictRenderer.render(azure.reach("Spoke1VM", "Spoke2VM"))).isEqualTo("""
                vm 'Spoke1VM' 10.1.1.4 (Spoke1VNet/app) -> vm 'Spoke2VM' 10.2.1.4 (Spoke2VNet/app): unreachable
                  1. Spoke1VNet/app -> appliance 10.0.1.4 (HubVNet/nva): route 10.2.0.0/16 -> VirtualAppliance 10.0.1.4 (User), peering 'Spoke1VNet-To-HubVNet' Connected   ok
                  2. HubVNet/nva -> Spoke2VNet: route 10.2.0.0/16 -> VNetPeering (Default), peering 'HubVNet-To-Spoke2VNet' Connected                                       ok
                  3. Spoke2VNet/app -> Spoke2VM: nic 'Spoke2VMVMNic' holds 10.2.1.4                                                                                         delivered
                  4. Spoke2VNet/app: reply to 10.1.1.4: forwarded traffic from HubVNet refused                                                                              BLOCKED
                Blocked at hop 4.
                Blockers:
                  - Replies from 10.2.1.4 to 10.1.1.4: The packet's source 10.2.1.4 is outside HubVNet's address space, so it is forwarded traffic, and peering 'Spoke1VNet/Spoke1VNet-To-HubVNet' does not allow forwarded traffic.
                To fix, set allowForwardedTraffic on peering 'Spoke1VNet/Spoke1VNet-To-HubVNet'.
                """);
    }

    // ---- address spaces

    @Test
    void resizing_a_peered_network_and_not_syncing_the_peering() {
        Topology azure = hubAndSpokes();
        azure.virtualMachines().define("HubVM").withExistingPrimaryNetwork("HubVNet").withSubnet("nva").create();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.networks().update("Spoke1VNet").withAddressSpace("10.11.0.0/16").withSubnet("more", "10.11.1.0/24").apply();
        azure.virtualMachines().define("MoreVM").withExistingPrimaryNetwork("Spoke1VNet").withSubnet("more").create();

        assertThat(VerdictRenderer.render(azure.reach("HubVM", "MoreVM"))).isEqualTo("""
                vm 'HubVM' 10.0.1.4 (HubVNet/nva) -> vm 'MoreVM' 10.11.1.4 (Spoke1VNet/more): unreachable
                  1. HubVNet/nva: route 10.0.0.0/8 -> None (Default)   BLOCKED
                Blocked at hop 1.
                Blockers:
                  - Peering 'HubVNet/HubVNet-To-Spoke1VNet' has not synced Spoke1VNet's address space: 10.11.1.4 is in 10.11.0.0/16, which was added to Spoke1VNet after the peering was made (peeringSyncLevel LocalNotInSync).
                To fix, sync peering 'HubVNet/HubVNet-To-Spoke1VNet' (az network vnet peering sync -g vnetlab-rg --vnet-name HubVNet -n HubVNet-To-Spoke1VNet).
                """);
    }

    // ---- network security groups

    @Test
    void a_deny_all_rule_meant_for_the_internet_also_blocks_the_virtual_network() {
        Topology azure = Topology.create();
        azure.networks().define("AppVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("web", "10.0.1.0/24").withSubnet("db", "10.0.2.0/24").create();
        azure.virtualMachines().define("WebVM").withExistingPrimaryNetwork("AppVNet").withSubnet("web").create();
        azure.virtualMachines().define("DbVM").withExistingPrimaryNetwork("AppVNet").withSubnet("db").create();
        azure.networkSecurityGroups().define("db-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("deny-internet")          // source * is the Internet AND the virtual network
                    .denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toAnyPort().withAnyProtocol()
                    .withPriority(4000)
                    .attach()
                .defineRule("allow-sql-from-web")     // too late: priority 4010 comes after 4000
                    .allowInbound().fromAddress("10.0.1.0/24").fromAnyPort().toAnyAddress().toPort(1433)
                    .withProtocol(Protocol.Tcp).withPriority(4010)
                    .attach()
                .create();
        azure.networkSecurityGroups().associateWithSubnet("db-nsg", "AppVNet", "db");

        assertThat(azure).vm("WebVM").cannotReach("DbVM", tcp(1433));
        assertThat(VerdictRenderer.render(azure.evaluate(Flow.from(azure.endpoint("WebVM")).to(azure.endpoint("DbVM")).on(Protocol.Tcp, 1433))))
                .isEqualTo("""
                vm 'WebVM' 10.0.1.4 (AppVNet/web) -> vm 'DbVM' 10.0.2.4 (AppVNet/db) on TCP/1433: unreachable
                  1. AppVNet/web -> DbVM: route 10.0.0.0/16 -> VnetLocal (Default), nic 'DbVMVMNic' holds 10.0.2.4   ok
                  2. AppVNet/db: nsg 'db-nsg' on subnet 'AppVNet/db', inbound: securityRules/deny-internet           BLOCKED
                Blocked at hop 2.
                Blockers:
                  - Network security group 'db-nsg' on subnet 'AppVNet/db' denies TCP 1433 inbound from 10.0.1.4 to 10.0.2.4: securityRules/deny-internet.
                To fix, change or remove securityRules/deny-internet of nsg 'db-nsg', or add an inbound security rule to nsg 'db-nsg' that allows TCP 1433 from 10.0.1.4 to 10.0.2.4 with a priority number below 4000.
                """);
    }

    // ---- private DNS (docs/azure/private-dns.md)

    @Test
    void linking_the_privatelink_zone_to_the_hub_only_so_a_spoke_resolves_the_storage_account_publicly() {
        Topology azure = hubAndSpokes();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.networks().define("EndpointsVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.3.0.0/16")
                .withSubnet("endpoints", "10.3.1.0/24").create();
        azure.privateEndpoints().define("data-pe").withSubnet("EndpointsVNet", "endpoints").withPrivateLinkResource(
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/data/providers"
                        + "/Microsoft.Storage/storageAccounts/contosodata", "blob").create();
        azure.privateDnsZones().define("privatelink.blob.core.windows.net").create();
        azure.privateEndpoints().addDnsZoneGroup("data-pe", "default", "privatelink.blob.core.windows.net");
        azure.privateDnsZones().linkNetwork("privatelink.blob.core.windows.net", "hub", "HubVNet", false);

        assertThat(azure.vm("Spoke1VM")).resolves("contosodata.blob.core.windows.net").asPublicName();
        assertThat(io.vnetlab.render.NameResolutionText.render(azure.resolve("Spoke1VM",
                "contosodata.blob.core.windows.net"))).isEqualTo("""
                Spoke1VM resolves contosodata.blob.core.windows.net through Azure-provided DNS:
                  contosodata.blob.core.windows.net is an alias of contosodata.privatelink.blob.core.windows.net \
                (public DNS: the name of a private endpoint's target, in its privatelink zone)
                  contosodata.privatelink.blob.core.windows.net: answered by public DNS, with a public address: not \
                simulated
                """);

        // the fix: link the zone to every network whose machines use the name
        azure.privateDnsZones().linkNetwork("privatelink.blob.core.windows.net", "spoke1", "Spoke1VNet", false);
        assertThat(azure.vm("Spoke1VM")).resolves("contosodata.blob.core.windows.net").to("10.3.1.4");
    }

    @Test
    void giving_a_network_a_second_registration_zone() {
        Topology azure = hubAndSpokes();
        azure.privateDnsZones().define("corp.contoso.internal").create();
        azure.privateDnsZones().define("apps.contoso.internal").create();
        azure.privateDnsZones().linkNetwork("corp.contoso.internal", "spoke1", "Spoke1VNet", true);

        AzureException refused = refusal(() -> azure.privateDnsZones().linkNetwork("apps.contoso.internal", "spoke1",
                "Spoke1VNet", true));

        assertThat(refused).hasCode(AzureErrorCode.Conflict);
        assertThat(refused.getMessage()).isEqualTo("A virtual network can only be linked to 1 Private DNS zone(s) with"
                + " auto-registration enabled; conflicting Private DNS zone is 'corp.contoso.internal'.");
        // a resolution link is fine: the spoke's VMs register in one zone and resolve in both
        azure.privateDnsZones().linkNetwork("apps.contoso.internal", "spoke1", "Spoke1VNet", false);
        assertThat(azure.vm("Spoke1VM")).resolves("spoke1vm.corp.contoso.internal").to("10.1.1.4");
    }

    /** Both spokes peered with the hub (default flags) and routing the other spoke to NvaVM (10.0.1.4, no IP forwarding). */
    private static Topology spokesRoutedThroughAnAppliance() {
        Topology azure = hubAndSpokes();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.peer("Spoke2VNet").with("HubVNet").create();
        azure.virtualMachines().define("NvaVM").withExistingPrimaryNetwork("HubVNet").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").create();
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        azure.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4").create();
        azure.routeTables().associate("spoke1-rt", "Spoke1VNet", "app");
        azure.routeTables().associate("spoke2-rt", "Spoke2VNet", "app");
        return azure;
    }

    private static AzureException refusal(ThrowingCallable operation) {
        AzureException refused = catchThrowableOfType(AzureException.class, operation);
        assertThat(refused).as("Azure refuses the operation").isNotNull();
        return refused;
    }
}
