package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;

/**
 * Hub and spoke as Azure's hub-spoke reference architecture builds it (AZURE-SEMANTICS §4): a hub with a network
 * virtual appliance (HubNVA, 10.0.1.4), optionally a VPN gateway to an on-premises site, two spokes peered with the hub,
 * one VM in each spoke. The methods add the pieces spoke-to-spoke transit needs, one at a time, so a test can leave
 * one out.
 */
final class HubAndSpokesFixture {

    static final String APPLIANCE = "10.0.1.4";

    private HubAndSpokesFixture() {
    }

    /** The hub with its appliance (IP forwarding on), the spokes and their VMs, the hub peerings; no routes. */
    static Topology withoutRoutes() {
        return withoutRoutes(true, true);
    }

    /**
     * The same, with IP forwarding on the appliance's interface and {@code allowForwardedTraffic} on the hub
     * peerings (both sides) as given.
     */
    static Topology withoutRoutes(boolean ipForwarding, boolean allowForwardedTraffic) {
        Topology azure = Topology.create();
        azure.networks().define("Hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("Nva", "10.0.1.0/24").create();
        azure.networks().define("Spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.11.0.0/16")
                .withSubnet("Workload", "10.11.1.0/24").create();
        azure.networks().define("Spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.12.0.0/16")
                .withSubnet("Workload", "10.12.1.0/24").create();
        var appliance = azure.virtualMachines().define("HubNVA").withExistingPrimaryNetwork("Hub").withSubnet("Nva")
                .withPrimaryPrivateIPAddressStatic(APPLIANCE);
        (ipForwarding ? appliance.withIpForwarding() : appliance).create();
        azure.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1").withSubnet("Workload")
                .create();
        azure.virtualMachines().define("Spoke2VM").withExistingPrimaryNetwork("Spoke2").withSubnet("Workload")
                .create();
        azure.peer("Spoke1").with("Hub").allowForwardedTraffic(allowForwardedTraffic).create();
        azure.peer("Spoke2").with("Hub").allowForwardedTraffic(allowForwardedTraffic).create();
        return azure;
    }

    /** Adds the spoke route tables that send the other spoke's prefix to the appliance. */
    static Topology routed(Topology azure) {
        azure.routeTables().define("Spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.12.0.0/16", APPLIANCE).create();
        azure.routeTables().define("Spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.11.0.0/16", APPLIANCE).create();
        azure.routeTables().associate("Spoke1-rt", "Spoke1", "Workload");
        azure.routeTables().associate("Spoke2-rt", "Spoke2", "Workload");
        return azure;
    }

    /**
     * A VPN gateway in the hub connected to the site OnPrem (10.100.0.0/16), shared with both spokes by gateway
     * transit (AZURE-SEMANTICS §3.1).
     */
    static Topology withGateway(Topology azure) {
        azure.virtualNetworkGateways().define("HubVpn").withExistingNetwork("Hub").withRouteBasedVpn().create();
        azure.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        azure.connections().define("Hub-To-OnPrem").withSiteToSite("HubVpn", "OnPrem").create();
        azure.peerings().update("Hub", "Hub-To-Spoke1").allowGatewayTransit().apply();
        azure.peerings().update("Spoke1", "Spoke1-To-Hub").useRemoteGateways().apply();
        return azure;
    }
}
