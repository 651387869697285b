package io.vnetlab.assertj;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs an assertion that must fail and hands back its error, for comparing messages. */
final class Failures {

    private Failures() {
    }

    static AssertionError expectAssertionError(ThrowingCallable assertion) {
        try {
            assertion.call();
        } catch (AssertionError e) {
            return e;
        } catch (Throwable t) {
            throw new IllegalStateException("Expected an AssertionError, got " + t, t);
        }
        throw new IllegalStateException("Expected an AssertionError, but the assertion passed.");
    }
}
