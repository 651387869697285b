package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A connected group (docs/azure/virtual-network-manager.md#connected-groups): virtual networks that a deployed mesh,
 * or a hub-and-spoke group with direct connectivity, joins without peering resources. Each member routes to the
 * others' address spaces with next hop type {@code ConnectedGroup}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConnectedGroup(ResourceId configurationId, Region region, List<ResourceId> networkIds) {

    public ConnectedGroup {
        networkIds = List.copyOf(networkIds);
    }
}
