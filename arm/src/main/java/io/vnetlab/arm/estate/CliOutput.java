package io.vnetlab.arm.estate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON the Azure CLI prints for {@code list} and {@code show} commands ({@code -o json}, the default), as
 * templates to deploy, one per resource group its ids name (docs/azure/import.md#cli-output).
 *
 * <p>The CLI prints a resource as the REST API returns it with {@code properties} flattened into the object, at
 * every level, and a {@code resourceGroup} beside every {@code id}; unset settings print as {@code null}. Reading it
 * back is the inverse: every object with a resource id is a resource or a sub-resource, whose keys other than its
 * envelope ({@code id}, {@code name}, {@code type}, {@code etag}, {@code location}, {@code tags}, {@code sku},
 * {@code zones}, ...) are its properties; {@code resourceGroup} and {@code null}s are dropped. The resource's type
 * and name come from its id.
 */
final class CliOutput {

    static final String API_VERSION = "2024-05-01";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Keys a top-level resource keeps beside {@code properties}. */
    private static final Set<String> ENVELOPE = Set.of("location", "tags", "sku", "zones", "kind", "extendedLocation",
            "identity", "plan");
    /**
     * Types whose {@code sku} is a property in the REST shape, not the envelope's: the CLI prints both at the top,
     * so only the type tells them apart.
     */
    private static final Set<String> SKU_IN_PROPERTIES = Set.of("microsoft.network/virtualnetworkgateways",
            "microsoft.network/azurefirewalls");
    /** Keys the CLI adds or ARM computes, that a PUT does not take. */
    private static final Set<String> DROPPED = Set.of("id", "name", "type", "etag", "resourceGroup", "managedBy");

    private final Map<String, List<ObjectNode>> byGroup = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** Adds what one file (or text) holds: a JSON array (list), an object (show), or several of them in a row. */
    void read(String json, String source) {
        int item = 0;
        try (JsonParser parser = JSON.createParser(json)) {
            while (parser.nextToken() != null) {
                JsonNode value = JSON.readTree(parser);
                for (JsonNode resource : value.isArray() ? value : List.of(value)) {
                    add(resource, source, item++);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not the JSON the Azure CLI prints: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ").", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void add(JsonNode resource, String source, int item) {
        String id = resource.path("id").asText("");
        if (!resource.isObject() || !ResourceId.looksLikeId(id) || ResourceId.parse(id).resourceGroup() == null) {
            throw new IllegalArgumentException("Item " + item + " of " + source + " is not a resource of a resource"
                    + " group: the import reads what the CLI prints for list and show commands (-o json), each"
                    + " resource with its \"id\".");
        }
        ResourceId rid = ResourceId.parse(id);
        String group = rid.subscriptionId() + "/" + rid.resourceGroup();
        byGroup.computeIfAbsent(group.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add((ObjectNode) resource);
        sources.putIfAbsent(group.toLowerCase(Locale.ROOT), source);
    }

    /** One template per resource group, its resources by id so that the order of the input does not matter. */
    List<GroupTemplate> templates() {
        List<GroupTemplate> templates = new ArrayList<>();
        byGroup.forEach((key, items) -> {
            List<ObjectNode> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(r -> r.path("id").asText().toLowerCase(Locale.ROOT)));
            ResourceId first = ResourceId.parse(sorted.get(0).path("id").asText());
            ObjectNode template = NODES.objectNode();
            template.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
            template.put("contentVersion", "1.0.0.0");
            ArrayNode resources = template.putArray("resources");
            Set<String> declared = new LinkedHashSet<>();
            String region = null;
            for (ObjectNode item : sorted) {
                resources.add(declaration(item));
                declared.add(item.path("id").asText().toLowerCase(Locale.ROOT));
                if (region == null && item.path("location").isTextual()) {
                    region = item.get("location").textValue();
                }
            }
            EstateShapes.normalize(resources);
            templates.add(new GroupTemplate(first.subscriptionId(), first.resourceGroup(), region, template,
                    sources.get(key), declared));
        });
        return templates;
    }

    /** The resource as a template declares it: type and name from its id, properties unflattened. */
    private static ObjectNode declaration(ObjectNode item) {
        String id = item.get("id").textValue();
        ObjectNode d = NODES.objectNode();
        d.put("type", typeOf(id));
        d.put("apiVersion", API_VERSION);
        d.put("name", namePath(id));
        ObjectNode properties = NODES.objectNode();
        boolean skuInProperties = SKU_IN_PROPERTIES.contains(typeOf(id).toLowerCase(Locale.ROOT));
        item.properties().forEach(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull() || DROPPED.contains(key) || (key.equals("tags") && value.isEmpty())) {
                return;   // the CLI prints "tags": {} for a resource without tags: there is nothing to put
            }
            if (ENVELOPE.contains(key) && !(skuInProperties && key.equals("sku"))) {
                d.set(key, plain(value));
            } else {
                properties.set(key, unflatten(value));
            }
        });
        d.set("properties", properties);
        return d;
    }

    /** A value inside a resource: sub-resources and references get their REST shape back. */
    private static JsonNode unflatten(JsonNode value) {
        if (value.isArray()) {
            ArrayNode a = NODES.arrayNode();
            value.forEach(v -> a.add(unflatten(v)));
            return a;
        }
        if (!value.isObject()) {
            return value;
        }
        boolean resource = ResourceId.looksLikeId(value.path("id").asText(""));
        ObjectNode o = NODES.objectNode();
        ObjectNode properties = NODES.objectNode();
        value.properties().forEach(field -> {
            String key = field.getKey();
            JsonNode v = field.getValue();
            if (v.isNull() || (resource && (key.equals("resourceGroup") || key.equals("etag")
                    || key.equals("type")))) {
                return;
            }
            if (!resource || key.equals("id") || key.equals("name")) {
                o.set(key, unflatten(v));
            } else {
                properties.set(key, unflatten(v));
            }
        });
        if (!properties.isEmpty()) {
            o.set("properties", properties);
        }
        return o;
    }

    /** An envelope value ({@code sku}, {@code tags}) without the CLI's {@code null}s. */
    private static JsonNode plain(JsonNode value) {
        if (value.isObject()) {
            ObjectNode o = NODES.objectNode();
            value.properties().forEach(f -> {
                if (!f.getValue().isNull()) {
                    o.set(f.getKey(), plain(f.getValue()));
                }
            });
            return o;
        }
        return value;
    }

    /** {@code Microsoft.Network/virtualNetworks/subnets} for a subnet's id. */
    static String typeOf(String id) {
        List<String> path = providerPath(id);
        StringBuilder type = new StringBuilder(path.get(0));
        for (int i = 1; i < path.size(); i += 2) {
            type.append('/').append(path.get(i));
        }
        return type.toString();
    }

    /** {@code hub/default} for a subnet's id: the names along the id, as a template names a child resource. */
    static String namePath(String id) {
        List<String> path = providerPath(id);
        StringBuilder name = new StringBuilder();
        for (int i = 2; i < path.size(); i += 2) {
            name.append(name.length() == 0 ? "" : "/").append(path.get(i));
        }
        return name.toString();
    }

    /** The segments after {@code /providers/}: namespace, type, name, type, name, ... */
    private static List<String> providerPath(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf("/providers/");
        String rest = id.substring(at + "/providers/".length());
        return List.of(rest.split("/"));
    }
}
