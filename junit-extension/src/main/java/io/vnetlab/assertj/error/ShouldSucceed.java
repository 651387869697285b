package io.vnetlab.assertj.error;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An operation that should have been accepted and was not:
 * <pre>
 * Expecting the operation to succeed
 * but it failed with:
 *   (VnetAddressSpacesOverlap) Cannot create or update peering ...
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldSucceed extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldSucceed(Throwable actual) {
        return new ShouldSucceed(actual);
    }

    private ShouldSucceed(Throwable actual) {
        super("%nExpecting the operation to succeed%nbut it failed with:%n  %s%n",
                unquotedString(Texts.failure(actual)));
    }
}
