package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code az network manager create|show|list|delete|post-commit|list-deploy-status}
 * (docs/azure/virtual-network-manager.md#cli).
 */
final class NetworkManagerCommands {

    private NetworkManagerCommands() {
    }

    static ObjectNode shape(NetworkManager m) {
        return Shapes.cli(ResourceJson.networkManager(m));
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network manager create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.list("scope_accesses", "--scope-accesses").mandatory(),
                    Param.list("scopes", "--network-manager-scopes").mandatory(),
                    Param.value("description", "--description"), Param.list("tags", "--tags").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, ManagerArgs.TYPE);
            List<ConfigurationType> accesses = new ArrayList<>();
            for (String access : a.list("scope_accesses")) {
                accesses.add(switch (access.toLowerCase(Locale.ROOT)) {
                    case "connectivity" -> ConfigurationType.Connectivity;
                    case "securityadmin" -> ConfigurationType.SecurityAdmin;
                    default -> throw AzError.usage("argument --scope-accesses: invalid choice: '" + access
                            + "' (choose from 'Connectivity', 'SecurityAdmin')");
                });
            }
            List<String> subscriptions = new ArrayList<>();
            for (Map<String, String> scope : ManagerArgs.objects("--network-manager-scopes", a.list("scopes"))) {
                if (scope.containsKey("managementgroups")) {
                    throw AzError.command("vnetlab does not simulate management groups: give the scope as"
                            + " subscriptions=/subscriptions/<id> (docs/azure/virtual-network-manager.md#not-simulated).");
                }
                String subs = ManagerArgs.required("--network-manager-scopes", scope, "subscriptions");
                for (String sub : subs.replace("[", "").replace("]", "").split(",")) {
                    subscriptions.add(sub.strip().replaceFirst("(?i)^/subscriptions/", ""));
                }
            }
            ResourceId id = s.id(group, ResourceId.NETWORK, ManagerArgs.TYPE, a.required("name"));
            NetworkManager manager = new NetworkManager(id, id.name(), region, subscriptions, accesses,
                    a.value("description").orElse(""));
            ManagerChildren.put(s, st -> ResourceManager.putNetworkManager(st, manager, PutMode.CREATE_OR_UPDATE));
            return shape(s.topology().state().get(NetworkManager.class, id).orElseThrow());
        }
    }

    /**
     * {@code network manager show|list}: the generic verbs of a top-level type; {@code -n} is a name, as in the CLI's
     * generated commands (an id goes to {@code --ids}).
     */
    static List<AzCommand> readVerbs() {
        var type = ResourceCommands.Type.of(NetworkManager.class, ManagerArgs.TYPE,
                (state, m) -> shape(m), NetworkManager::id);
        return List.of(new ResourceCommands.Show<>("network manager show", type),
                new ResourceCommands.ListAll<>("network manager list", type));
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network manager delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("yes", "--yes", "-y"),
                    Param.bool("force", "--force"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            s.group(a.required("resource_group"));
            ResourceId id = s.id(a.required("resource_group"), ResourceId.NETWORK, ManagerArgs.TYPE,
                    a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(NetworkManager.class, id),
                    () -> s.topology().networkManagers().delete(id.toString()));
            return null;
        }
    }

    /** {@code post-commit}: deploys configurations to regions (docs/azure/virtual-network-manager.md#deployments). */
    static final class PostCommit implements AzCommand {
        public String name() {
            return "network manager post-commit";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), ManagerArgs.managerParam(),
                    Param.value("commit_type", "--commit-type").mandatory().choices("Connectivity", "SecurityAdmin",
                            "Routing"),
                    Param.list("locations", "--target-locations").mandatory(),
                    Param.list("configuration_ids", "--configuration-ids").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkManager manager = ManagerArgs.manager(s, a);
            String type = a.required("commit_type");
            if (type.equalsIgnoreCase("Routing")) {
                throw AzError.command("vnetlab does not simulate routing configurations of a network manager"
                        + " (docs/azure/virtual-network-manager.md#not-simulated).");
            }
            ConfigurationType commitType = type.equalsIgnoreCase("Connectivity") ? ConfigurationType.Connectivity
                    : ConfigurationType.SecurityAdmin;
            List<Region> regions = new ArrayList<>();
            for (String location : a.list("locations")) {
                regions.add(Session.region(location, ManagerArgs.TYPE));
            }
            List<String> ids = new ArrayList<>();
            for (String id : a.list("configuration_ids")) {
                if (!id.isBlank()) {
                    ids.add(ResourceId.looksLikeId(id) ? id : manager.id().child(commitType
                            == ConfigurationType.Connectivity ? "connectivityConfigurations"
                            : "securityAdminConfigurations", id).toString());
                }
            }
            Session.call(() -> s.topology().networkManagers().commit(manager.id().toString(), commitType, regions,
                    ids.toArray(String[]::new)));
            if (a.flag("no_wait")) {
                return null;
            }
            ObjectNode out = Json.object();
            ArrayNode configs = out.putArray("configurationIds");
            ids.forEach(configs::add);
            out.put("commitType", commitType.name());
            ArrayNode targets = out.putArray("targetLocations");
            regions.forEach(r -> targets.add(r.name()));
            return out;
        }
    }

    /** {@code list-deploy-status}: the deployments per region and type. */
    static final class ListDeployStatus implements AzCommand {
        public String name() {
            return "network manager list-deploy-status";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), ManagerArgs.managerParam(),
                    Param.list("types", "--deployment-types"), Param.list("regions", "--regions"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkManager manager = ManagerArgs.manager(s, a);
            List<String> types = a.list("types");
            List<String> regions = a.list("regions");
            ArrayNode list = Json.array();
            for (NetworkManagerDeployment d : s.topology().state().all(NetworkManagerDeployment.class)) {
                boolean typeWanted = types.isEmpty() || types.stream().anyMatch(t -> t.equalsIgnoreCase(d.type().name()));
                boolean regionWanted = regions.isEmpty() || regions.stream()
                        .anyMatch(r -> Session.region(r, ManagerArgs.TYPE).equals(d.region()));
                if (d.managerId().equals(manager.id()) && typeWanted && regionWanted) {
                    list.add(ResourceJson.deploymentStatus(d));
                }
            }
            ObjectNode out = Json.object();
            out.set("value", list);
            return out;
        }
    }
}
