package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.reference.ReferenceTopologies;

/**
 * {@link ReferenceTopologies#hubAndSpokeWithAppliance()} with one prerequisite of spoke-to-spoke transit taken away,
 * so that a test can show the message that names it, and the same hub sharing its VPN gateway with spoke1 only.
 */
final class HubAndSpokesFixture {

    static final String APPLIANCE = ReferenceTopologies.HUB_APPLIANCE_ADDRESS;

    private HubAndSpokesFixture() {
    }

    /** The spokes' subnets without their route tables: nothing sends spoke traffic to the appliance. */
    static Topology withoutRoutes() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();
        azure.routeTables().dissociate("spoke1", "app");
        azure.routeTables().dissociate("spoke2", "app");
        return azure;
    }

    /** IP forwarding off on the appliance's network interface. */
    static Topology withoutIpForwarding() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();
        azure.networkInterfaces().updateIpForwarding("nvaVMNic", false);
        return azure;
    }

    /** {@code allowForwardedTraffic} off on the spokes' peerings to the hub. */
    static Topology withoutForwardedTraffic() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();
        azure.peerings().update("spoke1", "spoke1-To-hub").allowForwardedTraffic(false).apply();
        azure.peerings().update("spoke2", "spoke2-To-hub").allowForwardedTraffic(false).apply();
        return azure;
    }

    /** The appliance hub connected to the site OnPrem, its gateway shared with spoke1 (gateway transit), not spoke2. */
    static Topology withGatewayForSpoke1() {
        Topology azure = ReferenceTopologies.connectHubToOnPremises(ReferenceTopologies.hubAndSpokeWithAppliance());
        azure.peerings().update("hub", "hub-To-spoke1").allowGatewayTransit().apply();
        azure.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways().apply();
        return azure;
    }
}
