package io.vnetlab.dataplane;

import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.Topology;
import io.vnetlab.model.AzureException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All 16 combinations of the four peering flags on a hub/spoke pair, with and without a VPN gateway in the hub: each
 * gives an outcome or an Azure error code (docs/azure/peering.md#flags, #remote-has-no-gateway,
 * docs/azure/gateways.md#gateway-transit, #transit-preconditions, #advertised-prefixes;
 * docs/azure/decisions.md#virtual-network-access-off for allowVirtualNetworkAccess). allowVirtualNetworkAccess and
 * allowForwardedTraffic are set on both directions, allowGatewayTransit on the hub's and useRemoteGateways on the
 * spoke's; the hub's direction is created first.
 */
class GatewayTransitMatrixTest {

    @Test
    void every_combination_of_the_four_flags_with_and_without_a_hub_gateway() {
        List<String> rows = new ArrayList<>();
        for (boolean gateway : new boolean[]{true, false}) {
            for (int bits = 0; bits < 16; bits++) {
                boolean access = (bits & 8) != 0;
                boolean forwarded = (bits & 4) != 0;
                boolean transit = (bits & 2) != 0;
                boolean useRemote = (bits & 1) != 0;
                rows.add(String.format("%-7s %-6s %-6s %-6s %-6s -> %s", gateway ? "gateway" : "none", flag(access),
                        flag(forwarded), flag(transit), flag(useRemote),
                        outcome(gateway, access, forwarded, transit, useRemote)));
            }
        }
        assertThat(String.join("\n", rows)).isEqualTo(String.join("\n",
                // hub    access fwd    transit useRemote
                "gateway off    off    off    off    -> hub reachable (VNet access warning); on-premises unreachable",
                "gateway off    off    off    on     -> RemotePeeringDoesNotAllowGatewayTransit",
                "gateway off    off    on     off    -> hub reachable (VNet access warning); on-premises unreachable",
                "gateway off    off    on     on     -> hub reachable (VNet access warning); on-premises both ways",
                "gateway off    on     off    off    -> hub reachable (VNet access warning); on-premises unreachable",
                "gateway off    on     off    on     -> RemotePeeringDoesNotAllowGatewayTransit",
                "gateway off    on     on     off    -> hub reachable (VNet access warning); on-premises unreachable",
                "gateway off    on     on     on     -> hub reachable (VNet access warning); on-premises both ways",
                "gateway on     off    off    off    -> hub reachable; on-premises unreachable",
                "gateway on     off    off    on     -> RemotePeeringDoesNotAllowGatewayTransit",
                "gateway on     off    on     off    -> hub reachable; on-premises unreachable",
                "gateway on     off    on     on     -> hub reachable; on-premises both ways",
                "gateway on     on     off    off    -> hub reachable; on-premises unreachable",
                "gateway on     on     off    on     -> RemotePeeringDoesNotAllowGatewayTransit",
                "gateway on     on     on     off    -> hub reachable; on-premises unreachable",
                "gateway on     on     on     on     -> hub reachable; on-premises both ways",
                "none    off    off    off    off    -> hub reachable (VNet access warning); no site",
                "none    off    off    off    on     -> RemoteVnetHasNoGateways",
                "none    off    off    on     off    -> hub reachable (VNet access warning); no site",
                "none    off    off    on     on     -> RemoteVnetHasNoGateways",
                "none    off    on     off    off    -> hub reachable (VNet access warning); no site",
                "none    off    on     off    on     -> RemoteVnetHasNoGateways",
                "none    off    on     on     off    -> hub reachable (VNet access warning); no site",
                "none    off    on     on     on     -> RemoteVnetHasNoGateways",
                "none    on     off    off    off    -> hub reachable; no site",
                "none    on     off    off    on     -> RemoteVnetHasNoGateways",
                "none    on     off    on     off    -> hub reachable; no site",
                "none    on     off    on     on     -> RemoteVnetHasNoGateways",
                "none    on     on     off    off    -> hub reachable; no site",
                "none    on     on     off    on     -> RemoteVnetHasNoGateways",
                "none    on     on     on     off    -> hub reachable; no site",
                "none    on     on     on     on     -> RemoteVnetHasNoGateways"));
    }

    private static String flag(boolean on) {
        return on ? "on" : "off";
    }

    private static String outcome(boolean gateway, boolean access, boolean forwarded, boolean transit,
                                  boolean useRemote) {
        Topology t = gateway ? ReferenceTopologies.hubAndSpokeWithVpnGateway() : ReferenceTopologies.hubAndSpoke();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        try {
            t.peerings().define("hub-To-spoke1").onNetwork("hub").withRemoteNetwork("spoke1")
                    .allowVirtualNetworkAccess(access).allowForwardedTraffic(forwarded).allowGatewayTransit(transit)
                    .create();
            t.peerings().define("spoke1-To-hub").onNetwork("spoke1").withRemoteNetwork("hub")
                    .allowVirtualNetworkAccess(access).allowForwardedTraffic(forwarded).useRemoteGateways(useRemote)
                    .create();
        } catch (AzureException e) {
            return e.code().name();
        }
        Verdict toHub = t.reach("spoke1-vm", "hub-vm");
        String hub = (toHub.reachable() ? "hub reachable" : "hub unreachable")
                + (toHub.warnings().isEmpty() ? "" : " (VNet access warning)");
        if (!gateway) {
            return hub + "; no site";
        }
        boolean out = t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable();
        boolean in = t.reach(t.onPremisesHost("OnPrem", "10.100.0.10"), t.host("spoke1-vm")).reachable();
        return hub + "; on-premises " + (out && in ? "both ways" : out ? "outbound only" : in ? "inbound only"
                : "unreachable");
    }

    // docs/azure/gateways.md#transit-preconditions
    @Test
    void turning_transit_off_on_the_hub_later_is_accepted_and_stops_transit() {
        Topology t = ReferenceTopologies.hubAndSpokeWithVpnGateway();
        t.peer("spoke1").with("hub").usingGatewayOf("hub").create();
        t.peerings().update("hub", "hub-To-spoke1").allowGatewayTransit(false).apply();
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).noneMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
        assertThat(t.reach(t.host("spoke1-vm"), t.onPremisesHost("OnPrem", "10.100.0.10")).reachable()).isFalse();
    }
}
