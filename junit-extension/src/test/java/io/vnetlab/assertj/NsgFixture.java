package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;

/**
 * The Learn module's peered networks (docs/azure/learn-module.md) with a network security group on MarketingVNet/Apps
 * that denies SSH from SalesVNet above the default rules (docs/azure/network-security-groups.md#default-rules), so
 * everything else from SalesVNet still gets in by {@code AllowVnetInBound}.
 */
final class NsgFixture {

    private NsgFixture() {
    }

    static Topology sshDeniedFromSales() {
        Topology azure = ReferenceTopologies.learnModule();
        azure.networkSecurityGroups().define("MarketingNSG").withRegion(Region.NORTH_EUROPE)
                .defineRule("deny-ssh-from-sales")
                    .denyInbound().fromAddress("10.1.0.0/16").fromAnyPort().toAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(200)
                    .attach()
                .create();
        azure.networkSecurityGroups().associateWithSubnet("MarketingNSG", "MarketingVNet", "Apps");
        return azure;
    }
}
