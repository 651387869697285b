package io.vnetlab.assertj;

import io.vnetlab.Host;
import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.VirtualMachine;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import static io.vnetlab.assertj.error.ShouldHaveOpenPorts.shouldHaveOpenPorts;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on a VM, a network interface, an on-premises host or an address, as a flow's source: a live
 * {@link Host} handle, which carries its topology. Start from the handle, or navigate to it from the topology:
 *
 * <pre>{@code
 * Vm sales = azure.vm("SalesVM");
 * Vm marketing = azure.vm("MarketingVM");
 * assertThat(sales).canReach(marketing)
 *                  .canReach(marketing, tcp(22))
 *                  .cannotReach(azure.vm("ResearchVM"));
 * assertThat(azure).vm("SalesVM").canReach("MarketingVM");   // the same, by name
 * }</pre>
 *
 * The handle's topology, as it is when each check runs, answers every question. Targets are handles of the same
 * topology, or names as {@link Topology#endpoint(String)} reads them: a VM, a network interface or an address.
 * {@code canReach} without traffic passes when any traffic gets through; {@code cannotReach} without traffic passes
 * only when nothing does, and its failure shows the path that gets through.
 */
@API(status = STABLE, since = "0.1")
public class EndpointAssert extends AbstractAssert<EndpointAssert, Host> {

    private Navigator navigator = Navigator.HARD;

    /** Assertions on {@code actual}, answered by its topology: {@code NetworkAssertions.assertThat(vm)}. */
    public EndpointAssert(Host actual) {
        super(actual, EndpointAssert.class);
    }

    /** How navigated asserts ({@link #resolves(String)}) are made: soft proxies in {@link NetworkSoftAssertions}. */
    EndpointAssert navigateWith(Navigator navigator) {
        this.navigator = navigator;
        return this;
    }

    /** Some traffic gets from this endpoint to {@code target} (a VM, NIC or address). */
    public EndpointAssert canReach(String target) {
        return canReach(target, Traffic.any());
    }

    /** Every flow of {@code traffic} gets to {@code target}: each port of a range. */
    public EndpointAssert canReach(String target, Traffic traffic) {
        isNotNull();
        return canReach(endpoint(target), traffic);
    }

    /** Some traffic gets from this endpoint to {@code target}: {@code assertThat(sales).canReach(marketing)}. */
    public EndpointAssert canReach(Host target) {
        return canReach(target, Traffic.any());
    }

    /** Every flow of {@code traffic} gets to {@code target}: each port of a range. */
    public EndpointAssert canReach(Host target, Traffic traffic) {
        isNotNull();
        return canReach(endpoint(target), traffic);
    }

    /** Some traffic gets from this endpoint to {@code target}'s primary network interface. */
    public EndpointAssert canReach(VirtualMachine target) {
        return canReach(requireVm(target).id().toString());
    }

    /** Every flow of {@code traffic} gets to {@code target}'s primary network interface. */
    public EndpointAssert canReach(VirtualMachine target, Traffic traffic) {
        return canReach(requireVm(target).id().toString(), traffic);
    }

    private EndpointAssert canReach(Endpoint target, Traffic traffic) {
        return failIfPresent(Reachability.canReach(topology(), actual.endpoint(), target, requireTraffic(traffic)));
    }

    /** No traffic of any protocol or port gets to {@code target}; the failure shows the path that does. */
    public EndpointAssert cannotReach(String target) {
        return cannotReach(target, Traffic.any());
    }

    /** No flow of {@code traffic} gets to {@code target}: no port of a range. */
    public EndpointAssert cannotReach(String target, Traffic traffic) {
        isNotNull();
        return cannotReach(endpoint(target), traffic);
    }

    /** No traffic of any protocol or port gets to {@code target}; the failure shows the path that does. */
    public EndpointAssert cannotReach(Host target) {
        return cannotReach(target, Traffic.any());
    }

    /** No flow of {@code traffic} gets to {@code target}: no port of a range. */
    public EndpointAssert cannotReach(Host target, Traffic traffic) {
        isNotNull();
        return cannotReach(endpoint(target), traffic);
    }

    /** No traffic at all gets to {@code target}'s primary network interface. */
    public EndpointAssert cannotReach(VirtualMachine target) {
        return cannotReach(requireVm(target).id().toString());
    }

    /** No flow of {@code traffic} gets to {@code target}'s primary network interface. */
    public EndpointAssert cannotReach(VirtualMachine target, Traffic traffic) {
        return cannotReach(requireVm(target).id().toString(), traffic);
    }

    private EndpointAssert cannotReach(Endpoint target, Traffic traffic) {
        return failIfPresent(Reachability.cannotReach(topology(), actual.endpoint(), target, requireTraffic(traffic)));
    }

    /**
     * Traffic gets to {@code target}, and its path passes {@code via} (a peering, a network, a next hop). Fails when
     * {@code via} names nothing in the topology.
     */
    public EndpointAssert canReachThrough(String target, Via via) {
        isNotNull();
        return canReachThrough(endpoint(target), via);
    }

    /** Traffic gets to {@code target}, and its path passes {@code via}: {@code canReachThrough(spoke2, appliance("10.0.1.4"))}. */
    public EndpointAssert canReachThrough(Host target, Via via) {
        isNotNull();
        return canReachThrough(endpoint(target), via);
    }

    private EndpointAssert canReachThrough(Endpoint target, Via via) {
        Objects.requireNonNull(via, "'via' cannot be null.");
        Reachability.reachesThrough(topology().evaluate(Flow.from(actual.endpoint()).to(target)),
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
        return canReachAvoiding(endpoint(target), via);
    }

    /** Traffic gets to {@code target}, and its path does not pass {@code via}. */
    public EndpointAssert canReachAvoiding(Host target, Via via) {
        isNotNull();
        return canReachAvoiding(endpoint(target), via);
    }

    private EndpointAssert canReachAvoiding(Endpoint target, Via via) {
        Objects.requireNonNull(via, "'via' cannot be null.");
        Reachability.reachesAvoiding(topology().evaluate(Flow.from(actual.endpoint()).to(target)),
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
        return hasOpenPortsTo(endpoint(target), expected);
    }

    /** Exactly {@code expected} gets to {@code target}, as {@link #hasOpenPortsTo(String, Traffic...)} checks it. */
    public EndpointAssert hasOpenPortsTo(Host target, Traffic... expected) {
        isNotNull();
        return hasOpenPortsTo(endpoint(target), expected);
    }

    private EndpointAssert hasOpenPortsTo(Endpoint destination, Traffic... expected) {
        Objects.requireNonNull(expected, "'expected' cannot be null.");
        PortSet wanted = PortSet.of(Arrays.asList(expected));
        Verdict verdict = topology().evaluate(Flow.from(actual.endpoint()).to(destination));
        PortSet open = PortSet.of(verdict.traffic());
        if (!open.equals(wanted)) {
            throwAssertionError(shouldHaveOpenPorts(verdict, wanted.toString(), open.toString()));
        }
        return myself;
    }

    /**
     * How this VM resolves {@code name} through Azure-provided DNS (docs/azure/private-dns.md#resolution), to assert
     * on: {@code assertThat(vm).resolves("data.blob.core.windows.net").to("10.0.2.4")}.
     *
     * @throws IllegalArgumentException if this endpoint is not a VM
     */
    public NameResolutionAssert resolves(String name) {
        isNotNull();
        if (!(actual instanceof io.vnetlab.Vm vm)) {
            throw new IllegalArgumentException(actual + " is not a virtual machine: only VMs resolve names.");
        }
        return navigator.assertFor(NameResolutionAssert.class, io.vnetlab.dataplane.NameResolution.class,
                vm.resolve(name));
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
        Endpoint source = actual.endpoint();
        NetworkInterface nic = source.networkInterfaceId().flatMap(topology().state()::networkInterface)
                .orElseThrow(() -> new IllegalArgumentException(source + " is not a network interface of "
                        + topology() + ": only VMs and network interfaces have effective routes."));
        return topology().dataPlane().effectiveRoutes(nic);
    }

    /**
     * Fails with {@code failure} when there is one. Not {@code failure.ifPresent(this::throwAssertionError)}: that
     * allocates a bound method reference on every passing assertion, and tests assert reachability in loops.
     */
    private EndpointAssert failIfPresent(Optional<ErrorMessageFactory> failure) {
        if (failure.isPresent()) {
            throwAssertionError(failure.get());
        }
        return myself;
    }

    private Endpoint endpoint(String target) {
        return topology().endpoint(target);
    }

    /** The target's endpoint now; a handle of another topology (another test's fork, say) is a mistake in the test. */
    private Endpoint endpoint(Host target) {
        Objects.requireNonNull(target, "'target' cannot be null.");
        if (target.topology() != topology()) {
            throw new IllegalArgumentException(target + " is a handle of another topology than " + actual
                    + "'s: get both from the same topology.");
        }
        return target.endpoint();
    }

    private Topology topology() {
        return actual.topology();
    }

    private static Traffic requireTraffic(Traffic traffic) {
        return Objects.requireNonNull(traffic, "'traffic' cannot be null: use Traffic.any() for any traffic.");
    }

    private static VirtualMachine requireVm(VirtualMachine vm) {
        return Objects.requireNonNull(vm, "'target' cannot be null.");
    }
}
