package io.vnetlab.assertj.error;

import io.vnetlab.model.Peering;
import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A network should own a peering to another network (in a given state and sync level):
 * <pre>
 * Expecting:
 *   virtual network 'SalesVNet' [10.1.0.0/16] (northeurope)
 * to have a peering to ResearchVNet in state Connected
 * but it has none.
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldHavePeeringTo extends BasicErrorMessageFactory {

    /** {@code expected}: {@code "in state Connected"}, {@code "in state Connected with sync level FullyInSync"}. */
    public static ErrorMessageFactory shouldHavePeeringTo(VirtualNetwork network, String remote, String expected) {
        return new ShouldHavePeeringTo("%nExpecting:%n  %s%nto have a peering to " + Texts.escaped(remote)
                + (expected.isEmpty() ? "" : " " + Texts.escaped(expected)) + "%nbut it has none.%n", network);
    }

    public static ErrorMessageFactory shouldHavePeeringTo(VirtualNetwork network, String remote, String expected,
                                                          Peering actual) {
        return new ShouldHavePeeringTo("%nExpecting:%n  %s%nto have a peering to " + Texts.escaped(remote) + " "
                + Texts.escaped(expected) + "%nbut it is:%n  %s%nwith sync level " + actual.syncLevel() + ".%n",
                network, actual);
    }

    private ShouldHavePeeringTo(String format, Object... arguments) {
        super(format, arguments);
    }
}
