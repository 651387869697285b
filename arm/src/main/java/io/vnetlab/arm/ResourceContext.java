package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.ResourceBatch;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

/**
 * What a handler sees of the resource it deploys: its id, region, evaluated properties, the batch to PUT into, and
 * helpers that read properties and report what the simulator does not model.
 */
final class ResourceContext {

    private final ResourceBatch batch;
    private final PlannedResource planned;
    private final ObjectNode body;
    private final Region region;
    private final ResourceHandlers handlers;
    private final List<String> warnings;

    ResourceContext(ResourceBatch batch, PlannedResource planned, ObjectNode body, Region region,
                    ResourceHandlers handlers, List<String> warnings) {
        this.batch = batch;
        this.planned = planned;
        this.body = body;
        this.region = region;
        this.handlers = handlers;
        this.warnings = warnings;
    }

    ResourceBatch batch() {
        return batch;
    }

    ResourceId id() {
        return planned.id();
    }

    Region region() {
        return region;
    }

    String path() {
        return planned.path();
    }

    /** The evaluated resource declaration: {@code sku}, {@code properties}, ... */
    JsonNode body() {
        return body;
    }

    /** The resource's {@code apiVersion} as declared (a literal: ARM does not evaluate it), empty if not text. */
    java.util.Optional<String> apiVersion() {
        JsonNode v = planned.declaration().get("apiVersion");
        return v != null && v.isTextual() ? java.util.Optional.of(v.textValue()) : java.util.Optional.empty();
    }

    /** The evaluated {@code properties} (an empty object if the resource has none). */
    JsonNode properties() {
        return Values.property(body, "properties").filter(JsonNode::isObject).orElse(Values.object());
    }

    /** A property by path of names, such as {@code addressSpace.addressPrefixes}. */
    Optional<JsonNode> at(JsonNode from, String dottedPath) {
        JsonNode node = from;
        for (String name : dottedPath.split("\\.")) {
            Optional<JsonNode> next = node != null && node.isArray() && name.matches("\\d+")
                    ? Optional.ofNullable(node.get(Integer.parseInt(name))) : Values.property(node, name);
            if (next.isEmpty() || next.get().isNull()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** A boolean property; absent means {@code false}, as in an ARM request body. */
    boolean flag(JsonNode from, String name) {
        JsonNode v = Values.property(from, name).orElse(null);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && v.textValue().matches("(?i)true|false")) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw invalid(name, "must be true or false; it is '" + Values.text(v) + "'");
    }

    /** A string property that must be known (not a value the simulator cannot know). */
    Optional<String> text(JsonNode from, String dottedPath) {
        return text(from, dottedPath, dottedPath);
    }

    /** As {@link #text(JsonNode, String)}, naming the property {@code shownAs} in messages. */
    Optional<String> text(JsonNode from, String dottedPath, String shownAs) {
        return at(from, dottedPath).map(v -> {
            if (v instanceof Unknown u) {
                throw invalid(shownAs, "needs the value of " + u.description() + ", which the simulator does"
                        + " not know because it does not simulate that resource");
            }
            if (!v.isTextual()) {
                throw invalid(shownAs, "must be a string; it is " + Values.text(v));
            }
            return v.textValue();
        });
    }

    /** The {@code id} inside {@code {"id": ...}} at this path, as a resource id. */
    Optional<ResourceId> reference(JsonNode from, String dottedPath) {
        return text(from, dottedPath + ".id").map(text -> {
            if (!ResourceId.looksLikeId(text)) {
                // the resource provider's answer to a reference that is not a full id, such as a bare name
                throw new io.vnetlab.model.AzureException(io.vnetlab.model.AzureErrorCode.LinkedInvalidPropertyId,
                        "Property id '" + text + "' at path '" + dottedPath + ".id' is invalid. Expect fully"
                        + " qualified resource Id that start with '/subscriptions/{subscriptionId}' or"
                        + " '/providers/{resourceProviderNamespace}/'.", id());
            }
            return ResourceId.parse(text);
        });
    }

    /**
     * A reference to a resource whose type the simulator may not model yet: the id if it does, else empty and a
     * warning that the association is not simulated.
     */
    Optional<ResourceId> association(JsonNode from, String dottedPath, String what) {
        Optional<ResourceId> id = reference(from, dottedPath);
        if (id.isPresent() && !handlers.simulates(id.get().type())) {
            warn(planned.describe() + ": its " + what + " " + id.get().type() + " '" + id.get().name()
                    + "' is not simulated, so the association is not either.");
            return Optional.empty();
        }
        return id;
    }

    /**
     * A reference the simulated resource accepts but does not use, such as a gateway's public IP: a warning naming it
     * and why.
     */
    void notUsed(JsonNode from, String dottedPath, String what, String why) {
        reference(from, dottedPath).ifPresent(id -> warn(planned.describe() + ": its " + what + " '" + id.name()
                + "' is deployed but not used by the simulation: " + why + "."));
    }

    /**
     * A resource of a simulated type declared in a form vnetlab does not simulate (an ExpressRoute connection, a
     * virtual hub's firewall): thrown before anything is changed, it makes the resource not simulated, with the
     * reason in the deployment's warnings, instead of failing the deployment.
     */
    NotSimulatedForm notSimulated(String reason) {
        return new NotSimulatedForm(planned.describe() + " is not simulated: " + reason + ".");
    }

    /** See {@link #notSimulated(String)}. */
    static final class NotSimulatedForm extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSimulatedForm(String warning) {
            super(warning, null, false, false);
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    PathError invalid(String property, String what) {
        return new PathError(planned.path() + ".properties." + property, "Property '" + property + "' of "
                + planned.describe() + " " + what + ".");
    }
}
