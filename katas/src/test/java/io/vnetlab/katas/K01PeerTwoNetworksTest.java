package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.katas.Teach.expect;

/** Kata 1: a peering is two resources, one in each network (docs/azure/peering.md#peering-state). */
class K01PeerTwoNetworksTest {

    static final String CONCEPT = "Kata 1 — a peering is a resource of ONE network that points at another: it"
            + " stays Initiated, and carries no traffic, until the other network has a peering back; then both"
            + " are Connected.";

    private final PeerTwoNetworks learner = Katas.attempt(PeerTwoNetworks.class, "K01PeerTwoNetworks");

    @Test
    void the_first_side_alone_is_Initiated_and_carries_no_traffic() {
        Topology azure = Start.twoNetworks();
        learner.createFirstSide(azure);
        List<Peering> app = azure.peerings().list("AppVNet");
        expect(app.size() == 1 && app.get(0).remoteNetworkName().equals("DataVNet"), CONCEPT,
                () -> "AppVNet should have one peering, to DataVNet; it has " + app + ".");
        expect(azure.peerings().list("DataVNet").isEmpty(), CONCEPT,
                () -> "The first step creates AppVNet's side only; DataVNet already has " + azure.peerings().list("DataVNet") + ".");
        expect(app.get(0).state() == PeeringState.Initiated, CONCEPT, () -> app.get(0) + " should be Initiated.");
        expect(!azure.reach("AppVM", "DataVM").reachable(), CONCEPT,
                () -> "AppVM reaches DataVM through a one-sided peering:\n" + azure.reach("AppVM", "DataVM"));
    }

    @Test
    void the_second_side_makes_both_Connected_and_the_vms_reach_each_other() {
        Topology azure = Start.twoNetworks();
        learner.createFirstSide(azure);
        learner.createSecondSide(azure);
        expect(!azure.peerings().list().isEmpty() && azure.peerings().list().stream().allMatch(Peering::isConnected)
                        && azure.peerings().list().size() == 2, CONCEPT,
                () -> "Both sides should exist and be Connected: " + azure.peerings().list());
        Teach.reaches(azure, "AppVM", "DataVM", CONCEPT);
        Teach.reaches(azure, "DataVM", "AppVM", CONCEPT);
    }
}
