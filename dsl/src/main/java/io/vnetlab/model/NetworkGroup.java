package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A network group of a network manager (docs/azure/virtual-network-manager.md#network-groups): virtual networks that
 * configurations apply to together. Its static members are {@link NetworkGroupStaticMember} resources; its
 * conditional members are the networks in the manager's scope that match {@code conditions}, the subset of Azure
 * Policy conditions vnetlab evaluates (docs/azure/virtual-network-manager.md#conditional-membership).
 *
 * @param conditions all must hold for a network to be a conditional member; none means no conditional members
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkGroup(ResourceId id, String name, String description, List<MembershipCondition> conditions) {

    public NetworkGroup {
        conditions = List.copyOf(conditions);
    }

    /** The network manager the group belongs to. */
    public ResourceId managerId() {
        return id.parent().orElseThrow();
    }
}
