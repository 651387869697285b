package io.vnetlab.render;

import io.vnetlab.dataplane.Blocker;
import io.vnetlab.dataplane.Fix;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.ProtocolPorts;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.dataplane.Warning;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The plain-text rendering of a verdict, shared by assertions, the demo and the examples:
 *
 * <pre>
 * vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data): unreachable
 *   1. SalesVNet/Apps: route 10.0.0.0/8 -> None (Default)   BLOCKED
 * Blocked at hop 1.
 * Blockers:
 *   - SalesVNet and ResearchVNet are not peered. ...
 * To fix, either peer SalesVNet with ResearchVNet directly, or ...
 * </pre>
 *
 * A surface with its own vocabulary for fixes passes its {@link FixText}: {@code render(verdict, azFixes)}.
 */
@API(status = MAINTAINED, since = "0.1")
public final class VerdictRenderer {

    private VerdictRenderer() {
    }

    public static String render(Verdict verdict) {
        return render(verdict, FixText.PLAIN);
    }

    public static String render(Verdict verdict, FixText fixText) {
        StringBuilder out = new StringBuilder();
        out.append(verdict.flow()).append(": ").append(verdict.reachable() ? "reachable" : "unreachable").append('\n');
        out.append(renderHops(verdict.hops()));
        verdict.firstBlockingHop().ifPresent(h -> out.append("Blocked at hop ").append(h.number()).append(".\n"));
        if (verdict.reachable() && !verdict.traffic().covers(ProtocolPorts.requestedBy(verdict.flow()))) {
            out.append("Traffic allowed: ").append(verdict.traffic()).append('\n');   // the NSGs narrowed it
        }
        if (!verdict.blockers().isEmpty()) {
            out.append("Blockers:\n");
            for (Blocker blocker : verdict.blockers()) {
                out.append("  - ").append(BlockerText.reason(blocker)).append('\n');
            }
        }
        if (!verdict.fixes().isEmpty()) {
            out.append(fixText.line(verdict.fixes())).append('\n');
        }
        for (Warning warning : verdict.warnings()) {
            out.append("Warning: ").append(WarningText.render(warning)).append('\n');
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
                    .append("   ").append(HopText.outcome(hop.outcome())).append('\n');
        }
        return out.toString();
    }

    /** {@code from -> to: decision}, or {@code from: decision} when the packet went nowhere. */
    public static String head(Hop hop) {
        return HopText.from(hop) + (hop.next() == null ? "" : " -> " + HopText.to(hop)) + ": " + HopText.decision(hop);
    }

    /** The blockers' reasons, in order. */
    public static List<String> blockers(Verdict verdict) {
        return verdict.blockers().stream().map(BlockerText::reason).toList();
    }

    /** The fixes as the plain text words them, in order. */
    public static List<String> fixes(Verdict verdict) {
        return verdict.fixes().stream().map(FixText.PLAIN::render).toList();
    }

    /** The warnings, in order. */
    public static List<String> warnings(Verdict verdict) {
        return verdict.warnings().stream().map(WarningText::render).toList();
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
