package io.vnetlab.assertj.error;

import io.vnetlab.model.AzureErrorCode;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An operation that should have been rejected by the simulated Azure Resource Manager with a given error code:
 * <pre>
 * Expecting the operation to fail with Azure error:
 *   VnetAddressSpacesOverlap
 * but it succeeded.
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldFailWithAzureError extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldFailButSucceeded(AzureErrorCode expected) {
        return new ShouldFailWithAzureError("%nExpecting the operation to fail with Azure error:%n  %s%nbut it"
                + " succeeded.%n", expected);
    }

    /** It failed, but with another code or another exception. */
    public static ErrorMessageFactory shouldFailWith(AzureErrorCode expected, Throwable actual) {
        return new ShouldFailWithAzureError("%nExpecting the operation to fail with Azure error:%n  %s%nbut it failed"
                + " with:%n  %s%n", expected, unquotedString(Texts.failure(actual)));
    }

    private ShouldFailWithAzureError(String format, Object... arguments) {
        super(format, arguments);
    }
}
