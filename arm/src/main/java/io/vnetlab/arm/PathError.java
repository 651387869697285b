package io.vnetlab.arm;

/** A template error that knows where it is: the template path, and the expression if one failed. */
final class PathError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String expression;

    PathError(String path, String message) {
        this(path, message, null);
    }

    PathError(String path, String message, String expression) {
        super(message);
        this.path = path;
        this.expression = expression;
    }

    String path() {
        return path;
    }

    String expression() {
        return expression;
    }
}
