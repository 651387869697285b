package io.vnetlab.junit;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;

/**
 * How messages name a parameter the extension resolves, so that users recognise it in their source: by the name
 * it has there, or, when the class file kept no name, by its position and type ({@code the 2nd parameter
 * (Topology)}) — never by the {@code arg0} that reflection makes up.
 */
final class ParameterNames {

    private ParameterNames() {
    }

    /**
     * {@code Parameter 'azure' of LearnModuleTest.peers()}, or {@code The 2nd parameter (Topology) of
     * LearnModuleTest.peers()}: the start of a sentence.
     */
    static String describe(Executable executable, int index) {
        Parameter parameter = executable.getParameters()[index];
        String of = " of " + executable.getDeclaringClass().getSimpleName() + "." + methodName(executable) + "()";
        return sourceName(executable, index).map(name -> "Parameter '" + name + "'" + of)
                .orElseGet(() -> "The " + ordinal(index + 1) + " parameter (" + parameter.getType().getSimpleName()
                        + ")" + of);
    }

    private static String methodName(Executable executable) {
        return executable instanceof Constructor<?> ? executable.getDeclaringClass().getSimpleName()
                : executable.getName();
    }

    /**
     * The parameter's name in the source: recorded by {@code -parameters}, or else found in the debug information
     * that compilers keep by default (Maven's and Gradle's builds do), which reflection does not read.
     */
    static Optional<String> sourceName(Executable executable, int index) {
        Parameter parameter = executable.getParameters()[index];
        if (parameter.isNamePresent()) {
            return Optional.of(parameter.getName());
        }
        return debugName(executable, index);
    }

    private static Optional<String> debugName(Executable executable, int index) {
        Class<?> declaring = executable.getDeclaringClass();
        ClassLoader loader = declaring.getClassLoader();
        if (loader == null) {
            return Optional.empty();
        }
        try {
            TypePool pool = new TypePool.Default(new TypePool.CacheProvider.Simple(),
                    ClassFileLocator.ForClassLoader.of(loader), TypePool.Default.ReaderMode.EXTENDED);
            MethodDescription wanted = executable instanceof Method method
                    ? new MethodDescription.ForLoadedMethod(method)
                    : new MethodDescription.ForLoadedConstructor((Constructor<?>) executable);
            ParameterDescription.InDefinedShape found = pool.describe(declaring.getName()).resolve()
                    .getDeclaredMethods().filter(ElementMatchers.hasMethodName(wanted.getInternalName())
                            .and(ElementMatchers.hasDescriptor(wanted.getDescriptor())))
                    .getOnly().getParameters().get(index);
            return found.isNamed() ? Optional.of(found.getName()) : Optional.empty();
        } catch (RuntimeException unreadable) {
            // no class file to read (a generated class), or one this reader does not understand: no name then
            return Optional.empty();
        }
    }

    /** 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, ... 21st, 22nd. */
    static String ordinal(int position) {
        int lastTwo = position % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (position % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return position + suffix;
    }
}
