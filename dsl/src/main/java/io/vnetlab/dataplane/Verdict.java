package io.vnetlab.dataplane;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The data plane's answer to a {@link Flow}, as facts: whether it gets through, the hops it took, and when it does
 * not, every blocker found and the changes that would let it through. Renderers make the text; {@link #toString()}
 * is a one-line summary.
 *
 * <pre>{@code
 * Verdict verdict = topology.reach("SalesVM", "ResearchVM");
 * verdict.reachable();                                  // false
 * verdict.firstBlockingHop().orElseThrow().kind();      // Hop.Kind.ROUTE
 * verdict.blockers().get(0).kind();                     // Blocker.Kind.NOT_PEERED
 * }</pre>
 *
 * @param fixes alternatives, any one of which would change the answer
 * @param warnings true statements a reader should know although they did not decide the answer
 * @param traffic the protocols and destination ports that get through (what the flow asked for, narrowed by the
 *                NSGs on the path); nothing when unreachable
 */
@API(status = MAINTAINED, since = "0.1")
public record Verdict(Flow flow, boolean reachable, List<Hop> hops, List<Blocker> blockers, List<Fix> fixes,
                      List<Warning> warnings, ProtocolPorts traffic) {

    public Verdict {
        Objects.requireNonNull(flow, "flow");
        hops = List.copyOf(hops);
        blockers = List.copyOf(blockers);
        fixes = List.copyOf(fixes);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(traffic, "traffic");
    }

    /** A verdict whose traffic is all the flow asked for when reachable, nothing otherwise. */
    public Verdict(Flow flow, boolean reachable, List<Hop> hops, List<Blocker> blockers, List<Fix> fixes,
                   List<Warning> warnings) {
        this(flow, reachable, hops, blockers, fixes, warnings,
                reachable ? ProtocolPorts.requestedBy(flow) : ProtocolPorts.of(Map.of()));
    }

    /** The hop that dropped the packet, if one did. */
    public Optional<Hop> firstBlockingHop() {
        return hops.stream().filter(Hop::isBlocking).findFirst();
    }

    /**
     * How the packet left for the Internet, and with which source address, when the walk reached the Internet from
     * an interface (docs/azure/outbound-access.md#precedence); also when it was dropped for want of outbound access.
     */
    public Optional<OutboundAccess> outboundAccess() {
        return hops.stream().flatMap(h -> h.details().stream()).filter(HopDetail.Outbound.class::isInstance)
                .map(d -> ((HopDetail.Outbound) d).access()).findFirst();
    }

    /** {@code vm 'A' 10.0.0.4 (...) -> vm 'B' 10.1.0.4 (...): unreachable, 2 hops, 1 blocker}. */
    @Override
    public String toString() {
        return flow + ": " + (reachable ? "reachable" : "unreachable") + ", " + hops.size()
                + (hops.size() == 1 ? " hop" : " hops") + ", " + blockers.size()
                + (blockers.size() == 1 ? " blocker" : " blockers");
    }
}
