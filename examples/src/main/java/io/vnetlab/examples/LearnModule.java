package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;

/**
 * The Microsoft Learn module "Distribute your services across Azure virtual networks and integrate them by using
 * virtual network peering", units 3 and 4, in the Java DSL: three networks in two regions, a VM in each, and
 * MarketingVNet peered with SalesVNet (regional) and with ResearchVNet (global). Peering is not transitive, so
 * SalesVM and ResearchVM cannot reach each other.
 */
public final class LearnModule {

    public static final String RESOURCE_GROUP = "learn-rg";

    private LearnModule() {
    }

    /** Unit 3: the three networks and their VMs, not yet peered. */
    public static Topology networksAndVms() {
        Topology azure = Topology.create();
        azure.resourceGroups().define(RESOURCE_GROUP).withRegion(Region.NORTH_EUROPE).create();
        azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.3.0.0/16").withSubnet("Data", "10.3.1.0/24").create();
        azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data").create();
        return azure;
    }

    /** Units 3 and 4: the networks, the VMs, and the four peerings. */
    public static Topology peered() {
        Topology azure = networksAndVms();
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
    }
}
