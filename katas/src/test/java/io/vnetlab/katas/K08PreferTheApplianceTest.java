package io.vnetlab.katas;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.render.HopText;
import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.NextHop;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.RouteSource;
import io.vnetlab.dataplane.RouteState;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static io.vnetlab.katas.Teach.expect;

/**
 * Kata 8: route preference — longest prefix, then User > gateway > default (docs/azure/routing.md#route-selection,
 * docs/azure/cli-and-network-watcher.md#next-hop).
 */
class K08PreferTheApplianceTest {

    static final String CONCEPT = "Kata 8 — Azure picks a route by longest prefix first; only between routes of the"
            + " same prefix does the source decide: User beats VirtualNetworkGateway, which beats Default (but the"
            + " network's own and its peerings' routes beat even more specific gateway routes). A user route with a"
            + " default route's prefix makes that default route Invalid.";

    private static final String SPOKE_VM = "10.1.1.4";
    private static final IpAddress APPLIANCE = IpAddress.parse("10.0.1.4");

    private final PreferTheAppliance learner = Katas.attempt(PreferTheAppliance.class, "K08PreferTheAppliance");

    private Topology solved() {
        Topology azure = Start.competingRoutes();
        Teach.applies(CONCEPT, () -> learner.inspectOutboundTraffic(azure));
        return azure;
    }

    @Test
    void traffic_to_the_datacenter_takes_the_appliance_not_the_gateway() {
        Topology azure = solved();
        Endpoint datacenter = azure.onPremisesHost("Datacenter", "192.168.10.5").endpoint();
        takesTheAppliance(azure, "192.168.10.5", azure.reach(azure.endpoint("SpokeVM"), datacenter));
    }

    @Test
    void traffic_to_the_internet_takes_the_appliance_and_the_default_route_is_Invalid() {
        Topology azure = solved();
        takesTheAppliance(azure, "13.107.21.200", azure.reach(azure.endpoint("SpokeVM"), azure.endpoint("13.107.21.200")));
        expect(azure.effectiveRoutes("SpokeVM").routes().stream().anyMatch(r -> r.source() == RouteSource.Default
                        && r.state() == RouteState.Invalid && r.addressPrefix().toString().equals("0.0.0.0/0")), CONCEPT,
                () -> "The default 0.0.0.0/0 -> Internet route should be Invalid, overridden by a user route of the"
                        + " same prefix:\n" + Tables.effectiveRoutes(azure.effectiveRoutes("SpokeVM")));
    }

    @Test
    void traffic_to_the_hub_stays_direct() {
        Topology azure = solved();
        NextHop hop = azure.nextHop("SpokeVM", SPOKE_VM, "10.0.2.4");
        expect(hop.nextHopType() == NextHopType.VNetPeering, CONCEPT,
                () -> "Next hop from SpokeVM to HubVM (10.0.2.4) should be VNetPeering; it is " + hop + ".\n"
                        + "SpokeVM's effective routes:\n" + Tables.effectiveRoutes(azure.effectiveRoutes("SpokeVM")));
        Teach.reaches(azure, "SpokeVM", "HubVM", CONCEPT);
    }

    private static void takesTheAppliance(Topology azure, String destination, Verdict verdict) {
        NextHop hop = azure.nextHop("SpokeVM", SPOKE_VM, destination);
        expect(hop.nextHopType() == NextHopType.VirtualAppliance && hop.nextHopIpAddress().equals(
                        java.util.Optional.of(APPLIANCE)), CONCEPT,
                () -> "Next hop from SpokeVM to " + destination + " (az network watcher show-next-hop): " + hop
                        + "; it should be VirtualAppliance " + APPLIANCE + ".\nSpokeVM's effective routes:\n"
                        + Tables.effectiveRoutes(azure.effectiveRoutes("SpokeVM")));
        expect(verdict.reachable() && verdict.hops().stream().map(HopText::from).anyMatch("HubVNet/nva"::equals), CONCEPT,
                () -> "SpokeVM to " + destination + " should pass the appliance and arrive:\n" + VerdictRenderer.render(verdict));
    }
}
