package io.vnetlab.dataplane;

import java.util.List;

/**
 * The one plain-text rendering of a verdict, shared by assertions, the CLI and the examples:
 *
 * <pre>
 * vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data): unreachable
 *   1. SalesVNet/Apps: route 10.0.0.0/8 -> None (Default)   BLOCKED
 * Blocked at hop 1.
 * Blockers:
 *   - SalesVNet and ResearchVNet are not peered. ...
 * To fix, either peer SalesVNet with ResearchVNet directly, or ...
 * </pre>
 */
public final class VerdictRenderer {

    private VerdictRenderer() {
    }

    public static String render(Verdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append(verdict.flow()).append(": ").append(verdict.reachable() ? "reachable" : "unreachable").append('\n');
        out.append(renderHops(verdict.hops()));
        verdict.firstBlockingHop().ifPresent(h -> out.append("Blocked at hop ").append(h.number()).append(".\n"));
        if (verdict.reachable() && !verdict.traffic().covers(Traffic.requestedBy(verdict.flow()))) {
            out.append("Traffic allowed: ").append(verdict.traffic()).append('\n');   // NSGs narrowed it (issue 4)
        }
        if (!verdict.blockers().isEmpty()) {
            out.append("Blockers:\n");
            for (Blocker blocker : verdict.blockers()) {
                out.append("  - ").append(blocker.reason()).append('\n');
            }
        }
        if (!verdict.fixes().isEmpty()) {
            out.append(fixLine(verdict.fixes())).append('\n');
        }
        for (String warning : verdict.warnings()) {
            out.append("Warning: ").append(warning).append('\n');
        }
        return out.toString();
    }

    /** The numbered hop lines alone. */
    public static String renderHops(List<Hop> hops) {
        int width = 0;
        for (Hop hop : hops) {
            width = Math.max(width, head(hop).length());
        }
        StringBuilder out = new StringBuilder();
        for (Hop hop : hops) {
            String head = head(hop);
            out.append("  ").append(hop.number()).append(". ").append(head).append(" ".repeat(width - head.length()))
                    .append("   ").append(hop.outcome().label()).append('\n');
        }
        return out.toString();
    }

    private static String head(Hop hop) {
        return hop.from() + (hop.to() == null ? "" : " -> " + hop.to()) + ": " + hop.decision();
    }

    /** {@code To fix, a.} or {@code To fix, either a, or b.} */
    public static String fixLine(List<String> fixes) {
        if (fixes.size() == 1) {
            return "To fix, " + fixes.get(0) + ".";
        }
        StringBuilder text = new StringBuilder("To fix, either ");
        for (int i = 0; i < fixes.size(); i++) {
            if (i > 0) {
                text.append(", or ");
            }
            text.append(fixes.get(i));
        }
        return text.append('.').toString();
    }
}
