package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;

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

    /** Kata 2: the Learn module as its unit 4 leaves it — Sales and Research both peered with Marketing only. */
    public static Topology learnModule() {
        Topology azure = Topology.create();
        azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.2.0.0/16")
                .withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.3.0.0/16")
                .withSubnet("Data", "10.3.1.0/24").create();
        azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data").create();
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
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
}
