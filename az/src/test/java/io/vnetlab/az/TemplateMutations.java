package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Mutations of a valid ARM template, each decoded from a few numbers so that a seed replays them: drop a field or
 * element, duplicate one, retype a value, make a resource depend on itself, give a copy loop a count ARM refuses,
 * or put a function with a huge size in a value.
 */
final class TemplateMutations {

    static final String[] KINDS = {"drop", "duplicate", "retype", "self-dependsOn", "copy-count", "huge-function"};

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> RETYPED = List.of(NODES.numberNode(42), NODES.textNode("abc"),
            NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(1.5),
            NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.textNode(""), NODES.textNode("["),
            NODES.textNode("[concat("), NODES.textNode("[add(9223372036854775807, 1)]"),
            NODES.textNode("[parameters('nope')]"), NODES.textNode("x/hub"), NODES.textNode("n".repeat(300)));
    private static final List<JsonNode> COUNTS = List.of(NODES.numberNode(1_000_000_000), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.numberNode(801), NODES.textNode("[sub(0, 5)]"), NODES.textNode("many"));
    private static final List<String> HUGE = List.of("[padLeft('v', 2000000000, 'x')]",
            "[length(range(0, 2000000000))]", "[string(range(1, 100000000))]");

    private TemplateMutations() {
    }

    /** A mutated template, and whether ARM must refuse it whatever else it holds. */
    record Mutated(JsonNode template, String label, boolean invalid) {
    }

    /** Fields ARM requires of every resource. */
    private static final List<String> REQUIRED = List.of("type", "apiVersion", "name");
    /** Fields that, when given, must be strings. */
    private static final List<String> STRINGS = List.of("type", "apiVersion", "name", "location");

    /** A mutated copy of {@code template}: mutation {@code kind} at the node {@code where} picks, with {@code how}. */
    static Mutated mutate(JsonNode template, int kind, int where, int how) {
        JsonNode copy = template.deepCopy();
        ArrayNode resources = (ArrayNode) copy.get("resources");
        ObjectNode resource = (ObjectNode) resources.get(Math.floorMod(where, resources.size()));
        switch (KINDS[kind]) {
            case "drop": {
                Slot slot = slots(copy).get(Math.floorMod(where, slots(copy).size()));
                boolean invalid = slot.isResourceField(copy) && REQUIRED.contains(slot.field())
                        || slot.parent() == copy && slot.field().equals("resources");
                slot.remove();
                return new Mutated(copy, "drop " + slot.name(), invalid);
            }
            case "duplicate": {
                Slot slot = slots(copy).get(Math.floorMod(where, slots(copy).size()));
                boolean invalid = slot.parent() == resources;
                slot.duplicate();
                return new Mutated(copy, invalid ? "duplicate resource" : "duplicate " + slot.name(), invalid);
            }
            case "retype": {
                Slot slot = slots(copy).get(Math.floorMod(where, slots(copy).size()));
                JsonNode value = RETYPED.get(Math.floorMod(how, RETYPED.size()));
                boolean invalid = slot.isResourceField(copy) && STRINGS.contains(slot.field())
                        && !value.isTextual() && !value.isNull();
                slot.set(value);
                return new Mutated(copy, "retype " + slot.name() + " " + value.getNodeType(), invalid);
            }
            case "self-dependsOn": {
                String self = "[resourceId('" + resource.get("type").asText() + "', '" + resource.get("name").asText()
                        .replace("'", "''") + "')]";
                if (how % 2 == 0) {
                    resource.putArray("dependsOn").add(self);
                } else {
                    resource.put("dependsOn", self);
                }
                return new Mutated(copy, how % 2 == 0 ? "self-dependsOn" : "dependsOn string", true);
            }
            case "copy-count": {
                ObjectNode loop = resource.has("copy") ? (ObjectNode) resource.get("copy")
                        : resource.putObject("copy").put("name", "loop");
                JsonNode count = COUNTS.get(Math.floorMod(how, COUNTS.size()));
                loop.set("count", count);
                return new Mutated(copy, "copy count " + count, true);
            }
            default: {
                Slot slot = slots(copy).get(Math.floorMod(where, slots(copy).size()));
                slot.set(NODES.textNode(HUGE.get(Math.floorMod(how, HUGE.size()))));
                return new Mutated(copy, "huge-function", false);
            }
        }
    }

    /** Every value in the tree, with its place (the root's own fields included). */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    /** One place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {

        /** The field's name, or "element" for an array's. */
        String name() {
            return field == null ? "element" : field;
        }

        /** Whether this is a field of one of the template's resources. */
        boolean isResourceField(JsonNode root) {
            if (field == null) {
                return false;
            }
            for (JsonNode resource : root.path("resources")) {
                if (resource == parent) {
                    return true;
                }
            }
            return false;
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void duplicate() {
            if (parent instanceof ObjectNode object) {
                object.set(field + "2", object.get(field).deepCopy());
            } else {
                ArrayNode array = (ArrayNode) parent;
                array.insert(index, array.get(index).deepCopy());
            }
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }
}
