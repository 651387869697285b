package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A connectivity configuration of a network manager (docs/azure/virtual-network-manager.md#connectivity): a
 * hub-and-spoke or mesh topology over network groups. It changes nothing until a commit deploys it to a region
 * (docs/azure/virtual-network-manager.md#deployments).
 *
 * @param hubs the hub network of a hub-and-spoke topology (one); empty for a mesh
 * @param isGlobal for a mesh: whether networks of different regions are connected too (global mesh)
 * @param deleteExistingPeering whether a deployment removes peerings the spokes already have to the hub
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConnectivityConfiguration(ResourceId id, String name, ConnectivityTopology topology,
                                        List<ResourceId> hubs, List<ConnectivityGroup> appliesToGroups,
                                        boolean isGlobal, boolean deleteExistingPeering, String description) {

    public ConnectivityConfiguration {
        hubs = List.copyOf(hubs);
        appliesToGroups = List.copyOf(appliesToGroups);
    }

    /** The two topologies a connectivity configuration builds. */
    public enum ConnectivityTopology {
        HubAndSpoke,
        Mesh
    }

    /** Whether the spokes of a hub-and-spoke group are also connected directly to each other. */
    public enum GroupConnectivity {
        None,
        DirectlyConnected
    }

    /**
     * One group the configuration applies to, with its settings.
     *
     * @param useHubGateway the spokes use the hub's gateway (hub-and-spoke)
     * @param isGlobal the group's direct connectivity reaches across regions
     */
    public record ConnectivityGroup(ResourceId networkGroupId, boolean useHubGateway, boolean isGlobal,
                                    GroupConnectivity groupConnectivity) {
    }

    /** The network manager the configuration belongs to. */
    public ResourceId managerId() {
        return id.parent().orElseThrow();
    }

    /** The hub of a hub-and-spoke configuration. */
    public ResourceId hub() {
        return hubs.get(0);
    }
}
