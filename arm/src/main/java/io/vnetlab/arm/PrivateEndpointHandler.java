package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PrivateEndpointRequest;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code Microsoft.Network/privateEndpoints} (docs/azure/private-endpoints.md): its {@code subnet}, its one private-link
 * service connection (automatic or manual) with the target's id and {@code groupIds}, a static address from its first
 * {@code ipConfigurations} entry, {@code customNetworkInterfaceName} and {@code applicationSecurityGroups}. The
 * interface Azure creates for it is simulated; the target is recorded, not simulated, and the deployment warns so. Its
 * {@code privateDnsZoneGroups} are deployed by {@link PrivateDnsHandlers}.
 */
final class PrivateEndpointHandler implements ResourceHandler {

    static final String TYPE = "Microsoft.Network/privateEndpoints";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        ResourceId subnet = r.reference(p, "subnet").orElseThrow(() -> new PathError(r.path()
                + ".properties.subnet", "Private endpoint '" + r.id().name() + "' has no subnet.id; it needs the"
                + " subnet its network interface goes into."));
        boolean manual = connections(r, p, "privateLinkServiceConnections").isEmpty();
        List<JsonNode> connections = manual ? connections(r, p, "manualPrivateLinkServiceConnections")
                : connections(r, p, "privateLinkServiceConnections");
        if (connections.isEmpty()) {
            throw new PathError(r.path() + ".properties.privateLinkServiceConnections", "Private endpoint '"
                    + r.id().name() + "' has no privateLinkServiceConnections nor manualPrivateLinkServiceConnections;"
                    + " it needs one that names the private-link resource it connects to.");
        }
        JsonNode connection = connections.get(0);
        JsonNode cp = Values.property(connection, "properties").orElse(Values.object());
        String target = r.text(cp, "privateLinkServiceId").orElseThrow(() -> new PathError(r.path()
                + ".properties.privateLinkServiceConnections[0].properties.privateLinkServiceId", "The connection of"
                + " private endpoint '" + r.id().name() + "' names no privateLinkServiceId."));
        List<String> groupIds = new ArrayList<>();
        r.at(cp, "groupIds").filter(JsonNode::isArray).ifPresent(a -> a.forEach(g -> groupIds.add(g.asText())));
        String staticAddress = r.at(p, "ipConfigurations").filter(JsonNode::isArray).filter(a -> a.size() > 0)
                .flatMap(a -> r.text(a.get(0), "properties.privateIPAddress")).orElse(null);
        List<ResourceId> groups = new ArrayList<>();
        JsonNode asgs = r.at(p, "applicationSecurityGroups").filter(JsonNode::isArray).orElse(Values.NODES.arrayNode());
        for (int i = 0; i < asgs.size(); i++) {
            groups.add(r.reference(asgs, String.valueOf(i)).orElseThrow(() -> new PathError(r.path()
                    + ".properties.applicationSecurityGroups", "An entry of applicationSecurityGroups of private"
                    + " endpoint '" + r.id().name() + "' has no id.")));
        }
        PrivateLinkConnection link = new PrivateLinkConnection(r.text(connection, "name").orElse(r.id().name()),
                target, groupIds, manual, r.text(cp, "requestMessage").orElse(null));
        PrivateEndpoint endpoint = r.batch().putPrivateEndpoint(new PrivateEndpointRequest(r.id(), r.region(), subnet,
                link, staticAddress, r.text(p, "customNetworkInterfaceName").filter(n -> !n.isEmpty()).orElse(null),
                groups));
        r.warn("private endpoint '" + r.id().name() + "': the private-link resource it connects to ("
                + ResourceId.parse(target).name() + ") is not simulated; flows end at the endpoint's address.");
        if (!ResourceJson.knowsPrivateEndpointNames(endpoint)) {
            r.warn("private endpoint '" + r.id().name() + "': vnetlab does not know the DNS names of sub-resource "
                    + String.join(", ", groupIds) + ", so its customDnsConfigs and fqdns list none.");
        }
        return ResourceJson.properties(ResourceJson.privateEndpoint(r.batch().state(), endpoint));
    }

    private static List<JsonNode> connections(ResourceContext r, JsonNode p, String property) {
        Optional<JsonNode> list = r.at(p, property).filter(JsonNode::isArray);
        List<JsonNode> result = new ArrayList<>();
        list.ifPresent(a -> a.forEach(result::add));
        return result;
    }
}
