package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.fail;

/**
 * Kata 4: overlapping address spaces can never be peered (docs/azure/addressing.md#overlapping-networks,
 * docs/azure/peering.md#overlapping-address-spaces).
 */
class K04MakeRoomForAPeeringTest {

    static final String CONCEPT = "Kata 4 — two networks whose address spaces overlap can never be peered: Azure"
            + " answers VnetAddressSpacesOverlap. BranchVNet is still empty, so it can move to a range of its own.";

    private final MakeRoomForAPeering learner = Katas.attempt(MakeRoomForAPeering.class, "K04MakeRoomForAPeering");

    @Test
    void branch_can_then_be_peered_with_core_and_a_branch_vm_reaches_core() {
        Topology azure = Start.overlapping();
        learner.readdressBranch(azure);
        try {
            azure.peer("CoreVNet").with("BranchVNet").create();
        } catch (AzureException refused) {
            fail(CONCEPT + "\n\nPeering CoreVNet with BranchVNet was refused: (" + refused.code() + ") "
                    + refused.getMessage());
        }
        azure.virtualMachines().define("BranchVM").withExistingPrimaryNetwork("BranchVNet").withSubnet("default").create();
        Teach.reaches(azure, "BranchVM", "CoreVM", CONCEPT);
        Teach.reaches(azure, "CoreVM", "BranchVM", CONCEPT);
    }
}
