package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.testkit.engine.Events;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages name parameters as the user's source does, also when it was compiled without {@code -parameters}
 * (reflection then says {@code arg0}): the fixture here is compiled while the test runs, with and without debug
 * information.
 */
class ParameterNamesTest {

    private static final String FIXTURE = """
            package io.vnetlab.compiled;

            import io.vnetlab.Topology;
            import io.vnetlab.junit.VnetlabTest;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestInfo;

            @VnetlabTest
            public class CompiledWithoutParameters {

                @Test
                void needs_a_topology(TestInfo info, Topology azure) {
                }
            }
            """;

    @TempDir
    Path workDir;

    @Test
    void without_parameters_but_with_debug_information_the_name_in_the_source_is_used() throws Exception {
        Throwable failure = runFixtureCompiledWith("-g");

        assertThat(failure).hasMessage("Parameter 'azure' of CompiledWithoutParameters.needs_a_topology() needs a"
                + " topology, but no @TestTopology field is visible to it: declare one, e.g. @TestTopology static"
                + " Topology azure = MyTopologies.build();");
    }

    @Test
    void without_any_name_in_the_class_file_the_parameter_is_named_by_position_and_type() throws Exception {
        Throwable failure = runFixtureCompiledWith("-g:none");

        assertThat(failure).hasMessage("The 2nd parameter (Topology) of CompiledWithoutParameters.needs_a_topology()"
                + " needs a topology, but no @TestTopology field is visible to it: declare one, e.g. @TestTopology"
                + " static Topology azure = MyTopologies.build();");
    }

    @Test
    void positions_are_english_ordinals() {
        assertThat(Stream.of(1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112).map(ParameterNames::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                        "101st", "111th", "112th");
    }

    private Throwable runFixtureCompiledWith(String debugOption) throws Exception {
        Path source = workDir.resolve("src/io/vnetlab/compiled/CompiledWithoutParameters.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, FIXTURE);
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of(debugOption, "-proc:none", "-classpath", classpath(), "-d",
                classes.toString(), source.toString()));
        assertThat(javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new)))
                .as("javac: %s", diagnostics).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> fixture = loader.loadClass("io.vnetlab.compiled.CompiledWithoutParameters");
            assertThat(fixture.getDeclaredMethod("needs_a_topology", org.junit.jupiter.api.TestInfo.class,
                    Topology.class).getParameters()[1].isNamePresent()).as("compiled without -parameters").isFalse();
            Events tests = Fixtures.run(fixture).testEvents();
            Throwable failure = Fixtures.failure(tests, "needs_a_topology");
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ExtensionConfigurationException) {
                    return t;
                }
            }
            return failure;
        }
    }

    /** The jars and folders the fixture compiles against: the extension, the DSL and JUnit's API. */
    private static String classpath() throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(Topology.class, VnetlabTest.class, Test.class, Testable.class, API.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return entries.stream().distinct().collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
