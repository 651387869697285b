package io.vnetlab.katas.learner;

import io.vnetlab.Topology;
import io.vnetlab.katas.ShareTheHubGateway;

/**
 * Kata 6 — read katas/06-gateway-transit.md, then make {@code ./vnetlab kata 6} pass.
 * Hint: {@code azure.peerings().update("Network", "PeeringName")...apply()} changes the flags of one peering;
 * {@code azure.peerings().list("HubVNet")} shows the names. Azure cares which side you change first.
 */
public class K06ShareTheHubGateway implements ShareTheHubGateway {

    @Override
    public void shareTheGateway(Topology azure) {
        // TODO: let SpokeVNet use HubVNet's VPN gateway to reach Datacenter (and be reached from it)
    }
}
