package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A flow that should be blocked and gets through; the message shows the path that lets it through:
 * <pre>
 * Expecting:
 *   vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)
 * not to reach:
 *   vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)
 * but it can:
 * (the verdict, rendered)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldNotReach extends BasicErrorMessageFactory {

    /** {@code traffic} is what should be blocked ({@code ""} for all traffic). */
    public static ErrorMessageFactory shouldNotReach(Verdict allowed, String traffic) {
        return new ShouldNotReach("%nExpecting:%n  %s%nnot to reach:%n  %s" + ShouldReach.on(traffic)
                + "%nbut it can:%n" + Texts.verdict(allowed), allowed);
    }

    /** Some ports of a range get through: names them, then shows the first one's path. */
    public static ErrorMessageFactory shouldNotReachOnAnyPort(Verdict firstAllowed, String traffic, String allowed) {
        return new ShouldNotReach("%nExpecting:%n  %s%nnot to reach:%n  %s" + ShouldReach.on(traffic)
                + "%nbut it can on " + Texts.escaped(allowed) + ". The first flow that gets through:%n"
                + Texts.verdict(firstAllowed), firstAllowed);
    }

    private ShouldNotReach(String format, Verdict verdict) {
        super(format, verdict.flow().source(), verdict.flow().destination());
    }
}
