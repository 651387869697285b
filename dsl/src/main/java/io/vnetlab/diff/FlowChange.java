package io.vnetlab.diff;

import io.vnetlab.dataplane.Verdict;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.Protocol;

import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A flow class whose verdict changed: from any member of {@code source} to any member of {@code destination}, on
 * {@code protocol} and the destination {@code ports} (every port for ICMP; {@link Protocol#Any} with every port when
 * all traffic changed), traffic got through before and not after
 * ({@link Direction#CLOSED}) or the other way round ({@link Direction#OPENED}). {@code before} and {@code after} are
 * the verdicts of the class's first port on each side, with their reasons.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FlowChange(EndpointClass source, EndpointClass destination, Protocol protocol, PortRangeSet ports,
                         Direction direction, Verdict before, Verdict after) {

    public enum Direction { OPENED, CLOSED }

    public FlowChange {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * Whether this change is one of those {@code allowed} names: same source and destination class, and the allowed
     * flow's protocol and port cover this change's (a flow without protocol or port covers them all).
     */
    public boolean coveredBy(io.vnetlab.dataplane.Flow allowed) {
        if (!source.contains(allowed.source()) || !destination.contains(allowed.destination())) {
            return false;
        }
        if (allowed.protocol() != Protocol.Any && allowed.protocol() != protocol) {   // TCP does not cover Any
            return false;
        }
        return allowed.destinationPort().isEmpty() || protocol == Protocol.Icmp
                || ports.equals(PortRangeSet.of(allowed.destinationPort().getAsInt()));
    }
}
