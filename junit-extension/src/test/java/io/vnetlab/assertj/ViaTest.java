package io.vnetlab.assertj;

import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopOutcome;
import io.vnetlab.dataplane.NextHopType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Via matches hops as the verdict shows them, so appliance and gateway hops (issue 3) match the same way. */
class ViaTest {

    private final Hop peering = new Hop(1, "SalesVNet/Apps", "MarketingVNet",
            "route 10.2.0.0/16 -> VNetPeering (Default), peering 'SalesVNet-To-MarketingVNet' Connected",
            HopOutcome.FORWARDED);
    private final Hop appliance = new Hop(1, "Spoke1/Workload", "Hub",
            "route 10.12.0.0/16 -> VirtualAppliance 10.0.1.4 (User)", HopOutcome.FORWARDED);
    private final Hop gateway = new Hop(2, "Hub/GatewaySubnet", null,
            "route 10.100.0.0/16 -> VirtualNetworkGateway (VirtualNetworkGateway)", HopOutcome.DROPPED);

    @Test
    void a_peering_matches_by_name_case_insensitively() {
        assertThat(Via.peering("salesvnet-to-marketingvnet").matches(peering)).isTrue();
        assertThat(Via.peering("SalesVNet-To-Research").matches(peering)).isFalse();
        assertThat(Via.peering("X")).hasToString("peering 'X'");
    }

    @Test
    void a_next_hop_type_matches_the_deciding_route_only() {
        assertThat(Via.nextHopType(NextHopType.VNetPeering).matches(peering)).isTrue();
        assertThat(Via.nextHopType(NextHopType.VNetPeering).matches(appliance)).isFalse();
        assertThat(Via.nextHopType(NextHopType.VirtualAppliance).matches(appliance)).isTrue();
        assertThat(Via.nextHopType(NextHopType.VirtualNetworkGateway).matches(gateway)).isTrue();
        assertThat(Via.nextHopType(NextHopType.VNetGlobalPeering).matches(peering)).isFalse();
    }

    @Test
    void a_next_hop_address_matches_an_appliance_route() {
        assertThat(Via.nextHop("10.0.1.4").matches(appliance)).isTrue();
        assertThat(Via.nextHop("10.0.1.40").matches(appliance)).isFalse();
        assertThat(Via.nextHop("10.0.1.4")).hasToString("next hop 10.0.1.4");
    }

    @Test
    void a_network_matches_hops_in_or_into_it() {
        assertThat(Via.network("Hub").matches(appliance)).isTrue();
        assertThat(Via.network("Hub").matches(gateway)).isTrue();
        assertThat(Via.network("Hu").matches(appliance)).isFalse();
        assertThat(Via.hop("a dropped hop", Hop::isBlocking).matches(gateway)).isTrue();
    }

    @Test
    void a_network_matches_the_appliances_and_gateways_in_it_as_hops_name_them() {
        Hop toAppliance = new Hop(1, "Spoke1/Workload", "appliance 10.0.1.4 (Hub/Nva)",
                "route 10.12.0.0/16 -> VirtualAppliance 10.0.1.4 (User)", HopOutcome.FORWARDED);
        Hop toGateway = new Hop(1, "Spoke1/Workload", "gateway 'HubVpn' (Hub)",
                "route 10.100.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)", HopOutcome.FORWARDED);
        assertThat(Via.network("hub").matches(toAppliance)).isTrue();
        assertThat(Via.network("hub").matches(toGateway)).isTrue();
        assertThat(Via.network("Hu").matches(toGateway)).isFalse();
        assertThat(Via.network("Nva").matches(toAppliance)).isFalse();
    }

    @Test
    void a_gateway_matches_by_name_where_the_packet_goes_to_or_comes_from_it() {
        Hop toGateway = new Hop(1, "Spoke1/Workload", "gateway 'HubVpn' (Hub)",
                "route 10.100.0.0/16 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)", HopOutcome.FORWARDED);
        Hop fromGateway = new Hop(2, "gateway 'HubVpn' (Hub)", "site 'OnPrem'",
                "connection 'Hub-To-OnPrem' (IPsec), 10.100.0.10 is in 10.100.0.0/16", HopOutcome.DELIVERED);
        assertThat(Via.gateway("hubvpn").matches(toGateway)).isTrue();
        assertThat(Via.gateway("HubVpn").matches(fromGateway)).isTrue();
        assertThat(Via.gateway("HubVpn").matches(appliance)).isFalse();
        assertThat(Via.gateway("HubVpn")).hasToString("gateway 'HubVpn'");
    }

    @Test
    void blank_names_are_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Via.peering(" "))
                .withMessage("'peeringName' cannot be null or blank.");
    }
}
