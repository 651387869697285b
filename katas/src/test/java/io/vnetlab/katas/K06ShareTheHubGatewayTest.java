package io.vnetlab.katas;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Peering;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import static io.vnetlab.katas.Teach.expect;

/**
 * Kata 6: gateway transit — which side sets which flag, in which order (docs/azure/gateways.md#gateway-transit,
 * #transit-preconditions, #gateway-routes, #advertised-prefixes).
 */
class K06ShareTheHubGatewayTest {

    static final String CONCEPT = "Kata 6 — a spoke uses its hub's VPN gateway through gateway transit, a flag on"
            + " each peering: the hub's peering (HubVNet-To-SpokeVNet) sets allowGatewayTransit, the spoke's"
            + " (SpokeVNet-To-HubVNet) sets useRemoteGateways — the hub's side first, or Azure refuses. Then the spoke"
            + " learns the site's prefixes from the gateway, and the site learns the spoke.";

    private final ShareTheHubGateway learner = Katas.attempt(ShareTheHubGateway.class, "K06ShareTheHubGateway");

    private Topology solved() {
        Topology azure = Start.gatewayHub();
        Teach.applies(CONCEPT, () -> learner.shareTheGateway(azure));
        return azure;
    }

    private static Endpoint datacenter(Topology azure) {
        return azure.onPremisesHost("Datacenter", "192.168.10.5").endpoint();
    }

    @Test
    void the_spoke_reaches_the_datacenter_through_the_hubs_gateway() {
        Topology azure = solved();
        Verdict out = azure.reach(azure.endpoint("SpokeVM"), datacenter(azure));
        expect(out.reachable(), CONCEPT, () -> VerdictRenderer.render(out) + "\nSpokeVM's effective routes:\n"
                + Tables.effectiveRoutes(azure.effectiveRoutes("SpokeVM")));
        expect(azure.effectiveRoutes("SpokeVM").routes().stream().map(EffectiveRoute::describe).anyMatch(
                        d -> d.equals("192.168.10.0/24 -> VirtualNetworkGateway 10.0.255.4 (VirtualNetworkGateway)")),
                CONCEPT, () -> "SpokeVM reaches the Datacenter, but not through the route the hub's gateway"
                        + " propagates:\n" + Tables.effectiveRoutes(azure.effectiveRoutes("SpokeVM")));
    }

    @Test
    void the_datacenter_reaches_the_spoke_back() {
        Topology azure = solved();
        Verdict in = azure.reach(datacenter(azure), azure.endpoint("SpokeVM"));
        expect(in.reachable(), CONCEPT, () -> VerdictRenderer.render(in));
    }

    @Test
    void each_side_of_the_pair_sets_its_own_flag() {
        Topology azure = solved();
        Peering hub = azure.peerings().get("HubVNet", "HubVNet-To-SpokeVNet");
        Peering spoke = azure.peerings().get("SpokeVNet", "SpokeVNet-To-HubVNet");
        expect(hub.allowGatewayTransit() && !hub.useRemoteGateways() && spoke.useRemoteGateways()
                        && !spoke.allowGatewayTransit() && hub.isConnected() && spoke.isConnected(), CONCEPT,
                () -> flags(hub) + "\n" + flags(spoke));
    }

    @Test
    void the_hub_still_reaches_the_spoke() {
        Topology azure = solved();
        Teach.reaches(azure, "HubVM", "SpokeVM", CONCEPT);
    }

    private static String flags(Peering p) {
        return p + ": allowGatewayTransit=" + p.allowGatewayTransit() + ", useRemoteGateways=" + p.useRemoteGateways();
    }
}
