package io.vnetlab.katas;

import java.lang.reflect.InvocationTargetException;

/**
 * Loads the implementation of a kata that the tests run against: the reference solution (the build's default) or
 * the learner's file, as the system property {@code vnetlab.katas} says ({@code solutions} or {@code learner}).
 */
public final class Katas {

    public static final String PROPERTY = "vnetlab.katas";

    private Katas() {
    }

    /** The implementation of kata interface {@code kata} from the package the property names. */
    public static <T> T attempt(Class<T> kata, String simpleName) {
        String which = System.getProperty(PROPERTY, "solutions");
        if (!which.equals("solutions") && !which.equals("learner")) {
            throw new IllegalStateException("System property " + PROPERTY + " is '" + which
                    + "'; it is 'solutions' or 'learner'.");
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
}
