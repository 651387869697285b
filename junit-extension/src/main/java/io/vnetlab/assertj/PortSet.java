package io.vnetlab.assertj;

import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.Protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A set of TCP and UDP ports and whether ICMP is included: what is open between two endpoints, or what a test
 * expects to be. Kept as port ranges ({@link PortRangeSet}), never port by port. Rendered as
 * {@code TCP/22, TCP/8000-8100, UDP/53, ICMP}, or {@code none}.
 */
final class PortSet {

    private final PortRangeSet tcp;
    private final PortRangeSet udp;
    private final boolean icmp;

    private PortSet(PortRangeSet tcp, PortRangeSet udp, boolean icmp) {
        this.tcp = tcp;
        this.udp = udp;
        this.icmp = icmp;
    }

    /** The traffic given, merged. */
    static PortSet of(Collection<Traffic> traffic) {
        PortSet set = new PortSet(PortRangeSet.NONE, PortRangeSet.NONE, false);
        for (Traffic t : traffic) {
            set = set.plus(t);
        }
        return set;
    }

    /**
     * What a verdict lets through: its {@link io.vnetlab.dataplane.Verdict#traffic() traffic}, the protocols and port
     * ranges that pass every network security group on the path (nothing when the flow is blocked).
     */
    static PortSet of(io.vnetlab.dataplane.ProtocolPorts admitted) {
        return new PortSet(admitted.ports(Protocol.Tcp), admitted.ports(Protocol.Udp),
                !admitted.ports(Protocol.Icmp).isEmpty());
    }

    private PortSet plus(Traffic traffic) {
        Objects.requireNonNull(traffic, "'traffic' cannot contain null.");
        switch (traffic.protocol()) {
            case Any:
                return new PortSet(PortRangeSet.ALL, PortRangeSet.ALL, true);
            case Icmp:
                return new PortSet(tcp, udp, true);
            case Tcp:
                return new PortSet(tcp.union(ports(traffic)), udp, icmp);
            case Udp:
                return new PortSet(tcp, udp.union(ports(traffic)), icmp);
            default:
                throw new IllegalArgumentException("Open ports are about TCP, UDP and ICMP, not "
                        + Traffic.label(traffic.protocol()) + ".");
        }
    }

    /** The ports of {@code traffic}: its port or range, or every port when it names none. */
    static PortRangeSet ports(Traffic traffic) {
        return traffic.hasPorts() ? PortRangeSet.range(traffic.fromPort(), traffic.toPort()) : PortRangeSet.ALL;
    }

    /** The ranges of {@code ports}, each labelled with {@code protocol}: {@code TCP/22}, {@code TCP/8000-8100}. */
    static List<String> ranges(Protocol protocol, PortRangeSet ports) {
        List<String> ranges = new ArrayList<>();
        for (String range : ports.ranges()) {
            ranges.add(Traffic.label(protocol) + "/" + range);
        }
        return ranges;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet other && tcp.equals(other.tcp) && udp.equals(other.udp) && icmp == other.icmp;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tcp, udp, icmp);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(ranges(Protocol.Tcp, tcp));
        parts.addAll(ranges(Protocol.Udp, udp));
        if (icmp) {
            parts.add("ICMP");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
