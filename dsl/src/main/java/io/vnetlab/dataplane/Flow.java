package io.vnetlab.dataplane;

import io.vnetlab.model.Protocol;

import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A question for the data plane: may a new connection go from {@code source} to {@code destination}, on a
 * protocol and destination port (any when not given)? Replies of an admitted connection are implied (NSGs are
 * stateful, docs/azure/network-security-groups.md#stateful), but their route back must exist.
 *
 * <pre>{@code
 * Flow ssh = Flow.from(sales).to(research).on(Protocol.Tcp, 22);
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public record Flow(Endpoint source, Endpoint destination, Protocol protocol, OptionalInt destinationPort) {

    public Flow {
        Objects.requireNonNull(source, "'source' cannot be null.");
        Objects.requireNonNull(destination, "'destination' cannot be null.");
        Objects.requireNonNull(protocol, "'protocol' cannot be null.");
        Objects.requireNonNull(destinationPort, "'destinationPort' cannot be null.");
        if (destinationPort.isPresent() && (destinationPort.getAsInt() < 0 || destinationPort.getAsInt() > 65535)) {
            throw new IllegalArgumentException("Port " + destinationPort.getAsInt() + " is not between 0 and 65535.");
        }
    }

    /** Starts a flow from {@code source}; finish it with {@link Builder#to(Endpoint)}. */
    public static Builder from(Endpoint source) {
        return new Builder(source);
    }

    /** The same flow on {@code protocol}, any port. */
    public Flow on(Protocol protocol) {
        return new Flow(source, destination, protocol, OptionalInt.empty());
    }

    /** The same flow on {@code protocol} and destination {@code port}. */
    public Flow on(Protocol protocol, int port) {
        return new Flow(source, destination, protocol, OptionalInt.of(port));
    }

    /**
     * Written out rather than generated: a record's generated {@code equals} and {@code hashCode} are linked by an
     * invokedynamic bootstrap on their first call, milliseconds of method-handle spinning that the first question in
     * a JVM would pay, since the data plane keeps verdicts by flow.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Flow other && source.equals(other.source) && destination.equals(other.destination)
                && protocol == other.protocol && destinationPort.equals(other.destinationPort);
    }

    @Override
    public int hashCode() {
        int hash = 31 * source.hashCode() + destination.hashCode();
        hash = 31 * hash + protocol.hashCode();
        return 31 * hash + destinationPort.hashCode();
    }

    /** {@code vm 'A' ... -> vm 'B' ...}, with the protocol and port when given. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(source).append(" -> ").append(destination);
        if (protocol != Protocol.Any || destinationPort.isPresent()) {
            text.append(" on ").append(protocol.name().toUpperCase(java.util.Locale.ROOT));
            destinationPort.ifPresent(p -> text.append('/').append(p));
        }
        return text.toString();
    }

    /** The first half of a flow. */
    public static final class Builder {
        private final Endpoint source;

        private Builder(Endpoint source) {
            this.source = Objects.requireNonNull(source, "'source' cannot be null.");
        }

        public Flow to(Endpoint destination) {
            return new Flow(source, destination, Protocol.Any, OptionalInt.empty());
        }
    }
}
