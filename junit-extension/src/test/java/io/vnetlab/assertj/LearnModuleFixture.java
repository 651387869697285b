package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;

/**
 * The Microsoft Learn peering module's topology (units 3 and 4, AZURE-SEMANTICS §7), written anew here because
 * this module cannot depend on {@code examples}: SalesVNet and MarketingVNet in North Europe, ResearchVNet in West
 * Europe, a VM in each, MarketingVNet peered with both others. Peering is not transitive.
 */
final class LearnModuleFixture {

    private LearnModuleFixture() {
    }

    /** The three networks and their VMs, not yet peered. */
    static Topology networksAndVms() {
        Topology azure = Topology.create();
        azure.resourceGroups().define("learn-rg").withRegion(Region.NORTH_EUROPE).create();
        azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup("learn-rg")
                .withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup("learn-rg")
                .withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup("learn-rg")
                .withAddressSpace("10.3.0.0/16").withSubnet("Data", "10.3.1.0/24").create();
        azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps")
                .create();
        azure.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data")
                .create();
        return azure;
    }

    /** Units 3 and 4: the networks, the VMs and the four peerings. */
    static Topology peered() {
        Topology azure = networksAndVms();
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
    }
}
