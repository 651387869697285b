package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the error catalogue (docs/errors.md) complete for the codes only the CLI surface raises: the service errors
 * the az commands make themselves (a resource group re-created elsewhere, a child resource or deployment that does
 * not exist, ...), beside the control plane's codes, which the examples module checks against the code enum.
 */
class ErrorCatalogueTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "vnetlab", "az");
    /** {@code AzError.service("Code", ...)} or {@code AzError.service(CONSTANT, ...)}. */
    private static final Pattern SERVICE_ERROR = Pattern.compile("AzError\\.service\\(\\s*(\"(\\w+)\"|([A-Z_]+)\\s*,)");

    @Test
    void the_catalogue_lists_every_service_error_code_the_az_commands_raise() throws IOException {
        Set<String> raised = raisedCodes();
        assertThat(raised).as("codes found in the az sources").contains("ResourceGroupNotFound", "NotFound");

        String catalogue = Files.readString(Path.of("..", "docs", "errors.md"));
        assertThat(raised).as("codes the az commands raise that docs/errors.md does not name")
                .filteredOn(code -> !catalogue.contains("`" + code + "`")).isEmpty();
    }

    private static Set<String> raisedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String source = Files.readString(file);
                Matcher m = SERVICE_ERROR.matcher(source);
                while (m.find()) {
                    codes.add(m.group(2) != null ? m.group(2) : constant(source, m.group(3)));
                }
            }
        }
        return codes;
    }

    private static String constant(String source, String name) {
        Matcher m = Pattern.compile("static final String " + name + " = \"(\\w+)\";").matcher(source);
        assertThat(m.find()).as("the value of constant %s", name).isTrue();
        return m.group(1);
    }
}
