package io.vnetlab.junit;

import io.vnetlab.Topology;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatchers;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Implements {@link TopologyView @TopologyView} types with ByteBuddy: one generated class per type (cached in a
 * {@link ClassValue}), whose abstract methods (and {@code toString}, unless the type declares it) go to a
 * {@link ViewHandler} bound to one test's fork.
 */
final class ViewFactory {

    private static final String HANDLER_FIELD = "vnetlab$handler";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final ClassValue<Implementation> IMPLEMENTATIONS = new ClassValue<>() {
        @Override
        protected Implementation computeValue(Class<?> type) {
            return generate(type);
        }
    };

    private ViewFactory() {
    }

    /** The accessors of a view type and its generated class. */
    record Implementation(Class<?> type, Constructor<?> constructor, Field handler, List<Accessor> accessors) {
    }

    /** One abstract method: the resource it returns, of which kind, and whether its name was given explicitly. */
    record Accessor(Method method, Class<?> kind, String resourceName, boolean explicit) {

        Object read(Topology topology) {
            return kind == Topology.class ? topology : ResourceLookup.find(topology, kind, resourceName, !explicit);
        }

        String describe() {
            return method.getName() + "()" + (explicit ? " (@AzureResource(\"" + resourceName + "\"))" : "");
        }
    }

    /** How many classes this factory generated: one per view type, however many tests use it. */
    static int generatedClasses() {
        return SEQUENCE.get();
    }

    /** The accessors of {@code type}, validated; generates its class the first time. */
    static Implementation implementation(Class<?> type) {
        return IMPLEMENTATIONS.get(type);
    }

    /** A new view of {@code topology}. */
    static Object create(Implementation implementation, Topology topology) {
        try {
            Object view = implementation.constructor().newInstance();
            implementation.handler().set(view, new ViewHandler(implementation, topology));
            return view;
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException("The constructor of " + implementation.type().getName()
                    + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ExtensionConfigurationException("Cannot instantiate the view " + implementation.type().getName()
                    + ": give it a non-private no-argument constructor.", e);
        }
    }

    private static Implementation generate(Class<?> type) {
        requireImplementable(type);
        List<Accessor> accessors = accessorsOf(type);
        Class<?> generated = new ByteBuddy()
                .subclass(type, ConstructorStrategy.Default.DEFAULT_CONSTRUCTOR)
                .name(type.getName() + "$VnetlabView$" + SEQUENCE.incrementAndGet())
                .defineField(HANDLER_FIELD, InvocationHandler.class, Visibility.PRIVATE)
                .method(ElementMatchers.isAbstract().or(ElementMatchers.isToString()
                        .and(ElementMatchers.isDeclaredBy(Object.class))))
                .intercept(InvocationHandlerAdapter.toField(HANDLER_FIELD))
                .make()
                .load(type.getClassLoader(), loadingStrategy(type))
                .getLoaded();
        try {
            Constructor<?> constructor = generated.getDeclaredConstructor();
            constructor.setAccessible(true);
            Field handler = generated.getDeclaredField(HANDLER_FIELD);
            handler.setAccessible(true);
            return new Implementation(type, constructor, handler, accessors);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("Cannot use the class generated for the view " + type.getName()
                    + ": " + e, e);
        }
    }

    /** Defines the class next to the view type (same package, same loader), so package-private views work. */
    private static ClassLoadingStrategy<ClassLoader> loadingStrategy(Class<?> type) {
        try {
            return ClassLoadingStrategy.UsingLookup.of(MethodHandles.privateLookupIn(type, MethodHandles.lookup()));
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException("The view " + type.getName() + " is in a package that is not"
                    + " open to io.vnetlab.junit: open it (opens " + type.getPackageName() + " to io.vnetlab.junit).",
                    e);
        }
    }

    private static void requireImplementable(Class<?> type) {
        String name = type.getName();
        if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            throw new ExtensionConfigurationException("The view " + name + " is a concrete class: a @TopologyView"
                    + " is an interface or an abstract class whose abstract methods name resources.");
        }
        if (type.isMemberClass() && !type.isInterface() && !Modifier.isStatic(type.getModifiers())) {
            throw new ExtensionConfigurationException("The view " + name + " is an inner class: make it static.");
        }
        if (!type.isInterface()) {
            boolean hasConstructor = Arrays.stream(type.getDeclaredConstructors())
                    .anyMatch(c -> c.getParameterCount() == 0 && !Modifier.isPrivate(c.getModifiers()));
            if (!hasConstructor) {
                throw new ExtensionConfigurationException("The view " + name + " has no non-private no-argument"
                        + " constructor: add one.");
            }
        }
    }

    /** The methods the generated class implements: the abstract ones, most specific declaration first. */
    private static List<Accessor> accessorsOf(Class<?> type) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isBridge() && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
                    bySignature.putIfAbsent(signature(m), m);
                }
            }
        }
        Deque<Class<?>> interfaces = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isInterface()) {
                interfaces.add(c);
            }
            interfaces.addAll(Arrays.asList(c.getInterfaces()));
        }
        while (!interfaces.isEmpty()) {
            Class<?> i = interfaces.poll();
            if (seen.add(i)) {
                for (Method m : i.getDeclaredMethods()) {
                    if (!m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
                        bySignature.putIfAbsent(signature(m), m);
                    }
                }
                interfaces.addAll(Arrays.asList(i.getInterfaces()));
            }
        }
        return bySignature.values().stream().filter(m -> Modifier.isAbstract(m.getModifiers()))
                .map(m -> accessor(type, m)).toList();
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.toString(m.getParameterTypes());
    }

    private static Accessor accessor(Class<?> type, Method m) {
        String where = "Method " + m.getName() + "() of the view " + type.getSimpleName();
        if (m.getParameterCount() > 0) {
            throw new ExtensionConfigurationException(where + " takes arguments: an accessor of a @TopologyView"
                    + " takes none. Give it a body (in an abstract class or as a default method) if it is a helper.");
        }
        Class<?> kind = m.getReturnType();
        if (kind != Topology.class && !ResourceLookup.isKind(kind)) {
            throw new ExtensionConfigurationException(where + " returns " + kind.getName() + ": an accessor returns"
                    + " Topology or one of " + ResourceLookup.kindNames() + ". Give it a body if it is a helper.");
        }
        AzureResource named = m.getAnnotation(AzureResource.class);
        return new Accessor(m, kind, named != null ? named.value() : m.getName(), named != null);
    }

    /** Answers the abstract methods of one view instance from one topology. */
    static final class ViewHandler implements InvocationHandler {
        private final Map<String, Accessor> accessors = new LinkedHashMap<>();
        private final Implementation implementation;
        private final Topology topology;

        ViewHandler(Implementation implementation, Topology topology) {
            this.implementation = implementation;
            this.topology = topology;
            implementation.accessors().forEach(a -> accessors.put(a.method().getName(), a));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getName().equals("toString") && method.getParameterCount() == 0) {
                return "@TopologyView " + implementation.type().getSimpleName() + " of " + topology;
            }
            Accessor accessor = accessors.get(method.getName());
            if (accessor == null) {
                throw new IllegalStateException("No accessor " + method.getName() + "() in this view.");
            }
            try {
                return accessor.read(topology);
            } catch (ResourceLookup.NoSuchResourceException e) {
                throw new IllegalStateException(method.getDeclaringClass().getSimpleName() + "."
                        + accessor.describe() + ": " + e.getMessage(), e);
            }
        }
    }
}
