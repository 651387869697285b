package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The topology fields of one test class: its static fields' topologies (built once, kept in the class's store)
 * and its instance fields (validated once, built per test).
 */
final class ClassTopologies {

    private final List<Template> templates;
    private final List<TopologyField> instanceFields;

    private ClassTopologies(List<Template> templates, List<TopologyField> instanceFields) {
        this.templates = templates;
        this.instanceFields = instanceFields;
    }

    /** Validates the fields of the class of {@code classContext} and builds its static topologies. */
    static ClassTopologies of(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        List<TopologyField> instanceFields = TopologyField.of(testClass, false);
        if (!instanceFields.isEmpty() && classContext.getTestInstanceLifecycle()
                .orElse(TestInstance.Lifecycle.PER_METHOD) == TestInstance.Lifecycle.PER_CLASS) {
            throw new ExtensionConfigurationException(instanceFields.get(0).describe() + " is an instance field, but "
                    + testClass.getSimpleName() + " has one test instance for all its tests"
                    + " (@TestInstance(PER_CLASS)), so it would be shared: make the field static (each test then gets"
                    + " a fork as a parameter), or use the default per-method lifecycle.");
        }
        List<Template> templates = TopologyField.of(testClass, true).stream()
                .map(f -> new Template(f, f.origin(classContext, null))).collect(Collectors.toList());
        return new ClassTopologies(templates, instanceFields);
    }

    List<Template> templates() {
        return templates;
    }

    List<TopologyField> instanceFields() {
        return instanceFields;
    }

    /**
     * A static field's topology, shared by the tests of its class. Its state when the first test starts is its
     * baseline, and every test gets a fork of the baseline, never of the field's topology as it is now. A test that
     * changes the field's topology itself, instead of its fork, is caught: the topology reports each change to
     * the thread that made it, and the after-each callback of that test names it and puts the topology back to the
     * baseline, so that a static field stays as it was built for the tests after it.
     */
    static final class Template {

        /** Stands for a change made on a thread that runs no test: one the test itself started, say. */
        private static final String NO_TEST = "";

        private final TopologyField field;
        private final Topology topology;
        private volatile Baseline baseline;
        /** The unique ids of the tests that changed the topology and were not told yet. */
        private final Set<String> changedBy = ConcurrentHashMap.newKeySet();

        /** The state the tests start from, and a topology holding it that no test can reach, to fork. */
        private record Baseline(TopologyState state, Topology topology) {
        }

        Template(TopologyField field, Topology topology) {
            this.field = field;
            this.topology = topology;
        }

        TopologyField field() {
            return field;
        }

        /** A fork of the baseline for one test; the first one also compiles the data plane, which forks share. */
        Topology fork() {
            Baseline start = baseline;
            if (start == null) {
                synchronized (this) {
                    if (baseline == null) {
                        topology.dataPlane();
                        baseline = new Baseline(topology.state(), topology.fork());
                        topology.onChange(this::changed);
                    }
                    start = baseline;
                }
            }
            return start.topology().fork();
        }

        private void changed(TopologyState now) {
            if (now != baseline.state()) {
                changedBy.add(RunningTest.current().orElse(NO_TEST));
            }
        }

        /**
         * If the test {@code testId} changed the topology (or a thread that runs no test did, while it ran), puts
         * it back to the baseline and returns the failure that names the test.
         *
         * @param test how the message names the test
         */
        Optional<ExtensionConfigurationException> undoChangesBy(String testId, String test) {
            Baseline start = baseline;
            boolean byTheTest = changedBy.remove(testId);
            boolean byNoTest = changedBy.remove(NO_TEST);
            if (start == null || !(byTheTest || byNoTest)) {
                return Optional.empty();
            }
            topology.restore(start.state());
            return Optional.of(new ExtensionConfigurationException(field.describe() + " is static, so all its tests"
                    + " share it, and it was changed while " + test + " ran: change the fork that each test receives"
                    + " instead (a parameter 'Topology azure', an @AzureResource or a @TopologyView), or make the"
                    + " field an instance field. It is put back as it was when the first test started, so the tests"
                    + " after this one do not see the change."));
        }
    }
}
