package io.vnetlab.katas;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Loads the implementation of a kata that the tests run against, as the system property {@code vnetlab.katas}
 * says: {@code solutions} (the reference solutions, the build's default), {@code learner} (the learner's files,
 * what {@code ./vnetlab kata N} runs) or {@code unsolved} (an attempt that does nothing, as every learner's file
 * starts: the build checks with it that each kata, unsolved, fails with its concept, without ever running the
 * learner's files, so the build stays green whichever katas the learner has solved).
 */
public final class Katas {

    public static final String PROPERTY = "vnetlab.katas";

    private Katas() {
    }

    /** The implementation of kata interface {@code kata} that the property names. */
    public static <T> T attempt(Class<T> kata, String simpleName) {
        String which = System.getProperty(PROPERTY, "solutions");
        if (which.equals("unsolved")) {
            return unsolved(kata);
        }
        if (!which.equals("solutions") && !which.equals("learner")) {
            throw new IllegalStateException("System property " + PROPERTY + " is '" + which
                    + "'; it is 'solutions', 'learner' or 'unsolved'.");
        }
        String className = "io.vnetlab.katas." + which + "." + simpleName;
        try {
            return kata.cast(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot load " + className + " as a " + kata.getSimpleName()
                    + ": it must be a public class with a public no-argument constructor.", e);
        }
    }

    /** A kata's starting point: every step does nothing, as in the learner's file before it is edited. */
    private static <T> T unsolved(Class<T> kata) {
        for (Method step : kata.getMethods()) {
            if (step.getReturnType() != void.class) {
                throw new IllegalStateException(kata.getSimpleName() + "." + step.getName() + "() returns a value:"
                        + " a kata's steps change the topology they are given, so that doing nothing is a start.");
            }
        }
        return kata.cast(Proxy.newProxyInstance(kata.getClassLoader(), new Class<?>[] {kata},
                (self, method, arguments) -> switch (method.getName()) {
                    case "toString" -> "an unsolved " + kata.getSimpleName();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    default -> null;   // kata steps return nothing: they change the topology they are given
                }));
    }
}
