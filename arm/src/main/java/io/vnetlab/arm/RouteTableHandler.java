package io.vnetlab.arm;

import io.vnetlab.controlplane.RouteTableRequest;
import io.vnetlab.controlplane.RouteRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.RouteTable;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/routeTables}: a PUT of the whole table with its inline {@code routes} (routes not listed
 * are removed, as a PUT replaces them) and {@code disableBgpRoutePropagation} (docs/azure/routing.md#route-tables,
 * #gateway-route-propagation). Subnets name the table in {@code properties.routeTable.id}; the association is live once
 * the table is deployed.
 */
final class RouteTableHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/routeTables";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        List<RouteRequest> routes = new ArrayList<>();
        JsonNode list = r.at(p, "routes").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < list.size(); i++) {
            routes.add(RouteHandler.request(r, list.get(i), "routes[" + i + "]"));
        }
        RouteTable table = r.batch().putRouteTable(new RouteTableRequest(r.id(), r.region(), routes,
                r.flag(p, "disableBgpRoutePropagation")));
        return Views.routeTable(r.batch().state(), table);
    }
}
