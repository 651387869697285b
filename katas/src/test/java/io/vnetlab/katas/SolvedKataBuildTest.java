package io.vnetlab.katas;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A learner who solves a kata as its text says can still build the project: the build's kata tests pass with the
 * learner's kata 1 solved. The solved file is compiled here (the reference solution, moved to the learner's
 * package) and put in front of the learner's unsolved one, in a class loader of its own.
 */
class SolvedKataBuildTest {

    @TempDir
    Path workDir;

    @Test
    void the_builds_kata_tests_pass_when_the_learner_has_solved_kata_1() throws Exception {
        Path solved = compileAsTheLearnersFile("K01PeerTwoNetworks");

        try (URLClassLoader learnerHasSolvedKata1 = new LearnerFilesFirst(solved)) {
            Events tests = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(learnerHasSolvedKata1.loadClass(KatasTeachTest.class.getName())),
                            selectClass(learnerHasSolvedKata1.loadClass(K01PeerTwoNetworksTest.class.getName())))
                    .execute().testEvents();

            assertThat(tests.failed().stream().map(e -> e.getTestDescriptor().getDisplayName() + ": "
                    + e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                    .map(Throwable::getMessage).orElse("?")).toList()).isEmpty();
            assertThat(tests.succeeded().count()).isPositive();
        }
    }

    @Test
    void the_solved_file_is_the_one_the_learners_kata_run_loads() throws Exception {
        Path solved = compileAsTheLearnersFile("K01PeerTwoNetworks");

        try (URLClassLoader learnerHasSolvedKata1 = new LearnerFilesFirst(solved)) {
            Class<?> learnerFile = learnerHasSolvedKata1.loadClass("io.vnetlab.katas.learner.K01PeerTwoNetworks");
            assertThat(Path.of(learnerFile.getProtectionDomain().getCodeSource().getLocation().toURI()))
                    .isEqualTo(solved);
        }
    }

    /** The reference solution of {@code kata}, as the learner's file would be once solved, compiled. */
    private Path compileAsTheLearnersFile(String kata) throws Exception {
        String solution = Files.readString(Path.of("src/main/java/io/vnetlab/katas/solutions/" + kata + ".java"));
        Path source = workDir.resolve("src/io/vnetlab/katas/learner/" + kata + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, solution.replace("package io.vnetlab.katas.solutions;",
                "package io.vnetlab.katas.learner;"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "-proc:none",
                "-classpath", location(Katas.class) + File.pathSeparator + location(Topology.class),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("javac: %s", diagnostics).isZero();
        return classes;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * The katas module's classes and tests, loaded afresh, with the solved learner's files first; everything
     * else (the DSL, JUnit, AssertJ) from the test's own class loader.
     */
    private static final class LearnerFilesFirst extends URLClassLoader {

        LearnerFilesFirst(Path solved) throws Exception {
            super(urls(solved), SolvedKataBuildTest.class.getClassLoader());
        }

        private static URL[] urls(Path solved) throws Exception {
            return List.of(solved, location(Katas.class), location(KatasTeachTest.class)).stream()
                    .map(p -> {
                        try {
                            return p.toUri().toURL();
                        } catch (java.net.MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.vnetlab.katas.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
