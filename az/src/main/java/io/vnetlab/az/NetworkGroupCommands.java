package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
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
            ResourceManager::deleteNetworkGroup);

    static List<AzCommand> commands() {
        List<AzCommand> all = new java.util.ArrayList<>(List.of(new Create()));
        all.addAll(ManagerChildren.verbs(KIND));
        return all;
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network manager group create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), ManagerArgs.managerParam(), Commands.nameParam(),
                    Param.value("description", "--description"),
                    Param.value("member_type", "--member-type").choices("VirtualNetwork", "Subnet"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            if (a.value("member_type").filter("Subnet"::equalsIgnoreCase).isPresent()) {
                throw AzError.command("vnetlab simulates network groups of virtual networks only"
                        + " (docs/azure/virtual-network-manager.md#not-simulated).");
            }
            ResourceId id = KIND.childId(s, a);
            // a PUT from the CLI keeps the conditions Azure Policy gives the group
            List<io.vnetlab.model.MembershipCondition> conditions = s.topology().state().get(NetworkGroup.class, id)
                    .map(NetworkGroup::conditions).orElse(List.of());
            NetworkGroup group = new NetworkGroup(id, id.name(), a.value("description").orElse(""), conditions);
            ManagerChildren.put(s, st -> ResourceManager.putNetworkGroup(st, group, PutMode.CREATE_OR_UPDATE));
            return Shapes.cli(ResourceJson.networkGroup(group));
        }
    }
}
