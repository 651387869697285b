package io.vnetlab.assertj;

import io.vnetlab.Host;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.annotation.CheckReturnValue;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The entry point of vnetlab's AssertJ assertions: {@code assertThat} for the domain types, and {@code then} for
 * BDD-style tests. Static-import it beside AssertJ's own {@code Assertions.assertThat}: the overloads merge.
 *
 * <pre>{@code
 * import static io.vnetlab.assertj.NetworkAssertions.assertThat;
 * import static io.vnetlab.assertj.NetworkAssertions.assertThatOperation;
 * import static io.vnetlab.assertj.Traffic.tcp;
 *
 * Vm sales = azure.vm("SalesVM");
 * assertThat(sales).canReach(azure.vm("MarketingVM"), tcp(22)).cannotReach(azure.vm("ResearchVM"));
 * assertThat(azure).network("SalesVNet").isPeeredWith("MarketingVNet");
 * assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("ResearchVNet");
 * assertThatOperation(() -> azure.peer("SalesVNet").with("OverlapVNet").create())
 *         .failsWith(AzureErrorCode.VnetAddressSpacesOverlap, "SalesVNet", "OverlapVNet");
 * }</pre>
 *
 * VMs, network interfaces and other flow endpoints are live {@link Host} handles that carry their topology, whose
 * data plane answers; {@link #assertThat(Topology)} reaches them by name too, and VM groups. A failure explains
 * itself: the verdict rendered hop by hop, the first blocking hop, every blocker and what would fix it.
 * For collecting several failures, see {@link NetworkSoftAssertions}.
 */
@CheckReturnValue
@API(status = STABLE, since = "0.1")
public class NetworkAssertions {

    /** For subclasses that gather several entry points into one; not meant to be instantiated. */
    protected NetworkAssertions() {
    }

    /**
     * The topology, and through it its VMs, networks, peerings and routes: {@code
     * assertThat(azure).vm("SalesVM").canReach("MarketingVM")}.
     */
    public static TopologyAssert assertThat(Topology actual) {
        return new TopologyAssert(actual);
    }

    /**
     * A VM, network interface, on-premises host or address of a topology, as a flow source: the live handle carries
     * its topology, which answers every check.
     *
     * <pre>{@code
     * Vm sales = azure.vm("SalesVM");
     * assertThat(sales).canReach(azure.vm("MarketingVM"))
     *                  .canReach(azure.vm("MarketingVM"), tcp(22))
     *                  .cannotReach(azure.vm("ResearchVM"));
     * }</pre>
     */
    public static EndpointAssert assertThat(Host actual) {
        return new EndpointAssert(actual);
    }

    /** A verdict already evaluated. */
    public static VerdictAssert assertThat(Verdict actual) {
        return new VerdictAssert(actual);
    }

    /**
     * A virtual network's region, address space and subnets (its peerings: through {@code
     * assertThat(topology).network(name)}).
     */
    public static VirtualNetworkAssert assertThat(VirtualNetwork actual) {
        return new VirtualNetworkAssert(actual);
    }

    /** A subnet. */
    public static SubnetAssert assertThat(Subnet actual) {
        return new SubnetAssert(actual);
    }

    /** One direction of a peering. */
    public static PeeringAssert assertThat(Peering actual) {
        return new PeeringAssert(actual);
    }

    /** Effective routes. */
    public static EffectiveRouteTableAssert assertThat(EffectiveRouteTable actual) {
        return new EffectiveRouteTableAssert(actual);
    }

    /** An Azure error already caught. */
    public static AzureExceptionAssert assertThat(AzureException actual) {
        return new AzureExceptionAssert(actual);
    }

    /** Runs {@code operation} now; then: {@code .failsWith(AzureErrorCode.X, "names")} or {@code .succeeds()}. */
    public static AzureOperationAssert assertThatOperation(ThrowingCallable operation) {
        return new AzureOperationAssert(AzureOperation.run(operation));
    }

    // ---------------------------------------------------------------- BDD aliases

    /**
     * The topology, and through it its VMs, networks, peerings and routes: {@code
     * assertThat(azure).vm("SalesVM").canReach("MarketingVM")}.
     */
    public static TopologyAssert then(Topology actual) {
        return new TopologyAssert(actual);
    }

    /** A VM, network interface, on-premises host or address, as a flow source: {@code then(sales).canReach(marketing)}. */
    public static EndpointAssert then(Host actual) {
        return new EndpointAssert(actual);
    }

    /** A verdict already evaluated. */
    public static VerdictAssert then(Verdict actual) {
        return new VerdictAssert(actual);
    }

    /**
     * A virtual network's region, address space and subnets (its peerings: through {@code
     * assertThat(topology).network(name)}).
     */
    public static VirtualNetworkAssert then(VirtualNetwork actual) {
        return new VirtualNetworkAssert(actual);
    }

    /** A subnet. */
    public static SubnetAssert then(Subnet actual) {
        return new SubnetAssert(actual);
    }

    /** One direction of a peering. */
    public static PeeringAssert then(Peering actual) {
        return new PeeringAssert(actual);
    }

    /** Effective routes. */
    public static EffectiveRouteTableAssert then(EffectiveRouteTable actual) {
        return new EffectiveRouteTableAssert(actual);
    }

    /** An Azure error already caught. */
    public static AzureExceptionAssert then(AzureException actual) {
        return new AzureExceptionAssert(actual);
    }

    /** Runs {@code operation} now; then: {@code .failsWith(AzureErrorCode.X, "names")} or {@code .succeeds()}. */
    public static AzureOperationAssert thenOperation(ThrowingCallable operation) {
        return new AzureOperationAssert(AzureOperation.run(operation));
    }
}
