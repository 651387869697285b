package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a value against a type definition, as ARM validates a value of a user-defined type: its JSON type,
 * {@code allowedValues}, {@code minValue}/{@code maxValue}, {@code minLength}/{@code maxLength}, an object's
 * {@code properties} (required unless {@code nullable}), {@code additionalProperties} (a type, or {@code false}) and
 * {@code discriminator} (the variant its tag names), an array's {@code prefixItems} and {@code items} (a type, or
 * {@code false}: nothing after the prefix) (docs/azure/arm-templates.md#user-defined-types). A message starts with
 * its subject ("Template parameter 'x' was provided an invalid value") and names the path inside the value.
 */
final class TypeConstraints {

    private TypeConstraints() {
    }

    /** The whole value: its type and constraints, then its inside. */
    static void checkWhole(String subject, JsonNode schema, JsonNode value, JsonNode definitions) {
        checkOne(subject, schema, value, definitions, "");
    }

    /** The inside of a value whose own type and constraints the caller checked. */
    static void checkInside(String subject, JsonNode schema, JsonNode value, JsonNode definitions, String where) {
        checkInside(subject, schema, value, definitions, where, null);
    }

    /** @param tag the discriminator property of the union this schema is a variant of, else null */
    private static void checkInside(String subject, JsonNode schema, JsonNode value, JsonNode definitions,
                                    String where, String tag) {
        if (value instanceof Unknown || value == null || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            JsonNode discriminator = Values.property(schema, "discriminator").filter(JsonNode::isObject).orElse(null);
            if (discriminator != null) {
                variant(subject, discriminator, value, definitions, where);
            }
            properties(subject, schema, value, definitions, where, tag);
        }
        if (value.isArray()) {
            items(subject, schema, value, definitions, where);
        }
    }

    private static void properties(String subject, JsonNode schema, JsonNode value, JsonNode definitions,
                                   String where, String tag) {
        JsonNode properties = Values.property(schema, "properties").filter(JsonNode::isObject).orElse(Values.object());
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            JsonNode propertySchema = resolve(p.getValue(), definitions);
            JsonNode item = Values.property(value, p.getKey()).orElse(null);
            String at = path(where, p.getKey());
            if (item == null || item.isNull()) {
                if (!UserDefinedTypes.nullable(propertySchema)) {
                    throw invalid(subject, "the property '" + at + "' is required");
                }
                continue;
            }
            checkOne(subject, propertySchema, item, definitions, at);
        }
        JsonNode additional = Values.property(schema, "additionalProperties").orElse(null);
        if (additional == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (Values.property(properties, e.getKey()).isPresent() || e.getKey().equals(tag)) {
                continue;   // a variant's tag is the union's, whatever the variant says of other properties
            }
            String at = path(where, e.getKey());
            if (additional.isBoolean() && !additional.booleanValue()) {
                throw invalid(subject, "the property '" + at + "' is not allowed");
            }
            if (additional.isObject()) {
                checkOne(subject, resolve(additional, definitions), e.getValue(), definitions, at);
            }
        }
    }

    /** A tagged union: the property {@code propertyName} names the variant in {@code mapping} the value must be. */
    private static void variant(String subject, JsonNode discriminator, JsonNode value, JsonNode definitions,
                                String where) {
        String tag = Values.string(discriminator, "propertyName").orElse("type");
        JsonNode mapping = Values.property(discriminator, "mapping").filter(JsonNode::isObject).orElse(Values.object());
        List<String> variants = new ArrayList<>(Values.names(mapping));
        String at = path(where, tag);
        JsonNode tagValue = Values.property(value, tag).orElse(null);
        if (tagValue == null || tagValue.isNull()) {
            throw invalid(subject, "the property '" + at + "' is required: it names the variant, one of '"
                    + String.join("', '", variants) + "'");
        }
        if (tagValue instanceof Unknown) {
            return;
        }
        JsonNode chosen = tagValue.isTextual() ? mapping.get(tagValue.textValue()) : null;
        if (chosen == null) {
            throw invalid(subject, "at '" + at + "' the value '" + Values.text(tagValue) + "' names no variant; the"
                    + " variants are '" + String.join("', '", variants) + "'");
        }
        JsonNode variant = resolve(chosen, definitions);
        checkType(subject, variant, value, where);
        checkInside(subject, variant, value, definitions, where, tag);
    }

    private static void items(String subject, JsonNode schema, JsonNode value, JsonNode definitions, String where) {
        JsonNode prefix = Values.property(schema, "prefixItems").filter(JsonNode::isArray)
                .orElse(Values.NODES.arrayNode());
        if (value.size() < prefix.size()) {
            throw invalid(subject, at(where) + "the array has " + value.size() + " items, and its type expects "
                    + prefix.size() + " items first");
        }
        for (int i = 0; i < prefix.size(); i++) {
            checkOne(subject, resolve(prefix.get(i), definitions), value.get(i), definitions, where + "[" + i + "]");
        }
        JsonNode items = Values.property(schema, "items").orElse(null);
        if (items != null && items.isBoolean() && !items.booleanValue() && value.size() > prefix.size()) {
            throw invalid(subject, at(where) + "the array has " + value.size() + " items, and its type allows "
                    + prefix.size() + " at most");
        }
        if (items != null && items.isObject()) {
            JsonNode itemSchema = resolve(items, definitions);
            for (int i = prefix.size(); i < value.size(); i++) {
                checkOne(subject, itemSchema, value.get(i), definitions, where + "[" + i + "]");
            }
        }
    }

    private static void checkOne(String subject, JsonNode schema, JsonNode value, JsonNode definitions, String at) {
        if (value instanceof Unknown) {
            return;
        }
        if (value.isNull()) {
            if (!UserDefinedTypes.nullable(schema)) {
                throw invalid(subject, at(at) + "a value is required; it is null");
            }
            return;
        }
        checkType(subject, schema, value, at);
        allowed(subject, schema, value, at);
        bounds(subject, schema, value, at);
        checkInside(subject, schema, value, definitions, at);
    }

    private static void checkType(String subject, JsonNode schema, JsonNode value, String at) {
        String type = Values.string(schema, "type").orElse(null);
        if (type != null && !UserDefinedTypes.fits(type, value)) {
            throw invalid(subject, at(at) + "a value of type '" + ParameterBinder.expected(type.toLowerCase(Locale.ROOT))
                    + "' is expected, and the value is of type '" + Values.typeName(value) + "'");
        }
    }

    /** {@code allowedValues}: of an array type, each item must be one of them (Bicep's {@code ('a' | 'b')[]}). */
    private static void allowed(String subject, JsonNode schema, JsonNode value, String at) {
        JsonNode allowed = Values.property(schema, "allowedValues").filter(JsonNode::isArray).orElse(null);
        if (allowed == null || contains(allowed, value)) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (!contains(allowed, value.get(i))) {
                    throw invalid(subject, "at '" + at + "[" + i + "]' the value '" + Values.text(value.get(i))
                            + "' is not one of the allowed values");
                }
            }
            return;
        }
        throw invalid(subject, at(at) + "the value '" + Values.text(value) + "' is not one of the allowed values");
    }

    private static void bounds(String subject, JsonNode schema, JsonNode value, String at) {
        if (value.isIntegralNumber()) {
            Values.property(schema, "minValue").filter(JsonNode::isIntegralNumber)
                    .filter(min -> value.longValue() < min.longValue()).ifPresent(min -> {
                        throw invalid(subject, at(at) + "the value " + value.longValue() + " is less than the minimum"
                                + " value of '" + min.longValue() + "'");
                    });
            Values.property(schema, "maxValue").filter(JsonNode::isIntegralNumber)
                    .filter(max -> value.longValue() > max.longValue()).ifPresent(max -> {
                        throw invalid(subject, at(at) + "the value " + value.longValue() + " is greater than the"
                                + " maximum value of '" + max.longValue() + "'");
                    });
        }
        int length = value.isTextual() ? value.textValue().length() : value.isArray() ? value.size() : -1;
        if (length >= 0) {
            Values.property(schema, "minLength").filter(JsonNode::isIntegralNumber)
                    .filter(min -> length < min.intValue()).ifPresent(min -> {
                        throw invalid(subject, at(at) + "the length " + length + " is less than the minimum length"
                                + " of '" + min.intValue() + "'");
                    });
            Values.property(schema, "maxLength").filter(JsonNode::isIntegralNumber)
                    .filter(max -> length > max.intValue()).ifPresent(max -> {
                        throw invalid(subject, at(at) + "the length " + length + " is greater than the maximum"
                                + " length of '" + max.intValue() + "'");
                    });
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode definitions) {
        return UserDefinedTypes.resolve(schema, definitions, "definitions", new HashSet<>());
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode option : allowed) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String path(String where, String property) {
        return where.isEmpty() ? property : where + "." + property;
    }

    /** "at 'x' " inside a value, nothing at its top. */
    private static String at(String where) {
        return where.isEmpty() ? "" : "at '" + where + "' ";
    }

    private static TemplateError invalid(String subject, String what) {
        return new TemplateError(subject + ": " + what + ".");
    }
}
