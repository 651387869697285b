package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.dataplane.Verdict;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.Optional;

import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReach;
import static io.vnetlab.assertj.error.ShouldNotReach.shouldNotReachOnAnyPort;
import static io.vnetlab.assertj.error.ShouldPassThrough.shouldNameSomething;
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

    /**
     * Every flow of {@code traffic} gets through. A port range is answered from the ranges the data plane lets
     * through ({@link Verdict#traffic()}), not port by port; the failure explains the first blocked port.
     */
    static Optional<ErrorMessageFactory> canReach(Topology topology, Endpoint source, Endpoint target,
                                                  Traffic traffic) {
        if (!isRange(traffic)) {
            Verdict verdict = topology.evaluate(traffic.firstFlow(source, target));
            return verdict.reachable() ? Optional.empty() : Optional.of(shouldReach(verdict, label(traffic)));
        }
        PortRangeSet blocked = PortSet.ports(traffic).minus(openPorts(topology, source, target, traffic));
        if (blocked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(shouldReachOnEveryPort(firstFlow(topology, source, target, traffic, blocked),
                label(traffic), ranges(traffic, blocked)));
    }

    /**
     * No flow of {@code traffic} gets through; for {@link Traffic#any()}, nothing at all does. A port range is
     * answered from the ranges the data plane lets through; the failure shows the path of the first open port.
     */
    static Optional<ErrorMessageFactory> cannotReach(Topology topology, Endpoint source, Endpoint target,
                                                     Traffic traffic) {
        if (!isRange(traffic)) {
            Verdict verdict = topology.evaluate(traffic.firstFlow(source, target));
            return verdict.reachable() ? Optional.of(shouldNotReach(verdict, label(traffic))) : Optional.empty();
        }
        PortRangeSet allowed = PortSet.ports(traffic).intersect(openPorts(topology, source, target, traffic));
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(shouldNotReachOnAnyPort(firstFlow(topology, source, target, traffic, allowed),
                label(traffic), ranges(traffic, allowed)));
    }

    /**
     * Any traffic gets through, and its path passes {@code via}; a {@code via} that names nothing in the topology
     * fails first.
     */
    static Optional<ErrorMessageFactory> reachesThrough(Verdict verdict, Via.Resolved via) {
        if (!via.namesSomething()) {
            return Optional.of(shouldNameSomething(verdict, via, false, via.existing()));
        }
        if (!verdict.reachable()) {
            return Optional.of(shouldReachThrough(verdict, via));
        }
        return via.firstIn(verdict).isPresent() ? Optional.empty()
                : Optional.of(shouldPassThrough(verdict, via));
    }

    /**
     * Any traffic gets through, and its path does not pass {@code via}; a {@code via} that names nothing in the
     * topology fails first, since avoiding it would check nothing.
     */
    static Optional<ErrorMessageFactory> reachesAvoiding(Verdict verdict, Via.Resolved via) {
        if (!via.namesSomething()) {
            return Optional.of(shouldNameSomething(verdict, via, true, via.existing()));
        }
        if (!verdict.reachable()) {
            return Optional.of(shouldReach(verdict, ""));
        }
        Optional<Hop> hop = via.firstIn(verdict);
        return hop.map(h -> shouldNotPassThrough(verdict, via, h));
    }

    /** The ports of {@code traffic}'s protocol that get from {@code source} to {@code target}. */
    private static PortRangeSet openPorts(Topology topology, Endpoint source, Endpoint target, Traffic traffic) {
        Verdict verdict = topology.evaluate(Flow.from(source).to(target).on(traffic.protocol()));
        return verdict.reachable() ? verdict.traffic().ports(traffic.protocol()) : PortRangeSet.NONE;
    }

    /** The verdict of the flow on the lowest port of {@code ports}, all of which lie in {@code traffic}'s range. */
    private static Verdict firstFlow(Topology topology, Endpoint source, Endpoint target, Traffic traffic,
                                     PortRangeSet ports) {
        int port = traffic.fromPort();
        while (!ports.contains(port)) {
            port++;
        }
        return topology.evaluate(Flow.from(source).to(target).on(traffic.protocol(), port));
    }

    private static boolean isRange(Traffic traffic) {
        return traffic.hasPorts() && traffic.fromPort() != traffic.toPort();
    }

    private static String label(Traffic traffic) {
        return traffic.isAny() ? "" : traffic.toString();
    }

    /** The ports, as ranges: {@code TCP/8001-8003, TCP/8050}. */
    private static String ranges(Traffic traffic, PortRangeSet ports) {
        return String.join(", ", PortSet.ranges(traffic.protocol(), ports));
    }
}
