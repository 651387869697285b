package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Azure CLI's generic update edits, {@code --set}, {@code --add} and {@code --remove}, applied to a resource as
 * the CLI prints it: paths of property names and {@code [index]} or {@code [key=value]} selectors, values read as
 * JSON when they parse as JSON (unless {@code --force-string}), and the CLI's own error messages for a path that does
 * not exist (azure-cli {@code azure/cli/core/commands/arm.py}: {@code set_properties}, {@code add_properties},
 * {@code remove_properties}, {@code throw_and_show_options}).
 *
 * <pre>{@code
 * JsonEdits.set(nic, "tags.env=test", false);          // {"tags": {"env": "test"}}
 * JsonEdits.add(vnet, List.of("addressSpace.addressPrefixes", "10.1.0.0/16"), false);
 * JsonEdits.remove(nic, List.of("networkSecurityGroup"));
 * }</pre>
 */
final class JsonEdits {

    private static final Pattern SEGMENT = Pattern.compile("(\\[.*?\\])|([^.]+)");
    private static final Pattern SELECTOR = Pattern.compile("\\[(.*)\\]");

    private JsonEdits() {
    }

    /** {@code --set PATH=VALUE}: sets (or adds) the property at the path's end. */
    static void set(ObjectNode resource, String expression, boolean forceString, Set<String> known) {
        String[] keyValue = splitKeyValue(expression);
        String key = keyValue[0];
        if (key.isBlank()) {
            throw AzError.command("Empty key in --set. Correct syntax: --set KEY=VALUE [KEY=VALUE ...]");
        }
        JsonNode value = forceString ? JsonNodeFactory.instance.textNode(keyValue[1]) : jsonOrText(keyValue[1]);
        List<String> path = segments(key);
        String name = path.remove(path.size() - 1);
        JsonNode parent = find(resource, path, known, true);
        Matcher index = SELECTOR.matcher(name);
        if (index.matches()) {
            if (!(parent instanceof ArrayNode list)) {
                throw options(parent, name, List.of(key.split("\\.")));
            }
            int at = index(index.group(1), name);
            if (at >= list.size()) {
                throw AzError.command("index " + at + " doesn't exist on " + name);
            }
            list.set(at, value);
        } else if (parent instanceof ObjectNode object) {
            object.set(name, value);
        } else {
            throw options(parent, name, List.of(key.split("\\.")));
        }
    }

    /**
     * {@code --add PATH VALUE...}: appends to the list at the path; consecutive {@code key=value} arguments make one
     * object, any other argument is one item.
     */
    static void add(ObjectNode resource, List<String> arguments, boolean forceString, Set<String> known) {
        List<String> path = segments(arguments.get(0));
        JsonNode target = find(resource, path, known, false);
        if (target == null || target.isNull()) {
            JsonNode parent = find(resource, path.subList(0, path.size() - 1), known, true);
            if (!(parent instanceof ObjectNode object)) {
                throw invalidSyntax("--add");
            }
            target = object.putArray(path.get(path.size() - 1));
        }
        if (!(target instanceof ArrayNode list)) {
            throw invalidSyntax("--add");
        }
        ObjectNode entry = null;
        for (String argument : arguments.subList(1, arguments.size())) {
            int eq = argument.indexOf('=');
            if (eq >= 0) {
                if (entry == null) {
                    entry = JsonNodeFactory.instance.objectNode();
                }
                entry.put(argument.substring(0, eq), argument.substring(eq + 1));
                continue;
            }
            if (entry != null) {
                list.add(entry);
                entry = null;
            }
            list.add(forceString ? JsonNodeFactory.instance.textNode(argument) : jsonOrText(argument));
        }
        if (entry != null) {
            list.add(entry);
        }
    }

    /** {@code --remove PATH [INDEX]}: removes the property at the path, or the item at the index of its list. */
    static void remove(ObjectNode resource, List<String> arguments, Set<String> known) {
        List<String> path = segments(arguments.get(0));
        if (arguments.size() > 1 && !arguments.get(1).isEmpty()) {
            JsonNode list = find(resource, path, known, false);
            String last = path.get(path.size() - 1);
            if (!(list instanceof ArrayNode items)) {
                throw AzError.command(last + " doesn't exist");
            }
            int at = index(arguments.get(1), last);
            if (at < 0 || at >= items.size()) {
                throw AzError.command("index " + arguments.get(1) + " doesn't exist on " + last);
            }
            items.remove(at);
            return;
        }
        if (find(resource, path, known, false) == null) {
            return;
        }
        JsonNode parent = find(resource, path.subList(0, path.size() - 1), known, false);
        if (!(parent instanceof ObjectNode object)) {
            throw invalidSyntax("--remove");
        }
        object.remove(path.get(path.size() - 1));
    }

    /**
     * The first path, in the printed form ({@code addressSpace.addressPrefixes[1]}), where {@code after} differs
     * from {@code before}, or {@code null} when they are equal.
     */
    static String firstDifference(JsonNode before, JsonNode after, String at) {
        if (before == null || after == null || before.getNodeType() != after.getNodeType()) {
            return java.util.Objects.equals(before, after) ? null : at;
        }
        if (before.isObject()) {
            TreeSet<String> keys = new TreeSet<>(Json.keys(before));
            keys.addAll(Json.keys(after));
            for (String key : keys) {
                String found = firstDifference(before.get(key), after.get(key), at.isEmpty() ? key : at + "." + key);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (before.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                String found = firstDifference(before.get(i), after.get(i), at + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return before.equals(after) ? null : at;
    }

    /** The node at a dotted path of plain property names, or {@code null}. */
    static JsonNode at(JsonNode resource, String dottedPath) {
        JsonNode node = resource;
        for (String part : dottedPath.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    /** The same path with the node at its end removed (a no-op when it is not there). */
    static void removeAt(JsonNode resource, String dottedPath) {
        int dot = dottedPath.lastIndexOf('.');
        JsonNode parent = dot < 0 ? resource : at(resource, dottedPath.substring(0, dot));
        if (parent instanceof ObjectNode object) {
            object.remove(dot < 0 ? dottedPath : dottedPath.substring(dot + 1));
        }
    }

    /**
     * The node at {@code path}. A property the resource does not print but vnetlab models (an NSG association a
     * subnet does not have) is there as none, as in the CLI's SDK objects: {@code null}, or an empty object when
     * {@code create} (for {@code --set networkSecurityGroup.id=...}).
     */
    private static JsonNode find(JsonNode resource, List<String> path, Set<String> known, boolean create) {
        JsonNode node = resource;
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            String part = path.get(i);
            Matcher selector = SELECTOR.matcher(part);
            if (selector.matches()) {
                if (!(node instanceof ArrayNode list)) {
                    throw options(node, part, path);
                }
                node = select(list, selector.group(1), i == 0 ? "root" : path.get(i - 1));
                plain.append(part);
                continue;
            }
            plain.append(plain.length() == 0 ? "" : ".").append(part);
            if (node instanceof ObjectNode object && object.hasNonNull(part)) {
                node = object.get(part);
            } else if (node instanceof ObjectNode object && isKnown(known, plain.toString())) {
                if (!create) {
                    return null;
                }
                node = object.putObject(part);
            } else {
                throw options(node, part, path);
            }
        }
        return node;
    }

    private static boolean isKnown(Set<String> known, String path) {
        return known.stream().anyMatch(k -> k.equals(path) || k.startsWith(path + "."));
    }

    private static JsonNode select(ArrayNode list, String selector, String listName) {
        int eq = selector.indexOf('=');
        if (eq < 0) {
            int at = index(selector, listName);
            if (at >= list.size()) {
                throw AzError.command("index " + at + " doesn't exist on " + listName);
            }
            return list.get(at);
        }
        String key = selector.substring(0, eq);
        JsonNode value = jsonOrText(selector.substring(eq + 1));
        List<JsonNode> matches = new ArrayList<>();
        list.forEach(item -> {
            if (value.equals(item.get(key))) {
                matches.add(item);
            }
        });
        if (matches.size() > 1) {
            throw AzError.command("non-unique key '" + key + "' found multiple matches on " + listName
                    + ". Key must be unique.");
        }
        if (matches.isEmpty()) {
            throw AzError.command("item with value '" + Json.pythonStr(value) + "' doesn't exist for key '" + key
                    + "' on " + listName);
        }
        return matches.get(0);
    }

    private static int index(String text, String listName) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw AzError.command("index " + text + " doesn't exist on " + listName);
        }
    }

    /** azure-cli's {@code throw_and_show_options}: what the parent offers instead. */
    private static AzError options(JsonNode parent, String part, List<String> path) {
        String parentPath = String.join(".", path.subList(0, path.size() - 1)).replace(".[", "[");
        String message = "Couldn't find '" + part + "' in '" + parentPath + "'.";
        if (parent instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>(Json.keys(object));
            keys.sort(null);
            message += " Available options: " + pythonList(keys);
        } else if (parent instanceof ArrayNode) {
            message += " Available options: index into the collection '" + parentPath
                    + "' with [<index>] or [<key=value>]";
        } else {
            message += " '" + parentPath + "' does not support further indexing.";
        }
        return AzError.command(message);
    }

    private static String pythonList(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static AzError invalidSyntax(String option) {
        String usage = switch (option) {
            case "--add" -> "--add property.listProperty <key=value, string or JSON string>";
            case "--remove" -> "--remove property.list <indexToRemove> OR --remove propertyToRemove";
            default -> "--set property1.property2=<value>";
        };
        return AzError.command("invalid syntax: " + usage);
    }

    /** azure-cli's {@code _split_key_value_pair}: at the first {@code =} outside brackets. */
    private static String[] splitKeyValue(String expression) {
        boolean brackets = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '=' && !brackets) {
                return new String[] {expression.substring(0, i), expression.substring(i + 1)};
            }
            if (c == '[') {
                brackets = true;
            } else if (c == ']') {
                brackets = false;
            }
        }
        throw invalidSyntax("--set");
    }

    /** azure-cli's {@code _get_internal_path}: {@code a.b[0].c} is {@code a}, {@code b}, {@code [0]}, {@code c}. */
    private static List<String> segments(String path) {
        Matcher m = SEGMENT.matcher(path.replace(".[", "[").replace("[", ".["));
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return parts;
    }

    /** A value as {@code shell_safe_json_parse} reads it: JSON when it is JSON, else the text itself. */
    private static JsonNode jsonOrText(String text) {
        String trimmed = text.strip();
        boolean jsonish = !trimmed.isEmpty() && ("{[\"-".indexOf(trimmed.charAt(0)) >= 0
                || Character.isDigit(trimmed.charAt(0)) || trimmed.equals("true") || trimmed.equals("false")
                || trimmed.equals("null"));
        if (jsonish) {
            try {
                // strict: Python's json.loads reads all of "10.0.0.0/16" or refuses it, never its first number
                return Json.mapper().reader()
                        .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readTree(trimmed);
            } catch (java.io.IOException notJson) {
                // the CLI keeps the text as it is
            }
        }
        return JsonNodeFactory.instance.textNode(text);
    }
}
