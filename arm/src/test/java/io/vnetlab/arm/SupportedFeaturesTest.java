package io.vnetlab.arm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated table of supported functions and resource types in the docs is the one the code makes. */
class SupportedFeaturesTest {

    private static final Path PAGE = Path.of("..", "docs", "azure", "arm-functions.md");

    @Test
    void the_docs_table_of_functions_and_resource_types_is_current() throws IOException {
        String generated = SupportedFeatures.markdown();
        if (Boolean.getBoolean("vnetlab.regenerate")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/azure/arm-functions.md is stale: run this test with -Dvnetlab.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void every_supported_function_belongs_to_a_family_of_the_table() {
        assertThat(SupportedFeatures.unplaced()).isEmpty();
    }
}
