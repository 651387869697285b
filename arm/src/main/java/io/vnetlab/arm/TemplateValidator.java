package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * ARM's checks of a template's shape, made before anything is evaluated or deployed (as ARM validates a template
 * before it starts a deployment): the sections that must be there, the resource properties that must be of a
 * certain JSON type, and the documented counts (docs/azure/arm-templates.md#validation, #limits). Values that are
 * expressions are checked once evaluated, by the engine.
 */
final class TemplateValidator {

    static final int PARAMETERS = 256;
    static final int VARIABLES = 512;
    static final int OUTPUTS = 64;

    private TemplateValidator() {
    }

    /**
     * @param template a JSON object
     * @param prefix the template path of this template ("" at the top, else the nested deployment's, ending in '.')
     */
    static void validate(JsonNode template, String prefix) {
        String where = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        JsonNode resources = Values.property(template, "resources").orElseThrow(() -> new PathError(where,
                "Required property 'resources' not found in JSON. Path '" + where + "'. Please see"
                        + " https://aka.ms/arm-syntax for usage details."));
        List<SymbolicResources.Declared> declared = SymbolicResources.of(template, prefix);
        count(template, "parameters", PARAMETERS, prefix);
        count(template, "variables", VARIABLES, prefix);
        count(template, "outputs", OUTPUTS, prefix);
        Values.property(template, "outputs").filter(JsonNode::isObject).ifPresent(outputs -> outputs.properties()
                .forEach(output -> {
                    if (!output.getValue().isObject()) {
                        throw new PathError(prefix + "outputs." + output.getKey(), "The template output '"
                                + output.getKey() + "' must be a JSON object with a 'type' and a 'value'.");
                    }
                }));
        JsonNode definitions = Values.property(template, "definitions").orElse(null);
        if (definitions != null && definitions.size() > 0 && !SymbolicResources.symbolic(template)) {
            throw new PathError(prefix + "definitions", "The template declares type 'definitions', which only a"
                    + " template of language version 2.0 can use: add \"languageVersion\": \"2.0\" (and give"
                    + " 'resources' as an object keyed by symbolic names). Please see"
                    + " https://learn.microsoft.com/azure/azure-resource-manager/templates/definitions for usage"
                    + " details.");
        }
        JsonNode apiProfile = Values.property(template, "apiProfile").orElse(null);
        if (apiProfile != null && !apiProfile.isTextual()) {
            throw new PathError(prefix + "apiProfile", "The template's 'apiProfile' must be a string naming an API"
                    + " profile, such as '2020-09-01-hybrid'; it is '" + JsonProblems.excerpt(Values.text(apiProfile))
                    + "' (" + Values.typeName(apiProfile) + ").");
        }
        // with an API profile, a resource without an apiVersion takes its type's version from the profile
        boolean versionRequired = apiProfile == null;
        for (SymbolicResources.Declared d : declared) {
            if (!d.declaration().isObject()) {
                throw new PathError(d.path(), "A resource must be a JSON object.");
            }
            extension(template, d.declaration(), d.path());
            resource(d.declaration(), d.path(), versionRequired);
        }
    }

    /**
     * A resource of a Bicep extension ({@code "extension": "alias"}, or {@code "import"} in the templates of the
     * extensibility preview) names an extension the template declares; only Azure Resource Manager's own deploys
     * in vnetlab: Kubernetes objects or Microsoft Graph entities have no place in a simulated Azure network
     * (docs/azure/arm-templates.md#extensions).
     */
    private static void extension(JsonNode template, JsonNode resource, String path) {
        String property = Values.property(resource, "extension").isPresent() ? "extension" : "import";
        String alias = Values.string(resource, property).orElse(null);
        if (alias == null) {
            return;
        }
        JsonNode declared = Values.property(template, "extensions")
                .or(() -> Values.property(template, "imports"))
                .flatMap(section -> Values.property(section, alias)).orElse(null);
        if (declared == null) {
            throw new PathError(path + "." + property, "The template resource at '" + path + "' names the extension '"
                    + alias + "', which the template does not declare in its 'extensions'.");
        }
        String name = Values.string(declared, "name").or(() -> Values.string(declared, "provider")).orElse(alias);
        if (!name.equalsIgnoreCase("AzureResourceManager")) {
            throw new PathError(path, "The template resource at '" + path + "' is a resource of the extension '"
                    + name + "' (declared as '" + alias + "'), which vnetlab does not simulate: only Azure Resource"
                    + " Manager's resources deploy. Deploy the extension's resources with its own tools.");
        }
    }

    private static void count(JsonNode template, String section, int limit, String prefix) {
        JsonNode declared = Values.property(template, section).orElse(null);
        if (declared == null || declared.isNull()) {
            return;
        }
        if (!declared.isObject()) {
            throw new PathError(prefix + section, "The template's '" + section + "' must be a JSON object; it is '"
                    + Values.text(declared) + "' (" + Values.typeName(declared) + ").");
        }
        if (declared.size() > limit) {
            throw new PathError(prefix + section, "The template declares " + declared.size() + " " + section
                    + "; ARM allows at most " + limit + " in one template. See"
                    + " https://learn.microsoft.com/azure/azure-resource-manager/templates/best-practices#template-limits.");
        }
    }

    private static void resources(JsonNode declarations, String base, boolean versionRequired) {
        for (int i = 0; i < declarations.size(); i++) {
            JsonNode resource = declarations.get(i);
            String path = base + "[" + i + "]";
            if (!resource.isObject()) {
                throw new PathError(path, "A resource must be a JSON object.");
            }
            resource(resource, path, versionRequired);
        }
    }

    private static void resource(JsonNode resource, String path, boolean versionRequired) {
        JsonNode apiVersion = property(resource, "apiVersion");
        if (versionRequired && (apiVersion == null || (apiVersion.isTextual() && apiVersion.textValue().isBlank()))) {
            throw new PathError(path, "The template resource at '" + path + "' has no 'apiVersion': every resource"
                    + " names the API version of its type it is written for. Please see"
                    + " https://aka.ms/arm-syntax-resources for usage details.");
        }
        if (apiVersion != null) {
            mustBeString(apiVersion, path + ".apiVersion", "apiVersion");
        }
        JsonNode location = property(resource, "location");
        if (location != null && !location.isNull()) {
            mustBeString(location, path + ".location", "location");
        }
        JsonNode dependsOn = property(resource, "dependsOn");
        if (dependsOn != null && !dependsOn.isNull()) {
            if (!dependsOn.isArray()) {
                throw new PathError(path + ".dependsOn", "The resource property 'dependsOn' must be an array of"
                        + " resource names or ids; it is '" + JsonProblems.excerpt(Values.text(dependsOn)) + "' ("
                        + Values.typeName(dependsOn) + "). Please see https://aka.ms/arm-syntax-resources for usage"
                        + " details.");
            }
            for (int d = 0; d < dependsOn.size(); d++) {
                mustBeString(dependsOn.get(d), path + ".dependsOn[" + d + "]", "dependsOn[" + d + "]");
            }
        }
        JsonNode copy = property(resource, "copy");
        if (copy != null && (!copy.isObject() || !Values.property(copy, "name").map(JsonNode::isTextual).orElse(false))) {
            throw new PathError(path + ".copy.name", "The copy loop of a resource needs a 'name'.");
        }
        JsonNode children = property(resource, "resources");
        if (children != null && !children.isNull()) {
            if (!children.isArray()) {
                throw new PathError(path + ".resources", "The child 'resources' of a resource must be an array.");
            }
            resources(children, path + ".resources", versionRequired);
        }
    }

    /** The resource property a value at {@code path} must be a string (an expression is one, checked when evaluated). */
    static void mustBeString(JsonNode value, String path, String property) {
        if (!value.isTextual()) {
            throw notAString(value, path, property);
        }
    }

    static PathError notAString(JsonNode value, String path, String property) {
        return new PathError(path, "The resource property '" + property + "' must be a string; it is '"
                + JsonProblems.excerpt(Values.text(value)) + "' (" + Values.typeName(value) + ").");
    }

    private static JsonNode property(JsonNode object, String name) {
        return Values.property(object, name).orElse(null);
    }
}
