package io.vnetlab.assertj.error;

import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AzureException;
import io.vnetlab.render.VerdictRenderer;

import java.util.List;

import static org.assertj.core.util.Strings.escapePercent;

/** Pre-rendered text for message formats: always escaped, since {@code %} is a format character. */
final class Texts {

    private Texts() {
    }

    /** The verdict as the one renderer writes it, safe inside a format. */
    static String verdict(Verdict verdict) {
        return escapePercent(VerdictRenderer.render(verdict));
    }

    /** Several verdicts, one after the other. */
    static String verdicts(List<Verdict> verdicts) {
        StringBuilder out = new StringBuilder();
        for (Verdict verdict : verdicts) {
            out.append(verdict(verdict));
        }
        return out.toString();
    }

    /**
     * What an operation failed with, for a format argument: an Azure error as Azure words it ({@code (Code)
     * message}), any other exception as Java shows it (its class and message), since that is a bug to look at.
     */
    static String failure(Throwable failure) {
        return failure instanceof AzureException azure ? "(" + azure.code() + ") " + azure.getMessage()
                : failure.toString();
    }

    static String escaped(String text) {
        return escapePercent(text);
    }
}
