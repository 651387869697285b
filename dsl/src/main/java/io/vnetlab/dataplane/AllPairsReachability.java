package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Reachability of every endpoint to every other, computed by equivalence classes rather than pair by pair:
 * interfaces that Azure cannot tell apart — same subnet, same NSG, same application security groups, and no route
 * more specific than their subnet that separates their addresses — get the same answer, so one walk per pair of
 * classes decides all their pairs. 500 spokes x 10 VMs is 25 million ordered pairs but only about 250,000 class
 * pairs. Each of those walks only decides; explanations are walked on demand for the pair asked about.
 *
 * <pre>{@code
 * AllPairsReachability all = AllPairsReachability.of(topology.dataPlane(), endpoints);
 * all.reachableCount();            // how many ordered pairs get through
 * all.reachable(3, 17);            // one pair
 * all.verdict(3, 17);              // and why, walked for that pair
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class AllPairsReachability {

    private final DataPlane plane;
    private final List<Endpoint> endpoints;
    private final int[] classOf;
    private final int classes;
    private final boolean[] classReachable;   // classes x classes, row-major
    private final int[] classSize;
    /** The protocol and port every pair was asked on; {@code null}: any protocol. */
    private final Protocol protocol;
    private final int port;

    private AllPairsReachability(DataPlane plane, List<Endpoint> endpoints, int[] classOf, int classes,
                                 boolean[] classReachable, int[] classSize, Protocol protocol, int port) {
        this.plane = plane;
        this.protocol = protocol;
        this.port = port;
        this.endpoints = endpoints;
        this.classOf = classOf;
        this.classes = classes;
        this.classReachable = classReachable;
        this.classSize = classSize;
    }

    /** Evaluates every ordered pair of distinct endpoints (interfaces of this data plane's state). */
    public static AllPairsReachability of(DataPlane plane, List<Endpoint> endpoints) {
        return of(plane, endpoints, null, 0);
    }

    /**
     * Evaluates every ordered pair of distinct endpoints for one protocol and destination port, such as SSH
     * ({@code Protocol.Tcp, 22}); a {@code null} protocol asks for any.
     */
    public static AllPairsReachability of(DataPlane plane, List<Endpoint> endpoints, Protocol protocol, int port) {
        List<Endpoint> all = List.copyOf(endpoints);
        int[] classOf = new int[all.size()];
        // each endpoint's interface, resolved once here rather than again by every walk from or to it
        NetworkInterface[] interfaces = new NetworkInterface[all.size()];
        Map<Object, Integer> keys = new HashMap<>();
        List<Integer> representative = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            interfaces[i] = plane.interfaceOf(all.get(i));
            Object key = key(plane, all.get(i), interfaces[i]);
            Integer c = keys.get(key);
            if (c == null) {
                c = representative.size();
                keys.put(key, c);
                representative.add(i);
                second.add(-1);
            } else if (second.get(c) < 0) {
                second.set(c, i);
            }
            classOf[i] = c;
        }
        int classes = representative.size();
        int[] size = new int[classes];
        for (int c : classOf) {
            size[c]++;
        }
        boolean[] reachable = new boolean[classes * classes];
        // rows are independent: walk them on every core (the data plane is safe to share between threads)
        java.util.stream.IntStream.range(0, classes).parallel().forEach(a -> {
            int source = representative.get(a);
            Endpoint from = all.get(source);
            for (int b = 0; b < classes; b++) {
                // two members of one class: the same subnet, so a walk between two of them decides; with one
                // member there is no pair, and the value is never read
                int to = a == b ? second.get(b) : representative.get(b);
                if (to >= 0) {
                    reachable[a * classes + b] = plane.reaches(flow(from, all.get(to), protocol, port),
                            interfaces[source], interfaces[to]);
                }
            }
        });
        return new AllPairsReachability(plane, all, classOf, classes, reachable, size, protocol, port);
    }

    /**
     * What makes two interfaces indistinguishable to routing and filtering. An address that a route more specific
     * than its subnet could single out gets a class of its own.
     */
    private static Object key(DataPlane plane, Endpoint endpoint, NetworkInterface nic) {
        if (nic == null) {
            return endpoint.address();
        }
        Subnet subnet = plane.state().subnet(nic.subnetId()).orElseThrow();
        if (plane.hasRouteInside(subnet.addressPrefix()) || !plane.loadBalancing().isEmpty()) {
            // a load balancer tells interfaces of one subnet apart: pool membership, and the backend each flow's
            // addresses choose (docs/azure/decisions.md#load-balancer-flow-symmetry)
            return nic.id();
        }
        return new ClassKey(nic.subnetId(), nic.networkSecurityGroupId(), List.copyOf(nic.applicationSecurityGroupIds()),
                nic.ipForwarding());
    }

    private record ClassKey(ResourceId subnet, ResourceId nsg, List<ResourceId> asgs, boolean ipForwarding) {
        ClassKey {
            Objects.requireNonNull(subnet);
        }
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** How many classes of indistinguishable endpoints there are (and so, squared, how many walks were made). */
    public int classCount() {
        return classes;
    }

    /** Whether the {@code from}-th endpoint reaches the {@code to}-th. */
    public boolean reachable(int from, int to) {
        if (from == to) {
            throw new IllegalArgumentException("An endpoint is not paired with itself.");
        }
        return classReachable[classOf[from] * classes + classOf[to]];
    }

    /** The explanation for one pair, walked now. */
    public Verdict verdict(int from, int to) {
        return plane.evaluate(flow(from, to));
    }

    /** The flow the {@code from}-th endpoint to the {@code to}-th was asked as. */
    Flow flow(int from, int to) {
        return flow(endpoints.get(from), endpoints.get(to), protocol, port);
    }

    /** {@code Flow.from(from).to(to)}, on {@code protocol} and {@code port} when given, made in one step per pair. */
    private static Flow flow(Endpoint from, Endpoint to, Protocol protocol, int port) {
        return protocol == null ? new Flow(from, to, Protocol.Any, OptionalInt.empty())
                : new Flow(from, to, protocol, OptionalInt.of(port));
    }

    /** How many endpoints the {@code from}-th endpoint does not reach (itself not counted). */
    long blockedFrom(int from) {
        long[] perClass = blockedPerClass;
        if (perClass == null) {
            perClass = new long[classes];
            for (int a = 0; a < classes; a++) {
                for (int b = 0; b < classes; b++) {
                    if (!classReachable[a * classes + b]) {
                        perClass[a] += a == b ? classSize[b] - 1 : classSize[b];
                    }
                }
            }
            blockedPerClass = perClass;
        }
        return perClass[classOf[from]];
    }

    private volatile long[] blockedPerClass;

    /** How many ordered pairs of distinct endpoints get through. */
    public long reachableCount() {
        long count = 0;
        for (int a = 0; a < classes; a++) {
            for (int b = 0; b < classes; b++) {
                if (classReachable[a * classes + b]) {
                    long pairs = a == b ? (long) classSize[a] * (classSize[a] - 1) : (long) classSize[a] * classSize[b];
                    count += pairs;
                }
            }
        }
        return count;
    }

    /** How many ordered pairs of distinct endpoints there are. */
    public long pairCount() {
        return (long) endpoints.size() * (endpoints.size() - 1);
    }

    /** Whether the effective routes anywhere hold a prefix strictly inside {@code prefix}. */
    static boolean splits(List<Cidr> routePrefixes, Cidr prefix) {
        for (Cidr p : routePrefixes) {
            if (p.prefixLength() > prefix.prefixLength() && prefix.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
