package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A flow that should get through and does not:
 * <pre>
 * Expecting:
 *   vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)
 * to reach:
 *   vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data)
 * but it cannot:
 * (the verdict, rendered)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldReach extends BasicErrorMessageFactory {

    /** {@code verdict} is the blocked flow; {@code traffic} is what was asked for ({@code ""} for any traffic). */
    public static ErrorMessageFactory shouldReach(Verdict verdict, String traffic) {
        return new ShouldReach("%nExpecting:%n  %s%nto reach:%n  %s" + on(traffic) + "%nbut it cannot:%n"
                + Texts.verdict(verdict), verdict);
    }

    /** Some ports of a range are blocked: names them, then explains the first. */
    public static ErrorMessageFactory shouldReachOnEveryPort(Verdict firstBlocked, String traffic, String blocked) {
        return new ShouldReach("%nExpecting:%n  %s%nto reach:%n  %s" + on(traffic) + "%nbut it cannot on "
                + Texts.escaped(blocked) + ". The first blocked flow:%n" + Texts.verdict(firstBlocked), firstBlocked);
    }

    static String on(String traffic) {
        return traffic.isEmpty() ? "" : " on " + Texts.escaped(traffic);
    }

    private ShouldReach(String format, Verdict verdict) {
        super(format, verdict.flow().source(), verdict.flow().destination());
    }
}
