package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.ResourceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A verdict holds facts — resource ids, routes, peerings, kinds — that callers read without parsing any text. */
class VerdictFactsTest {

    private static NetworkInterface nic(Topology t, String name) {
        return t.state().networkInterfaces().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static ResourceId peering(Topology t, String name) {
        return t.state().peerings().stream().filter(p -> p.name().equals(name)).map(Peering::id).findFirst()
                .orElseThrow();
    }

    @Test
    void an_appliance_hop_records_where_it_was_the_route_the_peering_and_the_appliance_it_went_to() {
        Topology t = ReferenceTopologies.hubAndSpokeWithAppliance();

        Verdict v = t.reach("spoke1-vm", "spoke2-vm");

        Hop first = v.hops().get(0);
        assertThat(first.kind()).isEqualTo(Hop.Kind.APPLIANCE);
        assertThat(first.at()).isEqualTo(Place.subnet(nic(t, "spoke1-vmVMNic").subnetId()));
        assertThat(first.next()).isEqualTo(Place.appliance(nic(t, "nvaVMNic")));
        assertThat(first.decidingRoute()).map(EffectiveRoute::nextHopType).contains(NextHopType.VirtualAppliance);
        assertThat(first.decidingRoute()).map(EffectiveRoute::source).contains(RouteSource.User);
        assertThat(first.peeringCrossed()).contains(new PeeringCrossed(peering(t, "spoke1-To-hub"),
                PeeringState.Connected));
        Hop last = v.hops().get(v.hops().size() - 1);
        assertThat(last.kind()).isEqualTo(Hop.Kind.DESTINATION);
        assertThat(last.next().id()).isEqualTo(nic(t, "spoke2-vmVMNic").id());
        assertThat(last.detail(HopDetail.Holds.class)).contains(new HopDetail.Holds(nic(t, "spoke2-vmVMNic").id(),
                IpAddress.parse("10.2.1.4")));
    }

    @Test
    void blockers_and_fixes_name_their_kind_and_the_resources_they_concern() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.peer("spoke1").with("hub").create();
        t.peer("spoke2").with("hub").create();

        Verdict v = t.reach("spoke1-vm", "spoke2-vm");

        ResourceId spoke1 = t.network("spoke1").id();
        ResourceId spoke2 = t.network("spoke2").id();
        ResourceId hub = t.network("hub").id();
        assertThat(v.blockers()).containsExactly(Blocker.of(Blocker.Kind.NOT_PEERED, java.util.List.of(spoke1, spoke2,
                hub)));
        assertThat(v.fixes()).extracting(Fix::kind).containsExactly(Fix.Kind.PEER_DIRECTLY,
                Fix.Kind.ROUTE_THROUGH_SHARED_PEER_APPLIANCE);
        assertThat(v.fixes().get(1).resources()).containsExactly(spoke1, spoke2, hub);
        assertThat(v.firstBlockingHop()).map(Hop::kind).contains(Hop.Kind.ROUTE);
    }

    @Test
    void a_verdict_prints_as_a_one_line_summary() {
        Verdict v = ReferenceTopologies.hubAndSpoke().reach("spoke1-vm", "spoke2-vm");

        assertThat(v).hasToString("vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app):"
                + " unreachable, 1 hop, 1 blocker");
    }
}
