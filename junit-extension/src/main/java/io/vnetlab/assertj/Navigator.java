package io.vnetlab.assertj;

import org.assertj.core.api.Assert;

import java.lang.reflect.InvocationTargetException;

/**
 * Makes the assert that a navigation method returns ({@code assertThat(topology).vm("SalesVM")}): a plain one, or,
 * in {@link NetworkSoftAssertions}, a soft proxy that collects its failures.
 */
interface Navigator {

    <A extends Assert<? extends A, ? extends T>, T> A assertFor(Class<A> assertClass, Class<T> actualClass, T actual);

    /**
     * What a navigation whose name the topology does not know returns: plain asserts throw the lookup's exception
     * (a mistake in the test), soft ones collect it as a failure and go on.
     *
     * @param wrongName the lookup's exception, whose message lists the known names
     * @param failure the failure to collect, described as the navigating assert is
     */
    <A extends Assert<? extends A, ? extends T>, T> A unknownName(Class<A> assertClass, Class<T> actualClass,
                                                                   IllegalArgumentException wrongName,
                                                                   AssertionError failure);

    /**
     * The public constructor of each assert class taking its actual value (each navigated assert class has one),
     * looked up once: navigation runs for every assertion a test makes by name.
     */
    final class Constructors {
        static final ClassValue<java.lang.reflect.Constructor<?>> OF_ASSERT = new ClassValue<>() {
            @Override
            protected java.lang.reflect.Constructor<?> computeValue(Class<?> assertClass) {
                for (java.lang.reflect.Constructor<?> constructor : assertClass.getConstructors()) {
                    if (constructor.getParameterCount() == 1) {
                        return constructor;
                    }
                }
                throw new IllegalStateException(assertClass.getSimpleName()
                        + " needs a public constructor taking its actual value");
            }
        };

        private Constructors() {
        }
    }

    /** Plain asserts, which throw at the first failure. */
    Navigator HARD = new Navigator() {
        @Override
        public <A extends Assert<? extends A, ? extends T>, T> A assertFor(Class<A> assertClass, Class<T> actualClass,
                                                                            T actual) {
            try {
                return assertClass.cast(Constructors.OF_ASSERT.get(assertClass).newInstance(actual));
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Cannot create " + assertClass.getSimpleName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(assertClass.getSimpleName() + " needs a public constructor taking "
                        + actualClass.getSimpleName(), e);
            }
        }

        @Override
        public <A extends Assert<? extends A, ? extends T>, T> A unknownName(Class<A> assertClass, Class<T> actualClass,
                                                                          IllegalArgumentException wrongName,
                                                                          AssertionError failure) {
            throw wrongName;
        }
    };
}
