package io.vnetlab.arm;

/**
 * An error in a template or one of its expressions, before the template path is known; the engine turns it into
 * an {@link ArmDeploymentException} with code {@code InvalidTemplate} and the path.
 */
final class TemplateError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TemplateError(String message) {
        super(message);
    }
}
