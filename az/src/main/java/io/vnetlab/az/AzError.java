package io.vnetlab.az;

/**
 * An error as the Azure CLI reports it: the text after {@code ERROR: } on standard error, and the exit code.
 * Service errors print as azure-core's {@code HttpResponseError} does for an ARM error body ("(Code) Message", then
 * "Code: ..." and "Message: ..." lines: azure-core {@code ODataV4Format.__str__}; seen from azure-cli 2.30 on, e.g.
 * Azure/azure-cli issue #20316), after the CLI logger's {@code ERROR: } prefix; the CLI returns exit code 3 for
 * a resource that does not exist (HTTP 404) and 1 for other errors (azure-cli {@code azure/cli/core/util.py
 * handle_exception}); the argument parser exits with 2.
 */
final class AzError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int USAGE = 2;
    static final int FAILURE = 1;
    static final int NOT_FOUND = 3;

    private final int exitCode;

    AzError(int exitCode, String text) {
        super(text);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** An argument-parser error: exit code 2. */
    static AzError usage(String message) {
        return new AzError(USAGE, message);
    }

    /** A command's own error (a validator, a prompt): exit code 1. */
    static AzError command(String message) {
        return new AzError(FAILURE, message);
    }

    /** An error answered by the (simulated) service. */
    static AzError service(String code, String message, int httpStatus) {
        return new AzError(httpStatus == 404 ? NOT_FOUND : FAILURE,
                "(" + code + ") " + message + "\nCode: " + code + "\nMessage: " + message);
    }

    /** The standard-error text: every line the CLI prints, ending in a newline. */
    String stderrText() {
        return "ERROR: " + getMessage() + "\n";
    }
}
