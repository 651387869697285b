package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;

import java.util.List;

/** {@code az network route-table route create|show|list|delete} (docs/azure/routing.md#route-resource). */
final class RouteCommands {

    /** The next hop types the CLI offers (REST {@code RouteNextHopType}; docs/azure/routing.md#next-hop-types). */
    static final List<String> NEXT_HOP_TYPES = List.of("Internet", "None", "VirtualAppliance",
            "VirtualNetworkGateway", "VnetLocal");

    private RouteCommands() {
    }

    static Param tableName() {
        return Param.value("route_table_name", "--route-table-name").mandatory();
    }

    /** The route table {@code --route-table-name} names. */
    private static RouteTable table(Session s, Args a) {
        return RouteTableCommands.routeTable(s, a.required("resource_group"), a.required("route_table_name"));
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network route-table route create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), tableName(), Commands.nameParam(),
                    Param.value("address_prefix", "--address-prefix").mandatory(),
                    Param.value("next_hop_type", "--next-hop-type").choices(NEXT_HOP_TYPES.toArray(String[]::new))
                            .mandatory(),
                    Param.value("next_hop_ip", "--next-hop-ip-address").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String type = a.required("next_hop_type");
            RouteTable table = table(s, a);
            String name = a.required("name");
            RouteTable updated = Session.call(() -> s.topology().routeTables().update(table.id().toString())
                    .withRoute(name, a.required("address_prefix"), type,
                            a.value("next_hop_ip").filter(ip -> !ip.isEmpty()).orElse(null))
                    .apply());
            return a.flag("no_wait") ? null : NetworkShapes.route(updated.route(name).orElseThrow());
        }
    }

    /**
     * {@code az network route-table route update}: the options given replace the route's, the others stay, and the
     * route goes through the same checks as a create (docs/azure/routing.md#route-tables); a route that does not
     * exist is ARM's "not found" (exit code 3).
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network route-table route update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), tableName(), Commands.nameParam(),
                    Param.value("address_prefix", "--address-prefix"),
                    Param.value("next_hop_type", "--next-hop-type").choices(NEXT_HOP_TYPES.toArray(String[]::new)),
                    Param.value("next_hop_ip", "--next-hop-ip-address").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = table(s, a);
            String name = a.required("name");
            Route route = Commands.child(table.route(name), table.id(), "routes", name);
            String prefix = a.value("address_prefix").orElse(route.addressPrefix().toString());
            String type = a.value("next_hop_type").orElse(route.nextHopType().name());
            String ip = a.value("next_hop_ip").orElse(route.nextHopIp().map(Object::toString).orElse(""));
            RouteTable updated = Session.call(() -> s.topology().routeTables().update(table.id().toString())
                    .withRoute(route.name(), prefix, type, ip.isEmpty() ? null : ip)
                    .apply());
            return a.flag("no_wait") ? null : NetworkShapes.route(updated.route(route.name()).orElseThrow());
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network route-table route show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), tableName(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = table(s, a);
            String name = a.required("name");
            return NetworkShapes.route(Commands.child(table.route(name), table.id(), "routes", name));
        }
    }

    static final class ListRoutes implements AzCommand {
        public String name() {
            return "network route-table route list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), tableName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = table(s, a);
            ArrayNode list = Json.array();
            table.routes().forEach(r -> list.add(NetworkShapes.route(r)));
            return list;
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network route-table route delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), tableName(), Commands.nameParam(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = table(s, a);
            Commands.deleteIfPresent(table.route(a.required("name")), () -> s.topology().routeTables()
                    .update(table.id().toString()).withoutRoute(a.required("name")).apply());
            return null;
        }
    }
}
