package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The topologies one test works on: a fork per visible {@code @TestTopology} field, grouped by the class that
 * declares them, innermost ({@code @Nested}) class first.
 */
final class TestTopologies {

    /** One topology of the test: its field, the test's own fork, and what the test asked it. */
    record Fork(TopologyField field, Topology topology, VerdictRecorder recorder, ClassTopologies.Template template) {
    }

    /** The forks of the fields of one class of the nesting chain. */
    record Level(Class<?> testClass, List<Fork> forks) {
    }

    private final List<Level> levels;

    TestTopologies(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    List<Fork> all() {
        return levels.stream().flatMap(l -> l.forks().stream()).collect(Collectors.toList());
    }

    /**
     * The fork a parameter comes from: the field named {@code fieldName} (innermost first) if given, otherwise the
     * only field of the innermost class that declares any.
     *
     * @param target how messages name the parameter
     */
    Fork select(String fieldName, String target) {
        if (levels.isEmpty()) {
            throw new ExtensionConfigurationException(target + " needs a topology, but no @TestTopology field is"
                    + " visible to it: declare one, e.g. @TestTopology static Topology azure = MyTopologies.build();");
        }
        if (fieldName != null) {
            return levels.stream().flatMap(l -> l.forks().stream()).filter(f -> f.field().name().equals(fieldName))
                    .findFirst().orElseThrow(() -> new ExtensionConfigurationException(target + " names the topology"
                            + " field '" + fieldName + "' with @FromTopology, but no such @TestTopology field is"
                            + " visible to it. Known: " + names(all()) + "."));
        }
        List<Fork> innermost = levels.get(0).forks();
        if (innermost.size() > 1) {
            throw new ExtensionConfigurationException(target + " could come from any of the topology fields "
                    + names(innermost) + " of " + levels.get(0).testClass().getSimpleName() + ": name one with"
                    + " @FromTopology(\"" + innermost.get(0).field().name() + "\").");
        }
        return innermost.get(0);
    }

    private static String names(List<Fork> forks) {
        return forks.stream().map(f -> f.field().name()).collect(Collectors.joining(", "));
    }
}
