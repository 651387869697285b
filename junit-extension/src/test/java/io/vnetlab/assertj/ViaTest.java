package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A {@link Via} is resolved in a topology — names to resource ids — and then matches the typed facts of the hops
 * the data plane produces: peerings crossed, networks, appliances, gateways, route types and next hop addresses.
 */
class ViaTest {

    private final Topology learn = ReferenceTopologies.learnModule();
    private final Topology hub = HubAndSpokesFixture.withGatewayForSpoke1();
    private final Verdict salesToMarketing = learn.reach("SalesVM", "MarketingVM");
    private final Verdict spokeToSpoke = hub.reach("spoke1-vm", "spoke2-vm");
    private final Verdict spokeToSite = hub.evaluate(io.vnetlab.dataplane.Flow.from(hub.endpoint("spoke1-vm"))
            .to(hub.endpoint("10.100.0.10")));

    @Test
    void a_peering_matches_the_hop_that_crosses_it_by_name_case_insensitively() {
        assertThat(Via.peering("salesvnet-to-marketingvnet").resolveIn(learn).firstIn(salesToMarketing))
                .map(Hop::number).contains(1);
        assertThat(Via.peering("MarketingVNet-To-ResearchVNet").resolveIn(learn).firstIn(salesToMarketing)).isEmpty();
        assertThat(Via.peering("X")).hasToString("peering 'X'");
    }

    @Test
    void a_next_hop_type_matches_the_deciding_route_only() {
        assertThat(Via.nextHopType(NextHopType.VNetPeering).resolveIn(learn).firstIn(salesToMarketing)).isPresent();
        assertThat(Via.nextHopType(NextHopType.VNetGlobalPeering).resolveIn(learn).firstIn(salesToMarketing))
                .isEmpty();
        assertThat(Via.nextHopType(NextHopType.VirtualAppliance).resolveIn(hub).firstIn(spokeToSpoke)).isPresent();
        assertThat(Via.nextHopType(NextHopType.VirtualNetworkGateway).resolveIn(hub).firstIn(spokeToSite))
                .isPresent();
    }

    @Test
    void a_next_hop_address_matches_the_route_to_the_appliance_that_holds_it() {
        assertThat(Via.nextHop("10.0.1.4").resolveIn(hub).firstIn(spokeToSpoke)).map(Hop::kind)
                .contains(Hop.Kind.APPLIANCE);
        assertThat(Via.nextHop("10.0.1.4").resolveIn(hub).firstIn(spokeToSite)).isEmpty();
        assertThat(Via.nextHop("10.0.1.4")).hasToString("next hop 10.0.1.4");
    }

    @Test
    void a_network_matches_hops_in_or_into_it_and_not_a_network_whose_name_merely_starts_alike() {
        assertThat(Via.network("hub").resolveIn(hub).firstIn(spokeToSpoke)).isPresent();
        assertThat(Via.network("hub").resolveIn(hub).firstIn(spokeToSite)).isPresent();
        assertThat(Via.network("Hu").resolveIn(hub).namesSomething()).isFalse();
    }

    @Test
    void an_appliance_is_named_by_its_vm_or_its_network_interface() {
        assertThat(Via.appliance("nva").resolveIn(hub).firstIn(spokeToSpoke)).isPresent();
        assertThat(Via.appliance("nvaVMNic").resolveIn(hub).firstIn(spokeToSpoke)).isPresent();
        assertThat(Via.appliance("spoke2-vm").resolveIn(hub).firstIn(spokeToSpoke)).isEmpty();
    }

    @Test
    void a_gateway_matches_by_name_where_the_packet_goes_to_or_comes_from_it() {
        assertThat(Via.gateway("HUB-VPN").resolveIn(hub).firstIn(spokeToSite)).isPresent();
        assertThat(Via.gateway("hub-vpn").resolveIn(hub).firstIn(spokeToSpoke)).isEmpty();
        assertThat(Via.gateway("hub-vpn")).hasToString("gateway 'hub-vpn'");
    }

    @Test
    void a_via_naming_nothing_in_the_topology_says_so_and_lists_what_there_is() {
        Via.Resolved peering = Via.peering("SalesVNet-To-ResearchVNet").resolveIn(learn);
        assertThat(peering.namesSomething()).isFalse();
        assertThat(peering.existing()).isEqualTo("Peerings in the topology: SalesVNet/SalesVNet-To-MarketingVNet,"
                + " MarketingVNet/MarketingVNet-To-SalesVNet, MarketingVNet/MarketingVNet-To-ResearchVNet,"
                + " ResearchVNet/ResearchVNet-To-MarketingVNet");
        assertThat(Via.gateway("hub-vpn").resolveIn(learn).existing())
                .isEqualTo("Virtual network gateways in the topology: none");
        assertThat(Via.firewall("fw").resolveIn(hub).namesSomething()).isFalse();
    }

    @Test
    void a_next_hop_address_exists_when_an_interface_holds_it_or_a_route_names_it() {
        assertThat(Via.nextHop("10.0.1.4").resolveIn(hub).namesSomething()).isTrue();
        assertThat(Via.nextHop("10.0.1.4").resolveIn(learn).namesSomething()).isFalse();
        assertThat(Via.nextHop("10.0.1.4").resolveIn(learn).existing()).isEqualTo("Network interface and next hop"
                + " addresses in the topology: 10.1.1.4, 10.2.1.4, 10.3.1.4");
    }

    @Test
    void blank_names_and_malformed_addresses_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Via.peering(" "))
                .withMessage("'peeringName' cannot be null or blank.");
        assertThatIllegalArgumentException().isThrownBy(() -> Via.nextHop("10.0.1"))
                .withMessage("'ipAddress' is not an IPv4 address: '10.0.1'.");
    }
}
