package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.VirtualMachine;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.Objects;

import static io.vnetlab.assertj.error.ShouldHaveOpenPorts.shouldHaveOpenPorts;

/**
 * Assertions on a VM, a network interface or an address of a topology, as a flow's source. Get one from
 * {@link TopologyAssert#vm(String)}, {@link TopologyAssert#nic(String)} or {@link TopologyAssert#endpoint(String)}:
 * the topology's current data plane answers every question.
 *
 * <pre>{@code
 * assertThat(azure).vm("SalesVM").canReach("MarketingVM")
 *                                 .canReach("MarketingVM", tcp(22))
 *                                 .cannotReach("ResearchVM");
 * }</pre>
 *
 * Targets are named as {@link Topology#endpoint(String)} names them: a VM, a network interface or an address.
 * {@code canReach} without traffic passes when any traffic gets through; {@code cannotReach} without traffic
 * passes only when nothing does, and its failure shows the path that gets through.
 */
public class EndpointAssert extends AbstractAssert<EndpointAssert, Endpoint> {

    private Topology topology;

    /** An assert with no topology yet: use {@link TopologyAssert#vm(String)} and its siblings instead. */
    public EndpointAssert(Endpoint actual) {
        super(actual, EndpointAssert.class);
    }

    /** The topology whose data plane answers; set by {@link TopologyAssert}. */
    EndpointAssert within(Topology topology) {
        this.topology = topology;
        return this;
    }

    /** Some traffic gets from this endpoint to {@code target} (a VM, NIC or address). */
    public EndpointAssert canReach(String target) {
        return canReach(target, Traffic.any());
    }

    /** Every flow of {@code traffic} gets to {@code target}: each port of a range. */
    public EndpointAssert canReach(String target, Traffic traffic) {
        isNotNull();
        Reachability.canReach(topology(), actual, endpoint(target), requireTraffic(traffic))
                .ifPresent(this::throwAssertionError);
        return myself;
    }

    /** Some traffic gets from this endpoint to {@code target}'s primary network interface. */
    public EndpointAssert canReach(VirtualMachine target) {
        return canReach(requireVm(target).id().toString());
    }

    /** Every flow of {@code traffic} gets to {@code target}'s primary network interface. */
    public EndpointAssert canReach(VirtualMachine target, Traffic traffic) {
        return canReach(requireVm(target).id().toString(), traffic);
    }

    /** No traffic of any protocol or port gets to {@code target}; the failure shows the path that does. */
    public EndpointAssert cannotReach(String target) {
        return cannotReach(target, Traffic.any());
    }

    /** No flow of {@code traffic} gets to {@code target}: no port of a range. */
    public EndpointAssert cannotReach(String target, Traffic traffic) {
        isNotNull();
        Reachability.cannotReach(topology(), actual, endpoint(target), requireTraffic(traffic))
                .ifPresent(this::throwAssertionError);
        return myself;
    }

    /** No traffic at all gets to {@code target}'s primary network interface. */
    public EndpointAssert cannotReach(VirtualMachine target) {
        return cannotReach(requireVm(target).id().toString());
    }

    /** No flow of {@code traffic} gets to {@code target}'s primary network interface. */
    public EndpointAssert cannotReach(VirtualMachine target, Traffic traffic) {
        return cannotReach(requireVm(target).id().toString(), traffic);
    }

    /**
     * Traffic gets to {@code target}, and its path passes {@code via} (a peering, a network, a next hop). Fails when
     * {@code via} names nothing in the topology.
     */
    public EndpointAssert canReachThrough(String target, Via via) {
        isNotNull();
        Objects.requireNonNull(via, "'via' cannot be null.");
        Reachability.reachesThrough(topology().evaluate(Flow.from(actual).to(endpoint(target))),
                        via.resolveIn(topology()))
                .ifPresent(this::throwAssertionError);
        return myself;
    }

    /**
     * Traffic gets to {@code target}, and its path does not pass {@code via}. Fails when {@code via} names nothing
     * in the topology: avoiding it would check nothing.
     */
    public EndpointAssert canReachAvoiding(String target, Via via) {
        isNotNull();
        Objects.requireNonNull(via, "'via' cannot be null.");
        Reachability.reachesAvoiding(topology().evaluate(Flow.from(actual).to(endpoint(target))),
                        via.resolveIn(topology()))
                .ifPresent(this::throwAssertionError);
        return myself;
    }

    /**
     * Exactly {@code expected} gets to {@code target}: these TCP and UDP ports and ICMP, no more, no fewer.
     * {@code hasOpenPortsTo("B")} with nothing expected means that nothing gets through. The answer is the port
     * ranges that pass every network security group on the path ({@link io.vnetlab.dataplane.Verdict#traffic()});
     * a failure lists them as ranges and shows the path with the rules that decided.
     *
     * <pre>{@code
     * assertThat(azure).vm("SalesVM").hasOpenPortsTo("MarketingVM", Traffic.any());   // no NSG: everything
     * assertThat(azure).vm("WebVM").hasOpenPortsTo("SqlVM", tcp(1433), icmp());
     * }</pre>
     */
    public EndpointAssert hasOpenPortsTo(String target, Traffic... expected) {
        isNotNull();
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        Endpoint destination = endpoint(target);
        PortSet wanted = PortSet.of(Arrays.asList(expected));
        Verdict verdict = topology().evaluate(Flow.from(actual).to(destination));
        PortSet open = PortSet.of(verdict.traffic());
        if (!open.equals(wanted)) {
            throwAssertionError(shouldHaveOpenPorts(verdict, wanted.toString(), open.toString()));
        }
        return myself;
    }

    /** The effective routes of this network interface contain a route like {@code expected}. */
    public EndpointAssert hasEffectiveRoute(ExpectedRoute expected) {
        isNotNull();
        Routes.contains(effectiveRoutes(), expected).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The effective routes of this network interface do not contain a route like {@code expected}. */
    public EndpointAssert doesNotHaveEffectiveRoute(ExpectedRoute expected) {
        isNotNull();
        Routes.doesNotContain(effectiveRoutes(), expected).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The route this network interface's subnet picks for {@code address} has next hop type {@code type}. */
    public EndpointAssert hasNextHopTypeFor(String address, NextHopType type) {
        isNotNull();
        Routes.nextHopType(effectiveRoutes(), IpAddress.parse(address), type).ifPresent(this::throwAssertionError);
        return myself;
    }

    private EffectiveRouteTable effectiveRoutes() {
        NetworkInterface nic = actual.networkInterfaceId().flatMap(topology().state()::networkInterface)
                .orElseThrow(() -> new IllegalArgumentException(actual + " is not a network interface of "
                        + topology + ": only VMs and network interfaces have effective routes."));
        return topology().dataPlane().effectiveRoutes(nic);
    }

    private Endpoint endpoint(String target) {
        return topology().endpoint(target);
    }

    private Topology topology() {
        if (topology == null) {
            throw new IllegalStateException("An EndpointAssert needs its topology to evaluate flows: write"
                    + " assertThat(topology).vm(\"" + (actual == null ? "name" : actual.shortName()) + "\") instead of"
                    + " new EndpointAssert(endpoint).");
        }
        return topology;
    }

    private static Traffic requireTraffic(Traffic traffic) {
        return Objects.requireNonNull(traffic, "'traffic' cannot be null: use Traffic.any() for any traffic.");
    }

    private static VirtualMachine requireVm(VirtualMachine vm) {
        return Objects.requireNonNull(vm, "'target' cannot be null.");
    }
}
