package io.vnetlab.katas;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.render.HopText;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static io.vnetlab.katas.Teach.expect;

/**
 * Kata 7: spoke to spoke through a hub appliance (docs/azure/routing.md#hub-appliance,
 * docs/azure/peering.md#allow-forwarded-traffic, docs/azure/routing.md#ip-forwarding).
 */
class K07RouteThroughTheApplianceTest {

    static final String CONCEPT = "Kata 7 — two spokes of a hub can talk through an appliance in the hub when"
            + " every piece is there: a user route on each spoke's subnet sending the other spoke's prefix to the"
            + " appliance (next hop VirtualAppliance), IP forwarding on the appliance's network interface, and"
            + " allowForwardedTraffic on each spoke's peering to the hub — the packets it receives from the hub come"
            + " from the other spoke, outside the hub's address space.";

    private final RouteThroughTheAppliance learner = Katas.attempt(RouteThroughTheAppliance.class,
            "K07RouteThroughTheAppliance");

    private Topology solved() {
        Topology azure = Start.applianceHub();
        Teach.applies(CONCEPT, () -> learner.routeSpokeToSpoke(azure));
        return azure;
    }

    @Test
    void spoke1_reaches_spoke2_through_the_appliance() {
        throughTheAppliance(solved(), "Spoke1VM", "Spoke2VM");
    }

    @Test
    void spoke2_reaches_spoke1_through_the_appliance() {
        throughTheAppliance(solved(), "Spoke2VM", "Spoke1VM");
    }

    @Test
    void both_spokes_still_reach_the_appliance_itself() {
        Topology azure = solved();
        Teach.reaches(azure, "Spoke1VM", "NvaVM", CONCEPT);
        Teach.reaches(azure, "Spoke2VM", "NvaVM", CONCEPT);
    }

    private static void throughTheAppliance(Topology azure, String from, String to) {
        Verdict verdict = azure.reach(from, to);
        expect(verdict.reachable(), CONCEPT, () -> VerdictRenderer.render(verdict) + "\n" + from + "'s effective routes:\n"
                + Tables.effectiveRoutes(azure.effectiveRoutes(from)));
        expect(verdict.hops().stream().map(HopText::from).anyMatch("HubVNet/nva"::equals), CONCEPT,
                () -> from + " reaches " + to + ", but not through the appliance (a direct peering is another"
                        + " answer, not this kata's):\n" + VerdictRenderer.render(verdict));
    }
}
