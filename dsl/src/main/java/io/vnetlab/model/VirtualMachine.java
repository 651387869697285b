package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A virtual machine, as far as networking sees it: a name, a region and its network interfaces, the first one
 * primary.
 */
@API(status = MAINTAINED, since = "0.1")
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
