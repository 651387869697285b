package io.vnetlab.assertj;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.Topology;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A set of TCP and UDP ports and whether ICMP is included: what is open between two endpoints, or what a test
 * expects to be. Rendered as {@code TCP/22, TCP/8000-8100, UDP/53, ICMP}, or {@code none}.
 */
final class PortSet {

    private static final int PORTS = 65536;

    private final BitSet tcp = new BitSet(PORTS);
    private final BitSet udp = new BitSet(PORTS);
    private boolean icmp;

    /** The traffic given, merged. */
    static PortSet of(Collection<Traffic> traffic) {
        PortSet set = new PortSet();
        for (Traffic t : traffic) {
            set.add(t);
        }
        return set;
    }

    /**
     * What gets from {@code source} to {@code target}. First the data plane is asked, per protocol, whether any
     * traffic gets through; only where ports can matter (an NSG exists in the topology: NSG rules are what reads
     * ports, DESIGN.md) is each port then asked about.
     */
    static PortSet open(Topology topology, Endpoint source, Endpoint target) {
        PortSet set = new PortSet();
        Flow flow = Flow.from(source).to(target);
        if (!topology.evaluate(flow).reachable()) {
            return set;
        }
        boolean portsMatter = portsMatter(topology);
        for (Protocol protocol : List.of(Protocol.Tcp, Protocol.Udp)) {
            if (!topology.evaluate(flow.on(protocol)).reachable()) {
                continue;
            }
            BitSet bits = protocol == Protocol.Tcp ? set.tcp : set.udp;
            if (!portsMatter) {
                bits.set(0, PORTS);
                continue;
            }
            for (int port = 0; port < PORTS; port++) {
                if (topology.evaluate(flow.on(protocol, port)).reachable()) {
                    bits.set(port);
                }
            }
        }
        set.icmp = topology.evaluate(flow.on(Protocol.Icmp)).reachable();
        return set;
    }

    /** Whether any subnet or network interface of the topology has an NSG: only then can a port change an answer. */
    static boolean portsMatter(Topology topology) {
        for (VirtualNetwork network : topology.state().networks()) {
            for (Subnet subnet : network.subnets()) {
                if (subnet.networkSecurityGroup().isPresent()) {
                    return true;
                }
            }
        }
        for (NetworkInterface nic : topology.state().networkInterfaces()) {
            if (nic.networkSecurityGroup().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void add(Traffic traffic) {
        Objects.requireNonNull(traffic, "'traffic' cannot contain null.");
        switch (traffic.protocol()) {
            case Any:
                tcp.set(0, PORTS);
                udp.set(0, PORTS);
                icmp = true;
                break;
            case Icmp:
                icmp = true;
                break;
            case Tcp:
            case Udp:
                BitSet bits = traffic.protocol() == Protocol.Tcp ? tcp : udp;
                if (traffic.hasPorts()) {
                    bits.set(traffic.fromPort(), traffic.toPort() + 1);
                } else {
                    bits.set(0, PORTS);
                }
                break;
            default:
                throw new IllegalArgumentException("Open ports are about TCP, UDP and ICMP, not "
                        + Traffic.label(traffic.protocol()) + ".");
        }
    }

    /** The ports of {@code protocol} in this set, as ranges. */
    static List<String> ranges(String protocol, BitSet bits) {
        List<String> ranges = new ArrayList<>();
        int from = bits.nextSetBit(0);
        while (from >= 0) {
            int to = bits.nextClearBit(from) - 1;
            ranges.add(protocol + "/" + (from == to ? String.valueOf(from) : from + "-" + to));
            from = bits.nextSetBit(to + 1);
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
        List<String> parts = new ArrayList<>(ranges("TCP", tcp));
        parts.addAll(ranges("UDP", udp));
        if (icmp) {
            parts.add("ICMP");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
