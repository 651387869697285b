package io.vnetlab.az;

import io.vnetlab.arm.json.ResourceJson;
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
            ResourceManager::putRuleCollection, ResourceManager::deleteRuleCollection);

    static List<AzCommand> commands() {
        return ManagerChildren.verbs(KIND, List.of(
                ManagerArgs.appliesToGroupsParam(),
                Param.value("description", "--description")),
                RuleCollectionCommands::collection);
    }

    private static AdminRuleCollection collection(Session s, Args a) {
        NetworkManager manager = ManagerArgs.manager(s, a);
        ResourceId id = KIND.childId(s, a);
        List<ResourceId> groups = new ArrayList<>();
        for (Map<String, String> item : ManagerArgs.appliesToGroups(a)) {
            groups.add(ManagerArgs.networkGroup(manager, ManagerArgs.networkGroupId(item)));
        }
        return new AdminRuleCollection(id, id.name(), groups, a.value("description").orElse(""));
    }
}
