package io.vnetlab.assertj;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.Protocol;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The traffic a reachability assertion is about: a protocol and a destination port or port range, or any traffic.
 *
 * <pre>{@code
 * import static io.vnetlab.assertj.Traffic.tcp;
 *
 * assertThat(azure).vm("SalesVM").canReach("MarketingVM", tcp(22));
 * assertThat(azure).vm("SalesVM").cannotReach("MarketingVM", tcp(8000, 8100));
 * }</pre>
 *
 * <p>A range asks about every port in it: {@code canReach} passes when each gets through, {@code cannotReach}
 * when none does (answered from the port ranges the network security groups on the path let through, not port by
 * port). Without a port (the protocol alone, or {@link #any()}), the data plane is asked whether any
 * traffic of that protocol gets through.
 */
@API(status = STABLE, since = "0.1")
public final class Traffic {

    private static final Traffic ANY = new Traffic(Protocol.Any, -1, -1);

    private final Protocol protocol;
    private final int fromPort;
    private final int toPort;

    private Traffic(Protocol protocol, int fromPort, int toPort) {
        this.protocol = protocol;
        this.fromPort = fromPort;
        this.toPort = toPort;
    }

    /** Any protocol, any port: whether anything at all gets through. */
    public static Traffic any() {
        return ANY;
    }

    /** TCP to {@code port}. */
    public static Traffic tcp(int port) {
        return on(Protocol.Tcp, port, port);
    }

    /** TCP to each port from {@code fromPort} to {@code toPort}, both included. */
    public static Traffic tcp(int fromPort, int toPort) {
        return on(Protocol.Tcp, fromPort, toPort);
    }

    /** UDP to {@code port}. */
    public static Traffic udp(int port) {
        return on(Protocol.Udp, port, port);
    }

    /** UDP to each port from {@code fromPort} to {@code toPort}, both included. */
    public static Traffic udp(int fromPort, int toPort) {
        return on(Protocol.Udp, fromPort, toPort);
    }

    /** ICMP (it has no ports). */
    public static Traffic icmp() {
        return new Traffic(Protocol.Icmp, -1, -1);
    }

    /** {@code protocol}, any port. */
    public static Traffic on(Protocol protocol) {
        Objects.requireNonNull(protocol, "'protocol' cannot be null.");
        return protocol == Protocol.Any ? ANY : new Traffic(protocol, -1, -1);
    }

    /** {@code protocol} to {@code port}. */
    public static Traffic on(Protocol protocol, int port) {
        return on(protocol, port, port);
    }

    /** {@code protocol} to each port from {@code fromPort} to {@code toPort}, both included. */
    public static Traffic on(Protocol protocol, int fromPort, int toPort) {
        Objects.requireNonNull(protocol, "'protocol' cannot be null.");
        if (protocol != Protocol.Tcp && protocol != Protocol.Udp) {
            throw new IllegalArgumentException("Only TCP and UDP have ports, not " + label(protocol)
                    + ": use Traffic.on(Protocol." + protocol + ") without a port.");
        }
        checkPort(fromPort, "fromPort");
        checkPort(toPort, "toPort");
        if (fromPort > toPort) {
            throw new IllegalArgumentException("'fromPort' " + fromPort + " is greater than 'toPort' " + toPort
                    + ": give the lower port first.");
        }
        return new Traffic(protocol, fromPort, toPort);
    }

    private static void checkPort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'" + name + "' " + port + " is not a port: use 0 to 65535.");
        }
    }

    public Protocol protocol() {
        return protocol;
    }

    /** Whether a port or range was given. */
    public boolean hasPorts() {
        return fromPort >= 0;
    }

    public int fromPort() {
        return fromPort;
    }

    public int toPort() {
        return toPort;
    }

    boolean isAny() {
        return protocol == Protocol.Any;
    }

    /** The flow of this traffic on its first port (its only one, unless it is a range), or on no port. */
    Flow firstFlow(Endpoint source, Endpoint destination) {
        Flow flow = Flow.from(source).to(destination);   // any protocol, any port
        if (hasPorts()) {
            return flow.on(protocol, fromPort);
        }
        return protocol == Protocol.Any ? flow : flow.on(protocol);
    }

    static String label(Protocol protocol) {
        return protocol.name().toUpperCase(Locale.ROOT);
    }

    /** {@code TCP/22}, {@code TCP/8000-8100}, {@code ICMP}, {@code UDP}, or {@code any traffic}. */
    @Override
    public String toString() {
        if (isAny()) {
            return "any traffic";
        }
        if (!hasPorts()) {
            return label(protocol);
        }
        return label(protocol) + "/" + (fromPort == toPort ? String.valueOf(fromPort) : fromPort + "-" + toPort);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Traffic other && protocol == other.protocol && fromPort == other.fromPort
                && toPort == other.toPort;
    }

    @Override
    public int hashCode() {
        return Objects.hash(protocol, fromPort, toPort);
    }
}
