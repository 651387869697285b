package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversions between template values (Jackson trees) and what functions need, with ARM's type names. */
final class Values {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads what users write (templates, parameters files, {@code json()}'s text), nested no deeper than ARM reads,
     * with the {@code //} and {@code /* *}{@code /} comments, line breaks inside strings and trailing commas that ARM
     * accepts
     * (docs/azure/arm-templates.md#validation).
     */
    static final ObjectMapper INPUT = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            // ARM reads JSON as Json.NET does, which takes a number written from its decimal point (json('.25'))
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(TemplateLimits.JSON_DEPTH).build())
            .build());
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Values() {
    }

    /** ARM's name for a value's type, as its error messages use it. */
    static String typeName(JsonNode v) {
        if (v == null || v.isNull()) {
            return "Null";
        }
        if (v instanceof Unknown) {
            return "Unknown";
        }
        if (v.isTextual()) {
            return "String";
        }
        if (v.isIntegralNumber()) {
            return "Integer";
        }
        if (v.isNumber()) {
            return "Float";
        }
        if (v.isBoolean()) {
            return "Boolean";
        }
        if (v.isArray()) {
            return "Array";
        }
        return "Object";
    }

    /** The text of a value as {@code concat}, {@code format} and {@code string} print it. */
    static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v instanceof Unknown u) {
            return u.asText();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isNumber()) {
            return v.asText();
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Case-insensitive property lookup, as ARM looks properties up. */
    static Optional<JsonNode> property(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equalsIgnoreCase(name)) {
                return Optional.of(f.getValue());
            }
        }
        return Optional.empty();
    }

    /** The property's text, if present and a string. */
    static Optional<String> string(JsonNode object, String name) {
        return property(object, name).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
