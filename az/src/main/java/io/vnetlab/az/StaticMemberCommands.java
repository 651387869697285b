package io.vnetlab.az;

import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network manager group static-member create|show|list|delete}
 * (docs/azure/virtual-network-manager.md#network-groups).
 */
final class StaticMemberCommands {

    private StaticMemberCommands() {
    }

    private static final Param NETWORK_GROUP = Param.value("network_group", "--network-group-name", "--network-group")
            .mandatory();

    static final ManagerChildren.Kind<NetworkGroupStaticMember> KIND = new ManagerChildren.Kind<>(
            "network manager group static-member", NetworkGroupStaticMember.class,
            List.of(Commands.groupParam(), ManagerArgs.managerParam(), NETWORK_GROUP), Commands.nameParam(),
            (s, a) -> ManagerArgs.manager(s, a).id().child("networkGroups", a.required("network_group")),
            "staticMembers", ResourceJson::staticMember, NetworkGroupStaticMember::id,
            ResourceManager::putStaticMember, ResourceManager::deleteStaticMember);

    static List<AzCommand> commands() {
        return ManagerChildren.verbs(KIND, List.of(
                Param.value("resource_id", "--resource-id").mandatory()),
                StaticMemberCommands::member);
    }

    private static NetworkGroupStaticMember member(Session s, Args a) {
        ResourceId id = KIND.childId(s, a);
        String resource = a.required("resource_id");
        if (!ResourceId.looksLikeId(resource)) {
            throw AzError.usage("argument --resource-id: '" + resource + "' is not a resource id");
        }
        return new NetworkGroupStaticMember(id, id.name(), ResourceId.parse(resource));
    }
}
