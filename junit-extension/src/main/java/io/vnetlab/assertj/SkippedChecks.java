package io.vnetlab.assertj;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatchers;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;

/**
 * The assert a soft navigation returns when its name names nothing in the topology: there is no resource to check,
 * and the one failure that matters, the wrong name, is already collected, so every check on it is skipped. Each
 * check returns the assert itself, so that the chain after it goes on; the class is generated once per assert type.
 */
final class SkippedChecks {

    /** Returns the assert for checks that chain, and nothing (null, false, 0) for the rare ones that do not. */
    private static final InvocationHandler SKIP = (self, method, arguments) -> {
        Class<?> type = method.getReturnType();
        if (type.isInstance(self)) {
            return self;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return type.isPrimitive() && type != void.class ? (Object) 0 : null;
    };

    private static final ClassValue<Constructor<?>> GENERATED = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> assertClass) {
            return generate(assertClass);
        }
    };

    private SkippedChecks() {
    }

    /** An {@code assertClass} on nothing, whose public checks all pass without looking. */
    static <A> A of(Class<A> assertClass, Class<?> actualClass) {
        try {
            return assertClass.cast(GENERATED.get(assertClass).newInstance(new Object[] {null}));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(assertClass.getSimpleName() + " needs a public constructor taking "
                    + actualClass.getSimpleName(), e);
        }
    }

    private static Constructor<?> generate(Class<?> assertClass) {
        try {
            Class<?> generated = new ByteBuddy()
                    .subclass(assertClass)
                    .name(assertClass.getName() + "$SkippedChecks")
                    .method(ElementMatchers.isPublic().and(ElementMatchers.not(ElementMatchers.isFinal()))
                            .and(ElementMatchers.not(ElementMatchers.isStatic()))
                            .and(ElementMatchers.not(ElementMatchers.isDeclaredBy(Object.class)))
                            .and(ElementMatchers.not(ElementMatchers.namedOneOf("equals", "hashCode", "toString"))))
                    .intercept(InvocationHandlerAdapter.of(SKIP))
                    .make()
                    .load(assertClass.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(
                            MethodHandles.privateLookupIn(assertClass, MethodHandles.lookup())))
                    .getLoaded();
            Constructor<?>[] constructors = generated.getConstructors();
            if (constructors.length != 1 || constructors[0].getParameterCount() != 1) {
                throw new IllegalStateException(assertClass.getSimpleName() + " needs exactly one public constructor,"
                        + " taking the actual value.");
            }
            return constructors[0];
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot define a class next to " + assertClass.getName(), e);
        }
    }
}
