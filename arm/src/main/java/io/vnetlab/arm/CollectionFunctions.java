package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.vnetlab.arm.Functions.badArgument;
import static io.vnetlab.arm.Functions.eager;
import static io.vnetlab.arm.Functions.list;

/**
 * The array and object functions beyond the basic ones: {@code indexOf}/{@code lastIndexOf} on strings and arrays,
 * {@code join}, {@code flatten}, {@code intersection}, {@code items}, {@code objectKeys}, {@code shallowMerge},
 * {@code tryGet}, {@code indexFromEnd}, {@code tryIndexFromEnd}, and {@code float}
 * (docs/azure/arm-templates.md#functions).
 */
final class CollectionFunctions {

    private CollectionFunctions() {
    }

    static void register() {
        eager("indexOf", 2, 2, (n, a, ev) -> IntNode.valueOf(position(n, a, true)));
        eager("lastIndexOf", 2, 2, (n, a, ev) -> IntNode.valueOf(position(n, a, false)));
        eager("join", 2, 2, (n, a, ev) -> {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : array(n, a.get(0))) {
                if (item.isContainerNode()) {
                    throw badArgument(n, item, "a string, an integer or a boolean (join joins the elements as text)");
                }
                parts.add(Values.text(item));
            }
            String joined = String.join(Functions.str(n, a, 1), parts);
            TemplateLimits.checkLength(n, joined.length());
            return TextNode.valueOf(joined);
        });
        eager("flatten", 1, 1, (n, a, ev) -> {
            ArrayNode result = Values.NODES.arrayNode();
            for (JsonNode inner : array(n, a.get(0))) {
                if (inner.isArray()) {
                    result.addAll((ArrayNode) inner);
                } else {
                    throw badArgument(n, inner, "an array (flatten takes an array of arrays)");
                }
            }
            return result;
        });
        eager("intersection", 2, 64, CollectionFunctions::intersection);
        eager("items", 1, 1, (n, a, ev) -> {
            JsonNode object = object(n, a.get(0));
            // ARM lists the entries sorted by key, whatever their order in the object
            Map<String, JsonNode> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            object.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            ArrayNode result = Values.NODES.arrayNode();
            sorted.forEach((k, v) -> result.addObject().put("key", k).set("value", v));
            return result;
        });
        eager("objectKeys", 1, 1, (n, a, ev) -> {
            ArrayNode result = Values.NODES.arrayNode();
            object(n, a.get(0)).fieldNames().forEachRemaining(result::add);
            return result;
        });
        eager("shallowMerge", 1, 1, (n, a, ev) -> {
            ObjectNode result = Values.object();
            for (JsonNode item : array(n, a.get(0))) {
                result.setAll((ObjectNode) object(n, item));
            }
            return result;
        });
        eager("tryGet", 2, 64, (n, a, ev) -> {
            JsonNode current = a.get(0);
            for (JsonNode key : a.subList(1, a.size())) {
                current = step(current, key);
                if (current == null) {
                    return NullNode.getInstance();
                }
            }
            return current;
        });
        eager("indexFromEnd", 2, 2, (n, a, ev) -> {
            JsonNode found = fromEnd(n, a);
            if (found == null) {
                throw new TemplateError("Unable to evaluate template language function '" + n + "': the index "
                        + Functions.integer(n, a, 1) + " from the end is out of bounds: the array has "
                        + a.get(0).size() + " elements.");
            }
            return found;
        });
        eager("tryIndexFromEnd", 2, 2, (n, a, ev) -> {
            JsonNode found = fromEnd(n, a);
            return found == null ? NullNode.getInstance() : found;
        });
        eager("float", 1, 1, (n, a, ev) -> {
            JsonNode v = a.get(0);
            if (v.isNumber()) {
                return DoubleNode.valueOf(v.doubleValue());
            }
            try {
                return DoubleNode.valueOf(Double.parseDouble(Functions.str(n, a, 0).trim()));
            } catch (NumberFormatException e) {
                throw new TemplateError("Unable to evaluate template language function 'float': the string '"
                        + JsonProblems.excerpt(v.asText()) + "' is not a number.");
            }
        });
    }

    /** A string's position of a substring (case-insensitive, as ARM's), or an array's of an element. */
    private static int position(String name, List<JsonNode> a, boolean first) {
        if (a.get(0).isArray()) {
            List<JsonNode> items = list(a.get(0));
            return first ? items.indexOf(a.get(1)) : items.lastIndexOf(a.get(1));
        }
        String s = Functions.str(name, a, 0).toLowerCase(Locale.ROOT);
        String sub = Functions.str(name, a, 1).toLowerCase(Locale.ROOT);
        return first ? s.indexOf(sub) : s.lastIndexOf(sub);
    }

    private static JsonNode intersection(String name, List<JsonNode> a, Evaluator ev) {
        if (a.get(0).isArray()) {
            Set<JsonNode> common = new LinkedHashSet<>(list(a.get(0)));
            for (JsonNode other : a.subList(1, a.size())) {
                common.retainAll(array(name, other));
            }
            return Functions.array(new ArrayList<>(common));
        }
        ObjectNode result = ((ObjectNode) object(name, a.get(0))).deepCopy();
        for (JsonNode other : a.subList(1, a.size())) {
            JsonNode o = object(name, other);
            List<String> keep = new ArrayList<>();
            result.properties().forEach(e -> {
                if (e.getValue().equals(o.get(e.getKey()))) {
                    keep.add(e.getKey());
                }
            });
            result.retain(keep);
        }
        return result;
    }

    private static JsonNode step(JsonNode current, JsonNode key) {
        if (current.isObject() && key.isTextual()) {
            return Values.property(current, key.textValue()).orElse(null);
        }
        if (current.isArray() && key.isIntegralNumber() && key.canConvertToInt()) {
            int i = key.intValue();
            return i >= 0 && i < current.size() ? current.get(i) : null;
        }
        return null;
    }

    private static JsonNode fromEnd(String name, List<JsonNode> a) {
        List<JsonNode> items = array(name, a.get(0));
        long reverse = Functions.integer(name, a, 1);
        if (reverse < 1) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the index from"
                    + " the end must be 1 or more (1 is the last element); it is " + reverse + ".");
        }
        return reverse > items.size() ? null : items.get(items.size() - (int) reverse);
    }

    static List<JsonNode> array(String name, JsonNode v) {
        if (!v.isArray()) {
            throw badArgument(name, v, "an array");
        }
        return list(v);
    }

    static JsonNode object(String name, JsonNode v) {
        if (!v.isObject()) {
            throw badArgument(name, v, "an object");
        }
        return v;
    }
}
