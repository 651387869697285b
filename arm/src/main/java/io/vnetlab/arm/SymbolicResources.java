package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A template's {@code resources} as declarations with their template paths: an array (the classic form) or, with
 * {@code "languageVersion": "2.0"}, an object keyed by symbolic name. With symbolic names a resource's
 * {@code dependsOn}, {@code reference()} and {@code references()} name the resource by its key, and a resource with
 * {@code "existing": true} is read, never deployed (docs/azure/arm-templates.md#symbolic-names).
 */
final class SymbolicResources {

    /** One declared resource: where it is, its JSON, and its symbolic name ({@code null} in the classic form). */
    record Declared(String path, JsonNode declaration, String symbolicName) {
    }

    private SymbolicResources() {
    }

    /** Whether the template is written in language version 2.0 (or a later 2.x), which gives resources symbolic names. */
    static boolean symbolic(JsonNode template) {
        return Values.string(template, "languageVersion").map(v -> v.trim().startsWith("2.")).orElse(false);
    }

    /**
     * The declared resources in template order.
     *
     * @param prefix the template path of this template ("" at the top, else the nested deployment's, ending in '.')
     */
    static List<Declared> of(JsonNode template, String prefix) {
        JsonNode resources = Values.property(template, "resources").orElseThrow();
        String base = prefix + "resources";
        List<Declared> declared = new ArrayList<>();
        if (resources.isArray()) {
            if (symbolic(template)) {
                throw new PathError(base, "The template's 'resources' must be an object of resources keyed by their"
                        + " symbolic names when its 'languageVersion' is '" + Values.string(template, "languageVersion")
                        .orElse("") + "'. Please see https://aka.ms/arm-syntax-resources for usage details.");
            }
            for (int i = 0; i < resources.size(); i++) {
                declared.add(new Declared(base + "[" + i + "]", resources.get(i), null));
            }
            return declared;
        }
        if (!resources.isObject()) {
            throw new PathError(base, "The template's 'resources' must be an array.");
        }
        if (!symbolic(template)) {
            throw new PathError(base, "The template's 'resources' is an object of symbolic names, which needs"
                    + " \"languageVersion\": \"2.0\" in the template; without it 'resources' must be an array."
                    + " Please see https://aka.ms/arm-syntax-resources for usage details.");
        }
        for (Map.Entry<String, JsonNode> entry : resources.properties()) {
            declared.add(new Declared(base + "." + entry.getKey(), entry.getValue(), entry.getKey()));
        }
        return declared;
    }

    /**
     * The resources a symbolic name stands for: the one it names ({@code hub}, or {@code spokes[1]} of a copy loop),
     * or every instance of the copy loop it names ({@code spokes}), in copy index order.
     */
    static List<PlannedResource> named(List<PlannedResource> plan, String symbol) {
        List<PlannedResource> found = new ArrayList<>();
        for (PlannedResource p : plan) {
            if (p.symbolicName() != null && (p.symbolicName().equals(symbol)
                    || p.collection() != null && p.collection().equals(symbol))) {
                found.add(p);
            }
        }
        return found;
    }

    /** ARM's refusal of {@code references()} in a template without symbolic names. */
    static TemplateError referencesNeedSymbolicNames() {
        return new TemplateError("The template function 'references' is not expected at this location: it needs"
                + " symbolic resource names (\"languageVersion\": \"2.0\"). Please see"
                + " https://aka.ms/arm-template-expressions for usage details.");
    }

    /** Whether a declaration is of a resource the template reads rather than deploys. */
    static boolean existing(JsonNode declaration, String path) {
        JsonNode existing = Values.property(declaration, "existing").orElse(null);
        if (existing == null || existing.isNull()) {
            return false;
        }
        if (!existing.isBoolean()) {
            throw new PathError(path + ".existing", "The resource property 'existing' must be true or false; it is '"
                    + JsonProblems.excerpt(Values.text(existing)) + "' (" + Values.typeName(existing) + ").");
        }
        return existing.booleanValue();
    }
}
