package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Protocol;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReach;
import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReachOnAnyPort;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldNotPassThrough;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldPassThrough;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldReachThrough;
import static io.vnetlab.assertj.error.ShouldReach.shouldReach;
import static io.vnetlab.assertj.error.ShouldReach.shouldReachOnEveryPort;

/**
 * The reachability checks behind {@link EndpointAssert}, {@link VmGroupAssert} and {@link VerdictAssert}: each
 * evaluates flows in the topology's current data plane and returns the failure, if any.
 */
final class Reachability {

    private Reachability() {
    }

    /** Every flow of {@code traffic} gets through. */
    static Optional<ErrorMessageFactory> canReach(Topology topology, Endpoint source, Endpoint target,
                                                  Traffic traffic) {
        List<Verdict> blocked = new ArrayList<>();
        List<Integer> blockedPorts = new ArrayList<>();
        for (Flow flow : flowsToAsk(topology, source, target, traffic)) {
            Verdict verdict = topology.evaluate(flow);
            if (!verdict.reachable()) {
                blocked.add(verdict);
                flow.destinationPort().ifPresent(blockedPorts::add);
            }
        }
        if (blocked.isEmpty()) {
            return Optional.empty();
        }
        if (!isRange(traffic)) {
            return Optional.of(shouldReach(blocked.get(0), label(traffic)));
        }
        return Optional.of(shouldReachOnEveryPort(blocked.get(0), label(traffic),
                ports(topology, traffic, blockedPorts)));
    }

    /** No flow of {@code traffic} gets through; for {@link Traffic#any()}, nothing at all does. */
    static Optional<ErrorMessageFactory> cannotReach(Topology topology, Endpoint source, Endpoint target,
                                                     Traffic traffic) {
        Verdict first = null;
        List<Integer> allowedPorts = new ArrayList<>();
        for (Flow flow : flowsToAsk(topology, source, target, traffic)) {
            Verdict verdict = topology.evaluate(flow);
            if (verdict.reachable()) {
                first = first == null ? verdict : first;
                flow.destinationPort().ifPresent(allowedPorts::add);
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        if (!isRange(traffic)) {
            return Optional.of(shouldNotReach(first, label(traffic)));
        }
        return Optional.of(shouldNotReachOnAnyPort(first, label(traffic), ports(topology, traffic, allowedPorts)));
    }

    /** Any traffic gets through, and its path passes {@code via}. */
    static Optional<ErrorMessageFactory> reachesThrough(Verdict verdict, Via via) {
        if (!verdict.reachable()) {
            return Optional.of(shouldReachThrough(verdict, via));
        }
        return via.firstIn(verdict).isPresent() ? Optional.empty()
                : Optional.of(shouldPassThrough(verdict, via));
    }

    /** Any traffic gets through, and its path does not pass {@code via}. */
    static Optional<ErrorMessageFactory> reachesAvoiding(Verdict verdict, Via via) {
        if (!verdict.reachable()) {
            return Optional.of(shouldReach(verdict, ""));
        }
        Optional<Hop> hop = via.firstIn(verdict);
        return hop.map(h -> shouldNotPassThrough(verdict, via, h));
    }

    /**
     * The flows that answer for {@code traffic}: one per port of a range — or, where no NSG exists in the topology
     * (nothing there reads ports), only the range's first port, which then answers for all of them.
     */
    private static List<Flow> flowsToAsk(Topology topology, Endpoint source, Endpoint target, Traffic traffic) {
        List<Flow> flows = traffic.flows(source, target);
        if (flows.size() > 1 && !PortSet.portsMatter(topology)) {
            return List.of(flows.get(0));
        }
        return flows;
    }

    private static boolean isRange(Traffic traffic) {
        return traffic.hasPorts() && traffic.fromPort() != traffic.toPort();
    }

    private static String label(Traffic traffic) {
        return traffic.isAny() ? "" : traffic.toString();
    }

    /** The ports named, as ranges: {@code TCP/8001-8003, TCP/8050}; all of the range when only one was asked. */
    private static String ports(Topology topology, Traffic traffic, List<Integer> ports) {
        BitSet bits = new BitSet();
        if (!PortSet.portsMatter(topology)) {
            bits.set(traffic.fromPort(), traffic.toPort() + 1);
        } else {
            ports.forEach(bits::set);
        }
        return String.join(", ", PortSet.ranges(Traffic.label(traffic.protocol() == Protocol.Udp ? Protocol.Udp
                : Protocol.Tcp), bits));
    }
}
