package io.vnetlab.arm.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.Topology;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.arm.DeployedResource;
import io.vnetlab.arm.DeploymentResult;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Builds a topology from an estate as people already have it described: templates exported by the portal or
 * {@code az group export}, and the JSON of the Azure CLI's {@code list}/{@code show} commands
 * (docs/azure/import.md). The inputs may span resource groups and subscriptions and name each other by id; they are
 * deployed together, type by type ({@link DeployOrder}), through the same handlers as any ARM template, into the
 * resource groups their ids name (made when missing, in the region of their first resource).
 *
 * <pre>{@code
 * Topology estate = Topology.create();
 * ImportReport report = EstateImport.into(estate)
 *         .cliOutput(Path.of("vnet-list.json"))        // az network vnet list
 *         .cliOutput(Path.of("nic-list.json"))         // az network nic list
 *         .cliOutput(Path.of("vm-list.json"))          // az vm list
 *         .run();
 * estate.reachabilityMatrix();
 * }</pre>
 *
 * All or nothing: if any resource is refused (with Azure's code, as a deployment would be), the topology is as it
 * was. A builder is single-use.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EstateImport {

    /** The deployment name the import's deployments run under; none is recorded. */
    private static final String DEPLOYMENT = "estate-import";

    private final Topology topology;
    private final List<GroupTemplate> exported = new ArrayList<>();
    private final CliOutput cli = new CliOutput();
    private boolean ran;

    private EstateImport(Topology topology) {
        this.topology = topology;
    }

    /** An import into {@code topology}, which may already hold resources the inputs name. */
    public static EstateImport into(Topology topology) {
        if (topology == null) {
            throw new IllegalArgumentException("'topology' cannot be null: pass the Topology to import into.");
        }
        return new EstateImport(topology);
    }

    /** A template exported from resource group {@code resourceGroup} of the topology's current subscription. */
    public EstateImport exportedTemplate(Path file, String resourceGroup) {
        return exportedTemplate(file, topology.currentSubscriptionId(), resourceGroup);
    }

    /**
     * A template exported from resource group {@code resourceGroup} of subscription {@code subscriptionId} (the
     * template itself does not say where it came from). Its parameters need their default values, which the portal
     * writes and {@code az group export --include-parameter-default-value} too.
     */
    public EstateImport exportedTemplate(Path file, String subscriptionId, String resourceGroup) {
        Objects.requireNonNull(file, "file");
        return exportedTemplateJson(read(file), file.toString(), subscriptionId, resourceGroup);
    }

    /** An exported template as JSON text; see {@link #exportedTemplate(Path, String, String)}. */
    public EstateImport exportedTemplateJson(String json, String subscriptionId, String resourceGroup) {
        return exportedTemplateJson(json, "the exported template", subscriptionId, resourceGroup);
    }

    private EstateImport exportedTemplateJson(String json, String source, String subscriptionId,
                                              String resourceGroup) {
        Objects.requireNonNull(json, "json");
        if (subscriptionId == null || subscriptionId.isBlank() || resourceGroup == null || resourceGroup.isBlank()) {
            throw new IllegalArgumentException("An exported template needs the subscription id and the resource"
                    + " group it was exported from: the template does not name them.");
        }
        exported.add(ExportedTemplate.read(json, source, subscriptionId, resourceGroup));
        return this;
    }

    /** A file of CLI output: what {@code az network vnet list -o json} (or another documented command) printed. */
    public EstateImport cliOutput(Path file) {
        Objects.requireNonNull(file, "file");
        cli.read(read(file), file.toString());
        return this;
    }

    /** CLI output as JSON text; see {@link #cliOutput(Path)}. */
    public EstateImport cliOutputJson(String json) {
        cli.read(Objects.requireNonNull(json, "json"), "the CLI output");
        return this;
    }

    /** Imports every input: all of it, or (if it throws) nothing. */
    public ImportReport run() {
        if (ran) {
            throw new IllegalStateException("This import already ran; start a new one with EstateImport.into(topology).");
        }
        ran = true;
        List<GroupTemplate> groups = new ArrayList<>(exported);
        groups.addAll(cli.templates());
        Map<String, Set<String>> outside = outsideReferences(groups);
        refuseMissing(groups, outside);
        Topology work = topology.fork();
        groups.forEach(g -> ensureGroup(work, g));
        List<DeployedResource> deployed = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (int rank = 0; rank < DeployOrder.COUNT; rank++) {
            for (GroupTemplate group : groups) {
                ObjectNode layer = layer(group.template(), rank);
                if (layer == null) {
                    continue;
                }
                work.useSubscription(group.subscriptionId());
                DeploymentResult result = ArmDeployment.into(work, group.resourceGroup())
                        .templateJson(layer.toString()).named(DEPLOYMENT).unrecorded().deploy();
                deployed.addAll(result.resources());
                warnings.addAll(result.warnings());
            }
        }
        topology.restore(work.state());
        List<OutsideReference> references = new ArrayList<>();
        outside.forEach((group, ids) -> ids.forEach(id -> references.add(new OutsideReference(ResourceId.parse(id),
                group, held(work.state(), id)))));
        return new ImportReport(deployed, references, List.copyOf(warnings));
    }

    /** The template with only the resources of {@code rank}, or null when it has none. */
    private static ObjectNode layer(ObjectNode template, int rank) {
        ArrayNode all = (ArrayNode) template.get("resources");
        ArrayNode some = all.arrayNode();
        for (JsonNode r : all) {
            if (DeployOrder.rank(r.path("type").asText("")) == rank) {
                some.add(r);
            }
        }
        if (some.isEmpty()) {
            return null;
        }
        ObjectNode layer = template.deepCopy();
        layer.set("resources", some);
        layer.remove("outputs");
        return layer;
    }

    private static void ensureGroup(Topology work, GroupTemplate group) {
        TopologyState state = work.state();
        if (state.subscription(group.subscriptionId()).isEmpty()) {
            work.subscriptions().add(group.subscriptionId(), group.subscriptionId(), Topology.DEFAULT_TENANT_ID);
        }
        if (state.resourceGroup(ResourceId.resourceGroup(group.subscriptionId(), group.resourceGroup())).isEmpty()) {
            if (group.region() == null) {
                throw new IllegalArgumentException(group.source() + " names no region for resource group '"
                        + group.resourceGroup() + "': create the group first, or give its resources a location.");
            }
            work.resourceGroups().define(group.resourceGroup()).inSubscription(group.subscriptionId())
                    .withRegion(Region.fromName(group.region())).create();
        }
    }

    /** Per imported group, the ids its template names in another group or subscription (lower-case). */
    private static Map<String, Set<String>> outsideReferences(List<GroupTemplate> groups) {
        Map<String, Set<String>> outside = new LinkedHashMap<>();
        for (GroupTemplate g : groups) {
            Set<String> ids = new LinkedHashSet<>();
            collectIds(g.template(), ids);
            String own = ("/subscriptions/" + g.subscriptionId() + "/resourcegroups/" + g.resourceGroup() + "/")
                    .toLowerCase(Locale.ROOT);
            ids.removeIf(id -> id.toLowerCase(Locale.ROOT).startsWith(own));
            if (!ids.isEmpty()) {
                outside.computeIfAbsent(g.resourceGroup(), k -> new LinkedHashSet<>()).addAll(ids);
            }
        }
        return outside;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (ResourceId.looksLikeId(text) && text.toLowerCase(Locale.ROOT).contains("/resourcegroups/")
                    && text.toLowerCase(Locale.ROOT).contains("/providers/")) {
                ids.add(text);
            }
        }
        node.forEach(child -> collectIds(child, ids));
    }

    /**
     * Refuses, before anything is deployed, outside references of simulated types that no input declares and the
     * topology does not hold: Azure would refuse the resources that name them, and the remedy is another input.
     */
    private void refuseMissing(List<GroupTemplate> groups, Map<String, Set<String>> outside) {
        Set<String> declared = new HashSet<>();
        groups.forEach(g -> declared.addAll(g.declaredIds()));
        Set<String> simulated = new HashSet<>();
        ArmDeployment.simulatedResourceTypes().forEach(t -> simulated.add(t.toLowerCase(Locale.ROOT)));
        List<ResourceId> missing = new ArrayList<>();
        outside.values().forEach(ids -> ids.forEach(id -> {
            String top = topLevel(id);
            if (simulated.contains(CliOutput.typeOf(top).toLowerCase(Locale.ROOT))
                    && !declared.contains(top.toLowerCase(Locale.ROOT)) && !held(topology.state(), top)) {
                missing.add(ResourceId.parse(id));
            }
        }));
        if (!missing.isEmpty()) {
            throw new AzureException(AzureErrorCode.ResourceNotFound, "The inputs name resources outside the"
                    + " resource groups they hold, which neither another input nor the topology has: "
                    + String.join(", ", missing.stream().map(ResourceId::toString).toList()) + ". Import the"
                    + " groups that hold them too (their exported template or CLI output), or create them first.",
                    missing);
        }
    }

    /** The id of the top-level resource {@code id} names or is a child of. */
    private static String topLevel(String id) {
        String[] segments = id.split("/");
        return String.join("/", java.util.Arrays.copyOf(segments, Math.min(segments.length, 9)));
    }

    private static boolean held(TopologyState state, String id) {
        try {
            return ResourceJson.of(state, ResourceId.parse(topLevel(id))).isPresent();
        } catch (RuntimeException e) {
            return false;   // an id of a shape vnetlab does not model
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
