package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The vnetlab JUnit Jupiter extension. Register it with {@link VnetlabTest @VnetlabTest}, or, to configure it,
 * programmatically on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static VnetlabExtension vnetlab = VnetlabExtension.builder().withMaxReportedVerdicts(5).build();
 * }</pre>
 *
 * <p>What it does, test by test:
 * <ul>
 *   <li>before all tests of a class: validates its {@link TestTopology @TestTopology} fields and builds the
 *   static ones that have a factory (a shared one once per run, in JUnit's root store);</li>
 *   <li>before each test: forks every topology visible to the test (the class's, and those of enclosing classes
 *   for {@code @Nested} ones), and replaces each instance field with its fork;</li>
 *   <li>assigns the instance fields annotated {@link AzureResource @AzureResource}: live handles ({@code Vm},
 *   {@code Nic}, {@code Host}) bound to the test's fork, or records;</li>
 *   <li>resolves parameters of test and {@code @BeforeEach}/{@code @AfterEach} methods: {@code Topology} (the
 *   test's fork), {@link AzureResource @AzureResource} resources, {@link TopologyView @TopologyView} views — from
 *   the fields the method's own class sees, so an outer class's method gets the outer class's topology;</li>
 *   <li>after each test: if it failed, prints each topology's summary (networks, peerings with their states,
 *   VMs, the picture, the reachability matrix and the verdicts the test evaluated) to standard output, with the
 *   failing test, and publishes it as a report entry {@code vnetlab.topology.<field>}; and fails a test that
 *   changed a static field's topology itself, instead of its fork, naming it, and puts the topology back.</li>
 * </ul>
 * Forks make tests independent, also under JUnit's parallel execution. Register the extension once per class:
 * the annotation or a field, not both.
 */
@API(status = STABLE, since = "0.1")
public final class VnetlabExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    static final Namespace NAMESPACE = Namespace.create(VnetlabExtension.class);

    private final boolean reportOnFailure;
    private final int maxReportedVerdicts;
    private final Consumer<String> console;

    /** The extension with its defaults: report on failure, at most 20 verdicts per topology. */
    public VnetlabExtension() {
        this(new Builder());
    }

    private VnetlabExtension(Builder builder) {
        this.reportOnFailure = builder.reportOnFailure;
        this.maxReportedVerdicts = builder.maxReportedVerdicts;
        this.console = builder.console;
    }

    /** Starts the configuration of an extension for {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings of a {@link VnetlabExtension}; single use. */
    public static final class Builder {
        private boolean reportOnFailure = true;
        private int maxReportedVerdicts = 20;
        // System.out read when printing, not now: build tools replace it around each test to capture its output
        private Consumer<String> console = report -> System.out.println(report);
        private boolean built;

        private Builder() {
        }

        /** Prints and publishes no report when a test fails. */
        public Builder withoutFailureReport() {
            this.reportOnFailure = false;
            return this;
        }

        /** How many of the verdicts a failing test evaluated its report shows (the rest are counted); default 20. */
        public Builder withMaxReportedVerdicts(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("'max' must be 0 or more, but was " + max + ".");
            }
            this.maxReportedVerdicts = max;
            return this;
        }

        /** Where the failure report is printed instead of standard output: lets this module's tests read it. */
        Builder printingReportsTo(Consumer<String> console) {
            this.console = console;
            return this;
        }

        public VnetlabExtension build() {
            if (built) {
                throw new IllegalStateException("This builder already built an extension: start a new one with"
                        + " VnetlabExtension.builder().");
            }
            built = true;
            return new VnetlabExtension(this);
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public void beforeAll(ExtensionContext context) {
        classTopologies(context);
    }

    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: deprecated in JUnit 6, the only one in 5.13
    private static ClassTopologies classTopologies(ExtensionContext classContext) {
        // keyed by class: stores are hierarchical, and a @Nested class's store sees its enclosing class's values
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(
                ClassTopologies.class.getName() + ":" + classContext.getRequiredTestClass().getName(),
                k -> ClassTopologies.of(classContext), ClassTopologies.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningTest.start(context.getUniqueId());
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(TestTopologies.class) != null) {
            return;
        }
        List<Object> instances = context.getRequiredTestInstances().getAllInstances();
        List<TestTopologies.Level> levels = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (ExtensionContext c = context.getParent().orElse(null); c != null; c = c.getParent().orElse(null)) {
            if (!(c.getElement().orElse(null) instanceof Class<?> testClass) || !seen.add(testClass)) {
                continue;
            }
            ClassTopologies classTopologies = classTopologies(c);
            List<TestTopologies.Fork> forks = new ArrayList<>();
            for (ClassTopologies.Template template : classTopologies.templates()) {
                forks.add(fork(template.field(), template.fork(), template));
            }
            Object instance = instances.stream().filter(i -> i.getClass() == testClass).findFirst().orElse(null);
            for (TopologyField field : classTopologies.instanceFields()) {
                if (instance == null) {
                    throw new ExtensionConfigurationException(field.describe() + " is an instance field, but the test"
                            + " has no instance of " + testClass.getSimpleName() + ".");
                }
                Topology own = field.origin(context, instance).fork();
                field.write(instance, own);
                forks.add(fork(field, own, null));
            }
            levels.add(new TestTopologies.Level(testClass, forks));
        }
        TestTopologies topologies = new TestTopologies(levels);
        store.put(TestTopologies.class, topologies);
        ResourceFields.inject(instances, topologies);
    }

    private TestTopologies.Fork fork(TopologyField field, Topology topology, ClassTopologies.Template template) {
        VerdictRecorder recorder = new VerdictRecorder(maxReportedVerdicts);
        topology.onVerdict(recorder);
        return new TestTopologies.Fork(field, topology, recorder, template);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            TestTopologies topologies = context.getStore(NAMESPACE).get(TestTopologies.class, TestTopologies.class);
            if (topologies == null) {
                return;
            }
            if (reportOnFailure && context.getExecutionException().isPresent()) {
                report(context, topologies);
            }
            undoChangesToStaticFields(context, topologies);
        } finally {
            RunningTest.end();
        }
    }

    /** Puts back every static field the test changed, then fails it, naming the first field (the others added). */
    private static void undoChangesToStaticFields(ExtensionContext context, TestTopologies topologies) {
        String test = "test '" + context.getDisplayName() + "'";
        List<ExtensionConfigurationException> failures = topologies.all().stream().map(TestTopologies.Fork::template)
                .filter(Objects::nonNull).map(t -> t.undoChangesBy(context.getUniqueId(), test))
                .flatMap(Optional::stream).toList();   // eager: every field is put back before the test fails
        if (!failures.isEmpty()) {
            failures.subList(1, failures.size()).forEach(failures.get(0)::addSuppressed);
            throw failures.get(0);
        }
    }

    /**
     * Prints the summaries with the failing test, and publishes each as a report entry too (for IDEs and JUnit's
     * open test reporting, which show entries).
     *
     * <p>Printed rather than appended to the failure's message: the test's own exception stays as it was thrown
     * (its type, which other tests and tools match on, and the expected/actual values IDEs compare), a failure in
     * a lifecycle method or a plain exception gets the report too, and standard output printed while a test runs
     * is what the build tools already keep with that test: Surefire echoes it in Maven's console and writes it into
     * the test's {@code <system-out>} in {@code target/surefire-reports/TEST-*.xml}; Gradle keeps it in the test's
     * report (and shows it in the console with {@code testLogging.showStandardStreams}). One {@code println}, so the
     * reports of tests running in parallel do not interleave.
     */
    private void report(ExtensionContext context, TestTopologies topologies) {
        StringBuilder printed = new StringBuilder("vnetlab: the topologies of the failed test ")
                .append(context.getRequiredTestClass().getSimpleName()).append(" > ")
                .append(context.getDisplayName()).append(":\n");
        for (TestTopologies.Fork fork : topologies.all()) {
            String summary = Diagnostics.summary(fork);
            context.publishReportEntry("vnetlab.topology." + fork.field().name(), summary);
            printed.append(summary);
        }
        console.accept(printed.toString().stripTrailing());
    }

    // ------------------------------------------------------------------ parameters

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return parameterContext.isAnnotated(AzureResource.class) || type == Topology.class
                || AnnotationSupport.isAnnotated(type, TopologyView.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        Class<?> type = parameter.getType();
        // named only when a message needs it: without -parameters, the name is read from the class file
        Supplier<String> target = () -> ParameterNames.describe(parameterContext.getDeclaringExecutable(),
                parameterContext.getIndex());
        AzureResource resource = parameterContext.findAnnotation(AzureResource.class).orElse(null);
        if (resource != null && !ResourceLookup.isKind(type)) {
            throw new ExtensionConfigurationException(ResourceLookup.wrongKind(target.get(), resource.value(), type,
                    type == Topology.class || AnnotationSupport.isAnnotated(type, TopologyView.class)
                    ? ", or remove @AzureResource (a " + type.getSimpleName() + " needs no name)" : ""));
        }
        TestTopologies topologies = extensionContext.getStore(NAMESPACE).get(TestTopologies.class, TestTopologies.class);
        if (topologies == null) {
            throw new ExtensionConfigurationException(target.get() + " cannot be resolved here: topologies are"
                    + " forked for each test, so they are injected into test methods and @BeforeEach/@AfterEach"
                    + " methods only.");
        }
        String fieldName = parameterContext.findAnnotation(FromTopology.class).map(FromTopology::value).orElse(null);
        TestTopologies.Fork fork = topologies.select(parameterContext.getDeclaringExecutable().getDeclaringClass(),
                fieldName, target);
        Topology topology = fork.topology();
        if (resource != null) {
            try {
                return ResourceLookup.find(topology, type, resource.value(), false);
            } catch (ResourceLookup.NoSuchResourceException e) {
                throw new ParameterResolutionException(target.get() + ", @AzureResource(\"" + resource.value()
                        + "\"): " + e.getMessage() + " (" + fork.field().describe() + ")");
            }
        }
        if (type == Topology.class) {
            return topology;
        }
        ViewFactory.Implementation view = ViewFactory.implementation(type);
        for (ViewFactory.Accessor accessor : view.accessors()) {
            try {
                accessor.read(topology);
            } catch (ResourceLookup.NoSuchResourceException e) {
                throw new ParameterResolutionException(target.get() + ": accessor " + accessor.describe() + " of "
                        + type.getSimpleName() + " names no resource of its topology. " + e.getMessage()
                        + " Rename the method or annotate it with @AzureResource(\"<name>\") (" + fork.field().describe()
                        + ").");
            }
        }
        return ViewFactory.create(view, topology);
    }
}
