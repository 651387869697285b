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
import org.assertj.core.api.Assert;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.annotation.CheckReturnValue;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Soft assertions for vnetlab's domain types: every failure is collected and all are reported together by
 * {@link #assertAll()}. Extends AssertJ's {@link SoftAssertions}, so AssertJ's own {@code assertThat} overloads are
 * here too; navigated asserts ({@code softly.assertThat(azure).vm("SalesVM")}) collect their failures as well, and a
 * name the topology does not know ({@code vm("SalesVm1")}) is one more collected failure, listing the known names:
 * the checks chained after it are skipped, and the collection goes on.
 *
 * <pre>{@code
 * NetworkSoftAssertions softly = new NetworkSoftAssertions();
 * softly.assertThat(azure).vm("SalesVM").canReach("ResearchVM");
 * softly.assertThat(azure).network("SalesVNet").isPeeredWith("ResearchVNet");
 * softly.assertAll();   // reports both failures
 * }</pre>
 *
 * With JUnit Jupiter, let AssertJ's extension create it and call {@code assertAll()} after each test:
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class PeeringTest {
 *     @InjectSoftAssertions NetworkSoftAssertions softly;
 *     ...
 * }
 * }</pre>
 */
@CheckReturnValue
@API(status = STABLE, since = "0.1")
public class NetworkSoftAssertions extends SoftAssertions {

    public NetworkSoftAssertions() {
    }

    /**
     * The topology, and through it its VMs, networks, peerings and routes: {@code
     * assertThat(azure).vm("SalesVM").canReach("MarketingVM")}.
     */
    public TopologyAssert assertThat(Topology actual) {
        return proxy(TopologyAssert.class, Topology.class, actual).navigateWith(softNavigation);
    }

    /** A VM, network interface, on-premises host or address, as a flow source: {@code assertThat(sales).canReach(marketing)}. */
    public EndpointAssert assertThat(Host actual) {
        return proxy(EndpointAssert.class, Host.class, actual).navigateWith(softNavigation);
    }

    /**
     * Navigated asserts collect their failures too; a name the topology does not know is collected as a failure
     * listing the known names, and the checks chained after it are skipped: the collection goes on.
     */
    private final Navigator softNavigation = new Navigator() {
        @Override
        public <A extends Assert<? extends A, ? extends T>, T> A assertFor(Class<A> assertClass, Class<T> actualClass,
                                                                            T actual) {
            return proxy(assertClass, actualClass, actual);
        }

        @Override
        public <A extends Assert<? extends A, ? extends T>, T> A unknownName(Class<A> assertClass, Class<T> actualClass,
                                                                              IllegalArgumentException wrongName,
                                                                              AssertionError failure) {
            collectAssertionError(failure);
            return SkippedChecks.of(assertClass, actualClass);
        }
    };

    /** A verdict already evaluated. */
    public VerdictAssert assertThat(Verdict actual) {
        return proxy(VerdictAssert.class, Verdict.class, actual);
    }

    /**
     * A virtual network's region, address space and subnets (its peerings: through {@code
     * assertThat(topology).network(name)}).
     */
    public VirtualNetworkAssert assertThat(VirtualNetwork actual) {
        return proxy(VirtualNetworkAssert.class, VirtualNetwork.class, actual);
    }

    /** A subnet. */
    public SubnetAssert assertThat(Subnet actual) {
        return proxy(SubnetAssert.class, Subnet.class, actual);
    }

    /** One direction of a peering. */
    public PeeringAssert assertThat(Peering actual) {
        return proxy(PeeringAssert.class, Peering.class, actual);
    }

    /** Effective routes. */
    public EffectiveRouteTableAssert assertThat(EffectiveRouteTable actual) {
        return proxy(EffectiveRouteTableAssert.class, EffectiveRouteTable.class, actual);
    }

    /** An Azure error already caught. */
    public AzureExceptionAssert assertThat(AzureException actual) {
        return proxy(AzureExceptionAssert.class, AzureException.class, actual);
    }

    /** Runs {@code operation} now; then: {@code .failsWith(AzureErrorCode.X, "names")} or {@code .succeeds()}. */
    public AzureOperationAssert assertThatOperation(ThrowingCallable operation) {
        return proxy(AzureOperationAssert.class, AzureOperation.class, AzureOperation.run(operation));
    }
}
