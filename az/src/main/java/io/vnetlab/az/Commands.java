package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the command classes share: the common options, argument checks worded as the CLI words them, and the
 * show/list/delete shapes that every network command group repeats.
 */
final class Commands {

    private Commands() {
    }

    static Param groupParam() {
        return Param.value("resource_group", "--resource-group", "-g").mandatory();
    }

    static Param nameParam() {
        return Param.value("name", "--name", "-n").mandatory();
    }

    static Optional<Region> location(Args a, String type) {
        return a.value("location").map(l -> Session.region(l, type));
    }

    /**
     * Where a new resource goes: {@code --location}, else its resource group's region; the group must exist either
     * way.
     */
    static Region region(Session s, Args a, String group, String type) {
        Region region = location(a, type).orElseGet(() -> s.group(group).region());
        s.group(group);
        return region;
    }

    /** A name (in the command's group) or an id, as the CLI turns it into an id; the network provider checks it. */
    static ResourceId reference(Session s, String group, String type, String nameOrId) {
        return ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.NETWORK, type, nameOrId);
    }

    /**
     * Azure's answer when an id given for one type names a resource of another type (an NSG option given a VNet's
     * id): the resource it references, as that type, does not exist.
     */
    static void requireType(ResourceId id, String type, ResourceId by) {
        if (!id.type().equalsIgnoreCase(ResourceId.NETWORK + "/" + type)) {
            throw invalidReference(id, by);
        }
    }

    /** The network provider's answer for a referenced NSG, route table or public IP that does not exist. */
    static AzError invalidReference(ResourceId id, ResourceId by) {
        return AzError.service("InvalidResourceReference", "Resource " + id + " referenced by resource " + by
                + " was not found. Please make sure that the referenced resource exists, and that both resources"
                + " are in the same region.", 400);
    }

    /** The network resource with that id, or the CLI's "not found" error for {@code Microsoft.Network/type}. */
    static <T> T existing(Session s, Class<T> kind, String type, ResourceId id) {
        return s.topology().state().get(kind, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/" + type, id.name(), id.resourceGroup()));
    }

    /** A child resource (a route, a rule) of its parent, or ARM's "not found" for the child's id. */
    static <T> T child(Optional<T> child, ResourceId parent, String type, String name) {
        return child.orElseThrow(() -> Session.childNotFound(parent.child(type, name)));
    }

    /** The {@code --resource-group} option of a list command, which may be left out. */
    static Param optionalGroupParam() {
        return Param.value("resource_group", "--resource-group", "-g");
    }

    /** A list command: the resources in the subscription, or in the group {@code -g} names (which must exist). */
    static <T> ArrayNode listInGroup(Session s, Args a, Collection<T> all, Function<T, ResourceId> id,
                                     Function<T, JsonNode> shape) {
        String group = a.value("resource_group").orElse(null);
        if (group != null) {
            s.group(group);
        }
        ArrayNode list = Json.array();
        all.stream().filter(r -> NetworkShapes.inGroup(id.apply(r), s.subscriptionId(), group))
                .forEach(r -> list.add(shape.apply(r)));
        return list;
    }

    /** Deleting what does not exist succeeds silently, as ARM's DELETE answers 204. */
    static void deleteIfPresent(Optional<?> existing, Runnable delete) {
        if (existing.isPresent()) {
            Session.call(delete);
        }
    }

    /** The object some create commands print, with the new resource under one key (e.g. {@code NewNSG}). */
    static ObjectNode under(String key, JsonNode resource) {
        ObjectNode out = Json.object();
        out.set(key, resource);
        return out;
    }
}
