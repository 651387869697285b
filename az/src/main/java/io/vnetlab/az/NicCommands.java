package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.NetworkInterface;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** {@code az network nic show|list|show-effective-route-table}. */
final class NicCommands {

    private NicCommands() {
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network nic show";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.nic(s.nic(a.required("resource_group"), a.required("name")));
        }
    }

    /** {@code az network nic update}: IP forwarding, as a network virtual appliance needs (AZURE-SEMANTICS §4.4.1). */
    static final class Update implements AzCommand {
        public String name() {
            return "network nic update";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(),
                    Param.bool("ip_forwarding", "--ip-forwarding"),
                    Param.value("nsg", "--network-security-group"), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("name"));
            io.vnetlab.model.ResourceId nsgId = a.value("nsg").filter(v -> !v.isEmpty())
                    .map(v -> SubnetCommands.reference(s, a.required("resource_group"), "networkSecurityGroups", v))
                    .orElse(null);
            SubnetCommands.requireReference(s, nsgId, io.vnetlab.model.NetworkSecurityGroup.class, nic.id());
            NetworkInterface result = a.bool("ip_forwarding").map(on -> Session.call(() ->
                    s.topology().networkInterfaces().updateIpForwarding(nic.id().toString(), on))).orElse(nic);
            if (a.has("nsg")) {
                result = Session.call(() -> nsgId == null
                        ? s.topology().networkSecurityGroups().dissociateFromNetworkInterface(nic.id().toString())
                        : s.topology().networkSecurityGroups().associateWithNetworkInterface(nsgId.toString(),
                                nic.id().toString()));
            }
            return a.flag("no_wait") ? null : Shapes.nic(result);
        }
    }

    static final class ListNics implements AzCommand {
        public String name() {
            return "network nic list";
        }

        public List<Param> params() {
            return List.of(Param.value("resource_group", "--resource-group", "-g"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            a.value("resource_group").ifPresent(s::group);
            ArrayNode list = Json.array();
            for (NetworkInterface nic : s.topology().state().networkInterfaces()) {
                if (nic.id().subscriptionId().equalsIgnoreCase(s.subscriptionId())
                        && a.value("resource_group").map(g -> nic.resourceGroup().equalsIgnoreCase(g)).orElse(true)) {
                    list.add(Shapes.nic(nic));
                }
            }
            return list;
        }
    }

    static final class ShowEffectiveRouteTable implements AzCommand {
        public String name() {
            return "network nic show-effective-route-table";
        }

        public List<Param> params() {
            return List.of(VnetCommands.groupParam(), VnetCommands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            NetworkInterface nic = s.nic(a.required("resource_group"), a.required("name"));
            return Shapes.effectiveRoutes(s.topology().dataPlane().effectiveRoutes(nic));
        }

        /**
         * azure-cli network {@code _format.py transform_effective_route_table} (AZURE-SEMANTICS §6.2.3): Source,
         * State, Address Prefix, Next Hop Type, Next Hop IP, multiple values space-joined.
         */
        public UnaryOperator<JsonNode> tableTransformer() {
            return result -> {
                ArrayNode rows = Json.array();
                for (JsonNode route : result.path("value")) {
                    ObjectNode row = rows.addObject();
                    row.set("Source", route.get("source"));
                    row.set("State", route.get("state"));
                    row.put("Address Prefix", joined(route.get("addressPrefix")));
                    row.set("Next Hop Type", route.get("nextHopType"));
                    row.put("Next Hop IP", joined(route.get("nextHopIpAddress")));
                }
                return rows;
            };
        }

        private static String joined(JsonNode values) {
            List<String> parts = new ArrayList<>();
            if (values != null) {
                values.forEach(v -> parts.add(v.asText()));
            }
            return String.join(" ", parts);
        }
    }
}
