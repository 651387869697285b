package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** The PUT of a virtual machine: its network interfaces, which must exist, the first one primary. <b>API.</b> */
public record VirtualMachineRequest(ResourceId id, Region region, List<ResourceId> networkInterfaceIds) {
    public VirtualMachineRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        networkInterfaceIds = Arguments.requireList(networkInterfaceIds, "network interface ids");
    }
}
