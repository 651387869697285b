package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The sizes a template and the values its functions make may reach, so that a hostile template is refused in
 * ARM's words instead of running out of memory or stack (docs/azure/arm-templates.md#limits).
 *
 * <p>ARM documents the template size, the copy count, the resource count, the expression length and the range
 * count; the nesting depths and the array length are vnetlab's own bounds (docs/azure/decisions.md#arm-bounds).
 */
final class TemplateLimits {

    /** ARM refuses a template, or a parameters file, larger than 4 MB. */
    static final int TEMPLATE_CHARACTERS = 4 * 1024 * 1024;

    /** No single value can be larger than the template it must fit in once expanded. */
    static final int VALUE_CHARACTERS = TEMPLATE_CHARACTERS;

    /** The longest array a function may make: {@code range}'s documented maximum count. */
    static final int ARRAY_ITEMS = 10_000;

    /** ARM refuses a resource whose definition, once expanded, is larger than 1 MB. */
    static final int RESOURCE_CHARACTERS = 1024 * 1024;

    /** ARM's maximum copy count of a resource, property or variable loop. */
    static final int COPY_COUNT = 800;

    /** ARM's maximum number of resources in one template, copies included. */
    static final int RESOURCES = 800;

    /** ARM's maximum length of one template expression, brackets included. */
    static final int EXPRESSION_CHARACTERS = 24_576;

    /** How deeply function calls, property and index accesses may nest inside one expression. */
    static final int EXPRESSION_DEPTH = 64;

    /** How deeply JSON objects and arrays may nest in a template, a parameters file or {@code json()}'s text. */
    static final int JSON_DEPTH = 128;

    private TemplateLimits() {
    }

    /**
     * About how many characters a value takes in the expanded template's JSON: what the template size limits
     * measure. Strings count their characters, containers their members; quotes and separators count one each.
     */
    static long sizeOf(JsonNode value) {
        if (value == null) {
            return 0;
        }
        if (value.isTextual()) {
            return value.textValue().length() + 2L;
        }
        if (value.isObject()) {
            long size = 2;
            Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                size += f.getKey().length() + 4L + sizeOf(f.getValue());
            }
            return size;
        }
        if (value.isArray()) {
            long size = 2;
            for (JsonNode item : value) {
                size += 1 + sizeOf(item);
            }
            return size;
        }
        return value.asText().length();
    }

    /** Refuses a string a function would make longer than a template value can be, before it is made. */
    static void checkLength(String function, long length) {
        if (length > VALUE_CHARACTERS) {
            throw new TemplateError("Unable to evaluate template language function '" + function + "': the result"
                    + " would be " + length + " characters long; a template value holds at most " + VALUE_CHARACTERS
                    + " characters, since ARM limits a template to 4 MB.");
        }
    }

    /** Refuses an array a function would make longer than {@link #ARRAY_ITEMS}, before it is made. */
    static void checkItems(String function, long items) {
        if (items > ARRAY_ITEMS) {
            throw new TemplateError("Unable to evaluate template language function '" + function + "': the result"
                    + " would have " + items + " elements; a template function makes arrays of at most "
                    + ARRAY_ITEMS + " elements.");
        }
    }
}
