package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/** One {@link TestTopology @TestTopology} field, validated: its type, its factory or script, its settings. */
final class TopologyField {

    private final Field field;
    private final TestTopology settings;

    private TopologyField(Field field, TestTopology settings) {
        this.field = field;
        this.settings = settings;
    }

    /** The annotated fields of {@code testClass} and its superclasses, superclasses first, validated. */
    static List<TopologyField> of(Class<?> testClass, boolean statics) {
        return ReflectionSupport.findFields(testClass,
                        f -> AnnotationSupport.isAnnotated(f, TestTopology.class) && ModifierSupport.isStatic(f) == statics,
                        HierarchyTraversalMode.TOP_DOWN)
                .stream().map(TopologyField::validated).collect(Collectors.toList());
    }

    private static TopologyField validated(Field field) {
        TopologyField f = new TopologyField(field, AnnotationSupport.findAnnotation(field, TestTopology.class)
                .orElseThrow());
        if (field.getType() != Topology.class) {
            throw new ExtensionConfigurationException(f.describe() + " is annotated with @TestTopology but is of type "
                    + field.getType().getName() + ": declare it as io.vnetlab.Topology.");
        }
        if (f.hasFactory() && f.hasScript()) {   // topologies from az scripts
            throw new ExtensionConfigurationException(f.describe() + " names both a factory ("
                    + f.settings.factory().getSimpleName() + ") and a script ('" + f.settings.script()
                    + "'): keep one of the two.");
        }
        if (f.settings.shared() && !f.isBuilt()) {
            throw new ExtensionConfigurationException(f.describe() + " is shared but names no factory: a shared"
                    + " topology is built once by its factory, so write @TestTopology(factory = MyTopology.class,"
                    + " shared = true), MyTopology implementing io.vnetlab.junit.TopologyFactory, or name an az"
                    + " script: @TestTopology(script = \"my-topology.azcli\", shared = true).");
        }
        if (f.isBuilt() && Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException(f.describe() + " is final, so its " + f.builder()
                    + "'s topology cannot be assigned to it: remove 'final'.");
        }
        if (f.hasScript()) {
            f.scriptTopology();   // fails now, naming the field, if the script or vnetlab-az is missing
        }
        if (!field.trySetAccessible()) {
            throw new ExtensionConfigurationException(f.describe() + " cannot be made accessible: open its package"
                    + " to io.vnetlab.junit, or make the field public.");
        }
        return f;
    }

    Field field() {
        return field;
    }

    String name() {
        return field.getName();
    }

    /** {@code field 'azure' of LearnModuleTest}: how messages name the field. */
    String describe() {
        return "Field '" + field.getName() + "' of " + field.getDeclaringClass().getSimpleName();
    }

    boolean hasFactory() {
        return settings.factory() != TopologyFactory.class;
    }

    // ---- topologies from az scripts
    boolean hasScript() {
        return !settings.script().isEmpty();
    }

    /** Whether the extension builds the topology: by a factory or from a script. */
    boolean isBuilt() {
        return hasFactory() || hasScript();
    }

    /** {@code factory} or {@code script}: what builds this field's topology, for messages. */
    private String builder() {
        return hasScript() ? "script" : "factory";
    }

    private ScriptTopology scriptTopology() {
        return ScriptTopology.of(field.getDeclaringClass(), settings.script(), describe());
    }

    /** The field's value; {@code instance} is ignored for a static field. */
    Topology read(Object instance) {
        try {
            return (Topology) field.get(instance);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(describe() + " cannot be read: make it accessible.", e);
        }
    }

    void write(Object instance, Topology topology) {
        try {
            field.set(instance, topology);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(describe() + " cannot be assigned: remove 'final'.", e);
        }
    }

    /**
     * The topologies that factories (and scripts) built, so that a field holding one is not taken for an
     * initialized one.
     */
    private static final Set<Topology> BUILT_BY_FACTORIES = Collections.newSetFromMap(
            Collections.synchronizedMap(new WeakHashMap<>()));

    /**
     * The topology this field starts from: its initializer's value, or its factory's (or script's). A static
     * field's factory runs once per class (its topology is assigned to the field, like an initializer's); a shared
     * field's, once per test run, in JUnit's root store. A field may have an initializer, a factory or a script,
     * only one of them.
     */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: deprecated in JUnit 6, the only one in 5.13
    Topology origin(ExtensionContext context, Object instance) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        synchronized (isStatic ? field.getDeclaringClass() : instance) {
            Topology value = read(instance);
            if (!isBuilt()) {
                if (value == null) {
                    throw new ExtensionConfigurationException(describe() + " is null: initialize it"
                            + " (@TestTopology static Topology azure = MyTopologies.learnModule();), name a factory"
                            + " (@TestTopology(factory = MyTopology.class)) or an az script"
                            + " (@TestTopology(script = \"my-topology.azcli\")).");
                }
                return value;
            }
            if (value != null && !BUILT_BY_FACTORIES.contains(value)) {
                throw new ExtensionConfigurationException(describe() + " has both an initializer and a " + builder()
                        + " (" + (hasScript() ? "'" + settings.script() + "'" : settings.factory().getSimpleName())
                        + "): keep one of the two.");
            }
            Topology origin;
            if (settings.shared()) {
                String key = hasScript() ? "script:" + scriptTopology().location() : settings.factory().getName();
                origin = context.getRoot().getStore(VnetlabExtension.NAMESPACE).getOrComputeIfAbsent(
                        "shared:" + key, k -> new Built(built()), Built.class).topology();
            } else {
                origin = isStatic && value != null ? value : built();
            }
            if (isStatic && value != origin) {
                write(null, origin);
            }
            return origin;
        }
    }

    /** The topology a shared factory built, kept in JUnit's root store. */
    record Built(Topology topology) {
    }

    private Topology built() {
        Topology topology = hasScript() ? scriptTopology().build() : build();
        BUILT_BY_FACTORIES.add(topology);
        return topology;
    }

    private Topology build() {
        Class<? extends TopologyFactory> type = settings.factory();
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())
                || (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))) {
            throw new ExtensionConfigurationException("The factory " + type.getName() + " of " + describe()
                    + " cannot be instantiated: make it a concrete (and, if nested, static) class with a no-argument"
                    + " constructor.");
        }
        TopologyFactory factory;
        try {
            factory = ReflectionSupport.newInstance(type);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("The factory " + type.getName() + " of " + describe()
                    + " cannot be instantiated: give it a no-argument constructor.", e);
        }
        Topology topology;
        try {
            topology = factory.create();
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("The factory " + type.getName() + " of " + describe()
                    + " failed: " + e.getMessage(), e);
        }
        if (topology == null) {
            throw new ExtensionConfigurationException("The factory " + type.getName() + " of " + describe()
                    + " returned null: return the topology it builds.");
        }
        return topology;
    }
}
