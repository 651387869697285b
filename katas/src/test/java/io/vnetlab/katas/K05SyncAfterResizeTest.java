package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.model.PeeringSyncLevel;
import org.junit.jupiter.api.Test;

import static io.vnetlab.katas.Teach.expect;

/** Kata 5: an address-space change needs a sync (docs/azure/peering.md#sync-level). */
class K05SyncAfterResizeTest {

    static final String CONCEPT = "Kata 5 — after a peered network's address space changes, the peering must be"
            + " synced before the new range is reachable across it; peeringSyncLevel says which link is behind"
            + " (LocalNotInSync: sync this one).";

    private final SyncAfterResize learner = Katas.attempt(SyncAfterResize.class, "K05SyncAfterResize");

    @Test
    void the_new_range_is_reachable_both_ways() {
        Topology azure = Start.resized();
        learner.afterResize(azure);
        Teach.reaches(azure, "AppVM", "ArchiveVM", CONCEPT);
        Teach.reaches(azure, "ArchiveVM", "AppVM", CONCEPT);
    }

    @Test
    void both_links_are_FullyInSync() {
        Topology azure = Start.resized();
        learner.afterResize(azure);
        expect(!azure.peerings().list().isEmpty()
                && azure.peerings().list().stream().allMatch(p -> p.syncLevel() == PeeringSyncLevel.FullyInSync), CONCEPT,
                () -> "Sync levels: " + azure.peerings().list().stream().map(p -> p.localNetworkName() + "/" + p.name()
                        + " " + p.syncLevel()).toList());
    }
}
