package io.vnetlab.assertj;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static io.vnetlab.assertj.error.ShouldFailWithAzureError.shouldFailWith;
import static io.vnetlab.assertj.error.ShouldNameResources.shouldNameResources;

/** The checks shared by {@link AzureOperationAssert} and {@link AzureExceptionAssert}. */
final class AzureErrors {

    private AzureErrors() {
    }

    static Optional<ErrorMessageFactory> hasCode(Throwable thrown, AzureErrorCode code) {
        Objects.requireNonNull(code, "'code' cannot be null.");
        if (thrown instanceof AzureException e && e.code() == code) {
            return Optional.empty();
        }
        return Optional.of(shouldFailWith(code, thrown));
    }

    /** The message names each resource (compared case-insensitively, as Azure compares names). */
    static Optional<ErrorMessageFactory> names(AzureException e, String... names) {
        Objects.requireNonNull(names, "'names' cannot be null.");
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!message.contains(name.toLowerCase(Locale.ROOT))) {
                missing.add(name);
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(shouldNameResources(e, List.of(names), missing));
    }
}
