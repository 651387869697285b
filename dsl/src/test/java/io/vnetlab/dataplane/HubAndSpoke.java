package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;

/** Hub-and-spoke topologies for the routing tests (AZURE-SEMANTICS §3, §4.4.2). */
final class HubAndSpoke {

    private HubAndSpoke() {
    }

    /** A hub, two spokes and one VM in each spoke; nothing peered. */
    static Topology networks() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24")
                .withSubnet("default", "10.0.0.0/24").create();
        t.networks().define("spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").withSubnet("web", "10.1.2.0/24").create();
        t.networks().define("spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        t.virtualMachines().define("spoke1-vm").withExistingPrimaryNetwork("spoke1").withSubnet("app").create();
        t.virtualMachines().define("spoke1-web").withExistingPrimaryNetwork("spoke1").withSubnet("web").create();
        t.virtualMachines().define("spoke2-vm").withExistingPrimaryNetwork("spoke2").withSubnet("app").create();
        return t;
    }

    /** The hub's route-based VPN gateway, connected to site OnPrem (10.100.0.0/16). */
    static void vpnToOnPremises(Topology t) {
        t.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        t.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("10.100.0.0/16").create();
        t.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
    }

    /** Hub with a VPN gateway to OnPrem, both spokes peered with gateway transit. */
    static Topology withGatewayTransit() {
        Topology t = networks();
        vpnToOnPremises(t);
        t.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        t.peer("spoke2").with("hub").usingGatewayOf("hub").create();
        return t;
    }

    /**
     * Spoke-to-spoke through an appliance in the hub with every prerequisite of §4.4.2: (a) Connected peerings,
     * (b) routes on both spokes to the other through the appliance, (c) IP forwarding on the appliance,
     * (d) allowForwardedTraffic on the spoke-side peerings.
     */
    static Topology withAppliance() {
        Topology t = networks();
        t.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        t.peerings().define("spoke1-To-hub").onNetwork("spoke1").withRemoteNetwork("hub").allowForwardedTraffic()
                .create();
        t.peerings().define("hub-To-spoke1").onNetwork("hub").withRemoteNetwork("spoke1").create();
        t.peerings().define("spoke2-To-hub").onNetwork("spoke2").withRemoteNetwork("hub").allowForwardedTraffic()
                .create();
        t.peerings().define("hub-To-spoke2").onNetwork("hub").withRemoteNetwork("spoke2").create();
        t.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        t.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4").create();
        t.routeTables().associate("spoke1-rt", "spoke1", "app");
        t.routeTables().associate("spoke2-rt", "spoke2", "app");
        return t;
    }
}
