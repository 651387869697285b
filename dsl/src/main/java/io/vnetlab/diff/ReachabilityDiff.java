package io.vnetlab.diff;

import io.vnetlab.address.PortRangeSet;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a change does to a network: the resources added, removed and changed between two topologies, and every flow
 * class whose verdict changed, each with the verdict before and after. Flows are compared class by class (see
 * {@link EndpointClass}): one walk per pair of classes on each side, asking for any protocol, and the protocols and
 * ports that get through are compared, so a rule that closes TCP 22 shows as exactly that port class closing; a
 * class pair that opens or closes for all traffic is one change on {@link Protocol#Any}.
 * Flows go between the VMs both sides have, from and to every on-premises site both sides have, and from VMs to
 * the Internet. Immutable.
 *
 * <pre>{@code
 * ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());
 * diff.opened();                                   // flow classes that now get through
 * System.out.println(DiffReport.table(diff));      // io.vnetlab.render
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReachabilityDiff {

    /** The portless protocols and those with ports that a query for any protocol covers. */
    private static final List<Protocol> PROTOCOLS = List.of(Protocol.Tcp, Protocol.Udp, Protocol.Icmp);

    private final List<ResourceChange> resources;
    private final List<FlowChange> flows;
    private final int classCount;

    private ReachabilityDiff(List<ResourceChange> resources, List<FlowChange> flows, int classCount) {
        this.resources = List.copyOf(resources);
        this.flows = List.copyOf(flows);
        this.classCount = classCount;
    }

    /**
     * Compares two compiled data planes: {@code ReachabilityDiff.between(before.dataPlane(), after.dataPlane())}
     * for a topology and its fork, say.
     */
    public static ReachabilityDiff between(DataPlane before, DataPlane after) {
        return between(before, after, true);
    }

    /**
     * The diff; with {@code skipUnchangedPaths}, a class pair whose path before the change stays out of every
     * {@link ChangedNetworks changed network} is not walked again after it (its verdict cannot differ).
     */
    static ReachabilityDiff between(DataPlane before, DataPlane after, boolean skipUnchangedPaths) {
        List<ResourceChange> resources = resourceChanges(before.state(), after.state());
        List<JointClasses.Joint> classes = JointClasses.of(before, after);
        ChangedNetworks changed = skipUnchangedPaths
                ? ChangedNetworks.of(before, after, resources).orElse(null) : null;
        List<List<FlowChange>> rows = IntStream.range(0, classes.size()).parallel()
                .mapToObj(a -> row(before, after, classes, a, changed)).toList();
        List<FlowChange> flows = new ArrayList<>();
        rows.forEach(flows::addAll);
        return new ReachabilityDiff(resources, flows, classes.size());
    }

    /** The changes of flows from class {@code a} to every class (the data planes are safe to share between threads). */
    private static List<FlowChange> row(DataPlane before, DataPlane after, List<JointClasses.Joint> classes, int a,
                                        ChangedNetworks changed) {
        JointClasses.Joint from = classes.get(a);
        List<FlowChange> changes = new ArrayList<>();
        if (from.reported().kind() == EndpointClass.Kind.INTERNET) {
            return changes;   // flows from the Internet reach public addresses, which VM classes do not name
        }
        for (int b = 0; b < classes.size(); b++) {
            JointClasses.Joint to = classes.get(b);
            boolean vmToVm = from.reported().kind() == EndpointClass.Kind.VIRTUAL_MACHINES
                    && to.reported().kind() == EndpointClass.Kind.VIRTUAL_MACHINES;
            if (!vmToVm && from.reported().kind() != EndpointClass.Kind.VIRTUAL_MACHINES
                    && to.reported().kind() != EndpointClass.Kind.VIRTUAL_MACHINES) {
                continue;   // site to site and site to the Internet do not cross Azure's data plane
            }
            int target = 0;
            if (a == b) {
                if (from.after().size() < 2) {
                    continue;   // a class of one has no pair inside itself
                }
                target = 1;
            }
            Flow beforeFlow = Flow.from(from.before().get(0)).to(to.before().get(target));
            Flow afterFlow = Flow.from(from.after().get(0)).to(to.after().get(target));
            Verdict was = before.walk(beforeFlow);
            if (changed != null && changed.untouched(was)) {
                continue;
            }
            Verdict now = after.walk(afterFlow);
            if (was.traffic().equals(now.traffic())) {
                continue;
            }
            if (was.traffic().isEmpty() || now.traffic().isEmpty()) {
                // all or nothing changed: when everything that was asked for opened or closed, one class says it
                Verdict full = was.traffic().isEmpty() ? now : was;
                if (full.traffic().isAllTraffic()) {
                    changes.add(new FlowChange(from.reported(), to.reported(), Protocol.Any, PortRangeSet.ALL,
                            was.traffic().isEmpty() ? FlowChange.Direction.OPENED : FlowChange.Direction.CLOSED,
                            was, now));
                    continue;
                }
            }
            for (Protocol protocol : PROTOCOLS) {
                PortRangeSet then = was.traffic().ports(protocol);
                PortRangeSet later = now.traffic().ports(protocol);
                add(changes, from, to, protocol, later.minus(then), FlowChange.Direction.OPENED,
                        before, beforeFlow, after, afterFlow);
                add(changes, from, to, protocol, then.minus(later), FlowChange.Direction.CLOSED,
                        before, beforeFlow, after, afterFlow);
            }
        }
        return changes;
    }

    private static void add(List<FlowChange> changes, JointClasses.Joint from, JointClasses.Joint to,
                            Protocol protocol, PortRangeSet ports, FlowChange.Direction direction,
                            DataPlane before, Flow beforeFlow, DataPlane after, Flow afterFlow) {
        if (ports.isEmpty()) {
            return;
        }
        Verdict was = before.walk(narrow(beforeFlow, protocol, ports));
        Verdict now = after.walk(narrow(afterFlow, protocol, ports));
        changes.add(new FlowChange(from.reported(), to.reported(), protocol, ports, direction, was, now));
    }

    /** The flow on the protocol and the first port of {@code ports}: the class's verdict, with its reasons. */
    private static Flow narrow(Flow flow, Protocol protocol, PortRangeSet ports) {
        if (protocol == Protocol.Icmp) {
            return flow.on(protocol);
        }
        String first = ports.ranges().get(0);
        int dash = first.indexOf('-');
        return flow.on(protocol, Integer.parseInt(dash < 0 ? first : first.substring(0, dash)));
    }

    /**
     * Every resource one side has and the other has not, and those whose properties differ, by resource id. A
     * deployment ({@code Microsoft.Resources/deployments}) is the record of how resources were made, not a part of
     * the network: the resources it made are compared, not the record, so two deployments of templates that build
     * the same network differ in nothing.
     */
    private static List<ResourceChange> resourceChanges(TopologyState before, TopologyState after) {
        Set<Class<?>> types = new LinkedHashSet<>(before.resourceTypes());
        types.addAll(after.resourceTypes());
        List<ResourceChange> changes = new ArrayList<>();
        for (Class<?> type : types) {
            Map<ResourceId, Object> then = before.resources(type);
            Map<ResourceId, Object> now = after.resources(type);
            if (then == now) {
                continue;
            }
            now.forEach((id, resource) -> {
                if (isDeployment(id)) {
                    return;
                }
                Object old = then.get(id);
                if (old == null) {
                    changes.add(new ResourceChange(id, ResourceChange.Kind.ADDED));
                } else if (old != resource && !old.equals(resource)) {
                    changes.add(new ResourceChange(id, ResourceChange.Kind.CHANGED));
                }
            });
            then.keySet().stream().filter(id -> !now.containsKey(id) && !isDeployment(id))
                    .forEach(id -> changes.add(new ResourceChange(id, ResourceChange.Kind.REMOVED)));
        }
        return changes;
    }

    private static boolean isDeployment(ResourceId id) {
        return id.type().equalsIgnoreCase("Microsoft.Resources/deployments");
    }

    /** The resources added, removed and changed. */
    public List<ResourceChange> resources() {
        return resources;
    }

    /** Every flow class whose verdict changed, opened and closed, in the order of the source classes. */
    public List<FlowChange> flows() {
        return flows;
    }

    /** The flow classes that get through after and did not before. */
    public List<FlowChange> opened() {
        return flows.stream().filter(f -> f.direction() == FlowChange.Direction.OPENED).toList();
    }

    /** The flow classes that got through before and do not after. */
    public List<FlowChange> closed() {
        return flows.stream().filter(f -> f.direction() == FlowChange.Direction.CLOSED).toList();
    }

    /** Whether nothing changed: no resource, no flow. */
    public boolean isEmpty() {
        return resources.isEmpty() && flows.isEmpty();
    }

    /** How many endpoint classes were compared (and so, squared, about how many walks each side made). */
    public int classCount() {
        return classCount;
    }

    /** The flow changes of which {@code endpoint} is the source or the destination. */
    public List<FlowChange> flowsOf(Endpoint endpoint) {
        return flows.stream().filter(f -> f.source().contains(endpoint) || f.destination().contains(endpoint))
                .toList();
    }

    @Override
    public String toString() {
        return "reachability diff (" + resources.size() + " resources changed, " + opened().size()
                + " flow classes opened, " + closed().size() + " closed)";
    }
}
