package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * User-defined data types (the template's {@code definitions}, which Bicep writes in language version 2.0): a
 * parameter declared with {@code "$ref": "#/definitions/name"} takes the definition's type and constraints, a
 * {@code nullable} one may be left out, and a value is checked against the declared {@code properties},
 * {@code additionalProperties}, {@code discriminator}, {@code prefixItems} and {@code items} by
 * {@link TypeConstraints} (docs/azure/arm-templates.md#user-defined-types).
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
     * Checks a value's inside against a parameter's type: properties, variants and items, each with its own type
     * and constraints (the value's own type and constraints are checked by the caller).
     *
     * @param where the path inside the value, "" at its top
     */
    static void check(String parameter, JsonNode schema, JsonNode value, JsonNode definitions, String where) {
        TypeConstraints.checkInside("Template parameter '" + parameter + "' was provided an invalid value", schema,
                value, definitions, where);
    }

    static boolean fits(String type, JsonNode value) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "string", "securestring" -> value.isTextual();
            case "int" -> value.isIntegralNumber();
            case "bool" -> value.isBoolean();
            case "object", "secureobject" -> value.isObject();
            case "array" -> value.isArray();
            default -> true;
        };
    }
}
