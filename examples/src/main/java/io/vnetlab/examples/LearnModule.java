package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.VirtualMachines;
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
        return networksAndVms(false);
    }

    /**
     * Units 3 and 4 with each VM built as the module's {@code az vm create} builds it (AZURE-SEMANTICS §5.4.1): a
     * public IP {@code <vm>PublicIP} and an NSG {@code <vm>NSG} on its interface that allows SSH.
     */
    public static Topology peeredWithAzCliDefaults() {
        Topology azure = networksAndVms(true);
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
    }

    /** Unit 3 with each VM built as the module's {@code az vm create} builds it, not yet peered (issue 8). */
    public static Topology networksAndVmsWithAzCliDefaults() {
        return networksAndVms(true);
    }

    private static Topology networksAndVms(boolean azCliDefaults) {
        Topology azure = Topology.create();
        azure.resourceGroups().define(RESOURCE_GROUP).withRegion(Region.NORTH_EUROPE).create();
        azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup(RESOURCE_GROUP)
                .withAddressSpace("10.3.0.0/16").withSubnet("Data", "10.3.1.0/24").create();
        vm(azure, "SalesVM", "SalesVNet", "Apps", azCliDefaults);
        vm(azure, "MarketingVM", "MarketingVNet", "Apps", azCliDefaults);
        vm(azure, "ResearchVM", "ResearchVNet", "Data", azCliDefaults);
        return azure;
    }

    private static void vm(Topology azure, String name, String network, String subnet, boolean azCliDefaults) {
        VirtualMachines.Definition vm = azure.virtualMachines().define(name).withExistingPrimaryNetwork(network)
                .withSubnet(subnet);
        if (azCliDefaults) {
            vm.withAzCliDefaults();
        }
        vm.create();
    }

    /** Units 3 and 4: the networks, the VMs, and the four peerings. */
    public static Topology peered() {
        Topology azure = networksAndVms();
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();
        return azure;
    }
}
