package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.AdminRuleCollection;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code az network manager security-admin-config rule-collection create|show|list|delete}
 * (docs/azure/virtual-network-manager.md#security-admin-rules).
 */
final class RuleCollectionCommands {

    private RuleCollectionCommands() {
    }

    static final Param CONFIGURATION = Param.value("configuration", "--configuration-name").mandatory();
    private static final Param NAME = Param.value("name", "--rule-collection-name", "--name", "-n").mandatory();

    static final ManagerChildren.Kind<AdminRuleCollection> KIND = new ManagerChildren.Kind<>(
            "network manager security-admin-config rule-collection", AdminRuleCollection.class,
            List.of(Commands.groupParam(), ManagerArgs.managerParam(), CONFIGURATION), NAME,
            (s, a) -> ManagerArgs.manager(s, a).id().child("securityAdminConfigurations", a.required("configuration")),
            "ruleCollections", ResourceJson::ruleCollection, AdminRuleCollection::id,
            ResourceManager::deleteRuleCollection);

    static List<AzCommand> commands() {
        List<AzCommand> all = new ArrayList<>(List.of(new Create()));
        all.addAll(ManagerChildren.verbs(KIND));
        return all;
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network manager security-admin-config rule-collection create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), ManagerArgs.managerParam(), CONFIGURATION, NAME,
                    Param.list("applies_to_groups", "--applies-to-groups").mandatory(),
                    Param.value("description", "--description"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkManager manager = ManagerArgs.manager(s, a);
            ResourceId id = KIND.childId(s, a);
            List<ResourceId> groups = new ArrayList<>();
            for (Map<String, String> item : ManagerArgs.objects("--applies-to-groups", a.list("applies_to_groups"))) {
                groups.add(ManagerArgs.id(ManagerArgs.required("--applies-to-groups", item, "network-group-id"),
                        n -> manager.id().child("networkGroups", n)));
            }
            AdminRuleCollection collection = new AdminRuleCollection(id, id.name(), groups,
                    a.value("description").orElse(""));
            ManagerChildren.put(s, st -> ResourceManager.putRuleCollection(st, collection, PutMode.CREATE_OR_UPDATE));
            return Shapes.cli(ResourceJson.ruleCollection(collection));
        }
    }
}
