package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
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
            ResourceManager::deleteStaticMember);

    static List<AzCommand> commands() {
        List<AzCommand> all = new ArrayList<>(List.of(new Create()));
        all.addAll(ManagerChildren.verbs(KIND));
        return all;
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network manager group static-member create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), ManagerArgs.managerParam(), NETWORK_GROUP, Commands.nameParam(),
                    Param.value("resource_id", "--resource-id").mandatory());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = KIND.childId(s, a);
            String resource = a.required("resource_id");
            if (!ResourceId.looksLikeId(resource)) {
                throw AzError.usage("argument --resource-id: '" + resource + "' is not a resource id");
            }
            NetworkGroupStaticMember member = new NetworkGroupStaticMember(id, id.name(), ResourceId.parse(resource));
            ManagerChildren.put(s, st -> ResourceManager.putStaticMember(st, member, PutMode.CREATE_OR_UPDATE));
            return Shapes.cli(ResourceJson.staticMember(member));
        }
    }
}
