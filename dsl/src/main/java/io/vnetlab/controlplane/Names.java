package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;


/**
 * Checks names against Azure's naming rules ({@link NamingRule}, docs/azure/naming.md#rules) and refuses the others
 * with Azure's code: {@code InvalidResourceName}, or {@code InvalidResourceGroup} for a resource group.
 */
final class Names {

    private Names() {
    }

    /**
     * Checks the name a top-level resource's id was made with: everything after its type, so that an id made with the
     * name {@code x/hub} is refused rather than read as a resource named {@code hub}.
     */
    static void require(NamingRule rule, ResourceId id) {
        require(rule, requestedName(id), id);
    }

    static void require(NamingRule rule, String name, ResourceId id) {
        if (name != null && fits(rule, name)) {
            return;
        }
        String invalid = name == null ? "" : invalidCharacters(rule, name);
        if (rule == NamingRule.RESOURCE_GROUP) {
            throw new AzureException(AzureErrorCode.InvalidResourceGroup, invalid.isEmpty()
                    ? "The provided resource group name '" + name + "' is invalid. " + ruleText(rule)
                    : "The provided resource group name '" + name + "' has these invalid characters: '" + invalid
                    + "'. The name can only be a letter, digit, '-', '.', '(', ')' or '_'.", id);
        }
        throw new AzureException(AzureErrorCode.InvalidResourceName, "Resource name " + name + " is invalid."
                + (invalid.isEmpty() ? "" : " It holds characters a " + rule.kind + " name cannot: '" + invalid + "'.")
                + " " + ruleText(rule), id);
    }

    private static String ruleText(NamingRule rule) {
        return "A " + rule.kind + " name is " + rule.minLength + " to " + rule.maxLength + " characters long: "
                + rule.characters + ".";
    }

    /**
     * Code point by code point, in loops rather than an IntStream: every PUT asks, the first build in a JVM too, and a
     * stream pipeline links its lambdas and classes on first use.
     */
    private static boolean fits(NamingRule rule, String name) {
        int length = name.codePointCount(0, name.length());
        return length >= rule.minLength && length <= rule.maxLength
                && invalidCharacters(rule, name).isEmpty()
                && rule.first.matches(name.codePointAt(0)) && rule.last.matches(name.codePointBefore(name.length()));
    }

    /** The characters of {@code name} the rule does not allow, each once, in the order they first appear. */
    private static String invalidCharacters(NamingRule rule, String name) {
        StringBuilder invalid = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (!rule.allowed.matches(c) && invalid.indexOf(Character.toString(c)) < 0) {
                invalid.appendCodePoint(c);
            }
        }
        return invalid.toString();
    }

    /**
     * The text after {@code /subscriptions/{id}/resourceGroups/{group}/providers/{namespace}/{type}/} in a top-level
     * resource's id: its name, as the request gave it.
     */
    private static String requestedName(ResourceId id) {
        String[] segments = id.toString().split("/", 9);
        return segments.length == 9 && segments[5].equalsIgnoreCase("providers") ? segments[8] : id.name();
    }
}
