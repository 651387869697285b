package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Two groups of VMs that should be isolated are not: every pair that gets through, with its path.
 * <pre>
 * Expecting no VM of:
 *   VMs in SalesVNet [SalesVM]
 * to reach any VM of:
 *   VMs in MarketingVNet [MarketingVM]
 * but 1 of 1 pairs can:
 * (the verdict of each such pair, rendered)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldBeIsolated extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldBeIsolated(Object from, Object to, List<Verdict> reachable, int pairs) {
        return new ShouldBeIsolated(from, to, reachable, pairs);
    }

    private ShouldBeIsolated(Object from, Object to, List<Verdict> reachable, int pairs) {
        super("%nExpecting no VM of:%n  %s%nto reach any VM of:%n  %s%nbut " + reachable.size() + " of " + pairs
                + (pairs == 1 ? " pair" : " pairs") + " can:%n" + Texts.verdicts(reachable),
                unquotedString(from.toString()), unquotedString(to.toString()));
    }
}
