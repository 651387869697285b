package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.ResourceBatch;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ResourceId;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What {@code reference(id, apiVersion, 'Full')} shows of a deployed resource besides its {@code properties} — the
 * declared {@code sku}, {@code kind}, {@code zones}, {@code tags}, {@code plan}, {@code extendedLocation} and the
 * managed identity with the principal Azure assigned it — kept with the deployment's records, because a resource
 * keeps them after its deployment: a later deployment's {@code reference()} reads them as Azure's GET returns them
 * (docs/azure/arm-templates.md#reference).
 *
 * @param json the fields, as a JSON object
 */
record DeclaredEnvelope(ResourceId id, String json) {

    static final List<String> FIELDS = List.of("sku", "kind", "zones", "tags", "plan", "extendedLocation", "identity");

    /** Keeps the envelope fields of {@code fullView}, replacing what an earlier PUT of the resource kept. */
    static void keep(ResourceBatch batch, ResourceId id, ObjectNode fullView) {
        ObjectNode fields = Values.object();
        for (String name : FIELDS) {
            Values.property(fullView, name).ifPresent(v -> fields.set(name, v));
        }
        if (fields.isEmpty()) {
            if (batch.state().get(DeclaredEnvelope.class, id).isPresent()) {
                batch.removeRecord(DeclaredEnvelope.class, id);
            }
        } else {
            batch.putRecord(DeclaredEnvelope.class, id, new DeclaredEnvelope(id, TemplateEngine.json(fields)));
        }
    }

    /** {@code view} with the kept fields it does not show itself. */
    static ObjectNode addTo(TopologyState state, ResourceId id, ObjectNode view) {
        return state.get(DeclaredEnvelope.class, id).map(envelope -> {
            // a shallow copy: the properties of a resource that is not simulated stay lenient
            ObjectNode result = Values.object();
            result.setAll(view);
            Iterator<Map.Entry<String, JsonNode>> fields = envelope.fields().properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!result.has(f.getKey())) {
                    result.set(f.getKey(), f.getValue());
                }
            }
            return result;
        }).orElse(view);
    }

    private ObjectNode fields() {
        try {
            return (ObjectNode) Values.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
