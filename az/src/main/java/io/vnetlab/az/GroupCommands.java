package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;

import java.util.List;
import java.util.function.UnaryOperator;

/** {@code az group create|show|list|delete}. */
final class GroupCommands {

    private GroupCommands() {
    }

    /** {@code az group create} names the group with any of these (azure-cli resource module {@code _params.py}). */
    static Param groupName() {
        return Param.value("name", "--name", "-n", "--resource-group", "-g").mandatory();
    }

    /** Confirmation prompts cannot be answered in a script: the CLI's answer without a terminal. */
    static void requireYes(Args a) {
        if (!a.flag("yes")) {
            throw AzError.command("Unable to prompt for confirmation as no tty available. Use --yes.");
        }
    }

    static final class Create implements AzCommand {
        public String name() {
            return "group create";
        }

        public List<Param> params() {
            return List.of(groupName(), Param.value("location", "--location", "-l").mandatory(),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.value("managed_by", "--managed-by"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String name = a.required("name");
            Region region = Session.region(a.required("location"), "resourceGroups");
            ResourceGroup existing = s.topology().state().resourceGroup(s.groupId(name)).orElse(null);
            if (existing != null) {
                if (!existing.region().equals(region)) {
                    throw AzError.service("InvalidResourceGroupLocation", "Invalid resource group location '"
                            + region.name() + "'. The Resource group already exists in location '"
                            + existing.region().name() + "'.", 409);
                }
                return Shapes.resourceGroup(existing);
            }
            ResourceGroup g = Session.call(() -> s.topology().resourceGroups().define(name).withRegion(region)
                    .inSubscription(s.subscriptionId()).create());
            return Shapes.resourceGroup(g);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "group show";
        }

        public List<Param> params() {
            return List.of(groupName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.resourceGroup(s.group(a.required("name")));
        }
    }

    static final class ListGroups implements AzCommand {
        public String name() {
            return "group list";
        }

        public List<Param> params() {
            return List.of(Param.value("tag", "--tag"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ArrayNode list = Json.array();
            s.topology().state().resourceGroups().stream()
                    .filter(g -> g.subscriptionId().equalsIgnoreCase(s.subscriptionId()))
                    .forEach(g -> list.add(Shapes.resourceGroup(g)));
            return list;
        }

        /** azure-cli resource {@code _format.py transform_resource_group_list}: Name, Location, Status. */
        public UnaryOperator<JsonNode> tableTransformer() {
            return result -> {
                ArrayNode rows = Json.array();
                for (JsonNode g : result) {
                    ObjectNode row = rows.addObject();
                    row.set("Name", g.get("name"));
                    row.set("Location", g.get("location"));
                    row.set("Status", g.path("properties").get("provisioningState"));
                }
                return rows;
            };
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "group delete";
        }

        public List<Param> params() {
            return List.of(groupName(), Param.flag("yes", "--yes", "-y"), Param.flag("no_wait", "--no-wait"),
                    Param.value("force_deletion_types", "--force-deletion-types", "-f").choices(
                            "Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachineScaleSets",
                            "Microsoft.Databricks/workspaces"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String name = a.required("name");
            s.group(name);
            requireYes(a);
            Session.call(() -> s.topology().resourceGroups().delete(name));
            return null;
        }
    }
}
