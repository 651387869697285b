package io.vnetlab.assertj;

import org.apiguardian.api.API;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The outcome of running an operation against a topology: what it threw, if anything. Made by
 * {@link NetworkAssertions#assertThatOperation(ThrowingCallable)}, which runs the operation at once.
 *
 * @param thrown what the operation threw, or {@code null} when it succeeded
 */
@API(status = STABLE, since = "0.1")
public record AzureOperation(Throwable thrown) {

    /** Runs {@code operation} and records what it threw. */
    public static AzureOperation run(ThrowingCallable operation) {
        Objects.requireNonNull(operation, "'operation' cannot be null.");
        try {
            operation.call();
            return new AzureOperation(null);
        } catch (Throwable t) {
            return new AzureOperation(t);
        }
    }

    public Optional<Throwable> failure() {
        return Optional.ofNullable(thrown);
    }

    @Override
    public String toString() {
        return thrown == null ? "an operation that succeeded" : "an operation that failed with " + thrown;
    }
}
