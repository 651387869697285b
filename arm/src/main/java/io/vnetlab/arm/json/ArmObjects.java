package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The building blocks every resource shares: the envelope, references, address spaces. */
final class ArmObjects {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArmObjects() {
    }

    /**
     * A resource's envelope ({@code etag}, {@code id}, {@code name}, {@code type}; {@code location} when the
     * resource is placed in a region) with {@code properties} holding {@code provisioningState}.
     */
    static ObjectNode resource(ResourceId id, String type, String location, boolean etag) {
        ObjectNode o = NODES.objectNode();
        if (etag) {
            o.put("etag", StableIds.etag(id));
        }
        o.put("id", id.toString());
        if (location != null) {
            o.put("location", location);
        }
        o.put("name", id.name());
        o.putObject("properties").put("provisioningState", "Succeeded");
        o.put("type", type);
        return o;
    }

    static ObjectNode properties(ObjectNode resource) {
        return (ObjectNode) resource.get("properties");
    }

    /** {@code {"id": ...}}: how one resource names another. */
    static ObjectNode reference(ResourceId id) {
        return NODES.objectNode().put("id", id.toString());
    }

    static ArrayNode references(Collection<ResourceId> ids) {
        ArrayNode a = NODES.arrayNode();
        ids.forEach(id -> a.add(reference(id)));
        return a;
    }

    static ArrayNode strings(Collection<?> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(v -> a.add(String.valueOf(v)));
        return a;
    }

    /** {@code {"addressPrefixes": [...]}}, the shape of every address space. */
    static ObjectNode addressSpace(List<Cidr> prefixes) {
        ObjectNode o = NODES.objectNode();
        o.set("addressPrefixes", strings(prefixes));
        return o;
    }

    /**
     * A copy with every object's keys in alphabetical order (arrays keep theirs): one stable order for every
     * surface, the one {@code az -o json} prints anyway.
     */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            ObjectNode copy = NODES.objectNode();
            keys.forEach(k -> copy.set(k, sorted(node.get(k))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
