package io.vnetlab.az;

import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityGroup;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityTopology;
import io.vnetlab.model.ConnectivityConfiguration.GroupConnectivity;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code az network manager connect-config create|show|list|delete}
 * (docs/azure/virtual-network-manager.md#connectivity).
 */
final class ConnectConfigCommands {

    private ConnectConfigCommands() {
    }

    static final Param NAME = Param.value("name", "--configuration-name", "--name", "-n").mandatory();

    static final ManagerChildren.Kind<ConnectivityConfiguration> KIND = new ManagerChildren.Kind<>(
            "network manager connect-config", ConnectivityConfiguration.class,
            List.of(Commands.groupParam(), ManagerArgs.managerParam()), NAME, (s, a) -> ManagerArgs.manager(s, a).id(),
            "connectivityConfigurations", ResourceJson::connectivityConfiguration, ConnectivityConfiguration::id,
            ResourceManager::putConnectivityConfiguration, ResourceManager::deleteConnectivityConfiguration);

    static List<AzCommand> commands() {
        return ManagerChildren.verbs(KIND, List.of(
                ManagerArgs.appliesToGroupsParam(),
                Param.value("topology", "--connectivity-topology").mandatory().choices("HubAndSpoke", "Mesh"),
                Param.list("hubs", "--hub", "--hubs"), Param.bool("delete_existing", "--delete-existing-peering"),
                Param.bool("is_global", "--is-global"), Param.value("description", "--description")),
                ConnectConfigCommands::configuration);
    }

    private static ConnectivityConfiguration configuration(Session s, Args a) {
        NetworkManager manager = ManagerArgs.manager(s, a);
        ResourceId id = KIND.childId(s, a);
        List<ConnectivityGroup> groups = new ArrayList<>();
        for (Map<String, String> item : ManagerArgs.appliesToGroups(a)) {
            String group = ManagerArgs.networkGroupId(item);
            String connectivity = item.getOrDefault("groupconnectivity", "None");
            GroupConnectivity kind = connectivity.equalsIgnoreCase("DirectlyConnected")
                    ? GroupConnectivity.DirectlyConnected : GroupConnectivity.None;
            if (kind == GroupConnectivity.None && !connectivity.equalsIgnoreCase("None")) {
                throw AzError.usage("argument --applies-to-groups: group-connectivity must be None or"
                        + " DirectlyConnected, not '" + connectivity + "'");
            }
            groups.add(new ConnectivityGroup(ManagerArgs.networkGroup(manager, group),
                    ManagerArgs.bool("--applies-to-groups", item, "use-hub-gateway"),
                    ManagerArgs.bool("--applies-to-groups", item, "is-global"), kind));
        }
        List<ResourceId> hubs = new ArrayList<>();
        if (a.has("hubs")) {
            for (Map<String, String> hub : ManagerArgs.objects("--hub", a.list("hubs"))) {
                String hubId = ManagerArgs.required("--hub", hub, "resource-id");
                hubs.add(ManagerArgs.id(hubId, n -> s.id(a.required("resource_group"), ResourceId.NETWORK,
                        "virtualNetworks", n)));
            }
        }
        return new ConnectivityConfiguration(id, id.name(),
                ConnectivityTopology.valueOf(a.required("topology").equalsIgnoreCase("Mesh") ? "Mesh"
                        : "HubAndSpoke"), hubs, groups, a.bool("is_global").orElse(false),
                a.bool("delete_existing").orElse(false), a.value("description").orElse(""));
    }
}
