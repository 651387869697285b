package io.vnetlab;

import io.vnetlab.model.Region;

/** Topologies shared by the tests of this module. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The three networks and VMs of the Learn module, not yet peered (AZURE-SEMANTICS §7.1). */
    public static Topology learnModuleUnpeered() {
        Topology t = Topology.create();
        t.resourceGroups().define("learn-rg").withRegion(Region.NORTH_EUROPE).create();
        t.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup("learn-rg")
                .withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
        t.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup("learn-rg")
                .withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
        t.networks().define("ResearchVNet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("learn-rg")
                .withAddressSpace("10.3.0.0/16").withSubnet("Data", "10.3.1.0/24").create();
        t.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
        t.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps").create();
        t.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data").create();
        return t;
    }

    /** The Learn module with its four peerings (AZURE-SEMANTICS §7.2). */
    public static Topology learnModule() {
        Topology t = learnModuleUnpeered();
        t.peer("SalesVNet").with("MarketingVNet").create();
        t.peer("MarketingVNet").with("ResearchVNet").create();
        return t;
    }

    /** Two networks in one region, one VM each, not peered. */
    public static Topology twoNetworks() {
        Topology t = Topology.create();
        t.networks().define("vnetA").withRegion(Region.WEST_EUROPE).withAddressSpace("10.10.0.0/16")
                .withSubnet("default", "10.10.0.0/24").create();
        t.networks().define("vnetB").withRegion(Region.WEST_EUROPE).withAddressSpace("10.20.0.0/16")
                .withSubnet("default", "10.20.0.0/24").create();
        t.virtualMachines().define("vmA").withExistingPrimaryNetwork("vnetA").withSubnet("default").create();
        t.virtualMachines().define("vmB").withExistingPrimaryNetwork("vnetB").withSubnet("default").create();
        return t;
    }
}
