package io.vnetlab.katas;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static io.vnetlab.katas.Teach.expect;

/** Kata 3: global peering (docs/azure/peering.md#regional-and-global, docs/azure/routing.md#next-hop-types). */
class K03PeerAcrossRegionsTest {

    static final String CONCEPT = "Kata 3 — networks in different regions are joined by global peering, made"
            + " exactly like a regional one (a peering in each direction); Azure lists its routes with next hop"
            + " type VNetGlobalPeering.";

    private final PeerAcrossRegions learner = Katas.attempt(PeerAcrossRegions.class, "K03PeerAcrossRegions");

    @Test
    void europe_routes_america_over_global_peering() {
        Topology azure = Start.twoRegions();
        learner.peer(azure);
        expect(azure.effectiveRoutes("EuropeVM").routes().stream().anyMatch(r -> r.nextHopType() == NextHopType.VNetGlobalPeering
                        && r.addressPrefix().toString().equals("10.50.0.0/16")), CONCEPT,
                () -> "EuropeVM's effective routes have no 10.50.0.0/16 -> VNetGlobalPeering route:\n"
                        + Tables.effectiveRoutes(azure.effectiveRoutes("EuropeVM")));
        expect(azure.peerings().list().stream().allMatch(p -> p.global()), CONCEPT,
                () -> "Every peering here is global: " + azure.peerings().list());
    }

    @Test
    void the_vms_reach_each_other_across_regions() {
        Topology azure = Start.twoRegions();
        learner.peer(azure);
        Teach.reaches(azure, "EuropeVM", "AmericaVM", CONCEPT);
        Teach.reaches(azure, "AmericaVM", "EuropeVM", CONCEPT);
        expect(azure.effectiveRoutes("AmericaVM").routes().stream().map(EffectiveRoute::describe)
                        .anyMatch(d -> d.equals("10.40.0.0/16 -> VNetGlobalPeering (Default)")), CONCEPT,
                () -> Tables.effectiveRoutes(azure.effectiveRoutes("AmericaVM")));
    }
}
