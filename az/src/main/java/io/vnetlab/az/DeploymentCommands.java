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
 * {@code az deployment group|sub|mg|tenant create|show|list}: ARM templates deployed by module {@code arm}
 * (Incremental mode) to a resource group, to the current subscription (which creates resource groups and deploys
 * into them through nested deployments), to a management group or to the tenant, so that a script can deploy a
 * template and then ask {@code az network ...} about the result.
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

    /**
     * Where {@code az deployment <level> ...} deploys: a resource group ({@code -g}), the current subscription, a
     * management group ({@code --management-group-id/-m}) or the tenant; the three above a group take
     * {@code --location/-l} on create (docs/azure/arm-templates.md#deployment-scopes).
     */
    enum Level {
        GROUP("group"), SUB("sub"), MG("mg"), TENANT("tenant");

        private final String word;

        Level(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }

        /** The options naming the target, on show and list. */
        List<Param> target() {
            return switch (this) {
                case GROUP -> List.of(Commands.groupParam());
                case MG -> List.of(MANAGEMENT_GROUP.mandatory());
                case SUB, TENANT -> List.of();
            };
        }

        /** The options naming the target, on create. */
        List<Param> createTarget() {
            Param location = Param.value("location", "--location", "-l").mandatory();
            return switch (this) {
                case GROUP -> List.of(Commands.groupParam());
                case MG -> List.of(MANAGEMENT_GROUP.mandatory(), location);
                case SUB, TENANT -> List.of(location);
            };
        }

        /** The id of the target: deployments to it are {@code <scope>/providers/Microsoft.Resources/deployments/x}. */
        String scope(Session s, Args a) {
            return switch (this) {
                case GROUP -> {
                    String group = a.required("resource_group");
                    s.group(group);
                    yield s.groupId(group).toString();
                }
                case SUB -> "/subscriptions/" + s.subscriptionId();
                case MG -> ResourceId.managementGroup(a.required("management_group_id")).toString();
                case TENANT -> "";
            };
        }

        ArmDeployment deployment(Session s, Args a) {
            return switch (this) {
                case GROUP -> ArmDeployment.into(s.topology(), a.required("resource_group"));
                case SUB -> ArmDeployment.toSubscription(s.topology(), a.required("location"));
                case MG -> ArmDeployment.toManagementGroup(s.topology(), a.required("management_group_id"),
                        a.required("location"));
                case TENANT -> ArmDeployment.toTenant(s.topology(), a.required("location"));
            };
        }

        /** How the journal replays the create: the target's options as given. */
        List<String> journal(Args a) {
            List<String> words = new ArrayList<>(List.of("deployment", word, "create"));
            switch (this) {
                case GROUP -> words.addAll(List.of("--resource-group", a.required("resource_group")));
                case MG -> words.addAll(List.of("--management-group-id", a.required("management_group_id"),
                        "--location", a.required("location")));
                case SUB, TENANT -> words.addAll(List.of("--location", a.required("location")));
            }
            return words;
        }
    }

    private static final Param MANAGEMENT_GROUP = Param.value("management_group_id", "--management-group-id", "-m");

    private static ResourceId deploymentId(String scope, String name) {
        return ResourceId.parse(scope + "/providers/Microsoft.Resources/deployments/" + name);
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
        private final Level level;

        /** {@code az deployment group create}. */
        Create() {
            this(Level.GROUP);
        }

        /** {@code az deployment <level> create}. */
        Create(Level level) {
            this.level = level;
        }

        public String name() {
            return "deployment " + level.word() + " create";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(level.createTarget());
            params.addAll(List.of(Param.value("name", "--name", "-n"),
                    Param.value("template_file", "--template-file", "-f"), Param.value("template_uri", "--template-uri",
                            "-u"), Param.value("template_json", TEMPLATE_JSON),
                    Param.append("parameters", "--parameters", "-p"), Param.value("mode", "--mode").choices("Incremental", "Complete"),
                    Param.flag("no_wait", "--no-wait"), Param.flag("no_prompt", "--no-prompt"),
                    Param.value("rollback", "--rollback-on-error"), Param.flag("confirm", "--confirm-with-what-if",
                            "-c"), Param.flag("what_if", "--what-if")));
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            if (level == Level.GROUP) {
                s.group(a.required("resource_group"));
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
                ArmDeployment deployment = level.deployment(s, a).named(name).templateJson(templateText);
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
            List<String> journal = level.journal(a);
            journal.addAll(List.of("--name", name, TEMPLATE_JSON, templateText));
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
        private final Level level;

        /** {@code az deployment group show}. */
        Show() {
            this(Level.GROUP);
        }

        /** {@code az deployment <level> show}. */
        Show(Level level) {
            this.level = level;
        }

        public String name() {
            return "deployment " + level.word() + " show";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(level.target());
            params.add(Commands.nameParam());
            return params;
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = deploymentId(level.scope(s, a), a.required("name"));
            return shape(s.topology().state().get(DeploymentRecord.class, id).orElseThrow(() ->
                    AzError.service("DeploymentNotFound", "Deployment '" + a.required("name")
                            + "' could not be found.", 404)));
        }
    }

    static final class ListDeployments implements AzCommand {
        private final Level level;

        /** {@code az deployment group list}. */
        ListDeployments() {
            this(Level.GROUP);
        }

        /** {@code az deployment <level> list}: the deployments to that target. */
        ListDeployments(Level level) {
            this.level = level;
        }

        public String name() {
            return "deployment " + level.word() + " list";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(level.target());
            params.add(Param.value("filter", "--filter"));
            return params;
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String prefix = (level.scope(s, a) + "/providers/Microsoft.Resources/deployments/").toLowerCase(Locale.ROOT);
            ArrayNode list = Json.array();
            s.topology().state().all(DeploymentRecord.class).stream()
                    .filter(d -> d.id().toString().toLowerCase(Locale.ROOT).startsWith(prefix)
                            && d.id().toString().indexOf('/', prefix.length()) < 0)
                    .forEach(d -> list.add(shape(d)));
            return list;
        }
    }
}
