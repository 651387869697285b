package io.vnetlab.assertj.error;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A resource's property (region, address space, subnets, peering state, sync level, a flag) is not the expected
 * one:
 * <pre>
 * Expecting:
 *   peering 'SalesVNet/SalesVNet-To-MarketingVNet' -&gt; MarketingVNet (Initiated)
 * to have peeringState:
 *   Connected
 * but had:
 *   Initiated
 * (MarketingVNet has no peering back to SalesVNet.)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldHaveProperty extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldHave(Object actual, String property, Object expected, Object found) {
        return new ShouldHaveProperty("%nExpecting:%n  %s%nto have " + Texts.escaped(property)
                + ":%n  %s%nbut had:%n  %s%n", actual, text(expected), text(found));
    }

    /** With a line explaining why, such as what an {@code Initiated} state means. */
    public static ErrorMessageFactory shouldHave(Object actual, String property, Object expected, Object found,
                                                 String why) {
        return new ShouldHaveProperty("%nExpecting:%n  %s%nto have " + Texts.escaped(property)
                + ":%n  %s%nbut had:%n  %s%n" + Texts.escaped(why) + "%n", actual, text(expected), text(found));
    }

    private static Object text(Object value) {
        return unquotedString(String.valueOf(value));
    }

    private ShouldHaveProperty(String format, Object... arguments) {
        super(format, arguments);
    }
}
