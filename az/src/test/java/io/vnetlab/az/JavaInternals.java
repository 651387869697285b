package io.vnetlab.az;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What must never reach a user of any surface: Java exception and error class names, JDK and library package names,
 * stack-trace lines, the JDK's helpful-NullPointerException wording, Jackson's texts, and Java parameter names in
 * quotes (the wording of {@code Objects.requireNonNull}-style checks, "'cidr' cannot be null or blank.").
 */
final class JavaInternals {

    private static final List<Pattern> MARKERS = List.of(
            Pattern.compile("\\b[A-Z][A-Za-z]*Exception\\b"),
            Pattern.compile("\\b(StackOverflow|OutOfMemory|Assertion|Internal|Linkage|NoClassDefFound|"
                    + "ExceptionInInitializer)Error\\b"),
            Pattern.compile("IndexOutOfBounds"),
            Pattern.compile("\\b(java|javax|jdk|sun|com\\.fasterxml|io\\.vnetlab|io\\.burt|org\\.pcollections)\\.[a-z]"),
            Pattern.compile("(?m)^\\s+at [\\w.$]+\\("),
            Pattern.compile("Cannot invoke"),
            Pattern.compile("because \"[^\"]*\" is null"),
            Pattern.compile("(?i)jackson"),
            Pattern.compile("Index -?\\d+ out of bounds"),
            Pattern.compile("(?m)(^|ERROR: |: )'[a-z][a-zA-Z0-9]*' (cannot|must)"),
            Pattern.compile("For input string"),
            Pattern.compile("Throwable"));

    private JavaInternals() {
    }

    /** The first Java internal {@code text} shows, if any. */
    static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Pattern marker : MARKERS) {
            var m = marker.matcher(text);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
