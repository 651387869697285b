package io.vnetlab.katas.solutions;

import io.vnetlab.Topology;
import io.vnetlab.katas.ShareTheHubGateway;

/**
 * Kata 6, reference solution: the hub's side offers its gateway (allowGatewayTransit) before the spoke's side uses
 * it (useRemoteGateways); the other order is refused with RemotePeeringDoesNotAllowGatewayTransit. Deleting the
 * peering and re-creating it with {@code azure.peer("SpokeVNet").with("HubVNet").usingGatewayOf("HubVNet")} works too.
 */
public class K06ShareTheHubGateway implements ShareTheHubGateway {

    @Override
    public void shareTheGateway(Topology azure) {
        azure.peerings().update("HubVNet", "HubVNet-To-SpokeVNet").allowGatewayTransit(true).apply();
        azure.peerings().update("SpokeVNet", "SpokeVNet-To-HubVNet").useRemoteGateways(true).apply();
    }
}
