package io.vnetlab.model;

import io.vnetlab.address.IpAddress;

import java.util.Optional;

/**
 * A network interface with one private IPv4 address in a subnet (AZURE-SEMANTICS §1.4). IP forwarding lets it
 * forward packets not addressed to it (§4.4.1).
 *
 * @param virtualMachineId the VM it is attached to, or {@code null} for a detached interface
 */
public record NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId,
                               IpAddress privateIpAddress, IpAllocationMethod allocationMethod,
                               boolean ipForwarding, ResourceId virtualMachineId) {

    public String resourceGroup() {
        return id.resourceGroup();
    }

    /** The network this interface's subnet belongs to. */
    public ResourceId networkId() {
        return subnetId.parent().orElseThrow();
    }

    public Optional<ResourceId> virtualMachine() {
        return Optional.ofNullable(virtualMachineId);
    }

    @Override
    public String toString() {
        return "nic '" + name + "' " + privateIpAddress + " (" + networkId().name() + "/" + subnetId.name() + ")";
    }
}
