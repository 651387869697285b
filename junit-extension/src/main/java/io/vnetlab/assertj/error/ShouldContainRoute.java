package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.render.Tables;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An effective route table should (not) hold a route; the message lists the table as
 * {@code az network nic show-effective-route-table -o table} does:
 * <pre>
 * Expecting:
 *   effective routes of SalesVNet/Apps
 * to contain a route:
 *   10.3.0.0/16 -&gt; VNetPeering
 * but it does not. Its routes:
 * Source   State   Address Prefix  Next Hop Type  Next Hop IP
 * ...
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldContainRoute extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldContainRoute(EffectiveRouteTable table, Object expected) {
        return new ShouldContainRoute("%nExpecting:%n  %s%nto contain a route:%n  %s%nbut it does not. Its routes:%n"
                + Texts.escaped(Tables.effectiveRoutes(table)), table, expected);
    }

    public static ErrorMessageFactory shouldNotContainRoute(EffectiveRouteTable table, Object expected) {
        return new ShouldContainRoute("%nExpecting:%n  %s%nnot to contain a route:%n  %s%nbut it does. Its routes:%n"
                + Texts.escaped(Tables.effectiveRoutes(table)), table, expected);
    }

    private ShouldContainRoute(String format, EffectiveRouteTable table, Object expected) {
        super(format, table, unquotedString(expected.toString()));
    }
}
