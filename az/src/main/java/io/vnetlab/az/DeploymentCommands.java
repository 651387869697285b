package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.ArmDeployment;
import io.vnetlab.arm.ArmDeploymentException;
import io.vnetlab.arm.DeployedResource;
import io.vnetlab.arm.DeploymentRecord;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code az deployment group create|show|list} and {@code az deployment sub create|show|list}: ARM templates
 * deployed by module {@code arm} (Incremental mode) to a resource group or to the current subscription (which
 * creates resource groups and deploys into them through nested deployments), so that a script can deploy a template
 * and then ask {@code az network ...} about the result.
 *
 * <p>{@code --parameters} is repeatable and takes, in any mix, {@code @file.json} (a parameters file), inline JSON
 * (the parameters file's content or its {@code parameters} object), a file path, and {@code name=value} pairs
 * (the value converted to the template parameter's declared type: {@code int}, {@code bool}, {@code object} and
 * {@code array} values are read as JSON); later values win, as in the CLI.
 *
 * <p><b>Journal.</b> The state file of {@code bin/az} stores this command with the template's and the parameter
 * files' <em>content</em> (vnetlab's own {@code --vnetlab-template-json} option, parameters as inline JSON) and
 * the deployment name made explicit, not their paths: replaying then gives the same state even when the files have
 * changed, moved, or are named relative to another directory — the state depends only on itself, as Azure's does
 * (a deployment keeps its template).
 */
final class DeploymentCommands {

    static final String TEMPLATE_JSON = "--vnetlab-template-json";

    /** The SDK's pattern for deployment names; Python's {@code \\w} is Unicode-aware. */
    private static final Pattern DEPLOYMENT_NAME = Pattern.compile("[-\\w._()]+", Pattern.UNICODE_CHARACTER_CLASS);

    private DeploymentCommands() {
    }

    static String read(Session s, String file, String option) {
        try {
            return Files.readString(s.file(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw AzError.command("argument " + option + ": cannot read file '" + file + "': "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    private static boolean isFile(Session s, String text) {
        try {
            return Files.isRegularFile(s.file(text));
        } catch (RuntimeException e) {
            return false;
        }
    }

    static ResourceId deploymentId(Session s, String group, String name) {
        return ResourceId.parse(s.groupId(group) + "/providers/Microsoft.Resources/deployments/" + name);
    }

    /** The CLI's deployment object ({@code Microsoft.Resources/deployments}). */
    static ObjectNode shape(DeploymentRecord d) {
        ObjectNode o = Json.object();
        o.put("id", d.id().toString());
        if (d.location() != null) {
            o.put("location", d.location());
        } else {
            o.putNull("location");
        }
        o.put("name", d.name());
        ObjectNode p = o.putObject("properties");
        p.put("correlationId", Shapes.guid("deployment:" + d.id()));
        p.putNull("debugSetting");
        p.putArray("dependencies");
        p.putNull("error");
        p.put("mode", "Incremental");
        p.putNull("onErrorDeployment");
        ArrayNode resources = p.putArray("outputResources");
        for (DeployedResource r : d.resources()) {
            if (r.outcome() != DeployedResource.Outcome.SKIPPED_BY_CONDITION) {
                resources.add(Json.reference(r.id()));
            }
        }
        JsonNode outputs = Json.parse(d.outputsJson() == null ? "{}" : d.outputsJson());
        if (outputs.isEmpty()) {
            p.putNull("outputs");
        } else {
            p.set("outputs", outputs);
        }
        p.putNull("parametersLink");
        p.put("provisioningState", "Succeeded");
        p.putNull("templateLink");
        d.id().resourceGroupName().ifPresentOrElse(g -> o.put("resourceGroup", g), () -> o.putNull("resourceGroup"));
        o.putNull("tags");
        o.put("type", "Microsoft.Resources/deployments");
        return o;
    }

    static final class Create implements AzCommand {
        private final boolean toSubscription;

        /** {@code az deployment group create}. */
        Create() {
            this(false);
        }

        /** {@code az deployment sub create} when {@code toSubscription}. */
        Create(boolean toSubscription) {
            this.toSubscription = toSubscription;
        }

        public String name() {
            return toSubscription ? "deployment sub create" : "deployment group create";
        }

        public List<Param> params() {
            return List.of(toSubscription ? Param.value("location", "--location", "-l").mandatory()
                            : Commands.groupParam(), Param.value("name", "--name", "-n"),
                    Param.value("template_file", "--template-file", "-f"), Param.value("template_uri", "--template-uri",
                            "-u"), Param.value("template_json", TEMPLATE_JSON),
                    Param.append("parameters", "--parameters", "-p"), Param.value("mode", "--mode").choices("Incremental", "Complete"),
                    Param.flag("no_wait", "--no-wait"), Param.flag("no_prompt", "--no-prompt"),
                    Param.value("rollback", "--rollback-on-error"), Param.flag("confirm", "--confirm-with-what-if",
                            "-c"), Param.flag("what_if", "--what-if"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = toSubscription ? null : a.required("resource_group");
            String location = toSubscription ? a.required("location") : null;
            if (group != null) {
                s.group(group);
            }
            if (a.has("template_uri")) {
                throw AzError.command("vnetlab runs offline and cannot download --template-uri; download the"
                        + " template and pass it with --template-file.");
            }
            String mode = a.value("mode").orElse("Incremental");
            if (!mode.equalsIgnoreCase("Incremental")) {
                throw AzError.command("vnetlab deploys in Incremental mode only; --mode " + mode
                        + " (which deletes what the template does not name) is not emulated.");
            }
            String templateText;
            String name;
            if (a.has("template_json")) {
                templateText = a.required("template_json");
                name = a.value("name").orElse("vnetlab-deployment");
            } else if (a.has("template_file")) {
                String file = a.required("template_file");
                templateText = read(s, file, "--template-file");
                String base = Path.of(file).getFileName().toString();
                name = a.value("name").orElse(base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base);
            } else {
                throw AzError.command("one of --template-file FILE, --template-uri URI or --template-spec ID is"
                        + " required.");
            }
            requireDeploymentName(name);
            JsonNode template;
            try {
                template = Json.parse(templateText);
            } catch (IllegalArgumentException e) {
                throw AzError.command("Failed to parse the template: " + e.getMessage());
            }
            List<String> journalParams = new ArrayList<>();
            io.vnetlab.arm.DeploymentResult result;
            try {
                ArmDeployment deployment = (toSubscription ? ArmDeployment.toSubscription(s.topology(), location)
                        : ArmDeployment.into(s.topology(), group)).named(name).templateJson(templateText);
                if (a.has("template_file")) {
                    // linked templates by relativePath are read next to the template file
                    deployment.relativeTo(s.file(a.required("template_file")).toAbsolutePath().getParent());
                }
                for (String value : a.list("parameters")) {
                    String trimmed = value.trim();
                    if (trimmed.startsWith("@") || (!trimmed.startsWith("{") && !trimmed.contains("=")
                            && isFile(s, trimmed))) {
                        String json = read(s, trimmed.startsWith("@") ? trimmed.substring(1) : trimmed,
                                "--parameters");
                        deployment.parametersJson(json);
                        journalParams.add(Json.parse(json).toString());
                    } else if (trimmed.startsWith("{")) {
                        deployment.parametersJson(trimmed);
                        journalParams.add(trimmed);
                    } else if (trimmed.contains("=")) {
                        String key = trimmed.substring(0, trimmed.indexOf('='));
                        String raw = trimmed.substring(trimmed.indexOf('=') + 1);
                        deployment.parameter(key, typed(template, key, raw));
                        journalParams.add(trimmed);
                    } else {
                        throw AzError.command("Unable to parse parameter: " + value + ". Use @FILE, JSON, or"
                                + " name=value.");
                    }
                }
                result = deployment.deploy();
            } catch (ArmDeploymentException e) {
                throw AzError.service((e.deploymentCode() != null ? e.deploymentCode() : e.code()).name(),
                        e.getMessage(), 400);
            } catch (AzureException e) {
                throw AzError.service(e.code().name(), e.getMessage(), e.httpStatus());
            }
            List<String> journal = new ArrayList<>(toSubscription
                    ? List.of("deployment", "sub", "create", "--location", location, "--name", name, TEMPLATE_JSON,
                    templateText)
                    : List.of("deployment", "group", "create", "--resource-group", group, "--name", name, TEMPLATE_JSON,
                    templateText));
            for (String p : journalParams) {
                journal.add("--parameters");
                journal.add(p);
            }
            s.journalAs(journal);
            // what the deployment did not simulate and what may differ from Azure, as the CLI prints warnings
            result.warnings().forEach(s::warn);
            if (a.flag("no_wait")) {
                return null;
            }
            return shape(s.topology().state().get(DeploymentRecord.class, result.id()).orElseThrow());
        }

        /**
         * The client-side check the CLI's SDK makes of a deployment name, in its words, before anything is sent
         * (docs/azure/naming.md#deployment-names).
         */
        private static void requireDeploymentName(String name) {
            if (name.length() > 64) {
                throw AzError.command("Parameter 'deployment_name' must have length less than or equal to 64");
            }
            if (!DEPLOYMENT_NAME.matcher(name).matches()) {
                throw AzError.command("Parameter 'deployment_name' must conform to the following pattern:"
                        + " '^[-\\w\\._\\(\\)]+$'.");
            }
        }

        /** A {@code name=value} value in the template parameter's declared type (the CLI converts the same way). */
        private static Object typed(JsonNode template, String key, String raw) {
            String type = "";
            for (Map.Entry<String, JsonNode> e : template.path("parameters").properties()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    type = e.getValue().path("type").asText("").toLowerCase(Locale.ROOT);
                }
            }
            try {
                switch (type) {
                    case "int":
                        return Long.parseLong(raw);
                    case "bool":
                        return Boolean.parseBoolean(raw);
                    case "object":
                    case "secureobject":
                    case "array":
                        return Json.parse(raw);
                    default:
                        return raw;
                }
            } catch (IllegalArgumentException e) {
                throw AzError.command("Unable to parse parameter: " + key + "=" + raw + " (the template declares it "
                        + type + ").");
            }
        }
    }

    static final class Show implements AzCommand {
        private final boolean atSubscription;

        /** {@code az deployment group show}. */
        Show() {
            this(false);
        }

        /** {@code az deployment sub show} when {@code atSubscription}. */
        Show(boolean atSubscription) {
            this.atSubscription = atSubscription;
        }

        public String name() {
            return atSubscription ? "deployment sub show" : "deployment group show";
        }

        public List<Param> params() {
            return atSubscription ? List.of(Commands.nameParam()) : List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id;
            if (atSubscription) {
                id = ResourceId.parse("/subscriptions/" + s.subscriptionId()
                        + "/providers/Microsoft.Resources/deployments/" + a.required("name"));
            } else {
                String group = a.required("resource_group");
                s.group(group);
                id = deploymentId(s, group, a.required("name"));
            }
            return shape(s.topology().state().get(DeploymentRecord.class, id).orElseThrow(() ->
                    AzError.service("DeploymentNotFound", "Deployment '" + a.required("name")
                            + "' could not be found.", 404)));
        }
    }

    static final class ListDeployments implements AzCommand {
        private final boolean atSubscription;

        /** {@code az deployment group list}. */
        ListDeployments() {
            this(false);
        }

        /** {@code az deployment sub list} when {@code atSubscription}: the deployments to the current subscription. */
        ListDeployments(boolean atSubscription) {
            this.atSubscription = atSubscription;
        }

        public String name() {
            return atSubscription ? "deployment sub list" : "deployment group list";
        }

        public List<Param> params() {
            return atSubscription ? List.of(Param.value("filter", "--filter"))
                    : List.of(Commands.groupParam(), Param.value("filter", "--filter"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            if (atSubscription) {
                String prefix = ("/subscriptions/" + s.subscriptionId() + "/providers/microsoft.resources/deployments/")
                        .toLowerCase(Locale.ROOT);
                ArrayNode list = Json.array();
                s.topology().state().all(DeploymentRecord.class).stream()
                        .filter(d -> d.id().toString().toLowerCase(Locale.ROOT).startsWith(prefix))
                        .forEach(d -> list.add(shape(d)));
                return list;
            }
            String group = a.required("resource_group");
            s.group(group);
            ArrayNode list = Json.array();
            s.topology().state().all(DeploymentRecord.class).stream()
                    .filter(d -> NetworkShapes.inGroup(d.id(), s.subscriptionId(), group)
                            && d.id().toString().toLowerCase(Locale.ROOT).contains("/resourcegroups/"
                            + group.toLowerCase(Locale.ROOT) + "/providers/microsoft.resources/deployments/"))
                    .forEach(d -> list.add(shape(d)));
            return list;
        }
    }
}
