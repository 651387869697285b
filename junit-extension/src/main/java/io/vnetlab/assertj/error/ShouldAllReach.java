package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Every VM of one group should reach every VM of another, and some pairs cannot: each such pair, explained.
 * <pre>
 * Expecting every VM of:
 *   VMs in SalesVNet [SalesVM]
 * to reach every VM of:
 *   VMs in ResearchVNet [ResearchVM]
 * but 1 of 1 pair cannot:
 * (the verdict of each such pair, rendered)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldAllReach extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldAllReach(Object from, Object to, List<Verdict> blocked, int pairs) {
        return new ShouldAllReach(from, to, blocked, pairs);
    }

    private ShouldAllReach(Object from, Object to, List<Verdict> blocked, int pairs) {
        super("%nExpecting every VM of:%n  %s%nto reach every VM of:%n  %s%nbut " + blocked.size() + " of " + pairs
                + (pairs == 1 ? " pair" : " pairs") + " cannot:%n" + Texts.verdicts(blocked),
                unquotedString(from.toString()), unquotedString(to.toString()));
    }
}
