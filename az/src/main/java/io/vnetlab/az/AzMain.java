package io.vnetlab.az;

import io.vnetlab.render.Tables;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The entry point behind {@code ./vnetlab az|run} and {@code bin/az}.
 * <ul>
 *   <li>{@code az ARGS...}: one command against the state file ({@code $VNETLAB_STATE}, default
 *   {@code ./.vnetlab/state.json}), which it updates when the command changes the state, holding the file's lock
 *   from reading to writing (see {@link StateFile});</li>
 *   <li>{@code run FILE}: a script, from an empty state, printing each command's output as bash would;</li>
 *   <li>{@code diagram FILE}: the same script, printing the picture of the topology it built.</li>
 *   <li>{@code diff BEFORE AFTER}: what a change does to reachability, as a table or a Markdown report; see
 *       {@code DiffCommand}.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class AzMain {

    private AzMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: AzMain az ARGS... | AzMain run FILE | AzMain diagram FILE | AzMain diff BEFORE AFTER");
            return 2;
        }
        try {
            if (args.get(0).equals("run")) {
                if (args.size() == 4 && args.get(1).equals("--sandbox-group")) {
                    return runScript(Path.of(args.get(3)), args.get(2), out, err);
                }
                if (args.size() != 2) {
                    err.println("usage: ./vnetlab run [--sandbox-group NAME] FILE");
                    return 2;
                }
                return runScript(Path.of(args.get(1)), null, out, err);
            }
            if (args.get(0).equals("diff")) {   // ./vnetlab diff
                return DiffCommand.run(args.subList(1, args.size()), out, err);
            }
            if (args.get(0).equals("diagram")) {   // ./vnetlab diagram
                return diagram(args.subList(1, args.size()), out, err);
            }
            if (args.get(0).equals("az")) {
                return runOne(args.subList(1, args.size()), out, err);
            }
            if (args.get(0).equals("serve")) {   // the resident server behind bin/az
                return serve(args.subList(1, args.size()), err);
            }
            err.println("unknown mode '" + args.get(0) + "': use az, run, diagram, diff or serve");
            return 2;
        } catch (RuntimeException e) {
            err.println("vnetlab: " + e.getMessage());
            return 1;
        }
    }

    private static int runOne(List<String> args, PrintStream out, PrintStream err) {
        AzResult r = StateFile.fromEnvironment().run(args);
        out.print(r.out());
        err.print(r.err());
        return r.exitCode();
    }

    /**
     * {@code serve ENDPOINT [IDLE_SECONDS [BUILD_STAMP SOURCE...]]}: answers {@code bin/az} calls until idle for that
     * long (default {@link AzServer#DEFAULT_IDLE}), until ENDPOINT is removed or taken over, or until this build
     * changes, or a source in the SOURCE paths is newer than BUILD_STAMP (the launcher then rebuilds).
     */
    private static int serve(List<String> args, PrintStream err) {
        if (args.isEmpty() || args.size() == 3 || (args.size() >= 2 && !args.get(1).matches("[1-9][0-9]{0,6}"))) {
            err.println("usage: AzMain serve ENDPOINT [IDLE_SECONDS [BUILD_STAMP SOURCE...]]");
            return 2;
        }
        java.time.Duration idle = args.size() >= 2 ? java.time.Duration.ofSeconds(Long.parseLong(args.get(1)))
                : AzServer.DEFAULT_IDLE;
        String build = BuildFingerprint.current();
        SourceTree sources = args.size() >= 4 ? new SourceTree(args.subList(3, args.size()).stream().map(Path::of)
                .toList(), Path.of(args.get(2))) : null;
        try {
            AzServer.open(Path.of(args.get(0)), idle, () -> !BuildFingerprint.current().equals(build)
                    || (sources != null && sources.changedSinceBuild())).serve();
            return 0;
        } catch (IOException e) {
            err.println("vnetlab: the az server cannot serve at " + args.get(0) + ": " + StateFile.reason(e));
            return 1;
        }
    }

    /**
     * One {@code az} call as a caller in {@code workingDirectory} with $VNETLAB_STATE = {@code stateVariable} makes
     * it, answered as {@link #main} would answer it (a state file refused: "vnetlab: ...", exit code 1); with
     * {@code resident}, starting from a state kept in memory when it matches the file.
     */
    static AzResult call(Path workingDirectory, String stateVariable, List<String> args,
                         java.util.Optional<ResidentStates> resident) {
        try {
            return StateFile.of(stateVariable, workingDirectory, resident).run(args);
        } catch (RuntimeException e) {
            return new AzResult(1, "", "vnetlab: " + e.getMessage() + "\n");
        }
    }

    /**
     * Runs a script from an empty state; {@code sandboxGroup}, when given, is made first (in {@code eastus}), as a
     * Microsoft Learn sandbox provides the resource group its exercises name.
     */
    private static int runScript(Path script, String sandboxGroup, PrintStream out, PrintStream err) {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("vnetlab: cannot read " + script + ": " + FileErrors.reason(e));
            return 2;
        }
        try {
            Az az = Az.create();
            if (sandboxGroup != null) {
                AzResult made = az.run("group", "create", "--name", sandboxGroup, "--location", "eastus");
                if (!made.succeeded()) {
                    err.print(made.err());
                    return made.exitCode();
                }
            }
            return new ScriptRunner(az).echoingTo(out::print, err::print).run(text).exitCode();
        } catch (ScriptException e) {
            err.println("vnetlab: " + script + ": " + e.getMessage());
            return 2;
        }
    }

    // ---- ./vnetlab diagram

    /**
     * {@code diagram [--sandbox-group NAME] FILE}: replays the script as {@code run} does, from an empty state, but
     * prints only the commands' errors (to {@code err}); then prints, as Markdown, the Mermaid picture of the
     * topology the script built and, when it has two VMs or more, who reaches whom. {@code ./vnetlab diagram s.azcli
     * > s.md} makes a page that renders wherever Markdown renders Mermaid. The exit code is the script's, as for
     * {@code run}.
     */
    private static int diagram(List<String> args, PrintStream out, PrintStream err) {
        boolean sandbox = args.size() == 3 && args.get(0).equals("--sandbox-group");
        if (args.size() != 1 && !sandbox) {
            err.println("usage: ./vnetlab diagram [--sandbox-group NAME] FILE");
            return 2;
        }
        Path script = Path.of(args.get(args.size() - 1));
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("vnetlab: cannot read " + script + ": " + FileErrors.reason(e));
            return 2;
        }
        Az az = Az.create();
        if (sandbox) {
            AzResult made = az.run("group", "create", "--name", args.get(1), "--location", "eastus");
            if (!made.succeeded()) {
                err.print(made.err());
                return made.exitCode();
            }
        }
        AzResult result;
        try {
            result = new ScriptRunner(az).echoingTo(s -> { }, err::print).run(text);
        } catch (ScriptException e) {
            err.println("vnetlab: " + script + ": " + e.getMessage());
            return 2;
        }
        out.print(markdown(az.topology()));
        return result.exitCode();
    }

    /** The Mermaid picture in a Markdown fence, then the reachability matrix in Markdown when there are 2+ VMs. */
    static String markdown(io.vnetlab.Topology topology) {
        StringBuilder page = new StringBuilder(io.vnetlab.diagram.MermaidDiagram.markdown(topology.state()));
        if (topology.state().virtualMachines().size() >= 2) {
            page.append('\n').append(Tables.reachabilityMarkdown(topology.reachabilityMatrix()));
        }
        return page.toString();
    }
}
