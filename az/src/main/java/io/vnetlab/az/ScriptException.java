package io.vnetlab.az;

/** A script line the runner cannot run, naming the line and what it supports. */
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
