package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;

/** The topology each kata starts from. */
public final class Start {

    private Start() {
    }

    /** Kata 1: two networks in one region, a VM in each, not peered. */
    public static Topology twoNetworks() {
        Topology azure = Topology.create();
        azure.networks().define("AppVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.10.0.0/16")
                .withSubnet("app", "10.10.1.0/24").create();
        azure.networks().define("DataVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.20.0.0/16")
                .withSubnet("data", "10.20.1.0/24").create();
        azure.virtualMachines().define("AppVM").withExistingPrimaryNetwork("AppVNet").withSubnet("app").create();
        azure.virtualMachines().define("DataVM").withExistingPrimaryNetwork("DataVNet").withSubnet("data").create();
        return azure;
    }

    /**
     * Kata 2: the Learn module as its unit 4 leaves it — Sales and Research both peered with Marketing only (the
     * published {@link ReferenceTopologies#learnModule()}).
     */
    public static Topology learnModule() {
        return ReferenceTopologies.learnModule();
    }

    /** Kata 3: a network in West Europe and one in East US, a VM in each. */
    public static Topology twoRegions() {
        Topology azure = Topology.create();
        azure.networks().define("EuropeVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.40.0.0/16")
                .withSubnet("default", "10.40.0.0/24").create();
        azure.networks().define("AmericaVNet").withRegion(Region.EAST_US).withAddressSpace("10.50.0.0/16")
                .withSubnet("default", "10.50.0.0/24").create();
        azure.virtualMachines().define("EuropeVM").withExistingPrimaryNetwork("EuropeVNet").withSubnet("default").create();
        azure.virtualMachines().define("AmericaVM").withExistingPrimaryNetwork("AmericaVNet").withSubnet("default").create();
        return azure;
    }

    /** Kata 4: a network with a VM, and a new, still empty network that was given the same address space. */
    public static Topology overlapping() {
        Topology azure = Topology.create();
        azure.networks().define("CoreVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("default", "10.0.0.0/24").create();
        azure.virtualMachines().define("CoreVM").withExistingPrimaryNetwork("CoreVNet").withSubnet("default").create();
        azure.networks().define("BranchVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("default", "10.0.0.0/24").create();
        return azure;
    }

    /** Kata 5: two peered networks, one of which has just grown a new address range with a new VM in it. */
    public static Topology resized() {
        Topology azure = twoNetworks();
        azure.peer("AppVNet").with("DataVNet").create();
        azure.networks().update("DataVNet").withAddressSpace("10.21.0.0/16").withSubnet("archive", "10.21.1.0/24").apply();
        azure.virtualMachines().define("ArchiveVM").withExistingPrimaryNetwork("DataVNet").withSubnet("archive").create();
        return azure;
    }

    // ---- katas 6-8: gateways, appliances, routes

    /**
     * Kata 6: HubVNet has a VPN gateway connected to the on-premises site Datacenter (192.168.10.0/24); SpokeVNet is
     * peered with HubVNet, without gateway transit.
     */
    public static Topology gatewayHub() {
        Topology azure = hubWithGateway();
        azure.peer("SpokeVNet").with("HubVNet").create();
        return azure;
    }

    /**
     * Kata 7: Spoke1VNet and Spoke2VNet are both peered with HubVNet (default flags); NvaVM (10.0.1.4) in the hub is
     * meant to be an appliance, but nothing is routed to it and its network interface does not forward.
     */
    public static Topology applianceHub() {
        Topology azure = Topology.create();
        azure.networks().define("HubVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("nva", "10.0.1.0/24").create();
        azure.networks().define("Spoke1VNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        azure.networks().define("Spoke2VNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        azure.virtualMachines().define("NvaVM").withExistingPrimaryNetwork("HubVNet").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").create();
        azure.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1VNet").withSubnet("app").create();
        azure.virtualMachines().define("Spoke2VM").withExistingPrimaryNetwork("Spoke2VNet").withSubnet("app").create();
        azure.peer("Spoke1VNet").with("HubVNet").create();
        azure.peer("Spoke2VNet").with("HubVNet").create();
        return azure;
    }

    /**
     * Kata 8: kata 6 solved (SpokeVNet uses HubVNet's gateway to Datacenter), plus an appliance NvaVM (10.0.1.4, IP
     * forwarding on) in the hub that nothing routes to yet.
     */
    public static Topology competingRoutes() {
        Topology azure = hubWithGateway();
        azure.virtualMachines().define("NvaVM").withExistingPrimaryNetwork("HubVNet").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        azure.peer("SpokeVNet").with("HubVNet").usingGatewayOf("HubVNet").create();
        return azure;
    }

    /** HubVNet with a VM, a VPN gateway and a site-to-site connection to Datacenter; SpokeVNet with a VM; unpeered. */
    private static Topology hubWithGateway() {
        Topology azure = Topology.create();
        azure.networks().define("HubVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24")
                .withSubnet("shared", "10.0.2.0/24").create();
        azure.networks().define("SpokeVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("app", "10.1.1.0/24").create();
        azure.virtualMachines().define("HubVM").withExistingPrimaryNetwork("HubVNet").withSubnet("shared").create();
        azure.virtualMachines().define("SpokeVM").withExistingPrimaryNetwork("SpokeVNet").withSubnet("app").create();
        azure.virtualNetworkGateways().define("HubVpnGateway").withExistingNetwork("HubVNet").withRouteBasedVpn().create();
        azure.localNetworkGateways().define("Datacenter").withRegion(Region.WEST_EUROPE).withIPAddress("203.0.113.10")
                .withAddressSpace("192.168.10.0/24").create();
        azure.connections().define("HubToDatacenter").withSiteToSite("HubVpnGateway", "Datacenter").create();
        return azure;
    }
    // ---- end katas 6-8

    // ---- kata 9: NSG rules with service tags

    /**
     * Kata 9: ResearchVNet peered with MarketingVNet; SalesVNet not peered with either. Each VM is built as
     * {@code az vm create} builds it: a public IP {@code <vm>PublicIP} and an NSG {@code <vm>NSG} on its interface
     * whose only rule of its own is {@code default-allow-ssh} (TCP 22 from {@code *}, priority 1000).
     */
    public static Topology researchWithAzCliDefaults() {
        Topology azure = Topology.create();
        azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.3.0.0/16")
                .withSubnet("Data", "10.3.1.0/24").create();
        azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps")
                .withAzCliDefaults().create();
        azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps")
                .withAzCliDefaults().create();
        azure.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data")
                .withAzCliDefaults().create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
    }
    // ---- end kata 9
}
