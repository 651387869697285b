package io.vnetlab.render;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.diff.EndpointClass;
import io.vnetlab.diff.FlowChange;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.diff.ResourceChange;
import io.vnetlab.model.Protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The text of a {@link ReachabilityDiff}: a table for a terminal, or a Markdown report for a pull request.
 *
 * <pre>{@code
 * System.out.print(DiffReport.table(ReachabilityDiff.between(before.dataPlane(), after.dataPlane())));
 * }</pre>
 * <pre>
 * Resources: 0 added, 0 removed, 1 changed
 *   changed  /subscriptions/.../virtualNetworkPeerings/spoke1-to-hub
 * Flows: 2 opened, 0 closed
 * Change    Source                  Destination                         Traffic  Before                  After
 * --------  ----------------------  ----------------------------------  -------  ----------------------  ---------
 * opened    vm 'spoke1-vm' 10.1...  host 10.100.0.1 (site 'OnPrem')    any      No route to ...         reachable
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DiffReport {

    private DiffReport() {
    }

    /** The diff as plain text: the resources, then one row per changed flow class. */
    public static String table(ReachabilityDiff diff) {
        StringBuilder text = new StringBuilder();
        text.append("Resources: ").append(resourceSummary(diff)).append('\n');
        for (ResourceChange r : diff.resources()) {
            text.append("  ").append(kind(r)).append("  ").append(r.id()).append('\n');
        }
        text.append("Flows: ").append(diff.opened().size()).append(" opened, ").append(diff.closed().size())
                .append(" closed\n");
        if (!diff.flows().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (FlowChange f : diff.flows()) {
                rows.add(new String[] {direction(f), endpoints(f.source()), endpoints(f.destination()), traffic(f),
                        reason(f.before()), reason(f.after())});
            }
            text.append(CliTable.render(List.of("Change", "Source", "Destination", "Traffic", "Before", "After"),
                    rows));
        }
        return text.toString();
    }

    /**
     * The diff as a Markdown report: a summary, the resources, a table of the changed flow classes and the Mermaid
     * picture of their paths ({@link ChangedPaths}).
     */
    public static String markdown(ReachabilityDiff diff) {
        StringBuilder md = new StringBuilder("## Reachability diff\n\n");
        md.append("- Resources: ").append(resourceSummary(diff)).append('\n');
        md.append("- Flows: ").append(diff.opened().size()).append(" opened, ").append(diff.closed().size())
                .append(" closed\n");
        if (!diff.resources().isEmpty()) {
            md.append("\n| Resource | Change |\n|---|---|\n");
            for (ResourceChange r : diff.resources()) {
                md.append("| `").append(r.id()).append("` | ").append(kind(r)).append(" |\n");
            }
        }
        if (!diff.flows().isEmpty()) {
            md.append("\n| Change | Source | Destination | Traffic | Before | After |\n|---|---|---|---|---|---|\n");
            for (FlowChange f : diff.flows()) {
                md.append("| ").append(direction(f)).append(" | ").append(cell(endpoints(f.source())))
                        .append(" | ").append(cell(endpoints(f.destination()))).append(" | ").append(traffic(f))
                        .append(" | ").append(cell(reason(f.before()))).append(" | ").append(cell(reason(f.after())))
                        .append(" |\n");
            }
            md.append("\n### Changed paths\n\nWhere each changed flow goes on the side it gets through: opened in green,"
                    + " closed in red.\n\n```mermaid\n").append(ChangedPaths.mermaid(diff)).append("```\n");
        }
        return md.toString();
    }

    /**
     * One changed flow class on one line: {@code opened: vm 'a' ... -> host 10.100.0.1 (site 'OnPrem') on TCP
     * 0-65535 (before: <reason>; after: reachable)}.
     */
    public static String line(FlowChange f) {
        return direction(f) + ": " + endpoints(f.source()) + " -> " + endpoints(f.destination()) + " on "
                + traffic(f) + " (before: " + reason(f.before()) + "; after: " + reason(f.after()) + ")";
    }

    /**
     * The members of a class: the endpoint itself when alone, a few VM names and how many more otherwise:
     * {@code vm 'web1', vm 'web2' and 8 more (spoke1)}.
     */
    public static String endpoints(EndpointClass c) {
        if (c.kind() == EndpointClass.Kind.INTERNET) {
            return "Internet (" + c.representative().address() + ")";
        }
        List<Endpoint> members = c.members();
        if (members.size() == 1) {
            return members.get(0).toString();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(2, members.size()); i++) {
            names.add("vm '" + members.get(i).shortName() + "'");
        }
        String more = members.size() > 2 ? " and " + (members.size() - 2) + " more" : "";
        return String.join(", ", names) + more + members.get(0).networkName().map(n -> " (" + n + ")").orElse("");
    }

    /** {@code TCP 22}, {@code UDP 0-65535}, {@code ICMP}, {@code any}. */
    public static String traffic(FlowChange f) {
        if (f.protocol() == Protocol.Any) {
            return "any";
        }
        String protocol = f.protocol().name().toUpperCase(Locale.ROOT);
        return f.protocol() == Protocol.Icmp ? protocol : protocol + " " + f.ports();
    }

    /** {@code reachable}, or the first reason it is not. */
    public static String reason(Verdict v) {
        if (v.reachable()) {
            return "reachable";
        }
        List<String> blockers = VerdictRenderer.blockers(v);
        return blockers.isEmpty() ? "unreachable" : blockers.get(0);
    }

    private static String resourceSummary(ReachabilityDiff diff) {
        long added = diff.resources().stream().filter(r -> r.kind() == ResourceChange.Kind.ADDED).count();
        long removed = diff.resources().stream().filter(r -> r.kind() == ResourceChange.Kind.REMOVED).count();
        long changed = diff.resources().stream().filter(r -> r.kind() == ResourceChange.Kind.CHANGED).count();
        return added + " added, " + removed + " removed, " + changed + " changed";
    }

    private static String kind(ResourceChange r) {
        return r.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String direction(FlowChange f) {
        return f.direction().name().toLowerCase(Locale.ROOT);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
