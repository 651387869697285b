package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.RouteRequest;
import io.vnetlab.controlplane.RouteTableRequest;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;

import java.util.List;

/** {@code az network route-table create|show|list} (docs/azure/routing.md#route-tables). */
final class RouteTableCommands {

    private RouteTableCommands() {
    }

    /** A route table by name (in an existing group) or by id. */
    static RouteTable routeTable(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "routeTables", nameOrId);
        s.group(id.resourceGroup());
        return Commands.existing(s, RouteTable.class, "routeTables", id);
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network route-table create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("location", "--location", "-l"),
                    Param.bool("disable_bgp", "--disable-bgp-route-propagation"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "routeTables");
            ResourceId id = s.id(group, ResourceId.NETWORK, "routeTables", a.required("name"));
            // a PUT of the table as the command describes it: an existing table of that name is replaced, routes
            // included (docs/azure/cli-and-network-watcher.md#create-or-update)
            RouteTable table = Session.call(() -> s.topology().batch(b -> b.putRouteTable(new RouteTableRequest(id,
                    region, List.of(), a.bool("disable_bgp").orElse(false)))));
            return a.flag("no_wait") ? null : NetworkShapes.routeTable(s.topology().state(), table);
        }
    }

    /**
     * {@code az network route-table update}: BGP route propagation and tags; the routes stay
     * (docs/azure/routing.md#route-tables).
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network route-table update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.bool("disable_bgp", "--disable-bgp-route-propagation"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            RouteTable table = routeTable(s, a.required("resource_group"), a.required("name"));
            List<RouteRequest> routes = table.routes().stream().map(RouteRequest::of).toList();
            RouteTable updated = Session.call(() -> s.topology().batch(b -> b.putRouteTable(new RouteTableRequest(
                    table.id(), table.region(), routes,
                    a.bool("disable_bgp").orElse(table.disableBgpRoutePropagation())))));
            return a.flag("no_wait") ? null : NetworkShapes.routeTable(s.topology().state(), updated);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network route-table show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return NetworkShapes.routeTable(s.topology().state(),
                    routeTable(s, a.required("resource_group"), a.required("name")));
        }
    }

    static final class ListTables implements AzCommand {
        public String name() {
            return "network route-table list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().state().all(RouteTable.class), RouteTable::id,
                    t -> NetworkShapes.routeTable(s.topology().state(), t));
        }
    }
}
