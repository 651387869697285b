package io.vnetlab.controlplane;

import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectedGroup;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityGroup;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityTopology;
import io.vnetlab.model.ConnectivityConfiguration.GroupConnectivity;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connected groups the committed connectivity configurations make (docs/azure/virtual-network-manager.md#connected-groups):
 * a mesh joins all the networks of its groups, a hub-and-spoke group with direct connectivity joins its spokes; only
 * networks in the regions the configuration is deployed to take part, and networks of different regions only when
 * the mesh (or the group) is global. Computed from the deployments and the groups' current members.
 */
final class ConnectedGroups {

    private ConnectedGroups() {
    }

    /** Every connected group of the state, in deployment order. */
    public static List<ConnectedGroup> of(TopologyState s) {
        return of(s, s.all(NetworkManagerDeployment.class));
    }

    /** The connected groups that {@code deployments} make. */
    static List<ConnectedGroup> of(TopologyState s, java.util.Collection<NetworkManagerDeployment> deployments) {
        // each configuration once, with every region it is deployed to
        Map<ResourceId, ConnectivityConfiguration> configs = new LinkedHashMap<>();
        Map<ResourceId, Set<Region>> regions = new LinkedHashMap<>();
        for (NetworkManagerDeployment d : deployments) {
            if (d.type() != ConfigurationType.Connectivity) {
                continue;
            }
            for (ConnectivityConfiguration c : d.connectivity()) {
                configs.putIfAbsent(c.id(), c);
                regions.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(d.region());
            }
        }
        List<ConnectedGroup> groups = new ArrayList<>();
        for (ConnectivityConfiguration c : configs.values()) {
            Set<Region> deployedTo = regions.get(c.id());
            if (c.topology() == ConnectivityTopology.Mesh) {
                List<VirtualNetwork> members = new ArrayList<>();
                for (ConnectivityGroup item : c.appliesToGroups()) {
                    members.addAll(NetworkGroupMembers.of(s, item.networkGroupId()));
                }
                addGroups(groups, c.id(), members, deployedTo, c.isGlobal(), null);
            } else {
                for (ConnectivityGroup item : c.appliesToGroups()) {
                    if (item.groupConnectivity() == GroupConnectivity.DirectlyConnected) {
                        addGroups(groups, c.id(), NetworkGroupMembers.of(s, item.networkGroupId()), deployedTo,
                                item.isGlobal() || c.isGlobal(), c.hubs().isEmpty() ? null : c.hub());
                    }
                }
            }
        }
        return groups;
    }

    /** The members in {@code deployedTo}, as one group (global) or one per region; groups of fewer than two dropped. */
    private static void addGroups(List<ConnectedGroup> groups, ResourceId configurationId, List<VirtualNetwork> members,
                                  Set<Region> deployedTo, boolean global, ResourceId hub) {
        Map<Region, Set<ResourceId>> byRegion = new LinkedHashMap<>();
        for (VirtualNetwork n : members) {
            if (deployedTo.contains(n.region()) && !n.id().equals(hub)) {
                byRegion.computeIfAbsent(global ? null : n.region(), k -> new LinkedHashSet<>()).add(n.id());
            }
        }
        byRegion.forEach((region, ids) -> {
            if (ids.size() > 1) {
                groups.add(new ConnectedGroup(configurationId, region, new ArrayList<>(ids)));
            }
        });
    }
}
