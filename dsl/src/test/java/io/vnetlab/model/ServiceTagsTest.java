package io.vnetlab.model;

import io.vnetlab.render.HopText;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Azure service tags whose addresses vnetlab does not simulate (docs/azure/network-security-groups.md#service-tags).
 */
class ServiceTagsTest {

    // docs/azure/network-security-groups.md#service-tags
    @Test
    void azure_service_tags_and_their_regional_forms_are_known_case_insensitively() {
        assertThat(ServiceTags.isNotSimulated("GatewayManager")).isTrue();
        assertThat(ServiceTags.isNotSimulated("azurecloud")).isTrue();
        assertThat(ServiceTags.isNotSimulated("AzureCloud.westeurope")).isTrue();
        assertThat(ServiceTags.isNotSimulated("Storage.EastUS2")).isTrue();
        assertThat(ServiceTags.isNotSimulated("AzureFrontDoor.Backend")).isTrue();
    }

    @Test
    void the_simulated_tags_addresses_and_names_azure_does_not_have_are_not_in_the_list() {
        assertThat(ServiceTags.isNotSimulated("VirtualNetwork")).isFalse();
        assertThat(ServiceTags.isNotSimulated("Internet")).isFalse();
        assertThat(ServiceTags.isNotSimulated("10.0.0.0/8")).isFalse();
        assertThat(ServiceTags.isNotSimulated("AzureClod")).isFalse();
        assertThat(ServiceTags.isNotSimulated("AzureCloud.")).isFalse();
        assertThat(ServiceTags.isNotSimulated(null)).isFalse();
    }

    // docs/azure/network-security-groups.md#service-tags
    @Test
    void a_deny_rule_to_such_a_tag_is_accepted_and_matches_no_simulated_address() {
        Topology t = Topology.create();
        t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("a", "10.0.1.0/24").create();
        t.virtualMachines().define("vm1").withExistingPrimaryNetwork("vnet").withSubnet("a").create();
        t.virtualMachines().define("vm2").withExistingPrimaryNetwork("vnet").withSubnet("a").create();
        t.networkSecurityGroups().define("nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("deny-cloud").denyOutbound().toAddress("AzureCloud").withPriority(100).attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("nsg", "vnet", "a");

        Verdict v = t.evaluate(Flow.from(t.endpoint("vm1")).to(t.endpoint("vm2")).on(Protocol.Tcp, 22));

        assertThat(v.reachable()).isTrue();
        assertThat(HopText.decision(v.hops().get(0))).isEqualTo("nsg 'nsg' on subnet 'vnet/a', outbound: allowed by"
                + " defaultSecurityRules/AllowVnetOutBound");
        assertThatThrownBy(() -> t.networkSecurityGroups().update("nsg").defineRule("bad").denyOutbound()
                .toAddresses("AzureCloud", "10.0.0.0/8").withPriority(200).attach().apply())
                .isInstanceOf(AzureException.class)
                .extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.SecurityRuleParameterContainsUnsupportedValue);
    }
}
