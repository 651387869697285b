package io.vnetlab.az;

import io.vnetlab.Topology;
import io.vnetlab.arm.estate.EstateImport;
import io.vnetlab.model.AzureException;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.render.DiffReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./vnetlab diff [--markdown] [--allow-opened] [--allow-closed] BEFORE AFTER}: builds both topologies — a
 * script of az commands, an ARM template ({@code .json}) deployed into resource group {@value #TEMPLATE_GROUP}, or
 * the JSON the Azure CLI printed for list/show commands (a {@code .json} file of it, or a folder of such files),
 * imported as the estate it describes —
 * and prints what changed: the resources, then every flow class whose verdict changed, with the reason on both
 * sides ({@code --markdown}: a Markdown report for a pull request). The exit code makes it a gate: 0 when no flow
 * changed or every change is allowed ({@code --allow-opened} allows flows that open, {@code --allow-closed} flows
 * that close), 1 when a flow changed that was not allowed, 2 when an input does not build.
 */
final class DiffCommand {

    static final String USAGE = "usage: ./vnetlab diff [--markdown] [--allow-opened] [--allow-closed] BEFORE AFTER";

    /** The group a template is deployed into, as {@code az deployment group create -g} needs one. */
    static final String TEMPLATE_GROUP = "vnetlab-rg";

    private DiffCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean markdown = false;
        boolean allowOpened = false;
        boolean allowClosed = false;
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--markdown" -> markdown = true;
                case "--allow-opened" -> allowOpened = true;
                case "--allow-closed" -> allowClosed = true;
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("vnetlab diff: unrecognized argument: " + arg);
                        err.println(USAGE);
                        return 2;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 2) {
            err.println(USAGE);
            return 2;
        }
        Topology before = build(Path.of(files.get(0)), err);
        Topology after = before == null ? null : build(Path.of(files.get(1)), err);
        if (after == null) {
            return 2;
        }
        ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());
        out.print(markdown ? DiffReport.markdown(diff) : DiffReport.table(diff));
        boolean refused = (!allowOpened && !diff.opened().isEmpty()) || (!allowClosed && !diff.closed().isEmpty());
        return refused ? 1 : 0;
    }

    /** The topology a file builds, or {@code null} after saying on {@code err} why it does not. */
    private static Topology build(Path file, PrintStream err) {
        if (Files.isDirectory(file)) {
            return imported(file, cliOutputs(file, err), err);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("vnetlab: cannot read " + file + ": " + FileErrors.reason(e));
            return null;
        }
        if (isCliOutput(text)) {
            return imported(file, List.of(file), err);
        }
        Az az = Az.create();
        AzResult result;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            result = az.run("group", "create", "--name", TEMPLATE_GROUP, "--location", "eastus");
            if (result.succeeded()) {
                // one deployment name on both sides, so the deployment itself is not reported as replaced
                result = az.run("deployment", "group", "create", "--resource-group", TEMPLATE_GROUP,
                        "--name", "vnetlab-diff", "--template-file", file.toString());
            }
        } else {
            try {
                result = new ScriptRunner(az).echoingTo(s -> { }, err::print).run(text);
            } catch (ScriptException e) {
                err.println("vnetlab: " + file + ": " + e.getMessage());
                return null;
            }
        }
        if (!result.succeeded()) {
            err.print(result.err());
            err.println("vnetlab: " + file + " does not build (exit code " + result.exitCode() + ").");
            return null;
        }
        return az.topology();
    }

    /**
     * Whether a file holds what the Azure CLI printed for list or show commands (a resource, or an array of them,
     * each with its id) rather than a template: a template is an object with a {@code resources} array and no id.
     */
    static boolean isCliOutput(String text) {
        String t = text.stripLeading();
        return t.startsWith("[") || (t.startsWith("{") && !t.contains("\"resources\"") && t.contains("\"id\""));
    }

    /** The JSON files of a folder of CLI outputs, by name. */
    private static List<Path> cliOutputs(Path folder, PrintStream err) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            err.println("vnetlab: cannot read " + folder + ": " + FileErrors.reason(e));
            return List.of();
        }
    }

    /** The topology imported from files of CLI output, or {@code null} after saying why it does not import. */
    private static Topology imported(Path input, List<Path> files, PrintStream err) {
        if (files.isEmpty()) {
            err.println("vnetlab: " + input + " holds no .json file of CLI output.");
            return null;
        }
        Topology topology = Topology.create();
        try {
            EstateImport estate = EstateImport.into(topology);
            files.forEach(estate::cliOutput);
            estate.run();
            return topology;
        } catch (AzureException e) {
            err.println("ERROR: (" + e.code() + ") " + e.getMessage());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("ERROR: " + e.getMessage());
        }
        err.println("vnetlab: " + input + " does not import.");
        return null;
    }
}
