package io.vnetlab.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two prefixes from the same address but of different lengths are different prefixes. */
class CidrEqualityTest {

    @Test
    void prefixes_of_the_same_address_and_different_lengths_are_not_equal() {
        assertThat(Cidr.parse("10.0.0.0/16")).isNotEqualTo(Cidr.parse("10.0.0.0/8"));
        assertThat(Cidr.parse("10.1.0.0/16")).isNotEqualTo(Cidr.parse("10.1.0.0/24"));
        assertThat(Cidr.parse("10.1.0.0/16")).isEqualTo(Cidr.parse("10.1.0.0/16"))
                .hasSameHashCodeAs(Cidr.parse("10.1.0.0/16"));
    }

    // docs/azure/routing.md#reserved-prefix-overlap
    @Test
    void a_hub_at_10_0_0_0_slash_16_does_not_hide_the_default_10_0_0_0_slash_8_none_route() {
        io.vnetlab.Topology azure = io.vnetlab.Topology.create();
        azure.networks().define("Hub").withRegion(io.vnetlab.model.Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .create();
        azure.networks().define("Spoke1").withRegion(io.vnetlab.model.Region.WEST_EUROPE)
                .withAddressSpace("10.11.0.0/16").withSubnet("Workload", "10.11.1.0/24").create();
        azure.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1").withSubnet("Workload").create();
        azure.peer("Hub").with("Spoke1").create();
        assertThat(azure.effectiveRoutes("Spoke1VM").lookup(IpAddress.parse("10.12.1.4")))
                .hasValueSatisfying(r -> assertThat(r.describe()).isEqualTo("10.0.0.0/8 -> None (Default)"));
    }
}
