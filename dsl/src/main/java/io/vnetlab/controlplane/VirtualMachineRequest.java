package io.vnetlab.controlplane;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Objects;

/** The PUT of a virtual machine: its network interfaces, which must exist, the first one primary. <b>API.</b> */
public record VirtualMachineRequest(ResourceId id, Region region, List<ResourceId> networkInterfaceIds) {
    public VirtualMachineRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
    }
}
