package io.vnetlab.junit;

import java.util.Optional;

/**
 * The test the current thread runs, from the extension's before-each callback to its after-each callback. JUnit
 * runs a test's methods and callbacks on one thread, also under parallel execution, so a change to a shared
 * topology made on that thread is the test's own doing.
 */
final class RunningTest {

    private static final ThreadLocal<String> UNIQUE_ID = new ThreadLocal<>();

    private RunningTest() {
    }

    static void start(String uniqueId) {
        UNIQUE_ID.set(uniqueId);
    }

    static void end() {
        UNIQUE_ID.remove();
    }

    /** The unique id of the test this thread runs, if it runs one. */
    static Optional<String> current() {
        return Optional.ofNullable(UNIQUE_ID.get());
    }
}
