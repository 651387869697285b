package io.vnetlab.dataplane;

import java.util.Optional;

/**
 * One step of a packet's walk: where it was, where it went, the route or rule that decided it, and what happened.
 *
 * @param from where the decision was taken, such as {@code SalesVNet/Apps}
 * @param to where the packet went next, or {@code null} when it was dropped
 * @param decision the route or rule that decided, such as {@code route 10.0.0.0/8 -> None (Default)}
 */
public record Hop(int number, String from, String to, String decision, HopOutcome outcome) {

    public Optional<String> destination() {
        return Optional.ofNullable(to);
    }

    public boolean isBlocking() {
        return outcome == HopOutcome.DROPPED;
    }
}
