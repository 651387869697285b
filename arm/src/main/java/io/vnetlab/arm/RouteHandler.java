package io.vnetlab.arm;

import io.vnetlab.controlplane.RouteRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code Microsoft.Network/routeTables/routes}: a PUT of one route of an existing route table
 * (docs/azure/routing.md#user-route-next-hops).
 */
final class RouteHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/routeTables/routes";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        ObjectNode declared = Values.object();
        declared.put("name", r.id().name());
        declared.set("properties", r.properties());
        return Views.route(r.batch().putRoute(r.id(), request(r, declared, "")));
    }

    /** A route as a table's PUT or a route's PUT carries it; {@code prefix} is the property path before it. */
    static RouteRequest request(ResourceContext r, JsonNode route, String prefix) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        String name = r.text(route, "name").orElseThrow(() -> new PathError(r.path() + ".properties." + prefix,
                "A route of route table '" + r.id().name() + "' has no name."));
        JsonNode p = Values.property(route, "properties").orElse(Values.object());
        String addressPrefix = r.text(p, "addressPrefix", at + "properties.addressPrefix").orElseThrow(() ->
                new PathError(r.path() + ".properties." + at + "properties.addressPrefix", "Route '" + name
                        + "' has no addressPrefix."));
        String nextHopType = r.text(p, "nextHopType", at + "properties.nextHopType").orElseThrow(() ->
                new PathError(r.path() + ".properties." + at + "properties.nextHopType", "Route '" + name
                        + "' has no nextHopType."));
        String nextHopIp = r.text(p, "nextHopIpAddress", at + "properties.nextHopIpAddress").orElse(null);
        return new RouteRequest(name, addressPrefix, nextHopType, nextHopIp);
    }
}
