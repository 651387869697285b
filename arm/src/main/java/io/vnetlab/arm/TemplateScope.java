package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The scope of one template: its parameters (bound values), its variables (evaluated on first use, cycles
 * reported), where it deploys, and how {@code reference()} is answered.
 */
final class TemplateScope implements Scope {

    private final Map<String, JsonNode> parameters;
    private final JsonNode variableDeclarations;
    private final Target target;
    private final BiFunction<String, Boolean, JsonNode> references;
    private final Map<String, JsonNode> variables = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final Map<String, JsonNode> variableLoops = new HashMap<>();
    private long variablesSize;
    private JsonNode template = Values.object();
    private int guids;
    private java.util.function.Function<String, JsonNode> missingParameter;
    private BiFunction<String, Boolean, JsonNode> collections;
    private UserFunctions functions = UserFunctions.NONE;
    private java.util.function.Function<String, JsonNode> secureOutputs;

    TemplateScope(Map<String, JsonNode> parameters, JsonNode variableDeclarations, Target target,
                  BiFunction<String, Boolean, JsonNode> references) {
        this.parameters = parameters;
        this.variableDeclarations = variableDeclarations == null ? Values.object() : variableDeclarations;
        this.target = target;
        this.references = references;
        Values.property(this.variableDeclarations, "copy").filter(JsonNode::isArray).ifPresent(loops -> {
            for (JsonNode loop : loops) {
                Values.string(loop, "name").ifPresent(n -> variableLoops.put(n.toLowerCase(Locale.ROOT), loop));
            }
        });
    }

    /** How {@code references()} is answered: by the template's symbolic-name collections. */
    TemplateScope withCollections(BiFunction<String, Boolean, JsonNode> collections) {
        this.collections = collections;
        return this;
    }

    /** How {@code listOutputsWithSecureValues()} is answered. */
    TemplateScope withSecureOutputs(java.util.function.Function<String, JsonNode> outputs) {
        this.secureOutputs = outputs;
        return this;
    }

    @Override
    public JsonNode outputsWithSecureValues(String deploymentId) {
        return secureOutputs == null ? Scope.super.outputsWithSecureValues(deploymentId)
                : secureOutputs.apply(deploymentId);
    }

    /** The template's user-defined functions. */
    TemplateScope withFunctions(UserFunctions functions) {
        this.functions = functions;
        return this;
    }

    @Override
    public UserFunctions functions() {
        return functions;
    }

    /** The template this scope evaluates, as {@code deployment().properties.template} shows it. */
    TemplateScope of(JsonNode template) {
        this.template = template;
        return this;
    }

    /**
     * Checks every variable loop's count now, before anything deploys, as ARM resolves variables before it starts
     * deploying: a bad count is refused even if no expression reads the variable.
     */
    void checkLoopCounts(String path) {
        JsonNode loops = Values.property(variableDeclarations, "copy").orElse(null);
        if (loops == null || !loops.isArray()) {
            return;
        }
        for (int i = 0; i < loops.size(); i++) {
            new Evaluator(this).count(loops.get(i), path + "[" + i + "]");
        }
    }

    /** While parameters are bound: binds a parameter a default value reads before its turn (or answers null). */
    void onMissingParameter(java.util.function.Function<String, JsonNode> binder) {
        this.missingParameter = binder;
    }

    @Override
    public JsonNode parameter(String name) {
        JsonNode value = parameters.get(name.toLowerCase(Locale.ROOT));
        if (value == null && missingParameter != null) {
            value = missingParameter.apply(name);
        }
        if (value == null) {
            throw new TemplateError("The template parameter '" + name + "' is not found. Please see"
                    + " https://aka.ms/arm-syntax-parameters for usage details.");
        }
        return value;
    }

    @Override
    public JsonNode variable(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        JsonNode cached = variables.get(key);
        if (cached != null) {
            return cached;
        }
        if (!evaluating.add(key)) {
            throw new TemplateError("The template variable '" + name + "' refers to itself, directly or through"
                    + " other variables: a circular reference.");
        }
        try {
            JsonNode value;
            JsonNode loop = variableLoops.get(key);
            if (loop != null) {
                ObjectNode holder = Values.object();
                Evaluator ev = new Evaluator(this);
                ev.propertyLoops(Values.NODES.arrayNode().add(loop), "variables.copy", holder);
                value = holder.elements().next();
            } else {
                JsonNode declaration = Values.property(variableDeclarations, name)
                        .filter(v -> !name.equalsIgnoreCase("copy"))
                        .orElseThrow(() -> new TemplateError("The template variable '" + name + "' is not found."
                                + " Please see https://aka.ms/arm-syntax-variables for usage details."));
                value = new Evaluator(this).value(declaration, "variables." + name);
            }
            variablesSize += TemplateLimits.sizeOf(value);
            if (variablesSize > TemplateLimits.TEMPLATE_CHARACTERS) {
                // the expanded template holds the values of its variables, and ARM limits it to 4 MB
                throw new TemplateError("The template's variables, once evaluated up to '" + name + "', take more"
                        + " than 4 MB (" + TemplateLimits.TEMPLATE_CHARACTERS + " characters); ARM limits a template"
                        + " to 4 MB once its variables are resolved.");
            }
            variables.put(key, value);
            return value;
        } finally {
            evaluating.remove(key);
        }
    }

    @Override
    public String subscriptionId() {
        return target.subscriptionId();
    }

    @Override
    public String resourceGroupName() {
        return target.resourceGroup();
    }

    @Override
    public JsonNode resourceGroup() {
        if (target.level() != Target.Level.RESOURCE_GROUP) {
            throw new TemplateError("The template function 'resourceGroup' is not expected at this location: a"
                    + " deployment to a " + target.level().noun() + " has no resource group. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
        ObjectNode rg = Values.object();
        rg.put("id", target.resourceGroupId());
        rg.put("name", target.resourceGroup());
        rg.put("type", "Microsoft.Resources/resourceGroups");
        rg.put("location", target.region().name());
        rg.set("properties", Values.object().put("provisioningState", "Succeeded"));
        return rg;
    }

    @Override
    public String scopeId() {
        return target.scopeId();
    }

    /**
     * {@code managementGroup()}: the management group a deployment to one targets, as Azure shows it; refused at
     * every other level (docs/azure/arm-templates.md#deployment-scopes).
     */
    @Override
    public JsonNode managementGroup() {
        if (target.level() != Target.Level.MANAGEMENT_GROUP) {
            throw new TemplateError("The template function 'managementGroup' is not expected at this location. It can"
                    + " only be used in a deployment at management group scope; this deployment is to a "
                    + target.level().noun() + ". Please see https://aka.ms/arm-template-expressions for usage"
                    + " details.");
        }
        // the documented shape; vnetlab keeps no hierarchy, so a group's parent is the tenant's root group, and
        // its display name is its name (docs/azure/decisions.md#management-groups)
        ObjectNode mg = Values.object();
        mg.put("id", target.scopeId());
        mg.put("name", target.managementGroup());
        ObjectNode properties = mg.putObject("properties");
        if (!target.managementGroup().equalsIgnoreCase(target.tenantId())) {
            properties.putObject("details").putObject("parent")
                    .put("displayName", "Tenant Root Group")
                    .put("id", io.vnetlab.model.ResourceId.managementGroup(target.tenantId()).toString())
                    .put("name", target.tenantId());
        }
        properties.put("displayName", target.managementGroup().equalsIgnoreCase(target.tenantId())
                ? "Tenant Root Group" : target.managementGroup());
        properties.put("tenantId", target.tenantId());
        mg.put("type", "/providers/Microsoft.Management/managementGroups");
        return mg;
    }

    @Override
    public JsonNode subscription() {
        if (target.subscriptionId() == null) {
            throw new TemplateError("The template function 'subscription' is not expected at this location: a"
                    + " deployment to a " + target.level().noun() + " has no subscription. Please see"
                    + " https://aka.ms/arm-template-expressions for usage details.");
        }
        ObjectNode s = Values.object();
        s.put("id", "/subscriptions/" + target.subscriptionId());
        s.put("subscriptionId", target.subscriptionId());
        s.put("tenantId", target.tenantId());
        s.put("displayName", target.subscriptionName());
        return s;
    }

    /**
     * {@code deployment()} as Azure gives it: the template and its hash, the parameters, the mode; a
     * {@code templateLink} only for a template deployed from a URI (docs/azure/arm-templates.md#deployment-function).
     */
    @Override
    public JsonNode deployment() {
        ObjectNode d = Values.object();
        d.put("name", target.deploymentName());
        ObjectNode properties = d.putObject("properties");
        if (target.templateUri() != null) {
            properties.putObject("templateLink").put("uri", target.templateUri()).put("contentVersion",
                    Values.string(template, "contentVersion").orElse("1.0.0.0"));
        }
        properties.set("template", template);
        properties.put("templateHash", Long.toUnsignedString(UniqueString.hash64(TemplateEngine.json(template)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) >>> 1));
        ObjectNode given = properties.putObject("parameters");
        parameters.forEach((name, value) -> given.putObject(name).set("value", value));
        properties.put("mode", "Incremental");
        properties.put("provisioningState", "Accepted");
        if (target.level() != Target.Level.RESOURCE_GROUP) {
            d.put("location", target.region().name());   // only deployments above a resource group have one
        }
        return d;
    }

    @Override
    public String tenantId() {
        return target.tenantId();
    }

    @Override
    public java.time.Instant deployedAt() {
        return target.deployedAt();
    }

    @Override
    public java.util.UUID newGuid() {
        return DateFunctions.guid(target.scopeId() + "/" + target.deploymentName() + "@" + target.deployedAt(),
                guids++);
    }

    @Override
    public JsonNode reference(String nameOrId, boolean full) {
        return references.apply(nameOrId, full);
    }

    @Override
    public JsonNode references(String collection, boolean full) {
        return collections == null ? Scope.super.references(collection, full) : collections.apply(collection, full);
    }
}
