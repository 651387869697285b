package io.vnetlab.dataplane;

import java.util.List;
import java.util.Optional;

/**
 * The data plane's answer to a {@link Flow}: whether it gets through, the hops it took, and when it does not, every
 * blocker found and the changes that would let it through. {@link #toString()} is the rendered explanation.
 *
 * <pre>{@code
 * Verdict verdict = topology.reach("SalesVM", "ResearchVM");
 * verdict.reachable();               // false
 * verdict.firstBlockingHop();        // 1. SalesVNet/Apps: route 10.0.0.0/8 -> None (Default)
 * System.out.println(verdict);       // the explanation, hop by hop
 * }</pre>
 *
 * @param fixes alternatives, any one of which would change the answer
 * @param warnings true statements a reader should know although they did not decide the answer
 * @param traffic the protocols and destination ports that get through (what the flow asked for, narrowed by the
 *                NSGs on the path); nothing when unreachable
 */
public record Verdict(Flow flow, boolean reachable, List<Hop> hops, List<Blocker> blockers, List<String> fixes,
                      List<String> warnings, Traffic traffic) {

    public Verdict {
        hops = List.copyOf(hops);
        blockers = List.copyOf(blockers);
        fixes = List.copyOf(fixes);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(traffic, "'traffic' cannot be null.");
    }

    /** A verdict whose traffic is all the flow asked for when reachable, nothing otherwise. */
    public Verdict(Flow flow, boolean reachable, List<Hop> hops, List<Blocker> blockers, List<String> fixes,
                   List<String> warnings) {
        this(flow, reachable, hops, blockers, fixes, warnings,
                reachable ? Traffic.requestedBy(flow) : Traffic.of(java.util.Map.of()));
    }

    /** The hop that dropped the packet, if one did. */
    public Optional<Hop> firstBlockingHop() {
        return hops.stream().filter(Hop::isBlocking).findFirst();
    }

    /** The explanation, as {@link VerdictRenderer#render(Verdict)} writes it. */
    @Override
    public String toString() {
        return VerdictRenderer.render(this);
    }
}
