package io.vnetlab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Marks a field of type {@link io.vnetlab.Topology} as a topology of the test class.
 *
 * <ul>
 *   <li>A {@code static} field is built once per class (by its initializer, or by its {@link #factory()}) and
 *   never changed: each test receives its own {@link io.vnetlab.Topology#fork() fork} as a parameter
 *   ({@code Topology}, {@link AzureResource @AzureResource}, {@link TopologyView @TopologyView}), forked from the
 *   field's state when the first test started. A test that changes the static field itself fails with an
 *   {@code ExtensionConfigurationException} naming it, and the field is put back before the next test.</li>
 *   <li>An instance field is built once per test; before the test runs, the extension replaces it with a fork of
 *   itself, so the field and the parameters are the same topology, and it is the test's own even when its
 *   initializer returns a shared one. Instance fields need JUnit's default per-method test instance lifecycle.</li>
 *   <li>{@code shared = true} builds the topology once per test run, with {@link #factory()}, and shares it with
 *   every class whose field names the same factory (it lives in JUnit's root store). Each test still gets a fork.</li>
 * </ul>
 *
 * <pre>{@code
 * @TestTopology
 * static Topology azure = ReferenceTopologies.learnModule();
 *
 * @TestTopology(factory = HubAndSpokeFactory.class, shared = true)   // expensive: built once for all classes
 * static Topology hub;
 *
 * @TestTopology(script = "learn-module.azcli")                 // az commands on the class path (vnetlab-az)
 * static Topology learn;
 * }</pre>
 *
 * <p>Fields of enclosing classes are visible to {@code @Nested} classes; a method sees the fields of the class that
 * declares it and of its enclosing classes, so an outer class's {@code @BeforeEach} gets the outer class's topology.
 * Usable as a meta-annotation.
 */
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface TestTopology {

    /**
     * The factory that builds the topology, for a field without an initializer. A public or package-private class
     * with a no-argument constructor. The default, {@code TopologyFactory.class} itself, means "none".
     */
    Class<? extends TopologyFactory> factory() default TopologyFactory.class;

    /** Whether the factory's (or the script's) topology is built once per test run and shared across test classes. */
    boolean shared() default false;

    // ---- topologies from az scripts
    /**
     * An {@code az} command script on the class path that builds the topology, for a field without an initializer:
     * {@code "learn-module.azcli"} next to the test class (same package), or {@code "/scripts/hub.azcli"} from the
     * class-path root, as {@link Class#getResource(String)} resolves it. The script runs in the {@code az}
     * emulation from an empty topology, each command as the Azure CLI would run it; the first command that fails
     * stops it with an {@code ExtensionConfigurationException} naming the line and the CLI's error. Needs
     * {@code io.vnetlab:vnetlab-az} on the test class path. The default, {@code ""}, means "none".
     *
     * <pre>{@code
     * @TestTopology(script = "learn-module.azcli")
     * static Topology learn;
     * }</pre>
     */
    String script() default "";
}
