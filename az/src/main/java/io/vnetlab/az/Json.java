package io.vnetlab.az;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** The JSON library (Jackson) as the az emulation uses it: trees, and the CLI's JSON text. */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Made on first use, not with the first tree: making a mapper costs a fresh JVM tens of milliseconds (time
     * zones, date formats, serializers), and a {@code bin/az} call that prints a table or TSV never needs one.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ArrayNode strings(Collection<?> values) {
        ArrayNode a = array();
        values.forEach(v -> a.add(String.valueOf(v)));
        return a;
    }

    static ArrayNode arrayOf(Collection<? extends JsonNode> nodes) {
        ArrayNode a = array();
        nodes.forEach(a::add);
        return a;
    }

    /** {@code {"id": ..., "resourceGroup": ...}}, as the CLI shows a reference to another resource. */
    static ObjectNode reference(io.vnetlab.model.ResourceId id) {
        ObjectNode o = object();
        o.put("id", id.toString());
        o.put("resourceGroup", id.resourceGroup());
        return o;
    }

    static JsonNode parse(String text) {
        try {
            return mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The text of {@code json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True, separators=(',', ': '))},
     * which is how knack prints {@code --output json} (knack {@code output.py format_json}).
     */
    static String cliText(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper().writer(printer).without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(sorted(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with the keys of every object sorted, as Python's {@code sort_keys=True}. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            ObjectNode copy = object();
            for (String k : keys) {
                copy.set(k, sorted(node.get(k)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = array();
            for (JsonNode item : node) {
                copy.add(sorted(item));
            }
            return copy;
        }
        return node;
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }

    /** Python's {@code str()} of a scalar JSON value: True/False, None, numbers and text as they are. */
    static String pythonStr(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        return value.asText();
    }

}
