package io.vnetlab.assertj;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.NextHopType;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on the effective routes of a subnet (and so of each NIC in it); failures list the table as
 * {@code az network nic show-effective-route-table -o table} does.
 *
 * <pre>{@code
 * assertThat(azure.effectiveRoutes("SalesVM"))
 *         .containsRoute(route("10.2.0.0/16", NextHopType.VNetPeering))
 *         .hasNextHopTypeFor("10.3.1.4", NextHopType.None);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class EffectiveRouteTableAssert extends AbstractAssert<EffectiveRouteTableAssert, EffectiveRouteTable> {

    public EffectiveRouteTableAssert(EffectiveRouteTable actual) {
        super(actual, EffectiveRouteTableAssert.class);
    }

    /** The table holds a route with every attribute of {@code expected}. */
    public EffectiveRouteTableAssert containsRoute(ExpectedRoute expected) {
        isNotNull();
        Routes.contains(actual, expected).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The table holds no route with every attribute of {@code expected}. */
    public EffectiveRouteTableAssert doesNotContainRoute(ExpectedRoute expected) {
        isNotNull();
        Routes.doesNotContain(actual, expected).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The route Azure picks for {@code address} (longest prefix, then User over BGP over System) is of {@code type}. */
    public EffectiveRouteTableAssert hasNextHopTypeFor(String address, NextHopType type) {
        isNotNull();
        Routes.nextHopType(actual, IpAddress.parse(address), type).ifPresent(this::throwAssertionError);
        return myself;
    }
}
