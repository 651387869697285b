package io.vnetlab.assertj;

import io.vnetlab.Host;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.diff.ReachabilityDiff;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assert;

import java.util.function.Supplier;

import static io.vnetlab.assertj.error.ShouldNameAKnownResource.shouldNameAKnownResource;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The way into a topology: navigation methods name a resource and return the assertions on it, evaluated
 * against this topology's current state and data plane.
 *
 * <pre>{@code
 * assertThat(azure).vm("SalesVM").canReach("MarketingVM").cannotReach("ResearchVM");
 * assertThat(azure).network("SalesVNet").isPeeredWith("MarketingVNet");
 * assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isConnected();
 * assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("ResearchVNet");
 * }</pre>
 *
 * Names resolve as {@link Topology} resolves them (case-insensitively, names or ARM ids); an unknown name throws
 * {@link IllegalArgumentException} listing the known ones — a mistake in the test, not a failed expectation. In
 * {@link NetworkSoftAssertions}, it is collected as a failure instead, the checks chained after it are skipped,
 * and the collection goes on.
 * Descriptions given with {@code as(..)} here carry over to the assertions navigated to.
 */
@API(status = STABLE, since = "0.1")
public class TopologyAssert extends AbstractAssert<TopologyAssert, Topology> {

    private Navigator navigator = Navigator.HARD;

    public TopologyAssert(Topology actual) {
        super(actual, TopologyAssert.class);
    }

    /** How navigated asserts are made: soft proxies in {@link NetworkSoftAssertions}. */
    TopologyAssert navigateWith(Navigator navigator) {
        this.navigator = navigator;
        return this;
    }

    /** The VM of this name, as a flow source (its primary network interface): {@code assertThat(topology.vm(name))}. */
    public EndpointAssert vm(String name) {
        Topology topology = topology();
        return navigate(EndpointAssert.class, Host.class, () -> topology.vm(name));
    }

    /** The network interface of this name, as a flow source. */
    public EndpointAssert nic(String name) {
        Topology topology = topology();
        return navigate(EndpointAssert.class, Host.class, () -> topology.networkInterface(name));
    }

    /** A VM, network interface or address, as {@link Topology#host(String)} resolves it. */
    public EndpointAssert endpoint(String vmNicOrAddress) {
        Topology topology = topology();
        return navigate(EndpointAssert.class, Host.class, () -> topology.host(vmNicOrAddress));
    }

    /**
     * What changed between {@code before} and this topology: {@code
     * assertThat(after).comparedTo(before).opensNothing()}. The diff is computed now, on equivalence classes.
     */
    public ReachabilityDiffAssert comparedTo(Topology before) {
        Topology topology = topology();
        return navigate(ReachabilityDiffAssert.class, ReachabilityDiff.class,
                () -> ReachabilityDiff.between(before.dataPlane(), topology.dataPlane()));
    }

    /** The virtual network of this name, with its peerings. */
    public VirtualNetworkAssert network(String name) {
        Topology topology = topology();
        return navigate(VirtualNetworkAssert.class, VirtualNetwork.class, () -> topology.network(name))
                .within(topology);
    }

    /** The subnet {@code subnet} of network {@code network}. */
    public SubnetAssert subnet(String network, String subnet) {
        Topology topology = topology();
        return navigate(SubnetAssert.class, Subnet.class, () -> topology.subnet(network, subnet));
    }

    /** The peering {@code name} owned by network {@code network}, as it is now. */
    public PeeringAssert peering(String network, String name) {
        Topology topology = topology();
        return navigate(PeeringAssert.class, Peering.class, () -> topology.peering(network, name));
    }

    /** The effective routes of a VM's primary interface, or of a network interface. */
    public EffectiveRouteTableAssert effectiveRoutesOf(String vmOrNic) {
        Topology topology = topology();
        return navigate(EffectiveRouteTableAssert.class, EffectiveRouteTable.class,
                () -> topology.effectiveRoutes(vmOrNic));
    }

    /** The VMs whose primary interface is in one of these networks. */
    public VmGroupAssert vmsIn(String... networks) {
        Topology topology = topology();
        return navigate(VmGroupAssert.class, VmGroup.class, () -> VmGroup.vmsIn(topology, networks))
                .within(topology);
    }

    /** The VMs of these names. */
    public VmGroupAssert vms(String... names) {
        Topology topology = topology();
        return navigate(VmGroupAssert.class, VmGroup.class, () -> VmGroup.vms(topology, names)).within(topology);
    }

    /**
     * The assert on what {@code lookup} finds, described as this one. A name the topology does not know is a
     * mistake in the test: plain asserts throw the lookup's {@link IllegalArgumentException}, soft ones collect it
     * as a failure (its message lists the known names) and go on.
     */
    private <A extends Assert<? extends A, ? extends T>, T> A navigate(Class<A> assertClass, Class<T> actualClass,
                                                                        Supplier<T> lookup) {
        T found;
        try {
            found = lookup.get();
        } catch (IllegalArgumentException wrongName) {
            AssertionError failure = assertionError(shouldNameAKnownResource(wrongName));
            return describe(navigator.unknownName(assertClass, actualClass, wrongName, failure));
        }
        return describe(navigator.assertFor(assertClass, actualClass, found));
    }

    private <A extends Assert<?, ?>> A describe(A navigated) {
        if (info.hasDescription()) {
            navigated.describedAs(info.description());
        }
        if (navigated instanceof EndpointAssert endpoint) {
            endpoint.navigateWith(navigator);   // a VM's own navigations (resolves) are soft when this one is
        }
        return navigated;
    }

    private Topology topology() {
        isNotNull();
        return actual;
    }
}
