package io.vnetlab.az;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A script line the runner cannot run, naming the line and what it supports; or, for a runner
 * {@link ScriptRunner#stoppingAtFirstError() stopping at the first error}, the line of the command that failed.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    ScriptException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the script where the problem is. */
    public int line() {
        return line;
    }
}
