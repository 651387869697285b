package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The PUT of a virtual machine: its network interfaces, which must exist, the first one primary. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
public record VirtualMachineRequest(ResourceId id, Region region, List<ResourceId> networkInterfaceIds) {
    public VirtualMachineRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        networkInterfaceIds = Arguments.requireList(networkInterfaceIds, "network interface ids");
    }
}
