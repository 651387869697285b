package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.controlplane.TopologyState;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
     * A static field's topology: each test forks it. The state it had when the first test forked it is kept, so
     * that a test that changes the field itself, instead of its fork, is caught.
     */
    static final class Template {
        private final TopologyField field;
        private final Topology topology;
        private volatile TopologyState baseline;
        private final AtomicBoolean changeReported = new AtomicBoolean();

        Template(TopologyField field, Topology topology) {
            this.field = field;
            this.topology = topology;
        }

        TopologyField field() {
            return field;
        }

        /** A fork for one test; the first one also compiles the data plane, which every fork then shares. */
        Topology fork() {
            if (baseline == null) {
                synchronized (this) {
                    if (baseline == null) {
                        topology.dataPlane();
                        baseline = topology.state();
                    }
                }
            }
            return topology.fork();
        }

        /** Throws, once, if the topology changed since the first fork: some test changed the shared field. */
        void requireUnchanged(String test) {
            TopologyState start = baseline;
            if (start != null && topology.state() != start && changeReported.compareAndSet(false, true)) {
                throw new ExtensionConfigurationException(field.describe() + " is static, so all its tests share"
                        + " it, and it was changed while " + test + " ran: change the fork that each test receives"
                        + " instead (a parameter 'Topology azure', an @AzureResource or a @TopologyView), or make"
                        + " the field an instance field.");
            }
        }
    }
}
