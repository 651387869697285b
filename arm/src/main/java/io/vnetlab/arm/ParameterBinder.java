package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a template's parameters: the values given (names compare case-insensitively), else the default values,
 * checked against the declared type, {@code allowedValues}, {@code minValue}/{@code maxValue} and
 * {@code minLength}/{@code maxLength}, as ARM validates them before deploying anything.
 */
final class ParameterBinder {

    private ParameterBinder() {
    }

    /**
     * @param declarations the template's {@code parameters} section
     * @param given the values given, by name as written
     * @param path the template path of the {@code parameters} section, for messages
     * @param bare a scope to evaluate default values in; its parameter map is filled as parameters are bound
     * @param definitions the template's user-defined types, which declarations and their properties may name
     */
    static Map<String, JsonNode> bind(JsonNode declarations, Map<String, JsonNode> given, String path,
                                      Map<String, JsonNode> bound, TemplateScope bare, JsonNode definitions) {
        Map<String, String> declared = new LinkedHashMap<>();
        if (declarations != null) {
            Iterator<String> names = declarations.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String previous = declared.put(name.toLowerCase(Locale.ROOT), name);
                if (previous != null) {
                    throw new PathError(path + "." + name, "The template parameters '" + previous + "' and '" + name
                            + "' differ only in case; ARM treats parameter names case-insensitively, so they are one"
                            + " parameter declared twice.");
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (!declared.containsKey(name.toLowerCase(Locale.ROOT))) {
                unknown.add(name);
            } else {
                values.put(name.toLowerCase(Locale.ROOT), value);
            }
        });
        if (!unknown.isEmpty()) {
            throw new PathError(path, "The template parameters '" + String.join(", ", unknown) + "' in the"
                    + " parameters file are not valid; they are not present in the original template and can"
                    + " therefore not be provided at deployment time. The only supported parameters for this template"
                    + " are '" + String.join(", ", declared.values()) + "'. Please see"
                    + " https://aka.ms/arm-pass-parameter-values for usage details.");
        }
        // a default may read a parameter declared after it: ARM binds parameters in the order their defaults need
        // them (docs/azure/arm-templates.md#parameters), so a parameter is bound when it is first read
        List<String> binding = new ArrayList<>();
        bare.onMissingParameter(wanted -> {
            String name = declared.get(wanted.toLowerCase(Locale.ROOT));
            if (name == null) {
                return null;
            }
            bindOne(name, declarations.get(name), values, path, bound, bare, binding, definitions);
            return bound.get(name.toLowerCase(Locale.ROOT));
        });
        for (String name : declared.values()) {
            if (!bound.containsKey(name.toLowerCase(Locale.ROOT))) {
                bindOne(name, declarations.get(name), values, path, bound, bare, binding, definitions);
            }
        }
        bare.onMissingParameter(null);
        return bound;
    }

    private static void bindOne(String name, JsonNode declaration, Map<String, JsonNode> values, String path,
                                Map<String, JsonNode> bound, TemplateScope bare, List<String> binding,
                                JsonNode definitions) {
        String at = path + "." + name;
        if (binding.contains(name)) {
            List<String> cycle = new ArrayList<>(binding.subList(binding.indexOf(name), binding.size()));
            cycle.add(name);
            throw new PathError(at + ".defaultValue", "The template parameters have a circular dependency in their"
                    + " default values: '" + String.join("' -> '", cycle) + "'. Please see"
                    + " https://aka.ms/arm-syntax-parameters for usage details.");
        }
        binding.add(name);
        try {
            String type = Values.string(declaration, "type").orElseThrow(() -> new PathError(at + ".type",
                    "The template parameter '" + name + "' has no 'type'."));
            JsonNode value = values.get(name.toLowerCase(Locale.ROOT));
            boolean nullable = UserDefinedTypes.nullable(declaration);
            if (value == null && nullable && Values.property(declaration, "defaultValue").isEmpty()
                    || value != null && value.isNull() && nullable) {
                // a nullable parameter left out is null, as ARM binds it
                bound.put(name.toLowerCase(Locale.ROOT), com.fasterxml.jackson.databind.node.NullNode.getInstance());
                return;
            }
            if (value != null && value.isNull() && Values.property(declaration, "defaultValue").isPresent()) {
                // a null given for a parameter with a default is no value: ARM binds the default (Bicep passes null
                // to leave a module parameter at its default)
                value = null;
            }
            if (value == null) {
                JsonNode defaultValue = Values.property(declaration, "defaultValue").orElse(null);
                if (defaultValue == null) {
                    throw new PathError(at, "The value for the template parameter '" + name + "' is not provided."
                            + " Please see https://aka.ms/arm-create-parameter-file for usage details.");
                }
                value = Evaluator.forParameterDefaults(bare).value(defaultValue, at + ".defaultValue");
            }
            value = typed(name, type, value, at);
            checkConstraints(name, declaration, value, at);
            try {
                UserDefinedTypes.check(name, declaration, value, definitions, "");
            } catch (TemplateError e) {
                throw new PathError(at, e.getMessage());
            }
            bound.put(name.toLowerCase(Locale.ROOT), value);
        } finally {
            binding.remove(binding.size() - 1);
        }
    }

    /** Checks (and, for values given as text on a command line, converts) a value to the declared type. */
    private static JsonNode typed(String name, String type, JsonNode value, String at) {
        String t = type.toLowerCase(Locale.ROOT);
        if (value instanceof Unknown) {
            return value;
        }
        switch (t) {
            case "string", "securestring" -> {
                if (value.isTextual()) {
                    return value;
                }
            }
            case "int" -> {
                if (value.isIntegralNumber()) {
                    return value;
                }
                if (value.isTextual() && value.textValue().trim().matches("[-+]?\\d{1,18}")) {
                    return Functions.number(Long.parseLong(value.textValue().trim()));
                }
            }
            case "bool" -> {
                if (value.isBoolean()) {
                    return value;
                }
                if (value.isTextual() && value.textValue().matches("(?i)true|false")) {
                    return BooleanNode.valueOf(Boolean.parseBoolean(value.textValue().toLowerCase(Locale.ROOT)));
                }
            }
            case "object", "secureobject" -> {
                if (value.isObject()) {
                    return value;
                }
            }
            case "array" -> {
                if (value.isArray()) {
                    return value;
                }
            }
            default -> throw new PathError(at + ".type", "The template parameter '" + name + "' has type '" + type
                    + "'; a parameter's type is one of string, securestring, int, bool, object, secureObject, array.");
        }
        throw new PathError(at, "Template parameter '" + name + "' was provided an invalid value. Expected a value"
                + " of type '" + expected(t) + "', but received a value of type '" + Values.typeName(value) + "'.");
    }

    /** ARM's name of a parameter type in its messages: {@code int} is 'Integer'. */
    static String expected(String type) {
        return switch (type) {
            case "int" -> "Integer";
            case "bool" -> "Boolean";
            case "object", "secureobject" -> "Object";
            case "array" -> "Array";
            default -> "String";
        };
    }

    private static void checkConstraints(String name, JsonNode declaration, JsonNode value, String at) {
        JsonNode allowed = Values.property(declaration, "allowedValues").orElse(null);
        if (allowed != null && allowed.isArray() && !(value instanceof Unknown)) {
            List<JsonNode> options = new ArrayList<>();
            allowed.forEach(options::add);
            List<JsonNode> candidates = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(candidates::add);
            } else {
                candidates.add(value);
            }
            for (JsonNode candidate : candidates) {
                if (!options.contains(candidate)) {
                    throw new PathError(at, "The provided value '" + Values.text(candidate) + "' for the template"
                            + " parameter '" + name + "' is not valid. The value is not part of the allowed value(s): '"
                            + String.join(",", options.stream().map(Values::text).toList()) + "'.");
                }
            }
        }
        Values.property(declaration, "minValue").filter(JsonNode::isIntegralNumber).ifPresent(min -> {
            if (value.isIntegralNumber() && value.longValue() < min.longValue()) {
                throw new PathError(at, "The provided value '" + value.longValue() + "' for the template parameter '"
                        + name + "' is not valid. The value is less than the minimum value of '" + min.longValue() + "'.");
            }
        });
        Values.property(declaration, "maxValue").filter(JsonNode::isIntegralNumber).ifPresent(max -> {
            if (value.isIntegralNumber() && value.longValue() > max.longValue()) {
                throw new PathError(at, "The provided value '" + value.longValue() + "' for the template parameter '"
                        + name + "' is not valid. The value is greater than the maximum value of '" + max.longValue()
                        + "'.");
            }
        });
        int length = value.isTextual() ? value.textValue().length() : value.isArray() ? value.size() : -1;
        Values.property(declaration, "minLength").filter(JsonNode::isIntegralNumber).ifPresent(min -> {
            if (length >= 0 && length < min.intValue()) {
                throw new PathError(at, "The provided value for the template parameter '" + name + "' is not valid."
                        + " Its length " + length + " is less than the minimum length of '" + min.intValue() + "'.");
            }
        });
        Values.property(declaration, "maxLength").filter(JsonNode::isIntegralNumber).ifPresent(max -> {
            if (length >= 0 && length > max.intValue()) {
                throw new PathError(at, "The provided value for the template parameter '" + name + "' is not valid."
                        + " Its length " + length + " is greater than the maximum length of '" + max.intValue() + "'.");
            }
        });
    }

    /** The {@code parameters} object of a parameters file, or of a nested deployment: {@code {"x": {"value": ...}}}. */
    static Map<String, JsonNode> valuesOf(JsonNode parametersObject, String path) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (parametersObject == null || parametersObject.isNull()) {
            return values;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = parametersObject.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode entry = f.getValue();
            if (Values.property(entry, "value").isPresent()) {
                values.put(f.getKey(), Values.property(entry, "value").get());
            } else if (Values.property(entry, "reference").isPresent()) {
                values.put(f.getKey(), new Unknown("Key Vault reference of parameter '" + f.getKey() + "'"));
            } else {
                throw new PathError(path + "." + f.getKey(), "The parameter '" + f.getKey() + "' has neither a"
                        + " 'value' nor a Key Vault 'reference': write it as {\"value\": ...}.");
            }
        }
        return values;
    }

    static TextNode text(String s) {
        return TextNode.valueOf(s);
    }
}
