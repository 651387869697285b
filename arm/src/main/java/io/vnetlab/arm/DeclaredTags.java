package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.ResourceBatch;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ResourceId;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template resource's {@code tags} (docs/azure/naming.md#tags): its PUT carries them, so they replace the
 * resource's tags whole, and a resource declared without {@code tags} keeps none. Network groups' tag conditions
 * then see them (docs/azure/virtual-network-manager.md#conditional-membership).
 */
final class DeclaredTags {

    private DeclaredTags() {
    }

    /** Stores the tags of the evaluated resource {@code body} on {@code id}, or clears them when it declares none. */
    static void apply(ResourceBatch batch, ResourceId id, ObjectNode body) {
        JsonNode declared = Values.property(body, "tags").orElse(null);
        if (declared == null || !declared.isObject()) {
            batch.apply(s -> ResourceManager.clearTags(s, id));
            return;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        // Azure keeps tag values as strings; a template's number or boolean arrives as its text
        declared.properties().forEach(e -> tags.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        batch.putTags(id, tags);
    }
}
