package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Endpoint;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The set of protocols and ports that get from one endpoint to another is not the expected one:
 * <pre>
 * Expecting the open ports from:
 *   vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps)
 * to:
 *   vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)
 * to be:
 *   TCP/22
 * but they are:
 *   TCP/0-65535, UDP/0-65535, ICMP
 * </pre>
 */
public class ShouldHaveOpenPorts extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldHaveOpenPorts(Endpoint source, Endpoint target, String expected,
                                                          String actual) {
        return new ShouldHaveOpenPorts(source, target, expected, actual);
    }

    private ShouldHaveOpenPorts(Endpoint source, Endpoint target, String expected, String actual) {
        super("%nExpecting the open ports from:%n  %s%nto:%n  %s%nto be:%n  %s%nbut they are:%n  %s%n", source, target,
                unquotedString(expected), unquotedString(actual));
    }
}
