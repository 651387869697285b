package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.VirtualMachines;
import io.vnetlab.reference.ReferenceTopologies;

/**
 * The Microsoft Learn module "Distribute your services across Azure virtual networks and integrate them by using
 * virtual network peering", units 3 and 4, as the examples use it: three networks in two regions, a VM in each, and
 * MarketingVNet peered with SalesVNet (regional) and with ResearchVNet (global). Peering is not transitive, so
 * SalesVM and ResearchVM cannot reach each other. The topologies are the published
 * {@link ReferenceTopologies#learnModule()}; this class adds the module's VMs as {@code az vm create} builds them.
 */
public final class LearnModule {

    public static final String RESOURCE_GROUP = ReferenceTopologies.LEARN_MODULE_RESOURCE_GROUP;

    private LearnModule() {
    }

    /** Unit 3: the three networks and their VMs, not yet peered. */
    public static Topology networksAndVms() {
        return ReferenceTopologies.learnModuleUnpeered();
    }

    /** Units 3 and 4: the networks, the VMs, and the four peerings. */
    public static Topology peered() {
        return ReferenceTopologies.learnModule();
    }

    /**
     * Units 3 and 4 with each VM built as the module's {@code az vm create} builds it: a public IP
     * {@code <vm>PublicIP} and an NSG {@code <vm>NSG} on its interface that allows SSH.
     */
    public static Topology peeredWithAzCliDefaults() {
        return ReferenceTopologies.learnModule(VirtualMachines.Definition::withAzCliDefaults);
    }

    /** Unit 3 with each VM built as the module's {@code az vm create} builds it, not yet peered. */
    public static Topology networksAndVmsWithAzCliDefaults() {
        return ReferenceTopologies.learnModuleUnpeered(VirtualMachines.Definition::withAzCliDefaults);
    }
}
