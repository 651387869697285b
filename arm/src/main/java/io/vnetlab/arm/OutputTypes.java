package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * An output's value must be of the type the output declares, as ARM checks when it evaluates the outputs
 * (docs/azure/arm-templates.md#outputs); a value the simulator cannot know passes.
 */
final class OutputTypes {

    private OutputTypes() {
    }

    static void check(String output, String declared, JsonNode value, String path) {
        String expected = switch (declared.toLowerCase(Locale.ROOT)) {
            case "string", "securestring" -> "String";
            case "int" -> "Integer";
            case "bool" -> "Boolean";
            case "object", "secureobject" -> "Object";
            case "array" -> "Array";
            default -> throw new PathError(path.substring(0, path.lastIndexOf('.')) + ".type", "The template output '"
                    + output + "' has type '" + declared + "'; an output's type is one of string, securestring, int,"
                    + " bool, object, secureObject, array. Please see https://aka.ms/arm-create-template#outputs for"
                    + " usage details.");
        };
        String actual = Values.typeName(value);
        if (!(value instanceof Unknown) && !actual.equals(expected)) {
            throw new PathError(path, "The template output '" + output + "' is not valid: Template output JToken type"
                    + " is not valid. Expected '" + expected + "'. Actual '" + actual + "'. Please see"
                    + " https://aka.ms/arm-create-template#outputs for usage details.");
        }
    }
}
