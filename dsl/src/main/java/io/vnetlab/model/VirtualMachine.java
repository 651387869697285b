package io.vnetlab.model;

import java.util.List;

/**
 * A virtual machine, as far as networking sees it: a name, a region and its network interfaces, the first one
 * primary.
 */
public record VirtualMachine(ResourceId id, String name, Region region, List<ResourceId> networkInterfaceIds) {

    public VirtualMachine {
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    public ResourceId primaryNetworkInterfaceId() {
        return networkInterfaceIds.get(0);
    }

    @Override
    public String toString() {
        return "vm '" + name + "'";
    }
}
