package io.vnetlab.az;

import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** {@code az network manager group create|show|list|delete} (docs/azure/virtual-network-manager.md#network-groups). */
final class NetworkGroupCommands {

    private NetworkGroupCommands() {
    }

    static final ManagerChildren.Kind<NetworkGroup> KIND = new ManagerChildren.Kind<>("network manager group",
            NetworkGroup.class, List.of(Commands.groupParam(), ManagerArgs.managerParam()), Commands.nameParam(),
            (s, a) -> ManagerArgs.manager(s, a).id(), "networkGroups", ResourceJson::networkGroup, NetworkGroup::id,
            ResourceManager::putNetworkGroup, ResourceManager::deleteNetworkGroup);

    static List<AzCommand> commands() {
        return ManagerChildren.verbs(KIND, List.of(
                Param.value("description", "--description"),
                Param.value("member_type", "--member-type").choices("VirtualNetwork", "Subnet")),
                NetworkGroupCommands::group);
    }

    private static NetworkGroup group(Session s, Args a) {
        if (a.value("member_type").filter("Subnet"::equalsIgnoreCase).isPresent()) {
            throw AzError.command("vnetlab simulates network groups of virtual networks only"
                    + " (docs/azure/virtual-network-manager.md#not-simulated).");
        }
        ResourceId id = KIND.childId(s, a);
        // a PUT from the CLI keeps the conditions Azure Policy gives the group
        List<io.vnetlab.model.MembershipCondition> conditions = s.topology().state().get(NetworkGroup.class, id)
                .map(NetworkGroup::conditions).orElse(List.of());
        return new NetworkGroup(id, id.name(), a.value("description").orElse(""), conditions);
    }
}
