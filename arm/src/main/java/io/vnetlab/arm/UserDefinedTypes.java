package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * User-defined data types (the template's {@code definitions}, which Bicep writes in language version 2.0): a
 * parameter declared with {@code "$ref": "#/definitions/name"} takes the definition's type and constraints, a
 * {@code nullable} one may be left out, and a value is checked against the declared {@code properties},
 * {@code additionalProperties} and {@code items} (docs/azure/arm-templates.md#user-defined-types).
 */
final class UserDefinedTypes {

    private static final String PREFIX = "#/definitions/";

    private UserDefinedTypes() {
    }

    /**
     * The template's parameter declarations with every {@code $ref} replaced by the definition it names (the
     * declaration's own properties, such as {@code defaultValue}, win).
     */
    static JsonNode parameters(JsonNode template, String prefix) {
        JsonNode parameters = Values.property(template, "parameters").orElse(null);
        if (parameters == null || !parameters.isObject()) {
            return parameters;
        }
        JsonNode definitions = Values.property(template, "definitions").orElse(Values.object());
        ObjectNode resolved = Values.object();
        for (Map.Entry<String, JsonNode> p : parameters.properties()) {
            resolved.set(p.getKey(), resolve(p.getValue(), definitions, prefix + "parameters." + p.getKey(),
                    new HashSet<>()));
        }
        return resolved;
    }

    /** A schema with its {@code $ref} followed, recursively. */
    static JsonNode resolve(JsonNode schema, JsonNode definitions, String at, Set<String> following) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        String ref = Values.string(schema, "$ref").orElse(null);
        if (ref == null) {
            return schema;
        }
        if (!ref.startsWith(PREFIX)) {
            throw new PathError(at + ".$ref", "The template reference '" + ref + "' is not valid: a type reference"
                    + " names one of the template's definitions, '" + PREFIX + "{name}'.");
        }
        String name = ref.substring(PREFIX.length());
        JsonNode definition = Values.property(definitions, name).orElseThrow(() -> new PathError(at + ".$ref",
                "The template reference '" + ref + "' is not valid: the template has no definition '" + name + "'."));
        if (!following.add(name.toLowerCase(Locale.ROOT))) {
            throw new PathError(at + ".$ref", "The template definition '" + name + "' refers to itself.");
        }
        ObjectNode merged = ((ObjectNode) resolve(definition, definitions, "definitions." + name, following))
                .deepCopy();
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** Whether a parameter may be left out (or given {@code null}): {@code "nullable": true}. */
    static boolean nullable(JsonNode schema) {
        return Values.property(schema, "nullable").map(JsonNode::asBoolean).orElse(false);
    }

    /**
     * Checks a value's properties and items against a schema's {@code properties}, {@code additionalProperties}
     * and {@code items}; the value's own type is checked by the caller.
     *
     * @param where the path inside the value, "" at its top
     */
    static void check(String parameter, JsonNode schema, JsonNode value, JsonNode definitions, String where) {
        if (value instanceof Unknown || value == null || value.isNull()) {
            return;
        }
        JsonNode properties = Values.property(schema, "properties").orElse(null);
        if (value.isObject() && properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                JsonNode propertySchema = resolve(p.getValue(), definitions, "definitions", new HashSet<>());
                JsonNode item = Values.property(value, p.getKey()).orElse(null);
                String at = where.isEmpty() ? p.getKey() : where + "." + p.getKey();
                if (item == null || item.isNull()) {
                    if (!nullable(propertySchema)) {
                        throw invalid(parameter, "the property '" + at + "' is required");
                    }
                    continue;
                }
                checkOne(parameter, propertySchema, item, definitions, at);
            }
            JsonNode additional = Values.property(schema, "additionalProperties").orElse(null);
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                if (Values.property(properties, e.getKey()).isPresent()) {
                    continue;
                }
                String at = where.isEmpty() ? e.getKey() : where + "." + e.getKey();
                if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                    throw invalid(parameter, "the property '" + at + "' is not allowed");
                }
                if (additional != null && additional.isObject()) {
                    checkOne(parameter, resolve(additional, definitions, "definitions", new HashSet<>()), e.getValue(),
                            definitions, at);
                }
            }
        }
        JsonNode items = Values.property(schema, "items").orElse(null);
        if (value.isArray() && items != null && items.isObject()) {
            JsonNode itemSchema = resolve(items, definitions, "definitions", new HashSet<>());
            for (int i = 0; i < value.size(); i++) {
                checkOne(parameter, itemSchema, value.get(i), definitions, where + "[" + i + "]");
            }
        }
    }

    private static void checkOne(String parameter, JsonNode schema, JsonNode value, JsonNode definitions, String at) {
        String type = Values.string(schema, "type").orElse(null);
        if (type != null && !(value instanceof Unknown) && !fits(type, value)) {
            throw invalid(parameter, "at '" + at + "' a value of type '"
                    + ParameterBinder.expected(type.toLowerCase(Locale.ROOT)) + "' is expected, and"
                    + " the value is of type '" + Values.typeName(value) + "'");
        }
        JsonNode allowed = Values.property(schema, "allowedValues").orElse(null);
        if (allowed != null && allowed.isArray() && !(value instanceof Unknown)) {
            // an array's allowed values are those of its items, as for a parameter: an empty array is allowed
            List<JsonNode> candidates = new java.util.ArrayList<>();
            if (value.isArray() && "array".equalsIgnoreCase(type)) {
                value.forEach(candidates::add);
            } else {
                candidates.add(value);
            }
            for (JsonNode candidate : candidates) {
                if (!contains(allowed, candidate)) {
                    throw invalid(parameter, "at '" + at + "' the value '" + Values.text(candidate) + "' is not one"
                            + " of the allowed values");
                }
            }
        }
        check(parameter, schema, value, definitions, at);
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode option : allowed) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String type, JsonNode value) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "string", "securestring" -> value.isTextual();
            case "int" -> value.isIntegralNumber();
            case "bool" -> value.isBoolean();
            case "object", "secureobject" -> value.isObject();
            case "array" -> value.isArray();
            default -> true;
        };
    }

    private static TemplateError invalid(String parameter, String what) {
        return new TemplateError("Template parameter '" + parameter + "' was provided an invalid value: " + what
                + ".");
    }
}
