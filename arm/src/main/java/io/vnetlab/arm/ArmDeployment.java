package io.vnetlab.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Deploys an ARM template (or a Bicep file compiled to ARM JSON) into a resource group of a topology, in
 * Incremental mode, as {@code az deployment group create} does: what the template declares is created or updated,
 * everything else stays — so a second template can build on what a first one made.
 *
 * <pre>{@code
 * Topology azure = Topology.create();
 * azure.resourceGroups().define("hub-rg").withRegion(Region.WEST_EUROPE).create();
 * DeploymentResult result = ArmDeployment.into(azure, "hub-rg")
 *         .templateResource("templates/hub-and-spokes.json")
 *         .parameter("spokeCount", 3)
 *         .deploy();
 * result.notSimulated();                     // storage, diagnostics, and types not modelled yet
 * azure.reach("spoke0-vm", "hub-vm").reachable();
 * }</pre>
 *
 * <p>The deployment is all or nothing: if ARM would refuse the template ({@code InvalidTemplate}) or the network
 * model refuses a resource (its own code, such as {@code VnetAddressSpacesOverlap}), an
 * {@link ArmDeploymentException} says where, and the topology is exactly as it was. (Azure itself keeps what it
 * deployed before the failure; vnetlab rolls back so a test never sees half a deployment.) A builder is single-use.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ArmDeployment {

    private final Topology topology;
    private final String resourceGroup;
    private JsonNode template;
    private String name;
    private final Map<String, JsonNode> parameters = new LinkedHashMap<>();
    private boolean deployed;
    private Path templatePath;
    private java.time.Instant deployedAt = java.time.Instant.now();
    private final LinkedTemplates links = LinkedTemplates.none();
    private boolean recorded = true;

    private final String location;
    /** The target's level when it is above a resource group; {@code null} for a resource group. */
    private final Target.Level level;
    private final String managementGroup;

    private ArmDeployment(Topology topology, String resourceGroup, String location, Target.Level level,
                          String managementGroup) {
        this.topology = topology;
        this.resourceGroup = resourceGroup;
        this.location = location;
        this.level = level;
        this.managementGroup = managementGroup;
    }

    /** A deployment into {@code resourceGroup} (which must exist) of the topology's current subscription. */
    public static ArmDeployment into(Topology topology, String resourceGroup) {
        if (topology == null) {
            throw new IllegalArgumentException("'topology' cannot be null: pass the Topology to deploy into.");
        }
        if (resourceGroup == null || resourceGroup.isBlank()) {
            throw new IllegalArgumentException("'resourceGroup' cannot be blank: name an existing resource group,"
                    + " made with topology.resourceGroups().define(name).withRegion(...).create().");
        }
        return new ArmDeployment(topology, resourceGroup, null, null, null);
    }

    /**
     * A deployment to the topology's current subscription, as {@code az deployment sub create --location} makes
     * one: the template creates resource groups ({@code Microsoft.Resources/resourceGroups}) and deploys into them
     * through nested deployments with {@code resourceGroup}; {@code location} is where Azure keeps the deployment's
     * data, which {@code deployment().location} answers.
     *
     * <pre>{@code
     * ArmDeployment.toSubscription(azure, "westeurope")
     *         .templateResource("templates/landing-zone.json")   // resource groups, then a nested deployment each
     *         .deploy();
     * }</pre>
     */
    public static ArmDeployment toSubscription(Topology topology, String location) {
        requireAbove(topology, location, "a subscription", "az deployment sub create --location");
        return new ArmDeployment(topology, null, location, Target.Level.SUBSCRIPTION, null);
    }

    /**
     * A deployment to a management group of the current subscription's tenant, as {@code az deployment mg create
     * --management-group-id --location} makes one. Its resources are the management group's (policies, role
     * definitions: not simulated, recorded); the networks it deploys go through nested deployments with
     * {@code subscriptionId} and {@code resourceGroup}. vnetlab keeps no management group hierarchy: any name is a
     * management group of the tenant, its root group's name being the tenant's id.
     *
     * <pre>{@code
     * ArmDeployment.toManagementGroup(azure, "platform", "westeurope")
     *         .templateResource("templates/platform.json")   // a nested deployment per subscription and group
     *         .deploy();
     * }</pre>
     */
    public static ArmDeployment toManagementGroup(Topology topology, String managementGroupId, String location) {
        requireAbove(topology, location, "a management group", "az deployment mg create --location");
        if (managementGroupId == null || managementGroupId.isBlank()) {
            throw new IllegalArgumentException("'managementGroupId' cannot be blank: name the management group, as"
                    + " az deployment mg create --management-group-id does.");
        }
        return new ArmDeployment(topology, null, location, Target.Level.MANAGEMENT_GROUP, managementGroupId);
    }

    /**
     * A deployment to the tenant of the current subscription, as {@code az deployment tenant create --location}
     * makes one: management groups, subscriptions, and nested deployments to any level below.
     */
    public static ArmDeployment toTenant(Topology topology, String location) {
        requireAbove(topology, location, "the tenant", "az deployment tenant create --location");
        return new ArmDeployment(topology, null, location, Target.Level.TENANT, null);
    }

    private static void requireAbove(Topology topology, String location, String what, String command) {
        if (topology == null) {
            throw new IllegalArgumentException("'topology' cannot be null: pass the Topology to deploy into.");
        }
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("'location' cannot be blank: a deployment to " + what + " names the"
                    + " region its data is kept in, as " + command + " does.");
        }
    }

    /** The template from a file; the deployment is named after the file, as the az CLI names it. */
    public ArmDeployment templateFile(Path file) {
        Objects.requireNonNull(file, "file");
        this.template = parse(read(file), file.toString());
        this.templatePath = file;
        if (name == null) {
            name = baseName(file.getFileName().toString());
        }
        return this;
    }

    /** The template from a class-path resource, such as {@code "templates/hub.json"}. */
    public ArmDeployment templateResource(String classPathResource) {
        this.template = parse(resource(classPathResource), classPathResource);
        if (name == null) {
            name = baseName(classPathResource.substring(classPathResource.lastIndexOf('/') + 1));
        }
        return this;
    }

    /** The template as JSON text. */
    public ArmDeployment templateJson(String json) {
        Objects.requireNonNull(json, "json");
        this.template = parse(json, "the template text");
        return this;
    }

    /** A parameters file: {@code {"$schema": ..., "parameters": {"x": {"value": ...}}}}. */
    public ArmDeployment parametersFile(Path file) {
        Objects.requireNonNull(file, "file");
        return parametersJson(read(file), file.toString());
    }

    /** A parameters file on the class path. */
    public ArmDeployment parametersResource(String classPathResource) {
        return parametersJson(resource(classPathResource), classPathResource);
    }

    /** Parameters as the JSON of a parameters file. */
    public ArmDeployment parametersJson(String json) {
        Objects.requireNonNull(json, "json");
        return parametersJson(json, "the parameters text");
    }

    private ArmDeployment parametersJson(String json, String source) {
        JsonNode root = parse(json, source);
        JsonNode values = Values.property(root, "parameters").orElse(root);
        try {
            parameters.putAll(ParameterBinder.valuesOf(values, "parameters"));
        } catch (PathError e) {
            throw ArmDeploymentException.invalidTemplate(e);
        }
        return this;
    }

    /**
     * One parameter value (String, Integer, Long, Boolean, List, Map, or a Jackson JsonNode); it overrides a value of
     * the same name (case-insensitive) from a parameters file, as {@code --parameters name=value} does.
     */
    public ArmDeployment parameter(String parameterName, Object value) {
        if (parameterName == null || parameterName.isBlank()) {
            throw new IllegalArgumentException("'parameterName' cannot be blank.");
        }
        parameters.keySet().removeIf(k -> k.equalsIgnoreCase(parameterName));
        parameters.put(parameterName, value instanceof JsonNode node ? node : Values.JSON.valueToTree(value));
        return this;
    }

    /** Several parameter values; see {@link #parameter(String, Object)}. */
    public ArmDeployment parameters(Map<String, ?> values) {
        Objects.requireNonNull(values, "values").forEach(this::parameter);
        return this;
    }

    /**
     * When the deployment runs, as {@code utcNow()} and {@code newGuid()} in parameter defaults see it (default: now);
     * a test that reads them fixes it.
     */
    public ArmDeployment at(java.time.Instant time) {
        this.deployedAt = Objects.requireNonNull(time, "time");
        return this;
    }

    /**
     * Reads linked templates ({@code templateLink.uri}, {@code parametersLink.uri}) under {@code uriPrefix} from a
     * local folder, as if it were the storage they are staged in. Links by {@code relativePath} need no mapping: they
     * are read next to the template file.
     *
     * <pre>{@code
     * ArmDeployment.into(azure, "rg").templateFile(Path.of("main.json"))
     *         .parameter("_artifactsLocation", "https://example.blob.core.windows.net/templates/")
     *         .linkedTemplates("https://example.blob.core.windows.net/templates/", Path.of("."))
     *         .deploy();
     * }</pre>
     */
    public ArmDeployment linkedTemplates(String uriPrefix, Path folder) {
        links.map(Objects.requireNonNull(uriPrefix, "uriPrefix"), Objects.requireNonNull(folder, "folder"));
        return this;
    }

    /**
     * The folder that {@code relativePath} links of a template given as text ({@link #templateJson(String)}) are
     * read from: where its file would be.
     */
    public ArmDeployment relativeTo(Path folder) {
        this.templatePath = Objects.requireNonNull(folder, "folder").resolve("template.json");
        return this;
    }

    /** The deployment's name (default: the template file's name without extension, else "vnetlab-deployment"). */
    public ArmDeployment named(String deploymentName) {
        if (deploymentName == null || deploymentName.isBlank()) {
            throw new IllegalArgumentException("'deploymentName' cannot be blank.");
        }
        this.name = deploymentName;
        return this;
    }

    /**
     * Deploys the resources without leaving a {@code Microsoft.Resources/deployments} resource behind: for resources
     * that stand for what an estate already holds (an import), which no deployment of the estate's made.
     */
    public ArmDeployment unrecorded() {
        this.recorded = false;
        return this;
    }

    /** Deploys the template: all of it, or (if it throws) nothing. */
    public DeploymentResult deploy() {
        if (deployed) {
            throw new IllegalStateException("This deployment was already deployed; start a new one with"
                    + " ArmDeployment.into(topology, resourceGroup).");
        }
        if (template == null) {
            throw new IllegalStateException("No template: call templateFile(...), templateResource(...) or"
                    + " templateJson(...) before deploy().");
        }
        deployed = true;
        String deploymentName = name != null ? name : "vnetlab-deployment";
        return topology.batch(batch -> {
            TemplateEngine engine = new TemplateEngine(batch, ResourceHandlers.defaults(), deployedAt, links);
            try {
                Target target = target(engine, batch, deploymentName);
                ObjectNode outputs = engine.run(template, "", null, parameters, target,
                        new LinkedTemplates.Source(templatePath, null));
                ResourceId id = ResourceId.parse(target.scopeId() + "/providers/Microsoft.Resources"
                        + "/deployments/" + deploymentName);
                if (recorded) {
                    batch.putRecord(DeploymentRecord.class, id, new DeploymentRecord(id, deploymentName,
                            TemplateEngine.json(TemplateEngine.withoutSecureValues(outputs)), engine.resources(),
                            target.location()));
                }
                Map<String, Object> plain = new LinkedHashMap<>();
                outputs.properties().forEach(f -> plain.put(f.getKey(),
                        Values.JSON.convertValue(f.getValue().get("value"), Object.class)));
                List<String> warnings = new java.util.ArrayList<>(engine.warnings());
                warnings.addAll(NotSimulated.warnings(engine.resources()));
                warnings.addAll(OneSidedConnections.warnings(batch.state(), engine.resources()));
                return new DeploymentResult(deploymentName, id, engine.resources(), plain,
                        List.copyOf(new java.util.LinkedHashSet<>(warnings)));
            } catch (PathError e) {
                throw ArmDeploymentException.invalidTemplate(e);
            } catch (TemplateError e) {
                throw ArmDeploymentException.invalidTemplate(new PathError("", e.getMessage()));
            } catch (ArmDeploymentException e) {
                throw e;
            } catch (AzureException e) {
                if (e.code() == AzureErrorCode.ResourceGroupNotFound || e.code() == AzureErrorCode.SubscriptionNotFound) {
                    throw e;
                }
                throw new ArmDeploymentException(e.code(), AzureErrorCode.DeploymentFailed, "At least one resource"
                        + " deployment operation failed. Please list deployment operations for details. Please see"
                        + " https://aka.ms/arm-deployment-operations for usage details. (" + e.code() + ") "
                        + e.getMessage(), "outputs", null, e.resources(), e);
            } catch (RuntimeException e) {
                // a failure no check names: ARM's code and no Java text; the failure stays the cause
                PathError where = new PathError("", "The template could not be evaluated as written; check it"
                        + " against https://aka.ms/arm-syntax.");
                where.initCause(e);
                throw ArmDeploymentException.invalidTemplate(where);
            }
        });
    }

    private Target target(TemplateEngine engine, io.vnetlab.controlplane.ResourceBatch batch, String deploymentName) {
        String subscription = batch.currentSubscriptionId();
        if (level == null) {
            return engine.target(subscription, resourceGroup, deploymentName);
        }
        io.vnetlab.model.Region region = deploymentLocation(subscription);
        if (level == Target.Level.SUBSCRIPTION) {
            return engine.subscriptionTarget(subscription, region, deploymentName);
        }
        String tenant = io.vnetlab.controlplane.ResourceManager.requireSubscription(batch.state(), subscription)
                .tenantId();
        return level == Target.Level.MANAGEMENT_GROUP
                ? Target.managementGroup(managementGroup, tenant, region, deploymentName, deployedAt)
                : Target.tenant(tenant, region, deploymentName, deployedAt);
    }

    /** The region of a deployment to a subscription: an Azure region, as ARM requires. */
    private io.vnetlab.model.Region deploymentLocation(String subscriptionId) {
        return io.vnetlab.model.Region.find(location).orElseThrow(() -> new AzureException(
                AzureErrorCode.LocationNotAvailableForResourceType, "The provided location '" + location + "' is not"
                + " available for resource type 'Microsoft.Resources/deployments'.",
                ResourceId.subscription(subscriptionId)));
    }

    /** The template functions vnetlab evaluates, sorted. */
    public static List<String> supportedFunctions() {
        return Functions.names();
    }

    /** The resource types vnetlab simulates; every other type is accepted and reported as not simulated. */
    public static List<String> simulatedResourceTypes() {
        return List.copyOf(ResourceHandlers.defaults().types());
    }

    private static JsonNode parse(String json, String source) {
        if (json.length() > TemplateLimits.TEMPLATE_CHARACTERS) {
            throw parseFailed(source + " is " + json.length() + " characters long; ARM reads templates and"
                    + " parameters files of at most 4 MB (" + TemplateLimits.TEMPLATE_CHARACTERS + " characters).", null);
        }
        try {
            JsonNode node = Values.INPUT.readTree(json);
            if (node == null || !node.isObject()) {
                throw parseFailed(source + " is not a JSON object.", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw parseFailed(source + " is not valid JSON: " + JsonProblems.describe(e) + ".", e);
        }
    }

    private static ArmDeploymentException parseFailed(String what, Throwable cause) {
        return new ArmDeploymentException(AzureErrorCode.InvalidTemplate, AzureErrorCode.InvalidTemplate,
                "Deployment template parse failed: " + what, "", null, List.of(), cause);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ArmDeployment.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No class-path resource '" + name + "': put it under"
                        + " src/test/resources (or src/main/resources) and name it relative to that folder.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read class-path resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
