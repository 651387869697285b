package io.vnetlab.arm.estate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template exported by the portal or {@code az group export} (docs/azure/import.md#exported-templates), as a
 * template to deploy back into its resource group: every property expanded, read-only ones included, a parameter per
 * name, hard-coded ids (those outside the group as {@code *_externalid} parameters), and often no {@code dependsOn}
 * — which is why the import deploys by {@link DeployOrder} rather than in the template's order.
 */
final class ExportedTemplate {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How the export names a top-level resource: one parameter per name. */
    private static final Pattern NAME_PARAMETER = Pattern.compile("\\[parameters\\('([^']+)'\\)]");

    private ExportedTemplate() {
    }

    static GroupTemplate read(String json, String source, String subscriptionId, String resourceGroup) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ").", e);
        }
        if (!(root instanceof ObjectNode template) || !(template.get("resources") instanceof ArrayNode resources)) {
            throw new IllegalArgumentException(source + " is not an exported template: it has no \"resources\""
                    + " array.");
        }
        EstateShapes.normalize(resources);
        String region = null;
        Set<String> declared = new LinkedHashSet<>();
        for (JsonNode r : resources) {
            String location = r.path("location").asText("");
            if (region == null && !location.isEmpty() && !location.startsWith("[")) {
                region = location;
            }
            declaredId(template, r, subscriptionId, resourceGroup).ifPresent(declared::add);
        }
        return new GroupTemplate(subscriptionId, resourceGroup, region, template, source, declared);
    }

    /** The id of a top-level resource named by a parameter with a default value, as the export writes names. */
    private static java.util.Optional<String> declaredId(ObjectNode template, JsonNode resource, String subscriptionId,
                                                         String resourceGroup) {
        Matcher m = NAME_PARAMETER.matcher(resource.path("name").asText(""));
        String type = resource.path("type").asText("");
        if (!m.matches() || type.chars().filter(c -> c == '/').count() != 1) {
            return java.util.Optional.empty();
        }
        JsonNode value = template.path("parameters").path(m.group(1)).path("defaultValue");
        if (!value.isTextual()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(("/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/" + type + "/" + value.textValue()).toLowerCase(Locale.ROOT));
    }
}
