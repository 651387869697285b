package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code az network private-endpoint-connection list|show|approve|reject} (docs/azure/private-endpoints.md#approval):
 * the target owner's side of the private endpoints that connect to a resource. vnetlab does not simulate the target,
 * so a connection is found through the endpoints that name it: by the target's id ({@code --id}, or {@code -g},
 * {@code --type} and its name) and the connection's name, {@code <endpoint>.<guid>}; a target no endpoint names is
 * not found (decisions of ours, docs/azure/decisions.md#private-endpoint-connection-names).
 */
final class PrivateEndpointConnectionCommands {

    private PrivateEndpointConnectionCommands() {
    }

    /** The connection's name on the target's side. */
    static String name(PrivateEndpoint endpoint) {
        return name(endpoint.id());
    }

    /** The name on the target's side of the connection of the endpoint {@code endpointId}. */
    static String name(ResourceId endpointId) {
        return endpointId.name() + "." + Shapes.guid("private-endpoint-connection:"
                + endpointId.toString().toLowerCase(Locale.ROOT));
    }

    /** The connection as the target's provider answers it: not flattened, {@code properties} kept. */
    static ObjectNode shape(PrivateEndpoint endpoint) {
        ResourceId target = ResourceId.parse(endpoint.connection().privateLinkServiceId());
        ObjectNode o = Json.object();
        o.put("id", target + "/privateEndpointConnections/" + name(endpoint));
        o.put("name", name(endpoint));
        o.put("type", target.type() + "/privateEndpointConnections");
        ObjectNode p = o.putObject("properties");
        p.set("groupIds", Json.strings(endpoint.connection().groupIds()));
        p.set("privateEndpoint", Json.reference(endpoint.id()));
        ObjectNode state = p.putObject("privateLinkServiceConnectionState");
        state.put("actionsRequired", "None");
        state.put("description", endpoint.connection().statusDescription());
        state.put("status", endpoint.connection().status().name());
        p.put("provisioningState", "Succeeded");
        return o;
    }

    /**
     * The endpoints connecting to {@code target}: a target no endpoint names is unknown to vnetlab, and answered as
     * ARM answers a resource that is not there.
     */
    private static List<PrivateEndpoint> connectingTo(Session s, ResourceId target) {
        s.group(target.resourceGroup());
        List<PrivateEndpoint> endpoints = s.topology().privateEndpoints().list().stream()
                .filter(e -> e.connection().privateLinkServiceId().equalsIgnoreCase(target.toString()))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        if (endpoints.isEmpty()) {
            throw Session.notFound(target.type(), target.name(), target.resourceGroup());
        }
        return endpoints;
    }

    /** The target named by {@code -g}, {@code --type} ({@code Microsoft.Storage/storageAccounts}) and a name. */
    private static ResourceId target(Session s, String group, String type, String name) {
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1) {
            throw AzError.command("Resource type must be a provider namespace and a type, such as"
                    + " Microsoft.Storage/storageAccounts: '" + type + "'.");
        }
        return s.id(group, type.substring(0, slash), type.substring(slash + 1), name);
    }

    /** The endpoint whose connection {@code --id}, or {@code -g --type --resource-name -n}, names. */
    private static PrivateEndpoint connection(Session s, Args a) {
        ResourceId target;
        String name;
        if (a.has("resource_group") && a.has("name") && a.has("type") && a.has("resource_name")) {
            target = target(s, a.required("resource_group"), a.required("type"), a.required("resource_name"));
            name = a.required("name");
        } else if (a.has("id")) {
            ResourceId id = ResourceId.parse(a.required("id"));
            target = id.parent().orElseThrow(() -> AzError.command("usage error: --id / -g -n --type"
                    + " --resource-name"));
            name = id.name();
        } else {
            throw AzError.command("usage error: --id / -g -n --type --resource-name");
        }
        return connectingTo(s, target).stream().filter(e -> name(e).equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> Session.childNotFound(target.child("privateEndpointConnections", name)));
    }

    private static List<Param> connectionParams() {
        return List.of(Param.value("id", "--id"), Param.value("resource_group", "--resource-group", "-g"),
                Param.value("name", "--name", "-n"), Param.value("resource_name", "--resource-name"),
                Param.value("type", "--type"));
    }

    static final class ListConnections implements AzCommand {
        public String name() {
            return "network private-endpoint-connection list";
        }

        public List<Param> params() {
            return List.of(Param.value("id", "--id"), Param.value("resource_group", "--resource-group", "-g"),
                    Param.value("name", "--name", "-n"), Param.value("type", "--type"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId target;
            if (a.has("resource_group") && a.has("name") && a.has("type")) {
                target = target(s, a.required("resource_group"), a.required("type"), a.required("name"));
            } else if (a.has("id")) {
                target = ResourceId.parse(a.required("id"));
            } else {
                throw AzError.command("usage error: --id / -g -n --type");
            }
            return Json.arrayOf(connectingTo(s, target).stream().map(PrivateEndpointConnectionCommands::shape)
                    .toList());
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network private-endpoint-connection show";
        }

        public List<Param> params() {
            return connectionParams();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return shape(connection(s, a));
        }
    }

    /** Approve and reject: the owner's answer, with {@code --description} as its reason. */
    static final class Answer implements AzCommand {
        private final String verb;
        private final PrivateLinkConnection.Status status;

        private Answer(String verb, PrivateLinkConnection.Status status) {
            this.verb = verb;
            this.status = status;
        }

        static Answer approve() {
            return new Answer("approve", PrivateLinkConnection.Status.Approved);
        }

        static Answer reject() {
            return new Answer("reject", PrivateLinkConnection.Status.Rejected);
        }

        public String name() {
            return "network private-endpoint-connection " + verb;
        }

        public List<Param> params() {
            return Stream.concat(connectionParams().stream(), Stream.of(Param.value("description", "--description")))
                    .toList();
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            PrivateEndpoint endpoint = connection(s, a);
            PrivateEndpoint answered = Session.call(() -> status == PrivateLinkConnection.Status.Approved
                    ? s.topology().privateEndpoints().approveConnection(endpoint.id().toString(),
                            a.value("description").orElse(""))
                    : s.topology().privateEndpoints().rejectConnection(endpoint.id().toString(),
                            a.value("description").orElse("")));
            return shape(answered);
        }
    }
}
