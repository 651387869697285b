package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;

/**
 * A private endpoint named as a target, as {@code topology.endpoint("name")} reads it
 * (docs/azure/private-endpoints.md#routes).
 */
class EndpointAssert_canReach_privateEndpoint_Test {

    @Test
    void should_pass_from_a_directly_peered_network_and_fail_from_one_two_peerings_away() {
        Topology azure = Topology.create();
        azure.networks().define("hub").withRegion(Region.EAST_US).withAddressSpace("10.0.0.0/16")
                .withSubnet("shared", "10.0.1.0/24").create();
        azure.networks().define("spoke").withRegion(Region.EAST_US).withAddressSpace("10.1.0.0/16")
                .withSubnet("endpoints", "10.1.2.0/24").create();
        azure.networks().define("edge").withRegion(Region.EAST_US).withAddressSpace("10.2.0.0/16")
                .withSubnet("app", "10.2.1.0/24").create();
        azure.peer("hub").with("spoke").create();
        azure.peer("hub").with("edge").create();
        azure.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        azure.virtualMachines().define("edge-vm").withExistingPrimaryNetwork("edge").withSubnet("app").create();
        azure.privateEndpoints().define("vault").withSubnet("spoke", "endpoints").withPrivateLinkResource(
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers"
                        + "/Microsoft.KeyVault/vaults/secrets", "vault").create();

        assertThat(azure).vm("hub-vm").canReach("vault", tcp(443));
        assertThat(azure).vm("edge-vm").cannotReach("vault", tcp(443));
    }
}
