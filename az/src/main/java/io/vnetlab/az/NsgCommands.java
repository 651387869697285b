package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.NetworkSecurityGroupRequest;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** {@code az network nsg create|show|list|delete} (docs/azure/network-security-groups.md#rules, #associations). */
final class NsgCommands {

    private NsgCommands() {
    }

    /** An NSG by name (in an existing group) or by id. */
    static NetworkSecurityGroup nsg(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "networkSecurityGroups", nameOrId);
        s.group(id.resourceGroup());
        return Commands.existing(s, NetworkSecurityGroup.class, "networkSecurityGroups", id);
    }

    /** {@code az network nsg create} prints {@code {"NewNSG": ...}} (azure-cli network/operations/nsg.py NSGCreate). */
    static final class Create implements AzCommand {
        public String name() {
            return "network nsg create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "networkSecurityGroups");
            ResourceId id = s.id(group, ResourceId.NETWORK, "networkSecurityGroups", a.required("name"));
            // the CLI's create is a PUT of the group as the command describes it: an existing group of that name is
            // replaced, its own rules included (docs/azure/cli-and-network-watcher.md#create-or-update)
            NetworkSecurityGroup created = Session.call(() -> s.topology().batch(b -> b.putNetworkSecurityGroup(
                    new NetworkSecurityGroupRequest(id, region, List.of()))));
            return a.flag("no_wait") ? null
                    : Commands.under("NewNSG", NetworkShapes.nsg(s.topology().state(), created));
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network nsg show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return NetworkShapes.nsg(s.topology().state(), nsg(s, a.required("resource_group"), a.required("name")));
        }
    }

    static final class ListNsgs implements AzCommand {
        public String name() {
            return "network nsg list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().state().all(NetworkSecurityGroup.class),
                    NetworkSecurityGroup::id, g -> NetworkShapes.nsg(s.topology().state(), g));
        }
    }

    /** A missing group deletes silently (ARM's DELETE answers 204); one in use is refused by the control plane. */
    static final class Delete implements AzCommand {
        public String name() {
            return "network nsg delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, "networkSecurityGroups", a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(NetworkSecurityGroup.class, id),
                    () -> s.topology().networkSecurityGroups().delete(id.toString()));
            return null;
        }
    }
}
