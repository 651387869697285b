package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.VirtualNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Virtual network and subnet validation: docs/azure/addressing.md#resource-hierarchy, #address-ranges, #subnets. */
class NetworkValidationTest {

    private final Topology topology = Topology.create();

    private Networks.Definition network(String name, String space) {
        return topology.networks().define(name).withRegion(Region.NORTH_EUROPE).withAddressSpace(space);
    }

    // docs/azure/addressing.md#resource-ids
    @Test
    void a_network_gets_its_arm_id_region_and_address_space() {
        VirtualNetwork created = network("SalesVNet", "10.1.0.0/16").withNewResourceGroup("learn-rg")
                .withSubnet("Apps", "10.1.1.0/24").create();
        assertThat(created.id()).hasToString("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/learn-rg"
                + "/providers/Microsoft.Network/virtualNetworks/SalesVNet");
        assertThat(created.region()).isEqualTo(Region.NORTH_EUROPE);
        assertThat(created.subnet("apps")).get().extracting(s -> s.id().toString())
                .isEqualTo(created.id() + "/subnets/Apps");
    }

    // docs/azure/addressing.md#resource-ids
    @Test
    void names_compare_case_insensitively() {
        network("SalesVNet", "10.1.0.0/16").create();
        assertThat(topology.network("salesvnet").name()).isEqualTo("SalesVNet");
        assertThat(topology.network("/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/resourcegroups/VNETLAB-RG"
                + "/providers/microsoft.network/virtualnetworks/SALESVNET").name()).isEqualTo("SalesVNet");
    }

    // docs/azure/addressing.md#address-space
    @Test
    void a_network_may_have_several_address_prefixes() {
        VirtualNetwork n = network("Multi", "10.1.0.0/16").withAddressSpace("10.5.0.0/16")
                .withSubnet("a", "10.1.1.0/24").withSubnet("b", "10.5.1.0/24").create();
        assertThat(n.addressSpace()).extracting(Object::toString).containsExactly("10.1.0.0/16", "10.5.0.0/16");
    }

    // docs/azure/addressing.md#prefix-errors
    @Test
    void host_bits_in_an_address_prefix_give_InvalidCIDRNotation() {
        AzureException e = rejects(topology, AzureErrorCode.InvalidCIDRNotation,
                () -> network("SalesVNet", "10.1.0.1/16").create());
        assertThat(e).hasMessage("The address prefix 10.1.0.1/16 in resource /subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/vnetlab-rg/providers/Microsoft.Network/virtualNetworks/SalesVNet has an invalid CIDR"
                + " notation. For the given prefix length, the address prefix should be 10.1.0.0/16.");
    }

    // docs/azure/addressing.md#prefix-errors
    @Test
    void a_prefix_without_length_gives_InvalidAddressPrefixFormat() {
        AzureException e = rejects(topology, AzureErrorCode.InvalidAddressPrefixFormat,
                () -> network("SalesVNet", "10.1.0.0/16").withSubnet("Apps", "10.1.1.0").create());
        assertThat(e).hasMessage("Address prefix 10.1.1.0 of resource /subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/vnetlab-rg/providers/Microsoft.Network/virtualNetworks/SalesVNet/subnets/Apps is not"
                + " formatted correctly. It should follow CIDR notation, for example 10.0.0.0/24.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"224.0.0.0/4", "255.255.255.255/32", "127.0.0.0/8", "169.254.0.0/16", "168.63.129.16/32",
            "168.63.0.0/16", "127.1.0.0/16"})
    // docs/azure/addressing.md#address-ranges
    void ranges_that_can_never_be_an_address_space_are_refused(String range) {
        AzureException e = rejects(topology, AzureErrorCode.AddressSpaceInReservedRange,
                () -> network("Bad", range).create());
        assertThat(e.getMessage()).contains(range).contains("can never be part of a virtual network");
        assertThat(e.code().isAzureCode()).as("vnetlab's own code: Azure documents none").isFalse();
    }

    // docs/azure/addressing.md#subnet-inside-space
    @Test
    void a_subnet_outside_the_address_space_gives_NetcfgSubnetRangeOutsideVnet() {
        AzureException e = rejects(topology, AzureErrorCode.NetcfgSubnetRangeOutsideVnet,
                () -> network("SalesVNet", "10.1.0.0/16").withSubnet("Apps", "10.2.1.0/24").create());
        assertThat(e).hasMessage("Subnet 'Apps' is not valid because its IP address range is outside the IP address"
                + " range of virtual network 'SalesVNet'.");
    }

    // docs/azure/addressing.md#subnet-inside-space
    @Test
    void a_subnet_straddling_two_ranges_is_outside_the_address_space() {
        rejects(topology, AzureErrorCode.NetcfgSubnetRangeOutsideVnet, () -> network("net", "10.0.0.0/24")
                .withAddressSpace("10.0.1.0/24").withSubnet("wide", "10.0.0.0/23").create());
    }

    // docs/azure/addressing.md#subnet-overlap
    @Test
    void overlapping_subnets_give_NetcfgSubnetRangesOverlap() {
        AzureException e = rejects(topology, AzureErrorCode.NetcfgSubnetRangesOverlap, () -> network("dmz", "10.30.0.0/16")
                .withSubnet("public", "10.30.10.0/26").withSubnet("private-dmz", "10.30.10.32/27").create());
        assertThat(e).hasMessage("Subnet 'private-dmz' is not valid because its IP address range 10.30.10.32/27 overlaps"
                + " with the range 10.30.10.0/26 of subnet 'public' in virtual network 'dmz'.");
    }

    // docs/azure/addressing.md#subnet-size
    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/30", "10.0.0.0/31", "10.0.0.0/32"})
    void subnets_smaller_than_a_29_are_refused(String prefix) {
        AzureException e = rejects(topology, AzureErrorCode.NetcfgInvalidSubnet,
                () -> network("net", "10.0.0.0/16").withSubnet("tiny", prefix).create());
        assertThat(e.getMessage()).startsWith("Subnet 'tiny' is not valid in virtual network 'net'.");
    }

    // docs/azure/addressing.md#subnet-size
    @Test
    void a_29_subnet_and_a_2_subnet_are_the_extremes_allowed() {
        network("Small", "10.0.0.0/16").withSubnet("tiny", "10.0.0.0/29").create();
        topology.networks().define("Huge").withRegion("westeurope").withAddressSpace("0.0.0.0/2")
                .withSubnet("quarter", "0.0.0.0/2").create();
        rejects(topology, AzureErrorCode.NetcfgInvalidSubnet, () -> topology.networks().define("Whole")
                .withRegion("westeurope").withAddressSpace("0.0.0.0/2").withSubnet("half", "0.0.0.0/1").create());
    }

    @Test
    void two_subnets_of_one_name_are_refused() {
        rejects(topology, AzureErrorCode.ResourceAlreadyExists, () -> network("net", "10.0.0.0/16")
                .withSubnet("app", "10.0.1.0/24").withSubnet("APP", "10.0.2.0/24").create());
    }

    @Test
    void a_second_network_of_the_same_name_in_one_group_is_refused() {
        network("SalesVNet", "10.1.0.0/16").create();
        AzureException e = rejects(topology, AzureErrorCode.ResourceAlreadyExists, () -> network("salesvnet", "10.9.0.0/16").create());
        assertThat(e.code().isAzureCode()).isFalse();
        assertThat(e.getMessage()).startsWith("Virtual network 'salesvnet' already exists in resource group 'vnetlab-rg'");
    }

    @Test
    void overlapping_ranges_within_one_address_space_are_refused() {
        rejects(topology, AzureErrorCode.VnetAddressSpaceRangesOverlap,
                () -> network("net", "10.0.0.0/16").withAddressSpace("10.0.128.0/17").create());
    }

    // docs/azure/addressing.md#overlapping-networks
    @Test
    void two_unpeered_networks_may_overlap() {
        network("vnetA", "10.0.0.0/16").create();
        network("vnetB", "10.0.0.0/16").create();
        assertThat(topology.networks().list()).hasSize(2);
    }

    // docs/azure/addressing.md#names
    @Test
    void network_names_follow_azure_naming_rules() {
        rejects(topology, AzureErrorCode.InvalidResourceName, () -> network("x", "10.0.0.0/16").create());
        rejects(topology, AzureErrorCode.InvalidResourceName, () -> network("-bad", "10.0.0.0/16").create());
        rejects(topology, AzureErrorCode.InvalidResourceName, () -> network("bad-", "10.0.0.0/16").create());
        network("ok_", "10.0.0.0/16").create();
    }

    @Test
    void a_missing_resource_group_gives_ResourceGroupNotFound() {
        AzureException e = rejects(topology, AzureErrorCode.ResourceGroupNotFound,
                () -> network("net", "10.0.0.0/16").withExistingResourceGroup("nope").create());
        assertThat(e).hasMessage("Resource group 'nope' could not be found.");
    }

    // docs/azure/addressing.md#removing-address-ranges
    @Test
    void an_address_range_can_be_removed_only_while_no_subnet_uses_it() {
        network("net", "10.1.0.0/16").withAddressSpace("10.2.0.0/16").withSubnet("a", "10.1.1.0/24")
                .withSubnet("b", "10.2.1.0/24").create();
        rejects(topology, AzureErrorCode.NetcfgSubnetRangeOutsideVnet,
                () -> topology.networks().update("net").withoutAddressSpace("10.2.0.0/16").apply());
        VirtualNetwork n = topology.networks().update("net").withoutSubnet("b").withoutAddressSpace("10.2.0.0/16").apply();
        assertThat(n.addressSpace()).extracting(Object::toString).containsExactly("10.1.0.0/16");
    }

    @Test
    void a_subnet_with_a_vm_in_it_cannot_be_deleted_or_resized() {
        network("net", "10.1.0.0/16").withSubnet("a", "10.1.1.0/24").create();
        topology.virtualMachines().define("vm").withExistingPrimaryNetwork("net").withSubnet("a").create();
        AzureException e = rejects(topology, AzureErrorCode.InUseSubnetCannotBeDeleted,
                () -> topology.networks().update("net").withoutSubnet("a").apply());
        assertThat(e.getMessage()).startsWith("Subnet a is in use by /subscriptions/00000000-0000-0000-0000-000000000000"
                + "/resourceGroups/vnetlab-rg/providers/Microsoft.Network/networkInterfaces/vmVMNic/ipConfigurations/ipconfig1"
                + " and cannot be deleted.");
        rejects(topology, AzureErrorCode.InUseSubnetCannotBeUpdated,
                () -> topology.networks().update("net").withSubnet("a", "10.1.0.0/23").apply());
        rejects(topology, AzureErrorCode.InUseSubnetCannotBeDeleted, () -> topology.networks().delete("net"));
        topology.virtualMachines().delete("vm");
        topology.networks().update("net").withoutSubnet("a").apply();
        topology.networks().delete("net");
        assertThat(topology.networks().list()).isEmpty();
    }

    @Test
    void a_definition_is_single_use_and_says_what_is_missing() {
        Networks.Definition definition = network("net", "10.1.0.0/16");
        definition.create();
        assertThatIllegalStateException().isThrownBy(definition::create)
                .withMessage("Definition of network 'net' was already created; start a new one with networks().define(...).");
        assertThatIllegalStateException().isThrownBy(() -> topology.networks().define("net2").withAddressSpace("10.2.0.0/16").create())
                .withMessage("Network 'net2' needs a region: call withRegion(...), for example withRegion(Region.NORTH_EUROPE).");
    }

    @Test
    void regions_are_known_by_name_and_display_name() {
        assertThat(Region.fromName("North Europe")).isSameAs(Region.NORTH_EUROPE);
        assertThat(Region.fromName("WESTEUROPE")).isSameAs(Region.WEST_EUROPE);
        assertThat(Region.WEST_EUROPE.displayName()).isEqualTo("West Europe");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Region.fromName("moon"))
                .withMessageStartingWith("'moon' is not an Azure region name.");
    }
}
