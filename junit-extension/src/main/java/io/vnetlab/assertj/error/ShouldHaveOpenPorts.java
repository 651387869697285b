package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Verdict;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The set of protocols and ports that get from one endpoint to another is not the expected one; the open ports are
 * listed as ranges, then the path of all traffic shows the network security group rules that decided:
 * <pre>
 * Expecting the open ports from:
 *   vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)
 * to:
 *   vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)
 * to be:
 *   TCP/22
 * but they are:
 *   TCP/0-21, TCP/23-65535, UDP/0-65535, ICMP
 * The path of all traffic:
 * (the verdict, rendered)
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldHaveOpenPorts extends BasicErrorMessageFactory {

    /**
     * {@code verdict} answers for all traffic between the two endpoints; {@code expected} and {@code actual} are the
     * port sets as rendered ({@code TCP/22, TCP/8000-8100, UDP/53, ICMP}, or {@code none}).
     */
    public static ErrorMessageFactory shouldHaveOpenPorts(Verdict verdict, String expected, String actual) {
        return new ShouldHaveOpenPorts(verdict, expected, actual);
    }

    private ShouldHaveOpenPorts(Verdict verdict, String expected, String actual) {
        super("%nExpecting the open ports from:%n  %s%nto:%n  %s%nto be:%n  %s%nbut they are:%n  %s%nThe path of all"
                + " traffic:%n" + Texts.verdict(verdict), verdict.flow().source(), verdict.flow().destination(),
                unquotedString(expected), unquotedString(actual));
    }
}
