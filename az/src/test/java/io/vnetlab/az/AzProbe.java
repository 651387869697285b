package io.vnetlab.az;

import io.vnetlab.controlplane.TopologyState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one hostile {@code az} command on a CLI and checks the promises every command keeps: it answers (no Java
 * throwable escapes), shows no Java internals, changes nothing when it fails, and leaves a journal that replays to
 * the state it made. {@link Expect} adds what the input demands: that it is refused.
 */
final class AzProbe {

    enum Expect {
        /** Any answer will do, as long as the promises hold. */
        ANY,
        /** The value can never be valid here: the command must fail. */
        REFUSAL,
        /** The reference names nothing (or the wrong type): the command must fail. */
        MISSING_REFERENCE
    }

    /** The case being probed, as its violations will name it. */
    record Case(String family, String surface, String param, String valueClass, List<String> args, Expect expect) {
    }

    private AzProbe() {
    }

    /**
     * Runs {@code c} on {@code az} and returns what it broke. An output option ({@code --query}, {@code --output})
     * that fails after the command ran may leave the change made, as the Azure CLI does, but then the journal must
     * still rebuild it.
     */
    static List<Violation> probe(Az az, Case c) {
        return probe(az, az.fork(), c);
    }

    /**
     * As {@link #probe(Az, Case)}, with {@code base} a copy of {@code az} as it was before the command, on which
     * the journal entries the command adds are replayed.
     */
    static List<Violation> probe(Az az, Az base, Case c) {
        List<Violation> found = new ArrayList<>();
        TopologyState before = az.topology().state();
        int journalBefore = az.journal().size();
        AzResult r;
        try {
            r = az.run(c.args());
        } catch (Throwable t) {
            found.add(violation(c, Violation.Rule.UNCAUGHT_THROWABLE, t.toString()));
            return found;
        }
        JavaInternals.in(r.out() + r.err()).ifPresent(marker ->
                found.add(violation(c, Violation.Rule.JAVA_INTERNALS, marker + " in: " + r.err() + r.out())));
        boolean changed = az.topology().state() != before || az.journal().size() != journalBefore;
        boolean outputStep = c.param().equals("query") || c.param().equals("output");
        if (!r.succeeded() && changed && !(outputStep && r.exitCode() != AzError.USAGE)) {
            found.add(violation(c, Violation.Rule.REFUSAL_CHANGED_STATE, "exit " + r.exitCode() + ": " + r.err()));
        }
        if (r.succeeded() && c.expect() == Expect.REFUSAL) {
            found.add(violation(c, Violation.Rule.INVALID_ACCEPTED, "exit 0: " + r.out()));
        }
        if (r.succeeded() && c.expect() == Expect.MISSING_REFERENCE) {
            found.add(violation(c, Violation.Rule.MISSING_REFERENCE_ACCEPTED, "exit 0: " + r.out()));
        }
        if (changed) {
            replayMismatch(base, az).ifPresent(why -> found.add(violation(c, Violation.Rule.JOURNAL_DOES_NOT_REPLAY, why)));
        }
        return found;
    }

    /**
     * Why the journal of {@code az} does not rebuild its state from {@code base} (a copy of {@code az} at an earlier
     * point, whose journal is a prefix of {@code az}'s), if it does not. Replaying from a copy rather than from
     * nothing keeps each check to the commands a case added.
     */
    static Optional<String> replayMismatch(Az base, Az az) {
        Az replay = base.fork();
        List<List<String>> journal = az.journal();
        for (List<String> command : journal.subList(base.journal().size(), journal.size())) {
            AzResult r;
            try {
                r = replay.run(command);
            } catch (Throwable t) {
                return Optional.of("replaying " + command + " threw " + t);
            }
            if (!r.succeeded()) {
                return Optional.of("replaying " + command + " failed: " + r.err());
            }
        }
        StateSnapshot live = StateSnapshot.of(az.topology().state());
        StateSnapshot replayed = StateSnapshot.of(replay.topology().state());
        if (!live.equals(replayed)) {
            return Optional.of("the journal rebuilds a different state: " + diff(live, replayed));
        }
        return Optional.empty();
    }

    private static String diff(StateSnapshot live, StateSnapshot replayed) {
        for (String table : live.tables().keySet()) {
            if (!live.tables().get(table).equals(replayed.tables().get(table))) {
                return table + " live " + live.tables().get(table) + " replayed " + replayed.tables().get(table);
            }
        }
        return "?";
    }

    private static Violation violation(Case c, Violation.Rule rule, String seen) {
        return new Violation(c.family(), c.surface(), c.param(), c.valueClass(), rule, seen);
    }
}
