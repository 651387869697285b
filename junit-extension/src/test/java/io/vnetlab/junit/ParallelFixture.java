package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixty tests that each change their fork of one static topology (a network of their own, and a peering deleted
 * or a flag changed) and check they see exactly their own changes. Run in parallel by {@link ParallelTest}.
 */
@Fixture
@VnetlabTest
class ParallelFixture {

    static final int TESTS = 60;

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    static final TopologyState INITIAL = azure.state();
    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();
    /** Opens once two tests run at the same time: proof that the run is concurrent. */
    static volatile CountDownLatch twoAtOnce = new CountDownLatch(2);

    static void reset() {
        THREADS.clear();
        twoAtOnce = new CountDownLatch(2);
    }

    @RepeatedTest(TESTS)
    void each_test_sees_only_its_own_changes(RepetitionInfo repetition, Topology fork) throws InterruptedException {
        int i = repetition.getCurrentRepetition();
        THREADS.add(Thread.currentThread().getName());
        twoAtOnce.countDown();
        assertThat(twoAtOnce.await(30, TimeUnit.SECONDS)).as("another test runs at the same time").isTrue();

        String own = "Test" + i + "VNet";
        fork.networks().define(own).withRegion(Region.NORTH_EUROPE).withAddressSpace("10." + (100 + i) + ".0.0/16")
                .create();
        boolean deletes = i % 2 == 0;
        if (deletes) {
            fork.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        } else {
            fork.peerings().update("SalesVNet", "SalesVNet-To-MarketingVNet").allowForwardedTraffic().apply();
        }

        assertThat(fork.networks().list()).extracting(VirtualNetwork::name)
                .containsExactly("SalesVNet", "MarketingVNet", "ResearchVNet", own);
        assertThat(fork.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(deletes ? PeeringState.Disconnected : PeeringState.Connected);
        assertThat(fork.peerings().list()).hasSize(deletes ? 3 : 4)
                .filteredOn(Peering::allowForwardedTraffic).hasSize(deletes ? 0 : 1);
        assertThat(fork.reach("SalesVM", "MarketingVM").reachable()).isEqualTo(!deletes);
    }
}
