package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --output yaml}: what PyYAML's {@code safe_dump(result, default_flow_style=False)} prints (knack
 * {@code format_yaml}) — block style, keys sorted, sequence items not indented under their key, strings quoted
 * with single quotes only where YAML would read them as something else. Written here because Jackson's YAML module
 * formats differently (document markers, double quotes) from what the CLI prints.
 */
final class Yaml {

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "(?i)(|~|null|true|false|yes|no|on|off|y|n|[-+]?(\\d[\\d_]*)?\\.?\\d+([eE][-+]?\\d+)?|0x[0-9a-f]+|\\.inf|\\.nan)");

    private Yaml() {
    }

    static String dump(JsonNode node) {
        StringBuilder out = new StringBuilder();
        if (node.isContainerNode() && node.size() > 0) {
            block(out, node, 0);
        } else {
            out.append(scalar(node)).append('\n');
            if (node.isValueNode()) {
                out.append("...\n");
            }
        }
        return out.toString();
    }

    private static void block(StringBuilder out, JsonNode node, int indent) {
        String pad = " ".repeat(indent);
        if (node.isObject()) {
            List<String> keys = Json.keys(node);
            keys.sort(null);
            for (String k : keys) {
                JsonNode v = node.get(k);
                out.append(pad).append(string(k)).append(':');
                if (v.isObject() && v.size() > 0) {
                    out.append('\n');
                    block(out, v, indent + 2);
                } else if (v.isArray() && v.size() > 0) {
                    out.append('\n');
                    block(out, v, indent);
                } else {
                    out.append(' ').append(scalar(v)).append('\n');
                }
            }
        } else {
            for (JsonNode v : node) {
                out.append(pad).append("- ");
                if (v.isContainerNode() && v.size() > 0) {
                    StringBuilder inner = new StringBuilder();
                    block(inner, v, indent + 2);
                    out.append(inner.substring(indent + 2));
                } else {
                    out.append(scalar(v)).append('\n');
                }
            }
        }
    }

    private static String scalar(JsonNode v) {
        if (v.isNull()) {
            return "null";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        if (v.isNumber()) {
            return v.asText();
        }
        if (v.isObject()) {
            return "{}";
        }
        if (v.isArray()) {
            return "[]";
        }
        return string(v.textValue());
    }

    private static String string(String s) {
        boolean quote = PLAIN_UNSAFE.matcher(s).matches() || s.startsWith(" ") || s.endsWith(" ")
                || "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0 || s.contains(": ") || s.contains(" #")
                || s.endsWith(":");
        return quote ? "'" + s.replace("'", "''") + "'" : s;
    }
}
