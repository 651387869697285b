package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one walk has found so far: its numbered hops, the blockers, the fixes and the warnings, in the order found
 * (fixes and warnings once each); {@link #verdict} makes them the immutable answer (docs/azure/reachability.md#verdict).
 *
 * <p>A record made by {@link #deciding()} serves a walk that only decides whether the flow gets through, as all pairs
 * asks it millions of times: it keeps no hops, blockers, fixes or warnings, and the stages skip what only explains
 * ({@link #explains()}): the diagnosis of a drop, the notes, the hops (the stages that walk most often do not even
 * build them). No stage decides on a hop: what a later stage needs of an earlier one, such as the address an
 * outbound method translated to, it asks the stage.
 */
final class WalkRecord {

    private final boolean explains;
    // a deciding record keeps nothing, so it holds empty lists rather than making four collections per walk
    private final List<Hop> hops;
    private final List<Blocker> blockers;
    private final Set<Fix> fixes;
    private final Set<Warning> warnings;

    /** A record of the whole explanation. */
    WalkRecord() {
        this(true);
    }

    private WalkRecord(boolean explains) {
        this.explains = explains;
        this.hops = explains ? new ArrayList<>() : List.of();
        this.blockers = explains ? new ArrayList<>() : List.of();
        this.fixes = explains ? new LinkedHashSet<>() : Set.of();
        this.warnings = explains ? new LinkedHashSet<>() : Set.of();
    }

    /** Keeps nothing, so holds no state: one record serves every walk that only decides, on every thread. */
    private static final WalkRecord DECIDING = new WalkRecord(false);

    /** A record for a walk that only decides: see the class comment. */
    static WalkRecord deciding() {
        return DECIDING;
    }

    /** Whether this record keeps the explanation: false, the stages need not work out what only explains. */
    boolean explains() {
        return explains;
    }

    /** A record for a walk that this walk starts (the replies'): explaining as this one does. */
    WalkRecord another() {
        return explains ? new WalkRecord(true) : DECIDING;
    }

    /** The next hop, numbered after those so far (not yet recorded). */
    Hop hop(Hop.Kind kind, Place at, Place next, EffectiveRoute route, PeeringCrossed peering, HopOutcome outcome,
            HopDetail... details) {
        return new Hop(hops.size() + 1, kind, at, next, route, peering, null, List.of(details), outcome);
    }

    /** Records a hop built by {@link #hop} or numbered with {@link #nextNumber}. */
    void add(Hop hop) {
        if (explains) {
            hops.add(hop);
        }
    }

    /** Records a hop that drops the packet at {@code at}, decided by {@code route}. */
    void drop(Hop.Kind kind, Place at, EffectiveRoute route, HopDetail... details) {
        if (explains) {
            hops.add(hop(kind, at, null, route, null, HopOutcome.DROPPED, details));
        }
    }

    int nextNumber() {
        return hops.size() + 1;
    }

    int hopCount() {
        return hops.size();
    }

    Hop hopAt(int index) {
        return hops.get(index);
    }

    /** Replaces the hop at {@code index}: a later stage tells what became of it. */
    void replaceHop(int index, Hop hop) {
        hops.set(index, hop);
    }

    Hop lastHop() {
        return hops.get(hops.size() - 1);
    }

    void replaceLastHop(Hop hop) {
        hops.set(hops.size() - 1, hop);
    }

    Hop removeLastHop() {
        return hops.remove(hops.size() - 1);
    }

    Optional<Hop> firstDrop() {
        for (Hop hop : hops) {
            if (hop.isBlocking()) {
                return Optional.of(hop);
            }
        }
        return Optional.empty();
    }

    void block(Blocker blocker) {
        if (explains) {
            blockers.add(blocker);
        }
    }

    void fix(Fix fix) {
        if (explains) {
            fixes.add(fix);
        }
    }

    void warn(Warning warning) {
        if (explains) {
            warnings.add(warning);
        }
    }

    /** Takes over why a reply walk from {@code replier} to {@code requester} failed: its blockers and fixes. */
    void takeFailedReply(WalkRecord reply, IpAddress replier, IpAddress requester) {
        if (!explains) {
            return;
        }
        for (Blocker b : reply.blockers) {
            blockers.add(b.onReplies(replier, requester));
        }
        fixes.addAll(reply.fixes);
    }

    /** The answer: what got through is {@code admitted} when reachable, nothing otherwise. */
    Verdict verdict(Flow flow, boolean reachable, ProtocolPorts admitted) {
        return new Verdict(flow, reachable, hops, blockers, new ArrayList<>(fixes), new ArrayList<>(warnings),
                reachable ? admitted : ProtocolPorts.of(Map.of()));
    }
}
