package io.vnetlab;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

/** Private address allocation: docs/azure/addressing.md#reserved-addresses, #private-ip-allocation. */
class AddressAllocationTest {

    private final Topology topology = Topology.create();

    @BeforeEach
    void network() {
        topology.networks().define("net").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.1.0.0/16")
                .withSubnet("Apps", "10.1.1.0/24").withSubnet("Tiny", "10.1.2.0/29").create();
    }

    private NetworkInterface vm(String name, String subnet) {
        topology.virtualMachines().define(name).withExistingPrimaryNetwork("net").withSubnet(subnet).create();
        return topology.networkInterface(name + "VMNic").snapshot();
    }

    private NetworkInterface staticVm(String name, String address) {
        topology.virtualMachines().define(name).withExistingPrimaryNetwork("net").withSubnet("Apps")
                .withPrimaryPrivateIPAddressStatic(address).create();
        return topology.networkInterface(name + "VMNic").snapshot();
    }

    // docs/azure/addressing.md#private-ip-allocation
    @Test
    void dynamic_allocation_starts_at_dot_4() {
        assertThat(vm("first", "Apps").privateIpAddress()).hasToString("10.1.1.4");
        assertThat(vm("second", "Apps").privateIpAddress()).hasToString("10.1.1.5");
        assertThat(topology.networkInterface("firstVMNic").allocationMethod()).isEqualTo(IpAllocationMethod.Dynamic);
    }

    // docs/azure/addressing.md#private-ip-allocation
    @Test
    void dynamic_allocation_takes_the_first_free_address_after_static_ones() {
        staticVm("s4", "10.1.1.4");
        staticVm("s6", "10.1.1.6");
        assertThat(vm("d1", "Apps").privateIpAddress()).hasToString("10.1.1.5");
        assertThat(vm("d2", "Apps").privateIpAddress()).hasToString("10.1.1.7");
    }

    // docs/azure/addressing.md#address-lifetime
    @Test
    void a_deleted_vm_releases_its_dynamic_address() {
        vm("first", "Apps");
        vm("second", "Apps");
        topology.virtualMachines().delete("first");
        assertThat(vm("third", "Apps").privateIpAddress()).hasToString("10.1.1.4");
    }

    // docs/azure/addressing.md#reserved-addresses
    @Test
    void a_29_subnet_has_three_usable_addresses_and_then_is_full() {
        assertThat(topology.subnet("net", "Tiny").usableAddressCount()).isEqualTo(3);
        assertThat(vm("a", "Tiny").privateIpAddress()).hasToString("10.1.2.4");
        assertThat(vm("b", "Tiny").privateIpAddress()).hasToString("10.1.2.5");
        assertThat(vm("c", "Tiny").privateIpAddress()).hasToString("10.1.2.6");
        AzureException e = rejects(topology, AzureErrorCode.SubnetIsFull, () -> vm("d", "Tiny"));
        assertThat(e.getMessage()).startsWith("Subnet Tiny with address prefix 10.1.2.0/29 does not have enough capacity");
    }

    // docs/azure/addressing.md#reserved-addresses
    @Test
    void the_five_reserved_addresses_are_refused_for_static_use() {
        for (String reserved : new String[]{"10.1.1.0", "10.1.1.1", "10.1.1.2", "10.1.1.3", "10.1.1.255"}) {
            AzureException e = rejects(topology, AzureErrorCode.PrivateIPAddressInReservedRange, () -> staticVm("s", reserved));
            assertThat(e.getMessage()).startsWith("Private static IP address " + reserved
                    + " falls within reserved IP range of subnet prefix 10.1.1.0/24.");
        }
        assertThat(staticVm("ok", "10.1.1.254").privateIpAddress()).hasToString("10.1.1.254");
    }

    // docs/azure/addressing.md#private-ip-errors
    @Test
    void a_static_address_outside_the_subnet_gives_PrivateIPAddressNotInSubnet() {
        AzureException e = rejects(topology, AzureErrorCode.PrivateIPAddressNotInSubnet, () -> staticVm("s", "10.1.3.10"));
        assertThat(e.getMessage()).contains("private IP address 10.1.3.10 which does not belong to the range of subnet"
                + " prefix 10.1.1.0/24");
    }

    // docs/azure/addressing.md#private-ip-errors
    @Test
    void an_address_in_use_gives_PrivateIPAddressIsAllocated() {
        vm("first", "Apps");
        AzureException e = rejects(topology, AzureErrorCode.PrivateIPAddressIsAllocated, () -> staticVm("s", "10.1.1.4"));
        assertThat(e.getMessage()).endsWith("is using the private IP address 10.1.1.4 which is already allocated to"
                + " resource /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/vnetlab-rg/providers"
                + "/Microsoft.Network/networkInterfaces/firstVMNic/ipConfigurations/ipconfig1.");
    }

    @Test
    void a_vm_must_be_in_its_networks_region() {
        AzureException e = rejects(topology, AzureErrorCode.InvalidResourceReference, () -> topology.virtualMachines()
                .define("far").withExistingPrimaryNetwork("net").withSubnet("Apps").withRegion(Region.WEST_EUROPE).create());
        assertThat(e.getMessage()).contains("both resources are in the same region");
    }

    @Test
    void a_failed_vm_create_leaves_neither_vm_nor_nic() {
        rejects(topology, AzureErrorCode.PrivateIPAddressInReservedRange, () -> staticVm("s", "10.1.1.1"));
        assertThat(topology.state().networkInterfaces()).isEmpty();
        assertThat(topology.state().virtualMachines()).isEmpty();
    }

    // docs/azure/routing.md#ip-forwarding
    @Test
    void ip_forwarding_is_a_setting_of_the_interface() {
        vm("nva", "Apps");
        assertThat(topology.networkInterfaces().updateIpForwarding("nvaVMNic", true).ipForwarding()).isTrue();
        assertThat(topology.networkInterface("nvaVMNic").privateIpAddress()).hasToString("10.1.1.4");
    }
}
