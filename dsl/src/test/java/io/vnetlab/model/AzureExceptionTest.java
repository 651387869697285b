package io.vnetlab.model;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** What an Azure error shows a developer in logs, and what it shows a user. */
class AzureExceptionTest {

    private final AzureException refused = new AzureException(AzureErrorCode.VnetAddressSpacesOverlap,
            "Cannot create or update peering SalesVNet-To-OverlapVNet. Overlapping address prefixes: 10.1.0.0/16.");

    @Test
    void to_string_shows_its_class_its_code_and_its_message_as_java_exceptions_do() {
        assertThat(refused).hasToString("io.vnetlab.model.AzureException: (VnetAddressSpacesOverlap) Cannot create"
                + " or update peering SalesVNet-To-OverlapVNet. Overlapping address prefixes: 10.1.0.0/16.");
    }

    @Test
    void a_stack_trace_starts_with_the_class_and_the_code() {
        StringWriter trace = new StringWriter();
        refused.printStackTrace(new PrintWriter(trace));

        assertThat(trace.toString()).startsWith("io.vnetlab.model.AzureException: (VnetAddressSpacesOverlap) Cannot"
                + " create or update peering");
    }

    @Test
    void the_message_stays_the_users_message_without_class_or_code() {
        assertThat(refused.getMessage()).isEqualTo("Cannot create or update peering SalesVNet-To-OverlapVNet."
                + " Overlapping address prefixes: 10.1.0.0/16.");
    }
}
