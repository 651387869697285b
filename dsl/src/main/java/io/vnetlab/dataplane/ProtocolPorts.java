package io.vnetlab.dataplane;

import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.Protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Which protocols and destination ports a flow may use: what a query asked for, narrowed by every network security
 * group on the path. Ports apply to TCP and UDP; ICMP, ESP and AH carry none, so they are in or out as a whole.
 * Immutable. (What an assertion asks about is {@code io.vnetlab.assertj.Traffic}; the two names differ so that both
 * packages can be imported with wildcards.)
 *
 * <pre>{@code
 * Verdict v = topology.reach("myVmMgmt", "myVmWeb");
 * v.traffic().ports(Protocol.Tcp);     // 22, 80, 443
 * v.traffic().toString();              // "TCP 22, 80, 443"
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class ProtocolPorts {

    /**
     * Protocols a query without a protocol asks about: "Any" is TCP, UDP and ICMP
     * (docs/azure/network-security-groups.md#default-rules).
     */
    static final List<Protocol> ANY = List.of(Protocol.Tcp, Protocol.Udp, Protocol.Icmp);

    /** Every protocol on every port: what a flow with no protocol or port asks for. */
    private static final ProtocolPorts ALL_TRAFFIC = requested(Protocol.Any, OptionalInt.empty());

    private final Map<Protocol, PortRangeSet> ports;

    private ProtocolPorts(Map<Protocol, PortRangeSet> ports) {
        EnumMap<Protocol, PortRangeSet> copy = new EnumMap<>(Protocol.class);
        for (Map.Entry<Protocol, PortRangeSet> entry : ports.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                copy.put(entry.getKey(), entry.getValue());
            }
        }
        this.ports = Collections.unmodifiableMap(copy);
    }

    /** What a flow asks for: its protocol (TCP, UDP and ICMP for Any) and its port (every port when none). */
    public static ProtocolPorts requestedBy(Flow flow) {
        if (flow.protocol() == Protocol.Any && flow.destinationPort().isEmpty()) {
            return ALL_TRAFFIC;   // what most flows ask: made once (the value is immutable)
        }
        return requested(flow.protocol(), flow.destinationPort());
    }

    static ProtocolPorts requested(Protocol protocol, OptionalInt port) {
        Map<Protocol, PortRangeSet> map = new EnumMap<>(Protocol.class);
        List<Protocol> protocols = protocol == Protocol.Any ? ANY : List.of(protocol);
        for (Protocol p : protocols) {
            if (!hasPorts(p)) {
                if (port.isEmpty() || protocol != Protocol.Any) {
                    map.put(p, PortRangeSet.ALL);
                }
            } else {
                map.put(p, port.isPresent() ? PortRangeSet.of(port.getAsInt()) : PortRangeSet.ALL);
            }
        }
        return new ProtocolPorts(map);
    }

    static ProtocolPorts of(Map<Protocol, PortRangeSet> ports) {
        return new ProtocolPorts(ports);
    }

    /** What this or {@code other} lets through. */
    ProtocolPorts union(ProtocolPorts other) {
        Map<Protocol, PortRangeSet> map = new EnumMap<>(Protocol.class);
        map.putAll(ports);
        other.ports.forEach((p, set) -> map.merge(p, set, PortRangeSet::union));
        return new ProtocolPorts(map);
    }

    /** Whether the protocol has ports (TCP and UDP). */
    static boolean hasPorts(Protocol protocol) {
        return protocol == Protocol.Tcp || protocol == Protocol.Udp;
    }

    /** The protocols with at least one port (or, for ICMP, ESP and AH, admitted at all), in enum order. */
    public Set<Protocol> protocols() {
        return ports.keySet();
    }

    /** The destination ports of {@code protocol} (for portless protocols: all or none). */
    public PortRangeSet ports(Protocol protocol) {
        return ports.getOrDefault(protocol, PortRangeSet.NONE);
    }

    /** Whether this is every protocol on every port: what a flow with no protocol or port asks for. */
    public boolean isAllTraffic() {
        return equals(requested(Protocol.Any, OptionalInt.empty()));
    }

    public boolean isEmpty() {
        return ports.isEmpty();
    }

    /** What this and {@code other} both hold: the part of a flow a load balancer rule carries. */
    ProtocolPorts intersect(ProtocolPorts other) {
        Map<Protocol, PortRangeSet> both = new EnumMap<>(Protocol.class);
        for (Map.Entry<Protocol, PortRangeSet> e : ports.entrySet()) {
            both.put(e.getKey(), e.getValue().intersect(other.ports(e.getKey())));
        }
        return new ProtocolPorts(both);
    }

    /** Whether this covers all of {@code other}. */
    public boolean covers(ProtocolPorts other) {
        for (Map.Entry<Protocol, PortRangeSet> e : other.ports.entrySet()) {
            if (!ports(e.getKey()).containsAll(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** {@code TCP 22, 80-443; UDP 53; ICMP}; {@code nothing} when empty. */
    @Override
    public String toString() {
        if (ports.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        ports.forEach((p, set) -> parts.add(p.name().toUpperCase(java.util.Locale.ROOT)
                + (hasPorts(p) ? " " + set : "")));
        return String.join("; ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtocolPorts other && ports.equals(other.ports);
    }

    @Override
    public int hashCode() {
        return ports.hashCode();
    }
}
