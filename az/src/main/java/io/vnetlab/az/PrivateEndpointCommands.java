package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PrivateEndpointRequest;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

/**
 * {@code az network private-endpoint create|show|list|delete} (docs/azure/private-endpoints.md): an endpoint in a
 * subnet ({@code --subnet ID}, or a name with {@code --vnet-name}), connected to {@code --private-connection-resource-id}
 * through {@code --connection-name}, automatically approved unless {@code --manual-request}; a static address from
 * {@code --ip-config private-ip-address=...}, the interface's name from {@code --nic-name}, its application security
 * groups from {@code --asg id=...}.
 */
final class PrivateEndpointCommands {

    private static final String TYPE = "privateEndpoints";

    private PrivateEndpointCommands() {
    }

    private static JsonNode shape(Session s, PrivateEndpoint endpoint) {
        return Shapes.cli(ResourceJson.privateEndpoint(s.topology().state(), endpoint));
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network private-endpoint create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("subnet", "--subnet").mandatory(),
                    Param.value("vnet_name", "--vnet-name"),
                    Param.value("target", "--private-connection-resource-id").mandatory(),
                    Param.value("connection_name", "--connection-name").mandatory(),
                    Param.list("group_ids", "--group-id", "--group-ids"), Param.bool("manual", "--manual-request"),
                    Param.value("request_message", "--request-message"),
                    Param.value("location", "--location", "-l"), Param.value("nic_name", "--nic-name"),
                    Param.list("ip_configs", "--ip-config", "--ip-configs"), Param.list("asgs", "--asg", "--asgs"),
                    Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, TYPE);
            ResourceId id = s.id(group, ResourceId.NETWORK, TYPE, a.required("name"));
            ResourceId subnet = NicCommands.Create.subnetId(s, group, a);
            // --asg id=ID, in the CLI's shorthand syntax, or a bare name or id
            List<ResourceId> asgs = a.list("asgs").stream()
                    .map(v -> AsgCommands.asg(s, group, v.startsWith("id=") ? v.substring(3) : v).id())
                    .toList();
            PrivateLinkConnection connection = new PrivateLinkConnection(a.required("connection_name"),
                    a.required("target"), a.list("group_ids"), a.bool("manual").orElse(false),
                    a.value("request_message").orElse(null));
            // the CLI's create is a PUT: an existing endpoint of that name is updated within what Azure lets change
            // (docs/azure/private-endpoints.md#rules)
            PrivateEndpoint created = Session.call(() -> s.topology().batch(b -> b.putPrivateEndpoint(
                    new PrivateEndpointRequest(id, region, subnet, connection, staticAddress(a).orElse(null),
                            a.value("nic_name").orElse(null), asgs))));
            return a.flag("no_wait") ? null : shape(s, created);
        }

        /** The {@code private-ip-address=...} of the first {@code --ip-config}, in the CLI's shorthand syntax. */
        private static Optional<String> staticAddress(Args a) {
            return a.list("ip_configs").stream().filter(t -> t.startsWith("private-ip-address="))
                    .map(t -> t.substring("private-ip-address=".length())).findFirst();
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network private-endpoint show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = Commands.reference(s, a.required("resource_group"), TYPE, a.required("name"));
            s.group(id.resourceGroup());
            return shape(s, Commands.existing(s, PrivateEndpoint.class, TYPE, id));
        }
    }

    static final class ListEndpoints implements AzCommand {
        public String name() {
            return "network private-endpoint list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().privateEndpoints().list(), PrivateEndpoint::id,
                    e -> shape(s, e));
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network private-endpoint delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            s.group(a.required("resource_group"));
            ResourceId id = Commands.reference(s, a.required("resource_group"), TYPE, a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(PrivateEndpoint.class, id),
                    () -> s.topology().privateEndpoints().delete(id.toString()));
            return null;
        }
    }
}
