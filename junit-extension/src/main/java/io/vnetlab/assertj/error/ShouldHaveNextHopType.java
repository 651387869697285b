package io.vnetlab.assertj.error;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.NextHopType;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The route Azure picks for an address (longest prefix, then User over BGP over System) has another next hop
 * type:
 * <pre>
 * Expecting the next hop for:
 *   10.3.1.4
 * in:
 *   effective routes of SalesVNet/Apps
 * to be of type:
 *   VNetGlobalPeering
 * but the route that decides is:
 *   route 10.0.0.0/8 -&gt; None (Default)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldHaveNextHopType extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldHaveNextHopType(EffectiveRouteTable table, IpAddress address,
                                                            NextHopType expected, EffectiveRoute deciding) {
        return new ShouldHaveNextHopType("%nExpecting the next hop for:%n  %s%nin:%n  %s%nto be of type:%n  %s%nbut"
                + " the route that decides is:%n  %s%n", address, table, expected, deciding);
    }

    public static ErrorMessageFactory shouldHaveNextHopType(EffectiveRouteTable table, IpAddress address,
                                                            NextHopType expected) {
        return new ShouldHaveNextHopType("%nExpecting the next hop for:%n  %s%nin:%n  %s%nto be of type:%n  %s%nbut"
                + " no route matches it.%n", address, table, expected);
    }

    private ShouldHaveNextHopType(String format, Object... arguments) {
        super(format, arguments);
    }
}
