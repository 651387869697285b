package io.vnetlab.dataplane;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.AdminRuleCollection;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectedGroup;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the deployed network manager configurations of one state mean for the data plane
 * (docs/azure/virtual-network-manager.md): for each virtual network, the networks it reaches through connected
 * groups, and the security admin rules that apply to it, in evaluation order. Built once per data plane, on first
 * use; a state without deployments costs nothing.
 */
final class ManagedNetworking {

    static final ManagedNetworking NONE = new ManagedNetworking(Map.of(), Map.of());

    /** A peer reached through a connected group, and the configuration that made the group. */
    record GroupPeer(ResourceId network, ResourceId configuration) {
    }

    /** An admin rule that applies to a network, with the configuration it was deployed in. */
    record AppliedRule(AdminRule rule, ResourceId configuration) {
    }

    private final Map<ResourceId, List<GroupPeer>> peers;
    private final Map<ResourceId, List<AppliedRule>> rules;

    private ManagedNetworking(Map<ResourceId, List<GroupPeer>> peers, Map<ResourceId, List<AppliedRule>> rules) {
        this.peers = peers;
        this.rules = rules;
    }

    static ManagedNetworking of(TopologyState s) {
        if (s.all(NetworkManagerDeployment.class).isEmpty()) {
            return NONE;
        }
        Map<ResourceId, LinkedHashMap<ResourceId, GroupPeer>> byNetwork = new HashMap<>();
        for (ConnectedGroup group : io.vnetlab.controlplane.ResourceManager.connectedGroups(s)) {
            for (ResourceId member : group.networkIds()) {
                LinkedHashMap<ResourceId, GroupPeer> mine = byNetwork.computeIfAbsent(member,
                        k -> new LinkedHashMap<>());
                for (ResourceId other : group.networkIds()) {
                    if (!other.equals(member)) {
                        mine.putIfAbsent(other, new GroupPeer(other, group.configurationId()));
                    }
                }
            }
        }
        Map<ResourceId, List<GroupPeer>> peers = new HashMap<>();
        byNetwork.forEach((network, mine) -> peers.put(network, List.copyOf(mine.values())));
        return new ManagedNetworking(peers, adminRules(s));
    }

    /**
     * docs/azure/virtual-network-manager.md#security-admin-rules: the rules of each deployed collection apply to the
     * members of its groups that are in the deployment's region; lower priority numbers first.
     */
    private static Map<ResourceId, List<AppliedRule>> adminRules(TopologyState s) {
        Map<ResourceId, List<AppliedRule>> result = new HashMap<>();
        for (NetworkManagerDeployment d : s.all(NetworkManagerDeployment.class)) {
            if (d.type() != ConfigurationType.SecurityAdmin) {
                continue;
            }
            for (AdminRuleCollection collection : d.ruleCollections()) {
                List<AdminRule> collected = d.rules().stream()
                        .filter(r -> r.collectionId().equals(collection.id())).toList();
                for (ResourceId groupId : collection.appliesToGroups()) {
                    for (VirtualNetwork n : io.vnetlab.controlplane.ResourceManager.networkGroupMembers(s, groupId)) {
                        if (!n.region().equals(d.region())) {
                            continue;
                        }
                        List<AppliedRule> mine = result.computeIfAbsent(n.id(), k -> new ArrayList<>());
                        for (AdminRule r : collected) {
                            AppliedRule applied = new AppliedRule(r, collection.configurationId());
                            if (!mine.contains(applied)) {
                                mine.add(applied);
                            }
                        }
                    }
                }
            }
        }
        result.replaceAll((k, v) -> {
            List<AppliedRule> sorted = new ArrayList<>(v);
            sorted.sort(Comparator.comparingInt(a -> a.rule().priority()));
            return List.copyOf(sorted);
        });
        return result;
    }

    /** The networks {@code networkId} reaches through connected groups. */
    List<GroupPeer> groupPeers(ResourceId networkId) {
        return peers.getOrDefault(networkId, List.of());
    }

    /** The peer {@code other} of {@code networkId} in a connected group, if they share one. */
    GroupPeer groupPeer(ResourceId networkId, ResourceId other) {
        for (GroupPeer p : groupPeers(networkId)) {
            if (p.network().equals(other)) {
                return p;
            }
        }
        return null;
    }

    /** The admin rules applying to {@code networkId}, in evaluation order. */
    List<AppliedRule> adminRules(ResourceId networkId) {
        return rules.getOrDefault(networkId, List.of());
    }

    boolean hasAdminRules() {
        return !rules.isEmpty();
    }
}
