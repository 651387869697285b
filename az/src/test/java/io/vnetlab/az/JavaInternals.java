package io.vnetlab.az;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What must never reach a user of any surface: Java exception and error class names, JDK and library package names,
 * stack-trace lines, the JDK's helpful-NullPointerException wording, Jackson's texts, and Java parameter names in
 * quotes (the wording of {@code Objects.requireNonNull}-style checks, "'cidr' cannot be null or blank.").
 */
final class JavaInternals {

    /** The markers as one alternation: an answer is scanned once, not once per marker. */
    private static final Pattern MARKERS = Pattern.compile(String.join("|",
            "\\b[A-Z][A-Za-z]*Exception\\b",
            "\\b(?:StackOverflow|OutOfMemory|Assertion|Internal|Linkage|NoClassDefFound|ExceptionInInitializer)Error\\b",
            "IndexOutOfBounds",
            "\\b(?:java|javax|jdk|sun|com\\.fasterxml|io\\.vnetlab|io\\.burt|org\\.pcollections)\\.[a-z]",
            "(?m:^\\s+at [\\w.$]+\\()",
            "Cannot invoke",
            "because \"[^\"]*\" is null",
            "(?i:jackson)",
            "Index -?\\d+ out of bounds",
            "(?m:(?:^|ERROR: |: )'[a-z][a-zA-Z0-9]*' (?:cannot|must))",
            "For input string",
            "Throwable"));

    private JavaInternals() {
    }

    /** The first Java internal {@code text} shows, if any. */
    static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = MARKERS.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
