package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A flow that should (or should not) take a given hop — a peering, an appliance, a gateway:
 * <pre>
 * Expecting:
 *   vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)
 * to reach:
 *   vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)
 * through:
 *   peering 'SalesVNet-To-MarketingVNet'
 * but its path does not pass there:
 * (the verdict, rendered)
 * </pre>
 * or, when what it should pass names nothing in the topology (the assertion would check nothing):
 * <pre>
 * without passing through:
 *   next hop 10.0.1.4
 * but next hop 10.0.1.4 names nothing in the topology, so the assertion would check nothing.
 * Network interface and next hop addresses in the topology: 10.1.1.4, 10.2.1.4, 10.3.1.4
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldPassThrough extends BasicErrorMessageFactory {

    /** The flow got through, but not via {@code via}. */
    public static ErrorMessageFactory shouldPassThrough(Verdict verdict, Object via) {
        return new ShouldPassThrough("%nExpecting:%n  %s%nto reach:%n  %s%nthrough:%n  %s%nbut its path does not pass"
                + " there:%n" + Texts.verdict(verdict), verdict, via);
    }

    /** The flow did not get through at all. */
    public static ErrorMessageFactory shouldReachThrough(Verdict verdict, Object via) {
        return new ShouldPassThrough("%nExpecting:%n  %s%nto reach:%n  %s%nthrough:%n  %s%nbut it cannot reach it at"
                + " all:%n" + Texts.verdict(verdict), verdict, via);
    }

    /** The flow passes through {@code via}, at {@code hop}. */
    public static ErrorMessageFactory shouldNotPassThrough(Verdict verdict, Object via, Hop hop) {
        return new ShouldPassThrough("%nExpecting:%n  %s%nto reach:%n  %s%nwithout passing through:%n  %s%nbut it"
                + " passes there at hop " + hop.number() + ":%n" + Texts.verdict(verdict), verdict, via);
    }

    /** {@code via} names nothing in the topology; {@code existing} lists what the topology has of its kind. */
    public static ErrorMessageFactory shouldNameSomething(Verdict verdict, Object via, boolean avoiding,
                                                          String existing) {
        return new ShouldPassThrough("%nExpecting:%n  %s%nto reach:%n  %s%n" + (avoiding ? "without passing through"
                : "through") + ":%n  %s%nbut " + Texts.escaped(via.toString()) + " names nothing in the topology, so"
                + " the assertion would check nothing.%n" + Texts.escaped(existing), verdict, via);
    }

    private ShouldPassThrough(String format, Verdict verdict, Object via) {
        super(format, verdict.flow().source(), verdict.flow().destination(), unquotedString(via.toString()));
    }
}
