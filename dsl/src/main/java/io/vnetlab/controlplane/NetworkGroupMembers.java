package io.vnetlab.controlplane;

import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.ResourceTags;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective members of a network group (docs/azure/virtual-network-manager.md#network-groups): its static
 * members, then the networks in its manager's scope that meet all its conditions
 * (docs/azure/virtual-network-manager.md#conditional-membership). Membership is live: a network that starts to
 * match, or a static member added, belongs to the group at once, and deployed configurations apply to it without a
 * new commit.
 */
final class NetworkGroupMembers {

    private NetworkGroupMembers() {
    }

    /** The virtual networks of {@code group}, static members first, each once, in a stable order. */
    public static List<VirtualNetwork> of(TopologyState s, NetworkGroup group) {
        Set<ResourceId> ids = new LinkedHashSet<>();
        for (NetworkGroupStaticMember m : s.all(NetworkGroupStaticMember.class)) {
            if (m.groupId().equals(group.id())) {
                ids.add(m.networkId());
            }
        }
        List<VirtualNetwork> members = new ArrayList<>();
        for (ResourceId id : ids) {
            s.network(id).ifPresent(members::add);
        }
        if (!group.conditions().isEmpty()) {
            NetworkManager manager = s.get(NetworkManager.class, group.managerId()).orElse(null);
            for (VirtualNetwork n : s.networks()) {
                if (manager != null && manager.inScope(n.id()) && !ids.contains(n.id())
                        && group.conditions().stream().allMatch(c -> c.matches(n, tagsOf(s, n.id())))) {
                    members.add(n);
                }
            }
        }
        return members;
    }

    /** The members of the group with this id; none if there is no such group. */
    public static List<VirtualNetwork> of(TopologyState s, ResourceId groupId) {
        return s.get(NetworkGroup.class, groupId).map(g -> of(s, g)).orElse(List.of());
    }

    /** The tags of a resource, for {@code tags['key']} conditions (docs/azure/naming.md#tags); none if it has none. */
    static Map<String, String> tagsOf(TopologyState s, ResourceId id) {
        return s.get(ResourceTags.class, id).map(ResourceTags::values).orElse(Map.of());
    }
}
