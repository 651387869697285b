package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The topologies one test works on: a fork per visible {@code @TestTopology} field, grouped by the class that
 * declares them, innermost ({@code @Nested}) class first.
 */
final class TestTopologies {

    /** One topology of the test: its field, the test's own fork, and what the test asked it. */
    record Fork(TopologyField field, Topology topology, VerdictRecorder recorder, ClassTopologies.Template template) {
    }

    /** The forks of the fields of one class of the nesting chain (none, if it declares no field). */
    record Level(Class<?> testClass, List<Fork> forks) {
    }

    private final List<Level> levels;

    /** @param levels every class of the test's nesting chain, innermost first */
    TestTopologies(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    List<Fork> all() {
        return forksOf(levels);
    }

    /**
     * The fork a parameter of a method declared in {@code declaring} comes from. The method sees the fields of its
     * own class and of the classes enclosing it, as Java scopes fields: an outer class's {@code @BeforeEach} gets
     * the outer class's topology, also when it runs for a test of a {@code @Nested} class with a field of its own.
     * Among those: the field named {@code fieldName} (innermost first) if given, otherwise the only field of the
     * innermost class that declares any.
     *
     * @param target how messages name the parameter
     */
    Fork select(Class<?> declaring, String fieldName, Supplier<String> target) {
        List<Level> visible = visibleFrom(declaring);
        if (fieldName != null) {
            return forksOf(visible).stream().filter(f -> f.field().name().equals(fieldName)).findFirst()
                    .orElseThrow(() -> new ExtensionConfigurationException(target.get() + " names the topology"
                            + " field '" + fieldName + "' with @FromTopology, but no such @TestTopology field is"
                            + " visible to it. Known: " + names(forksOf(visible)) + "."));
        }
        Level innermost = visible.stream().filter(l -> !l.forks().isEmpty()).findFirst()
                .orElseThrow(() -> new ExtensionConfigurationException(target.get() + " needs a topology, but no"
                        + " @TestTopology field is visible to it: declare one, e.g. @TestTopology static Topology"
                        + " azure = MyTopologies.build();"));
        if (innermost.forks().size() > 1) {
            throw new ExtensionConfigurationException(target.get() + " could come from any of the topology fields "
                    + names(innermost.forks()) + " of " + innermost.testClass().getSimpleName() + ": name one with"
                    + " @FromTopology(\"" + innermost.forks().get(0).field().name() + "\").");
        }
        return innermost.forks().get(0);
    }

    /**
     * The levels from the innermost class whose instances run methods declared in {@code declaring} (the class
     * itself or a subclass) outwards.
     */
    private List<Level> visibleFrom(Class<?> declaring) {
        for (int i = 0; i < levels.size(); i++) {
            if (declaring.isAssignableFrom(levels.get(i).testClass())) {
                return levels.subList(i, levels.size());
            }
        }
        return levels;
    }

    private static List<Fork> forksOf(List<Level> levels) {
        return levels.stream().flatMap(l -> l.forks().stream()).collect(Collectors.toList());
    }

    private static String names(List<Fork> forks) {
        return forks.stream().map(f -> f.field().name()).collect(Collectors.joining(", "));
    }
}
