package io.vnetlab.katas;

import io.vnetlab.Topology;

/** Kata 6 (katas/06-gateway-transit.md): SpokeVM must reach the on-premises Datacenter through HubVNet's gateway. */
public interface ShareTheHubGateway {

    /** Let SpokeVNet use HubVNet's VPN gateway, so that SpokeVM and Datacenter reach each other. */
    void shareTheGateway(Topology azure);
}
