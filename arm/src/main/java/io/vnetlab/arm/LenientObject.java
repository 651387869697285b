package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The state of a resource the simulator does not model, as {@code reference()} returns it: the properties it was
 * deployed with, where a property Azure would add (a storage account's endpoints, a firewall's private address)
 * reads as {@link Unknown} instead of failing. Objects and arrays read from it are lenient too.
 */
@SuppressWarnings({"unchecked", "rawtypes", "overrides"})
final class LenientObject extends ObjectNode {

    private static final long serialVersionUID = 1L;

    private final String description;

    LenientObject(ObjectNode content, String description) {
        super(Values.NODES);
        this.description = description;
        setAll(content);
    }

    /** The property {@code name}: present, it is returned (lenient if an object or array); absent, it is unknown. */
    JsonNode read(String name) {
        return Values.property(this, name).map(v -> lenient(v, description + "." + name))
                .orElseGet(() -> new Unknown(description + "." + name));
    }

    static JsonNode element(ArrayNode array, int index, String description) {
        String at = description + "[" + index + "]";
        return index >= 0 && index < array.size() ? lenient(array.get(index), at) : new Unknown(at);
    }

    static JsonNode lenient(JsonNode v, String description) {
        if (v instanceof ObjectNode o && !(v instanceof LenientObject)) {
            return new LenientObject(o, description);
        }
        if (v instanceof ArrayNode a && !(v instanceof LenientArray)) {
            return new LenientArray(a, description);
        }
        return v;
    }

    /** An array read from a lenient object: its elements are lenient, and one past the end is unknown. */
    @SuppressWarnings({"unchecked", "rawtypes", "overrides"})
    static final class LenientArray extends ArrayNode {

        private static final long serialVersionUID = 1L;

        final String description;

        LenientArray(ArrayNode content, String description) {
            super(Values.NODES);
            this.description = description;
            addAll(content);
        }
    }
}
