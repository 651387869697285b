package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceBatch;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Deploys one template (and, recursively, its inline nested deployments) into a {@link ResourceBatch}: binds the
 * parameters, expands copy loops and conditions, orders the resources as ARM does, deploys each through its
 * {@link ResourceHandler} (or records it as not simulated), and evaluates the outputs.
 *
 * <p>Ordering: a resource is deployed after everything in its {@code dependsOn}, after the resource it is nested
 * in, after the resources its {@code reference()} calls name (ARM adds that dependency for a reference by name;
 * vnetlab also for a reference by id, since it deploys one resource at a time), and after the previous instance of
 * a {@code serial} copy loop. Otherwise template order decides, except that a resource whose declaration names
 * another's id (through {@code resourceId()}, or a variable or parameter holding one) deploys after it when nothing
 * forces the other order; it gets a warning without a dependency: Azure would deploy the two in parallel.
 */
final class TemplateEngine {

    private static final Set<String> NOT_EVALUATED = Set.of("name", "type", "condition", "copy", "dependson",
            "resources", "apiversion", "comments");

    private final ResourceBatch batch;
    private final ResourceHandlers handlers;
    private final List<DeployedResource> resources = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<ResourceId, ObjectNode> deployed = new HashMap<>();
    /** The outputs of the nested deployments this engine ran, secure values included. */
    private final Map<ResourceId, ObjectNode> outputsWithSecureValues = new HashMap<>();
    private final java.time.Instant deployedAt;
    private final LinkedTemplates links;

    TemplateEngine(ResourceBatch batch, ResourceHandlers handlers) {
        this(batch, handlers, java.time.Instant.EPOCH, LinkedTemplates.none());
    }

    TemplateEngine(ResourceBatch batch, ResourceHandlers handlers, java.time.Instant deployedAt, LinkedTemplates links) {
        this.batch = batch;
        this.handlers = handlers;
        this.deployedAt = deployedAt;
        this.links = links;
    }

    List<DeployedResource> resources() {
        return resources;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The target of a deployment to a subscription, which must exist; {@code location} keeps its data. */
    Target subscriptionTarget(String subscriptionId, Region location, String deploymentName) {
        Subscription subscription = batch.state().subscription(subscriptionId).orElseThrow(() -> new AzureException(
                AzureErrorCode.SubscriptionNotFound, "The subscription '" + subscriptionId + "' could not be found.",
                io.vnetlab.model.ResourceId.subscription(subscriptionId)));
        return Target.subscription(subscription.id(), subscription.tenantId(), subscription.name(), location,
                deploymentName, deployedAt);
    }

    /** The target of a deployment into a resource group, which must exist. */
    Target target(String subscriptionId, String resourceGroup, String deploymentName) {
        ResourceGroup group = batch.resourceGroup(subscriptionId, resourceGroup);
        Subscription subscription = batch.state().subscription(subscriptionId).orElseThrow();
        return new Target(subscription.id(), subscription.tenantId(), subscription.name(), group.name(),
                group.region(), deploymentName, deployedAt, null);
    }

    /**
     * Deploys a template; returns its outputs as ARM shows them ({@code {"x": {"type": "String", "value": ...}}}).
     *
     * @param prefix the template path of this template ("" at the top, else the nested deployment's)
     * @param outer the parent's scope for a nested deployment evaluated in the outer scope, else {@code null}
     */
    ObjectNode run(JsonNode template, String prefix, Scope outer, Map<String, JsonNode> given, Target target) {
        return run(template, prefix, outer, given, target, LinkedTemplates.Source.INLINE);
    }

    /** As above, for a template read from {@code source} (which relative links of its nested deployments start from). */
    ObjectNode run(JsonNode template, String prefix, Scope outer, Map<String, JsonNode> given, Target target,
                   LinkedTemplates.Source source) {
        if (template == null || !template.isObject()) {
            throw new PathError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "The template must be a JSON object with a 'resources' array.");
        }
        TemplateValidator.validate(template, prefix);
        UserFunctions functions = UserFunctions.of(template, prefix);
        Run run = new Run(template, prefix, target, source);
        if (outer != null) {
            run.scope = new OuterScope(outer, new TemplateScope(Map.of(), null, target, run::reference).of(template));
        } else {
            Map<String, JsonNode> bound = new HashMap<>();
            TemplateScope bare = new TemplateScope(bound, null, target, run::reference).withFunctions(functions)
                    .of(template);
            ParameterBinder.bind(UserDefinedTypes.parameters(template, prefix), given, prefix + "parameters",
                    bound, bare, Values.property(template, "definitions").orElse(Values.object()));
            TemplateScope scope = new TemplateScope(bound, Values.property(template, "variables").orElse(null), target,
                    run::reference).withCollections(run::references).withFunctions(functions)
                    .withSecureOutputs(this::outputsWithSecureValues).of(template);
            scope.checkLoopCounts(prefix + "variables.copy");
            run.scope = scope;
        }
        run.expand(SymbolicResources.of(template, prefix), null, new Evaluator(run.scope));
        run.refuseDuplicates();
        for (PlannedResource p : run.order()) {
            deploy(run, p);
        }
        return run.outputs();
    }

    private void deploy(Run run, PlannedResource p) {
        if (p.existing()) {
            return; // read by reference(), never deployed
        }
        if (!p.condition()) {
            resources.add(new DeployedResource(p.path(), p.type(), p.id(), DeployedResource.Outcome.SKIPPED_BY_CONDITION));
            return;
        }
        if (p.isDeployment()) {
            nestedDeployment(run, p);
            return;
        }
        ObjectNode body = Values.object();
        Optional<String> location;
        ObjectNode properties;
        try {
            Iterator<Map.Entry<String, JsonNode>> fields = p.declaration().properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!NOT_EVALUATED.contains(f.getKey().toLowerCase(Locale.ROOT))) {
                    body.set(f.getKey(), p.evaluator().value(f.getValue(), p.path() + "." + f.getKey()));
                }
            }
            run.expanded(p, body);
            run.warnAboutMissingDependencies(p, body);
            JsonNode locationValue = Values.property(body, "location").orElse(null);
            if (locationValue != null && !locationValue.isNull() && !locationValue.isTextual()) {
                throw TemplateValidator.notAString(locationValue, p.path() + ".location", "location");
            }
            location = Values.string(body, "location");
            DeploymentLevels.check(p, run.target, handlers);
            Optional<ResourceHandler> handler = handlers.find(p.type());
            properties = null;
            if (handler.isPresent()) {
                // a global resource (a private DNS zone) is in no region: "global" is its location
                Region region = location.filter(l -> !(handler.get().global() && l.equalsIgnoreCase("global")))
                        .map(l -> region(l, p)).orElse(run.target.region());
                try {
                    properties = handler.get().deploy(new ResourceContext(batch, p, body, region, handlers, warnings));
                    resources.add(new DeployedResource(p.path(), p.type(), p.id(), DeployedResource.Outcome.SIMULATED));
                    Values.property(body, "extendedLocation").flatMap(x -> Values.string(x, "name"))
                            .ifPresent(zone -> warnings.add(p.describe() + " names the extended location '" + zone
                                    + "', which is not simulated: it is deployed in its region, "
                                    + region.name() + "."));
                } catch (ResourceContext.NotSimulatedForm form) {
                    warnings.add(form.getMessage());
                }
            }
            if (properties == null) {
                requireSimulatedParent(p);
                properties = Values.property(body, "properties").filter(JsonNode::isObject)
                        .map(n -> (ObjectNode) n).orElse(Values.object());
                batch.putRecord(NotSimulatedResource.class, p.id(), new NotSimulatedResource(p.id(), p.type(),
                        location.orElse(null), json(properties)));
                properties = new LenientObject(properties, "reference('" + p.name() + "')");
                resources.add(new DeployedResource(p.path(), p.type(), p.id(), DeployedResource.Outcome.NOT_SIMULATED));
            }
            DeclaredTags.apply(batch, p.id(), body);
        } catch (ArmDeploymentException | PathError e) {
            throw e;
        } catch (AzureException e) {
            throw ArmDeploymentException.resourceFailed(e, p.path(), p.type(), p.id());
        } catch (TemplateError e) {
            throw new PathError(p.path(), e.getMessage());
        } catch (RuntimeException e) {
            throw notAccepted(p, e);
        }
        ObjectNode view = full(p.id(), p.type(), location.orElse(null), properties);
        fullViewExtras(p, body, view);
        DeclaredEnvelope.keep(batch, p.id(), view);
        deployed.put(p.id(), view);
    }

    /**
     * A resource vnetlab does not simulate, child of one it does (a flow log of a Network Watcher): ARM refuses it
     * when the parent does not exist (docs/azure/arm-templates.md#not-simulated).
     */
    private void requireSimulatedParent(PlannedResource p) {
        Optional<ResourceId> parent = p.id().parent();
        if (parent.isPresent() && handlers.simulates(parent.get().type()) && !exists(parent.get())) {
            throw new AzureException(AzureErrorCode.ParentResourceNotFound, "Can not perform requested operation on"
                    + " nested resource. Parent resource '" + parent.get().name() + "' not found.", p.id());
        }
    }

    /** Whether a simulated resource of that id exists: one of the state's tables holds it, or a GET would show it. */
    private boolean exists(ResourceId id) {
        io.vnetlab.controlplane.TopologyState state = batch.state();
        for (Class<?> type : state.resourceTypes()) {
            if (state.resources(type).containsKey(id)) {
                return true;
            }
        }
        return ResourceJson.of(state, id).isPresent();
    }

    /**
     * What {@code reference(id, apiVersion, 'Full')} shows besides {@code properties}: the declared {@code sku},
     * {@code kind}, {@code zones}, {@code tags}, {@code plan}, and a managed identity with the
     * principal and tenant Azure assigns it (docs/azure/arm-templates.md#reference).
     */
    private void fullViewExtras(PlannedResource p, ObjectNode body, ObjectNode view) {
        for (String name : DeclaredEnvelope.FIELDS) {
            if (!name.equals("identity")) {
                Values.property(body, name).filter(v -> !v.isNull()).ifPresent(v -> view.set(name, v));
            }
        }
        Values.property(body, "identity").filter(JsonNode::isObject).ifPresent(declared -> {
            ObjectNode identity = ((ObjectNode) declared).deepCopy();
            String type = Values.string(identity, "type").orElse("None");
            if (type.toLowerCase(Locale.ROOT).contains("systemassigned")) {
                identity.put("principalId", DateFunctions.guid("principal:" + p.id(), 0).toString());
                identity.put("tenantId", batch.state().subscription(p.id().subscriptionId())
                        .map(Subscription::tenantId).orElse(""));
            }
            Values.property(identity, "userAssignedIdentities").filter(JsonNode::isObject).ifPresent(users ->
                    users.properties().forEach(u -> {
                        if (u.getValue() instanceof ObjectNode o) {
                            o.put("principalId", DateFunctions.guid("principal:" + u.getKey(), 0).toString());
                            o.put("clientId", DateFunctions.guid("client:" + u.getKey(), 0).toString());
                        }
                    }));
            view.set("identity", identity);
        });
    }

    /**
     * A resource whose properties the simulated type could not take, for a reason no check above names: the
     * resource's path and type, and never the Java failure itself (it stays the cause, for whoever debugs vnetlab).
     */
    private static PathError notAccepted(PlannedResource p, RuntimeException cause) {
        PathError error = new PathError(p.path(), "The template resource '" + p.name() + "' of type '" + p.type()
                + "' has a property value the resource type does not accept; check its properties against the"
                + " resource type's reference. Please see https://aka.ms/arm-syntax-resources for usage details.");
        error.initCause(cause);
        return error;
    }

    /** ARM's answer to a location that is not a region (vnetlab knows Azure's public regions). */
    private static Region region(String location, PlannedResource p) {
        return Region.find(location).orElseThrow(() -> new AzureException(
                AzureErrorCode.LocationNotAvailableForResourceType, "The provided location '" + location + "' is not"
                + " available for resource type '" + p.type() + "'. List of available regions for the resource type is '"
                + String.join(",", Region.values().stream().map(Region::name).toList()) + "'.", p.id()));
    }

    private void nestedDeployment(Run run, PlannedResource p) {
        JsonNode decl = p.declaration();
        JsonNode props = Values.property(decl, "properties").orElse(Values.object());
        String at = p.path() + ".properties";
        Evaluator ev = p.evaluator();
        String mode = Values.string(props, "mode").map(m -> ev.value(Values.NODES.textNode(m), at + ".mode").asText())
                .orElse("Incremental");
        if (!mode.equalsIgnoreCase("Incremental")) {
            throw new PathError(at + ".mode", "Nested deployment '" + p.name() + "' uses mode '" + mode + "'; vnetlab"
                    + " deploys nested templates in Incremental mode only (ARM, too, allows only Incremental for"
                    + " nested deployments).");
        }
        JsonNode template = Values.property(props, "template").orElse(null);
        JsonNode link = Values.property(props, "templateLink").orElse(null);
        LinkedTemplates.Source source = run.source;
        if (template == null && link == null) {
            throw new PathError(at, "Nested deployment '" + p.name() + "' has neither a 'template' nor a"
                    + " 'templateLink'. Please see https://aka.ms/arm-syntax-resources for usage details.");
        }
        if (template == null) {
            JsonNode evaluated = ev.value(link, at + ".templateLink");
            String uri = Values.string(evaluated, "uri").orElse(null);
            String relative = Values.string(evaluated, "relativePath").orElse(null);
            if (uri == null && relative == null) {
                throw new PathError(at + ".templateLink", "The templateLink of nested deployment '" + p.name()
                        + "' names neither a 'uri' nor a 'relativePath' (a template spec 'id' is not simulated).");
            }
            try {
                source = links.locate(uri, relative, run.source, at + ".templateLink");
                template = links.read(source, uri != null ? uri : relative);
            } catch (AzureException e) {
                throw ArmDeploymentException.resourceFailed(e, p.path(), p.type(), p.id());
            }
        }
        // a linked template has its own parameters, always: only an inline one can see the parent's
        String evaluationScope = Values.property(props, "expressionEvaluationOptions")
                .flatMap(o -> Values.string(o, "scope")).orElse("NotSpecified");
        if (!List.of("inner", "outer", "notspecified").contains(evaluationScope.toLowerCase(Locale.ROOT))) {
            throw new PathError(at + ".expressionEvaluationOptions.scope", "Nested deployment '" + p.name() + "' has"
                    + " the expression evaluation scope '" + evaluationScope + "'; it is one of 'Inner', 'Outer' and"
                    + " 'NotSpecified' (the parent's scope, as 'Outer').");
        }
        boolean inner = link != null && Values.property(props, "template").isEmpty()
                || evaluationScope.equalsIgnoreCase("inner");
        DeploymentScope where = DeploymentScope.of(run.target, decl, ev, p.path());
        Target nested;
        try {
            nested = switch (where.level()) {
                case RESOURCE_GROUP -> target(where.subscriptionId(), where.resourceGroup(), p.name());
                case SUBSCRIPTION -> subscriptionTarget(where.subscriptionId(), region(where.location(), p),
                        p.name());
                case MANAGEMENT_GROUP -> Target.managementGroup(where.managementGroup(), run.target.tenantId(),
                        region(where.location(), p), p.name(), deployedAt);
                case TENANT -> Target.tenant(run.target.tenantId(), region(where.location(), p), p.name(), deployedAt);
            };
        } catch (AzureException e) {
            throw ArmDeploymentException.resourceFailed(e, p.path(), p.type(), p.id());
        }
        Map<String, JsonNode> given = new LinkedHashMap<>();
        if (inner) {
            JsonNode parametersLink = Values.property(props, "parametersLink").orElse(null);
            if (parametersLink != null) {
                JsonNode evaluated = ev.value(parametersLink, at + ".parametersLink");
                String uri = Values.string(evaluated, "uri").orElse(null);
                try {
                    LinkedTemplates.Source file = links.locate(uri, Values.string(evaluated, "relativePath").orElse(null),
                            run.source, at + ".parametersLink");
                    JsonNode parametersFile = links.read(file, uri);
                    given.putAll(ParameterBinder.valuesOf(Values.property(parametersFile, "parameters")
                            .orElse(parametersFile), at + ".parametersLink"));
                } catch (AzureException e) {
                    throw ArmDeploymentException.resourceFailed(e, p.path(), p.type(), p.id());
                }
            }
            JsonNode parameters = Values.property(props, "parameters").map(ps -> wholeEntriesEvaluated(ps, ev, at))
                    .orElse(null);
            ParameterBinder.valuesOf(parameters, at + ".parameters").forEach((name, value) ->
                    given.put(name, value instanceof Unknown ? value : ev.value(value, at + ".parameters." + name)));
        }
        if (source != run.source) {
            nested = nested.withTemplateUri(source.uri());
        }
        ObjectNode all = run(template, at + ".template.", inner ? null : run.scope, given, nested, source);
        outputsWithSecureValues.put(p.id(), all);
        ObjectNode outputs = withoutSecureValues(all);
        batch.putRecord(DeploymentRecord.class, p.id(), new DeploymentRecord(p.id(), p.name(), json(outputs), List.of(),
                nested.location()));
        resources.add(new DeployedResource(p.path(), p.type(), p.id(), DeployedResource.Outcome.SIMULATED));
        ObjectNode view = Values.object().put("provisioningState", "Succeeded");
        view.set("outputs", outputs);
        deployed.put(p.id(), full(p.id(), p.type(), null, view));
    }

    /**
     * {@code listOutputsWithSecureValues(id, apiVersion)}, as Bicep reads a module's secure outputs: each output's
     * value by name. A deployment of an earlier run keeps no secure value, so those read as unknown.
     */
    private JsonNode outputsWithSecureValues(String deploymentId) {
        ResourceId id;
        try {
            id = ResourceId.parse(deploymentId);
        } catch (IllegalArgumentException e) {
            throw new TemplateError("The template function 'listOutputsWithSecureValues' was given '" + deploymentId
                    + "', which is not a valid resource id.");
        }
        ObjectNode outputs = outputsWithSecureValues.get(id);
        if (outputs == null) {
            outputs = batch.state().get(DeploymentRecord.class, id).map(d -> {
                try {
                    return (ObjectNode) Values.JSON.readTree(d.outputsJson());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }).orElseThrow(() -> new TemplateError("The template function 'listOutputsWithSecureValues' names the"
                    + " deployment '" + id.name() + "', which does not exist (yet: does the resource depend on it?)."));
        }
        ObjectNode values = Values.object();
        outputs.properties().forEach(o -> values.set(o.getKey(), Values.property(o.getValue(), "value")
                .orElse(new Unknown("secure output '" + o.getKey() + "' of deployment '" + id.name() + "'"))));
        return values;
    }

    /** An output's type as Azure shows it: {@code securestring} is 'SecureString', {@code int} 'Int'. */
    private static String shownType(String declared) {
        return switch (declared.toLowerCase(Locale.ROOT)) {
            case "securestring" -> "SecureString";
            case "secureobject" -> "SecureObject";
            default -> declared.isEmpty() ? declared : Character.toUpperCase(declared.charAt(0)) + declared.substring(1);
        };
    }

    /**
     * Outputs as a deployment keeps them: a {@code securestring} or {@code secureObject} output with its type and no
     * value, which is neither in the deployment's history nor readable from another template
     * (docs/azure/arm-templates.md#outputs).
     */
    static ObjectNode withoutSecureValues(ObjectNode outputs) {
        // the other outputs are kept as they are, not copied: a value read from a resource vnetlab does not
        // simulate is a lenient object, whose properties Azure would add read as unknown, and a copy would lose that
        ObjectNode kept = Values.object();
        for (Map.Entry<String, JsonNode> o : outputs.properties()) {
            String type = Values.string(o.getValue(), "type").orElse("");
            if (o.getValue() instanceof ObjectNode output && type.toLowerCase(Locale.ROOT).startsWith("secure")) {
                ObjectNode withoutValue = output.deepCopy();
                withoutValue.remove("value");
                kept.set(o.getKey(), withoutValue);
            } else {
                kept.set(o.getKey(), o.getValue());
            }
        }
        return kept;
    }

    /**
     * A nested deployment's parameter given whole by an expression that builds its {@code {"value": ...}} object
     * (Bicep writes an optional module parameter so), or whose value a property loop builds: ARM evaluates the
     * entry, then reads its value.
     */
    private static JsonNode wholeEntriesEvaluated(JsonNode parameters, Evaluator ev, String at) {
        if (!(parameters instanceof ObjectNode object)) {
            return parameters;
        }
        ObjectNode copy = object.deepCopy();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode v = entry.getValue();
            boolean wholeExpression = v.isTextual() && ExpressionParser.isExpression(v.textValue());
            boolean valueLoop = v.isObject() && Values.property(v, "copy").filter(JsonNode::isArray).isPresent();
            if (wholeExpression || valueLoop) {
                // a value built by a property loop ({"copy": [{"name": "value", ...}]}) is evaluated likewise
                copy.set(entry.getKey(), ev.value(v, at + ".parameters." + entry.getKey()));
            }
        }
        return copy;
    }

    private static ObjectNode full(ResourceId id, String type, String location, ObjectNode properties) {
        ObjectNode full = Values.object();
        full.put("id", id.toString());
        full.put("name", id.name());
        full.put("type", type);
        if (location != null) {
            full.put("location", location);
        }
        full.set("properties", properties);
        return full;
    }

    static String json(JsonNode node) {
        try {
            return Values.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One template being deployed: its scope, its expanded resources and their dependencies. */
    private final class Run {
        final JsonNode template;
        final String prefix;
        final Target target;
        Scope scope;
        final List<PlannedResource> plan = new ArrayList<>();
        final Map<PlannedResource, Set<PlannedResource>> dependencies = new HashMap<>();
        final Map<PlannedResource, Set<PlannedResource>> closure = new HashMap<>();
        /** The instances of each serial copy loop so far, by lower-case loop name. */
        final Map<String, List<PlannedResource>> serialLoops = new HashMap<>();
        /** What an instance of a serial loop waits for: every instance of the batch before its own. */
        final Map<PlannedResource, List<PlannedResource>> serialPredecessors = new HashMap<>();
        long expandedSize;

        final LinkedTemplates.Source source;
        /** Whether resources have symbolic names (languageVersion 2.0), which dependsOn and reference() then use. */
        final boolean symbolic;

        Run(JsonNode template, String prefix, Target target, LinkedTemplates.Source source) {
            this.template = template;
            this.symbolic = SymbolicResources.symbolic(template);
            this.prefix = prefix;
            this.target = target;
            this.source = source;
        }

        /** The copy loops (by loop and symbolic name) that expanded to no instance. */
        private final Set<String> emptyLoops = new HashSet<>();

        void expand(JsonNode declarations, String base, PlannedResource parent, Evaluator ev) {
            List<SymbolicResources.Declared> children = new ArrayList<>();
            for (int i = 0; i < declarations.size(); i++) {
                children.add(new SymbolicResources.Declared(base + "[" + i + "]", declarations.get(i), null));
            }
            expand(children, parent, ev);
        }

        void expand(List<SymbolicResources.Declared> declarations, PlannedResource parent, Evaluator ev) {
            for (SymbolicResources.Declared declared : declarations) {
                JsonNode decl = declared.declaration();
                String path = declared.path();
                String symbol = declared.symbolicName();
                if (!decl.isObject()) {
                    throw new PathError(path, "A resource must be a JSON object.");
                }
                JsonNode copy = Values.property(decl, "copy").orElse(null);
                if (copy == null) {
                    instance(decl, path, parent, ev, null, 0, symbol, null);
                    continue;
                }
                String loop = Values.string(copy, "name").orElseThrow(() -> new PathError(path + ".copy.name",
                        "The copy loop of a resource needs a 'name'."));
                int count = ev.count(copy, path + ".copy");
                if (count == 0) {
                    // nothing to deploy, yet a dependsOn may name the loop (or its symbolic name): it waits for nothing
                    emptyLoops.add(loop.toLowerCase(Locale.ROOT));
                    if (symbol != null) {
                        emptyLoops.add(symbol.toLowerCase(Locale.ROOT));
                    }
                }
                boolean serial = Values.string(copy, "mode").map(m -> m.equalsIgnoreCase("serial")).orElse(false);
                int batch = serial ? batchSize(copy, ev, path + ".copy.batchSize") : 0;
                for (int k = 0; k < count; k++) {
                    Evaluator iev = ev.inLoop(Evaluator.RESOURCE_LOOP, k).inLoop(loop, k);
                    instance(decl, path, parent, iev, loop, batch, symbol == null ? null : symbol + "[" + k + "]",
                            symbol);
                }
            }
        }

        /**
         * A serial copy loop's {@code batchSize}: how many instances deploy at a time, each batch after the one
         * before; 1 when not given (docs/azure/arm-templates.md#deployment-order).
         */
        private int batchSize(JsonNode copy, Evaluator ev, String at) {
            JsonNode declared = Values.property(copy, "batchSize").orElse(null);
            if (declared == null || declared.isNull()) {
                return 1;
            }
            JsonNode size = ev.value(declared, at);
            if (!size.isIntegralNumber() || !size.canConvertToInt() || size.intValue() < 1) {
                throw new PathError(at, "The copy loop's batchSize must be a positive integer; it is '"
                        + Values.text(size) + "'.");
            }
            return size.intValue();
        }

        /** @param batch a serial loop's batch size, or 0 for an instance of no loop or of a parallel one */
        private void instance(JsonNode decl, String path, PlannedResource parent, Evaluator ev, String loop,
                              int batch, String symbolicName, String collection) {
            String type = text(ev, decl, "type", path);
            boolean condition = Values.property(decl, "condition").map(c -> {
                JsonNode v = ev.value(c, path + ".condition");
                if (!v.isBoolean()) {
                    throw new PathError(path + ".condition", "The condition must be true or false; it is '"
                            + Values.text(v) + "' (" + Values.typeName(v) + ").");
                }
                return v.booleanValue();
            }).orElse(true);
            String name = condition ? text(ev, decl, "name", path) : skippedName(ev, decl, type, path);
            if (parent != null && !type.split("/")[0].contains(".")) {
                // a child's type is relative to its parent's unless it starts with a provider namespace
                type = parent.type() + "/" + type;
                name = parent.name() + "/" + name;
            } else if (parent != null && !name.contains("/")
                    && type.toLowerCase(Locale.ROOT).startsWith(parent.type().toLowerCase(Locale.ROOT) + "/")) {
                // a child type in full with the child's name alone; a resource of another type declared inside
                // a parent (for the dependency only) keeps its name as written
                name = parent.name() + "/" + name;
            }
            ResourceId id;
            try {
                id = id(ev, decl, type, name, path);
            } catch (IllegalArgumentException e) {
                // the model's own words about the id (it names the text it could not read), at this resource's path
                throw new PathError(path, "The template resource '" + name + "' of type '" + type + "' does not make"
                        + " a valid resource id: " + e.getMessage());
            }
            List<String> dependsOn = new ArrayList<>();
            List<String> dependsOnPaths = new ArrayList<>();
            JsonNode deps = Values.property(decl, "dependsOn").orElse(Values.NODES.arrayNode());
            for (int d = 0; d < deps.size(); d++) {
                JsonNode entry = ev.value(deps.get(d), path + ".dependsOn[" + d + "]");
                if (!entry.isTextual()) {
                    throw TemplateValidator.notAString(entry, path + ".dependsOn[" + d + "]", "dependsOn[" + d + "]");
                }
                dependsOn.add(entry.textValue());
                dependsOnPaths.add(path + ".dependsOn[" + d + "]");
            }
            if (plan.size() >= TemplateLimits.RESOURCES) {
                throw new PathError(path, "The template has more than " + TemplateLimits.RESOURCES + " resources,"
                        + " copies included; ARM deploys at most " + TemplateLimits.RESOURCES + " resources from one"
                        + " template. Deploy the rest from a nested template.");
            }
            ObjectNode declaration = ((ObjectNode) decl).deepCopy();
            declaration.remove("resources");
            PlannedResource p = new PlannedResource(plan.size(), path, declaration, type, name, id, loop, condition,
                    ev, dependsOn, dependsOnPaths, parent, symbolicName, collection,
                    SymbolicResources.existing(decl, path));
            plan.add(p);
            if (batch > 0) {
                List<PlannedResource> members = serialLoops.computeIfAbsent(loop.toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>());
                int ownBatchStart = members.size() / batch * batch;
                if (ownBatchStart > 0) {
                    serialPredecessors.put(p, List.copyOf(members.subList(ownBatchStart - batch, ownBatchStart)));
                }
                members.add(p);
            }
            JsonNode children = Values.property(decl, "resources").orElse(null);
            if (children != null && children.isArray()) {
                expand(children, path + ".resources", p, ev);
            }
        }

        /**
         * The name of a resource whose condition is false: ARM deploys nothing of it, and a blank name or segment (a
         * setting left empty because the resource is off) is no error; each stands as "-".
         */
        private String skippedName(Evaluator ev, JsonNode decl, String type, String path) {
            JsonNode v = ev.value(Values.property(decl, "name").orElse(null), path + ".name");
            int segments = Math.max(1, ResourceIds.trimSlashes(type).split("/").length - 1);
            String[] parts = v.isTextual() ? v.textValue().split("/", -1) : new String[0];
            if (parts.length != segments && (parts.length == 0 || parts.length < segments)) {
                return String.join("/", java.util.Collections.nCopies(segments, "-"));
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].isBlank() ? "-" : parts[i];   // a part left empty, as "vnet/" from format()
            }
            return String.join("/", parts);
        }

        private String text(Evaluator ev, JsonNode decl, String property, String path) {
            JsonNode v = ev.value(Values.property(decl, property).orElse(null), path + "." + property);
            if (v instanceof Unknown u) {
                throw new PathError(path + "." + property, "The template resource's '" + property + "' comes from "
                        + u.description() + ", which vnetlab cannot know: it is a property of a resource it does not"
                        + " simulate.");
            }
            if (!v.isTextual() || v.textValue().isBlank()) {
                throw new PathError(path + "." + property, "The template resource must have a '" + property
                        + "' that is a non-empty string.");
            }
            return v.textValue();
        }

        private ResourceId id(Evaluator ev, JsonNode decl, String type, String name, String path) {
            String[] typeSegments = ResourceIds.trimSlashes(type).split("/");
            String[] nameSegments = name.split("/");
            if (typeSegments.length < 2 || nameSegments.length != typeSegments.length - 1) {
                throw new PathError(path, "The template resource '" + name + "' for type '" + type + "' has"
                        + " incorrect segment lengths. A nested resource type must have identical number of segments"
                        + " as its resource name. A root resource type must have segment length one greater than its"
                        + " resource name. Please see https://aka.ms/arm-syntax-resources for usage details.");
            }
            StringBuilder suffix = new StringBuilder(typeSegments[0]);
            for (int i = 1; i < typeSegments.length; i++) {
                suffix.append('/').append(typeSegments[i]).append('/').append(nameSegments[i - 1]);
            }
            Optional<JsonNode> scopeProperty = Values.property(decl, "scope");
            if (scopeProperty.isPresent()) {
                String scopeId = ev.value(scopeProperty.get(), path + ".scope").asText();
                if (ResourceIds.trimSlashes(scopeId).isEmpty()) {
                    return ResourceId.parse("/providers/" + suffix);   // scope "/": a tenant resource
                }
                if (ResourceId.looksLikeId(scopeId)) {
                    return ResourceId.parse("/" + ResourceIds.trimSlashes(scopeId) + "/providers/" + suffix);
                }
                if (namesResourceOfTheGroup(scopeId)) {
                    // an extension resource on a resource named by type and name, such as Bicep's
                    // "Microsoft.Network/networkSecurityGroups/web": that resource of the target group
                    // (docs/azure/arm-templates.md#extension-resource-scope)
                    return ResourceId.parse("/subscriptions/" + target.subscriptionId() + "/resourceGroups/"
                            + target.resourceGroup() + "/providers/" + ResourceIds.trimSlashes(scopeId) + "/providers/"
                            + suffix);
                }
            }
            if (type.equalsIgnoreCase("Microsoft.Resources/deployments")) {
                return ResourceId.parse(DeploymentScope.of(target, decl, ev, path).deploymentId(target, name));
            }
            String subscription = target.subscriptionId();
            String group = target.resourceGroup();
            if (SymbolicResources.existing(decl, path)) {
                // a resource the template reads may be in another group or subscription
                subscription = Values.property(decl, "subscriptionId")
                        .map(v -> ev.value(v, path + ".subscriptionId").asText()).orElse(subscription);
                group = Values.property(decl, "resourceGroup")
                        .map(v -> ev.value(v, path + ".resourceGroup").asText()).orElse(group);
            }
            if (subscription == null) {
                // a deployment to a management group or the tenant: its resources' ids start there
                return ResourceId.parse(target.scopeId() + "/providers/" + suffix);
            }
            if (group == null) {
                return ResourceId.parse("/subscriptions/" + subscription + "/providers/" + suffix);
            }
            return ResourceId.parse("/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/"
                    + suffix);
        }

        /** {@code Namespace/type/name} (and child type/name pairs): a resource named without its group. */
        private static boolean namesResourceOfTheGroup(String scope) {
            String[] segments = ResourceIds.trimSlashes(scope).split("/");
            return segments.length >= 3 && segments.length % 2 == 1 && segments[0].contains(".");
        }

        /** The resources in the order ARM deploys them (see the class comment). */
        List<PlannedResource> order() {
            for (PlannedResource p : plan) {
                Set<PlannedResource> deps = new LinkedHashSet<>();
                for (int d = 0; d < p.dependsOn().size(); d++) {
                    String entry = p.dependsOn().get(d);
                    List<PlannedResource> found = symbolic ? SymbolicResources.named(plan, entry) : resolve(entry);
                    if (found.isEmpty() && emptyLoops.contains(entry.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    if (found.isEmpty()) {
                        throw new PathError(p.dependsOnPaths().get(d), "The resource '" + entry + "' is not defined"
                                + " in the template. Please see https://aka.ms/arm-syntax-resources for usage details.");
                    }
                    if (found.contains(p)) {
                        throw circular(p);
                    }
                    deps.addAll(found);
                }
                if (p.parent() != null) {
                    deps.add(p.parent());
                }
                deps.addAll(serialPredecessors.getOrDefault(p, List.of()));
                deps.addAll(referencedBy(p));
                deps.remove(p);
                dependencies.put(p, deps);
            }
            Map<PlannedResource, Integer> waiting = new HashMap<>();
            Map<PlannedResource, List<PlannedResource>> dependents = new HashMap<>();
            for (PlannedResource p : plan) {
                waiting.put(p, dependencies.get(p).size());
                for (PlannedResource d : dependencies.get(p)) {
                    dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(p);
                }
            }
            PriorityQueue<PlannedResource> ready = new PriorityQueue<>((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
            plan.stream().filter(p -> waiting.get(p) == 0).forEach(ready::add);
            List<PlannedResource> ordered = new ArrayList<>();
            Set<PlannedResource> done = new HashSet<>();
            while (!ready.isEmpty()) {
                PlannedResource p = nextReady(ready, done);
                ordered.add(p);
                done.add(p);
                Set<PlannedResource> all = new HashSet<>(dependencies.get(p));
                dependencies.get(p).forEach(d -> all.addAll(closure.get(d)));
                closure.put(p, all);
                for (PlannedResource next : dependents.getOrDefault(p, List.of())) {
                    if (waiting.merge(next, -1, Integer::sum) == 0) {
                        ready.add(next);
                    }
                }
            }
            if (ordered.size() < plan.size()) {
                throw circular(plan.stream().filter(p -> !ordered.contains(p)).findFirst().orElseThrow());
            }
            return ordered;
        }

        /**
         * The next resource to deploy of those whose dependencies are deployed: the first in template order whose
         * properties name no resource of the template still to deploy (by {@code resourceId()}, of the resource or of
         * something declared inside it, such as a subnet in its VNet's {@code subnets}), else the first.
         * Azure would deploy such resources in parallel (a warning says so); deploying the named one first keeps
         * the template deployable here without inventing a dependency that could be circular.
         */
        private PlannedResource nextReady(PriorityQueue<PlannedResource> ready, Set<PlannedResource> done) {
            List<PlannedResource> candidates = new ArrayList<>(ready);
            candidates.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
            for (PlannedResource candidate : candidates) {
                boolean waits = false;
                for (PlannedResource named : idsNamedBy(candidate)) {
                    if (named != candidate && !done.contains(named) && named.condition()) {
                        waits = true;
                        break;
                    }
                }
                if (!waits) {
                    ready.remove(candidate);
                    return candidate;
                }
            }
            return ready.poll();
        }

        private final Map<PlannedResource, Set<PlannedResource>> idsNamed = new HashMap<>();

        /**
         * The resources of this template whose ids {@code p}'s declaration builds with {@code resourceId()} or takes
         * from a variable or parameter that holds one.
         */
        private Set<PlannedResource> idsNamedBy(PlannedResource p) {
            return idsNamed.computeIfAbsent(p, k -> {
                Set<PlannedResource> found = new LinkedHashSet<>();
                collectIdCalls(ReadOnlyReferences.withoutReadOnly(p.type(), p.declaration()), p, found);
                return found;
            });
        }

        private void collectIdCalls(JsonNode node, PlannedResource p, Set<PlannedResource> found) {
            if (node.isTextual() && ExpressionParser.isExpression(node.textValue())) {
                try {
                    String text = node.textValue();
                    walkIdCalls(ExpressionParser.parse(text.substring(1, text.length() - 1)), p, found);
                } catch (RuntimeException e) {
                    // a broken expression fails later, with its path, when it is evaluated
                }
            } else if (node.isContainerNode()) {
                node.forEach(child -> collectIdCalls(child, p, found));
            }
        }

        private void walkIdCalls(Expr e, PlannedResource p, Set<PlannedResource> found) {
            if (e instanceof Expr.Call c) {
                // an id built with resourceId(), or held by a variable or parameter (a template's 'subnetId')
                if (c.name().equalsIgnoreCase("resourceId") || c.name().equalsIgnoreCase("variables")
                        || c.name().equalsIgnoreCase("parameters")) {
                    try {
                        String id = p.evaluator().eval(c).asText();
                        if (!c.name().equalsIgnoreCase("resourceId") && !ResourceId.looksLikeId(id)) {
                            c.arguments().forEach(a -> walkIdCalls(a, p, found));
                            return;
                        }
                        List<PlannedResource> named = resolve(id);
                        found.addAll(named.isEmpty() ? enclosing(id).stream().toList() : named);
                    } catch (RuntimeException ignored) {
                        // evaluated later, with its path
                    }
                }
                c.arguments().forEach(a -> walkIdCalls(a, p, found));
            } else if (e instanceof Expr.Member m) {
                walkIdCalls(m.target(), p, found);
            } else if (e instanceof Expr.Index i) {
                walkIdCalls(i.target(), p, found);
                walkIdCalls(i.index(), p, found);
            }
        }

        /**
         * Counts a resource's evaluated definition against ARM's size limits: 1 MB for one resource, 4 MB for the
         * template's resources together.
         */
        void expanded(PlannedResource p, JsonNode body) {
            long size = TemplateLimits.sizeOf(body);
            if (size > TemplateLimits.RESOURCE_CHARACTERS) {
                throw new PathError(p.path(), "The template resource '" + p.name() + "' is " + size + " characters"
                        + " long once its expressions are evaluated; ARM limits a resource definition to 1 MB ("
                        + TemplateLimits.RESOURCE_CHARACTERS + " characters).");
            }
            expandedSize += size;
            if (expandedSize > TemplateLimits.TEMPLATE_CHARACTERS) {
                throw new PathError(p.path(), "The template's resources take more than 4 MB ("
                        + TemplateLimits.TEMPLATE_CHARACTERS + " characters) once their expressions are evaluated;"
                        + " ARM limits an expanded template to 4 MB.");
            }
        }

        /** A resource that depends on itself, directly or through others: ARM refuses the template. */
        private PathError circular(PlannedResource stuck) {
            return new PathError(stuck.path(), "Circular dependency detected on resource: '" + stuck.id()
                    + "'. Please see https://aka.ms/arm-syntax-resources for usage details.");
        }

        /**
         * Two resources of the template (both deployed: a false condition takes one out) with one id: ARM refuses
         * the template rather than deploy one over the other.
         */
        void refuseDuplicates() {
            Map<String, PlannedResource> first = new HashMap<>();
            for (PlannedResource p : plan) {
                if (!p.condition() || p.existing()) {
                    continue;
                }
                PlannedResource earlier = first.putIfAbsent(p.id().toString().toLowerCase(Locale.ROOT), p);
                if (earlier != null) {
                    throw new PathError(p.path(), "The resource '" + p.type() + "/" + p.name() + "' at path '"
                            + p.path() + "' is defined multiple times in a template (first at path '" + earlier.path()
                            + "'). Please see https://aka.ms/arm-syntax-resources for usage details.");
                }
            }
        }

        /** A dependsOn entry: a resource id, a {@code type/name} form, a resource name, or a copy loop's name. */
        List<PlannedResource> resolve(String entry) {
            String wanted = ResourceIds.trimSlashes(entry);
            List<PlannedResource> found = new ArrayList<>();
            for (PlannedResource p : plan) {
                String id = ResourceIds.trimSlashes(p.id().toString());
                String afterProviders = id.substring(id.toLowerCase(Locale.ROOT).lastIndexOf("/providers/") + 11);
                if (wanted.equalsIgnoreCase(id) || wanted.equalsIgnoreCase(afterProviders)
                        || wanted.equalsIgnoreCase(p.type() + "/" + p.name())
                        || (!wanted.contains("/") && (wanted.equalsIgnoreCase(p.name())
                        || wanted.equalsIgnoreCase(p.loopName())))) {
                    found.add(p);
                }
            }
            if (found.isEmpty() && !wanted.contains("/")) {
                // a child resource named by its own name only, as ARM accepts when the name is unambiguous
                for (PlannedResource p : plan) {
                    if (p.name().contains("/") && wanted.equalsIgnoreCase(p.name().substring(p.name().lastIndexOf('/') + 1))) {
                        found.add(p);
                    }
                }
            }
            return found;
        }

        /**
         * The resource of this template that holds the one {@code id} names, when that one is not declared on its
         * own: a subnet declared inside its VNet's {@code subnets}, for instance, exists once the VNet is deployed.
         */
        private Optional<PlannedResource> enclosing(String id) {
            String wanted = "/" + ResourceIds.trimSlashes(id).toLowerCase(Locale.ROOT) + "/";
            PlannedResource best = null;
            for (PlannedResource q : plan) {
                String qid = "/" + ResourceIds.trimSlashes(q.id().toString()).toLowerCase(Locale.ROOT) + "/";
                if (wanted.startsWith(qid) && (best == null || qid.length() > best.id().toString().length() + 2)) {
                    best = q;
                }
            }
            return Optional.ofNullable(best);
        }

        /** The resources of this template that {@code p}'s {@code reference()} calls name. */
        private Set<PlannedResource> referencedBy(PlannedResource p) {
            Set<PlannedResource> found = new LinkedHashSet<>();
            collectReferences(ownExpressions(p), p, found);
            return found;
        }

        /**
         * The part of a declaration this template evaluates: an inner-scoped nested deployment's template is
         * evaluated in its own scope, so its {@code reference()} calls name its own resources, not this template's.
         */
        private static JsonNode ownExpressions(PlannedResource p) {
            boolean inner = p.isDeployment() && Values.property(p.declaration(), "properties")
                    .flatMap(props -> Values.property(props, "expressionEvaluationOptions"))
                    .flatMap(o -> Values.string(o, "scope")).filter("inner"::equalsIgnoreCase).isPresent();
            if (!inner || !(p.declaration().get("properties") instanceof ObjectNode)) {
                return p.declaration();
            }
            ObjectNode copy = p.declaration().deepCopy();
            ((ObjectNode) copy.get("properties")).remove("template");
            return copy;
        }

        private void collectReferences(JsonNode node, PlannedResource p, Set<PlannedResource> found) {
            if (node.isTextual() && ExpressionParser.isExpression(node.textValue())) {
                Expr parsed;
                try {
                    String text = node.textValue();
                    parsed = ExpressionParser.parse(text.substring(1, text.length() - 1));
                } catch (RuntimeException e) {
                    return; // a broken expression fails later, with its path, when it is evaluated
                }
                Expr.forEachCall(parsed, call -> referenced(call, p, found));
            } else if (node.isContainerNode()) {
                node.forEach(child -> collectReferences(child, p, found));
            }
        }

        /** The resources of this template a {@code reference()} or {@code references()} call names. */
        private void referenced(Expr.Call c, PlannedResource p, Set<PlannedResource> found) {
            if (c.name().equalsIgnoreCase("references") && !c.arguments().isEmpty()) {
                if (p.loopName() != null) {
                    throw new PathError(p.path(), "The template function 'references' is not expected at this"
                            + " location: it cannot be used in a resource copy loop. Please see"
                            + " https://aka.ms/arm-template-expressions for usage details.");
                }
                try {
                    found.addAll(SymbolicResources.named(plan, p.evaluator().eval(c.arguments().get(0)).asText()));
                } catch (RuntimeException ignored) {
                    // evaluated later, with its path
                }
            } else if (c.name().equalsIgnoreCase("reference") && !c.arguments().isEmpty()) {
                try {
                    String named = p.evaluator().eval(c.arguments().get(0)).asText();
                    found.addAll(symbolic && !SymbolicResources.named(plan, named).isEmpty()
                            ? SymbolicResources.named(plan, named) : resolve(named));
                } catch (RuntimeException ignored) {
                    // evaluated later, with its path
                }
            }
        }

        /** Warns when {@code p} uses the id of a resource of this template it does not depend on. */
        void warnAboutMissingDependencies(PlannedResource p, JsonNode body) {
            Set<PlannedResource> reported = new HashSet<>();
            JsonNode used = body instanceof ObjectNode o ? ReadOnlyReferences.withoutReadOnly(p.type(), o) : body;
            collectIds(used, ids -> {
                PlannedResource best = null;
                for (PlannedResource q : plan) {
                    String qid = q.id().toString().toLowerCase(Locale.ROOT);
                    if (q != p && q.condition() && !q.existing() && (ids.equals(qid) || ids.startsWith(qid + "/"))
                            && (best == null || qid.length() > best.id().toString().length())) {
                        best = q;
                    }
                }
                if (best != null && !closure.getOrDefault(p, Set.of()).contains(best) && reported.add(best)
                        && !p.id().toString().toLowerCase(Locale.ROOT).startsWith(best.id().toString()
                        .toLowerCase(Locale.ROOT) + "/")) {
                    warnings.add(p.describe() + " (" + p.path() + ") uses the id of " + best.describe()
                            + " without a dependsOn on it: Azure deploys resources that do not depend on each other"
                            + " in parallel, so this deployment can fail there.");
                }
            });
        }

        private void collectIds(JsonNode node, java.util.function.Consumer<String> sink) {
            if (node.isTextual() && ResourceId.looksLikeId(node.textValue())) {
                sink.accept(ResourceIds.trimSlashes(node.textValue()).toLowerCase(Locale.ROOT).replaceFirst("^", "/"));
            } else if (node.isContainerNode()) {
                node.forEach(child -> collectIds(child, sink));
            }
        }

        /** {@code reference(nameOrId)}: the state of a resource this deployment made, or one that exists already. */
        JsonNode reference(String nameOrId, boolean fullView) {
            ResourceId id;
            if (ResourceId.looksLikeId(nameOrId)) {
                try {
                    id = ResourceId.parse(nameOrId);
                } catch (IllegalArgumentException e) {
                    throw new TemplateError("The template function 'reference' was given '" + nameOrId + "', which"
                            + " is not a valid resource id.");
                }
            } else if (symbolic && !SymbolicResources.named(plan, nameOrId).isEmpty()) {
                List<PlannedResource> named = SymbolicResources.named(plan, nameOrId);
                if (named.size() > 1 || named.get(0).collection() != null && !named.get(0).symbolicName()
                        .equals(nameOrId)) {
                    throw new TemplateError("The template function 'reference' names the resource collection '"
                            + nameOrId + "'; name one of its resources ('" + nameOrId + "[0]') or read them all with"
                            + " references('" + nameOrId + "').");
                }
                id = named.get(0).id();
            } else if (symbolic && !namesResourceOfTheGroup(nameOrId)) {
                throw new TemplateError("The template function 'reference' names '" + nameOrId + "', which is"
                        + " neither a symbolic name of this template nor a resource id: in a template with symbolic"
                        + " names, reference() takes one of those.");
            } else {
                List<PlannedResource> named = plan.stream().filter(p -> p.name().equalsIgnoreCase(nameOrId)
                        || (p.type() + "/" + p.name()).equalsIgnoreCase(ResourceIds.trimSlashes(nameOrId))).toList();
                if (named.isEmpty()) {
                    named = resolve(nameOrId);
                }
                if (named.isEmpty() && namesResourceOfTheGroup(nameOrId)) {
                    // 'Microsoft.Storage/storageAccounts/name': a resource of the deployment's scope by type and name
                    id = ResourceId.parse(target.scopeId() + "/providers/" + ResourceIds.trimSlashes(nameOrId));
                } else if (named.isEmpty()) {
                    throw new TemplateError("The template function 'reference' names '" + nameOrId + "', which is"
                            + " not a resource of this template; give a resource outside the template by its id"
                            + " (resourceId(...)).");
                } else {
                    id = named.get(0).id();
                }
            }
            ObjectNode view = current(id, deployed.get(id));
            if (view == null && !simulatedFamily(id) && existing(id).isEmpty()) {
                // a resource of a type vnetlab does not simulate, made outside the template or by one it does not
                // simulate either (a scale set's instance NIC): its state is unknown, not missing
                return new LenientObject(Values.object(), "reference('" + id.name() + "')");
            }
            if (view == null) {
                view = existing(id).orElseThrow(() -> new AzureException(AzureErrorCode.ResourceNotFound,
                        "The Resource '" + id.type() + "/" + id.name() + "' under resource group '"
                                + id.resourceGroup() + "' was not found. (reference() of a resource that is not"
                                + " deployed: is it missing from dependsOn, or is its condition false?)", id));
            }
            return fullView ? view : view.get("properties");
        }

        /**
         * {@code references(collection)}: the state of each deployed resource of a symbolic-name collection, in copy
         * index order, those whose condition was false left out; a resource without a copy loop is a collection of one.
         */
        JsonNode references(String collection, boolean fullView) {
            if (!symbolic) {
                throw SymbolicResources.referencesNeedSymbolicNames();
            }
            List<PlannedResource> members = SymbolicResources.named(plan, collection);
            if (members.isEmpty()) {
                throw new TemplateError("The template function 'references' names '" + collection + "', which is not"
                        + " the symbolic name of a resource collection of this template; 'references' reads only"
                        + " resources the template declares.");
            }
            com.fasterxml.jackson.databind.node.ArrayNode states = Values.NODES.arrayNode();
            for (PlannedResource member : members) {
                if (member.condition()) {
                    states.add(reference(member.symbolicName(), fullView));
                }
            }
            return states;
        }

        /** Whether vnetlab simulates the resource's type and every parent type in its id. */
        private boolean simulatedFamily(ResourceId id) {
            String[] segments = id.toString().split("/");
            int providers = id.toString().toLowerCase(Locale.ROOT).lastIndexOf("/providers/");
            String[] typed = id.toString().substring(providers + 11).split("/");
            StringBuilder type = new StringBuilder(typed[0]);
            for (int i = 1; i < typed.length; i += 2) {
                type.append('/').append(typed[i]);
                if (!handlers.simulates(type.toString())) {
                    return false;
                }
            }
            return segments.length > 0;
        }

        // ---- reference() reads a simulated resource as it is now, as ARM does when it evaluates
        // it: a peering's state once its counterpart deployed, a route table's subnets once they associated it.
        // A firewall keeps the view its deployment gave (its declared IP configurations with the assigned address).
        private ObjectNode current(ResourceId id, ObjectNode deployedView) {
            if (deployedView == null || !handlers.simulates(id.type())
                    || id.type().equalsIgnoreCase(AzureFirewallHandler.TYPE)
                    || !(deployedView.get("properties") instanceof ObjectNode)) {
                return deployedView;
            }
            Optional<ObjectNode> now = ResourceJson.of(batch.state(), id);
            if (now.isEmpty()) {
                return deployedView;
            }
            ObjectNode fresh = deployedView.deepCopy();
            ObjectNode properties = (ObjectNode) fresh.remove("properties");
            properties.setAll(ResourceJson.properties(now.get()));
            fresh.setAll(now.get());
            fresh.set("properties", properties);
            return fresh;
        }

        /** A resource deployed before this deployment, as a GET returns it now. */
        private Optional<ObjectNode> existing(ResourceId id) {
            return stored(id).map(view -> DeclaredEnvelope.addTo(batch.state(), id, view));
        }

        private Optional<ObjectNode> stored(ResourceId id) {
            Optional<ObjectNode> simulated = ResourceJson.of(batch.state(), id);
            if (simulated.isPresent()) {
                return simulated;
            }
            Optional<NotSimulatedResource> other = batch.state().get(NotSimulatedResource.class, id);
            if (other.isPresent()) {
                try {
                    ObjectNode props = (ObjectNode) Values.JSON.readTree(other.get().propertiesJson());
                    return Optional.of(full(id, other.get().type(), other.get().location(),
                            new LenientObject(props, "reference('" + id.name() + "')")));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return batch.state().get(DeploymentRecord.class, id).map(d -> {
                try {
                    ObjectNode props = Values.object().put("provisioningState", "Succeeded");
                    props.set("outputs", Values.JSON.readTree(d.outputsJson()));
                    return full(id, id.type(), null, props);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        ObjectNode outputs() {
            ObjectNode result = Values.object();
            JsonNode outputs = Values.property(template, "outputs").orElse(Values.object());
            JsonNode definitions = Values.property(template, "definitions").orElse(Values.object());
            Evaluator ev = new Evaluator(scope);
            Iterator<Map.Entry<String, JsonNode>> fields = outputs.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String at = prefix + "outputs." + f.getKey();
                JsonNode decl = f.getValue();
                JsonNode condition = Values.property(decl, "condition").map(c -> ev.value(c, at + ".condition"))
                        .orElse(BooleanNode.TRUE);
                if (!condition.asBoolean()) {
                    continue;
                }
                JsonNode value;
                Optional<JsonNode> copy = Values.property(decl, "copy");
                if (copy.isPresent()) {
                    int count = ev.count(copy.get(), at + ".copy");
                    com.fasterxml.jackson.databind.node.ArrayNode items = Values.NODES.arrayNode();
                    JsonNode input = Values.property(copy.get(), "input").orElse(null);
                    for (int k = 0; k < count; k++) {
                        items.add(ev.inLoop(Evaluator.RESOURCE_LOOP, k).value(input, at + ".copy.input"));
                    }
                    value = items;
                } else {
                    value = ev.value(Values.property(decl, "value").orElse(null), at + ".value");
                }
                JsonNode declared = UserDefinedTypes.resolve(decl, definitions, at, new HashSet<>());
                String type = Values.string(declared, "type").orElse("object");
                if (!(value.isNull() && UserDefinedTypes.nullable(declared))) {
                    if (Values.property(declared, "type").isPresent()) {
                        OutputTypes.check(f.getKey(), type, value, at + ".value");
                    }
                    try {
                        TypeConstraints.checkWhole("The template output '" + f.getKey() + "' is not valid", declared,
                                value, definitions);
                    } catch (TemplateError e) {
                        throw new PathError(at + ".value", e.getMessage());
                    }
                }
                ObjectNode output = result.putObject(f.getKey());
                output.put("type", shownType(type));
                output.set("value", value);
            }
            return result;
        }
    }
}
