package io.vnetlab.arm;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A deployment ARM would refuse or fail; the topology is exactly as it was before it. {@link #code()} is
 * {@code InvalidTemplate} for a template or expression error, or the control plane's own code (such as
 * {@code VnetAddressSpacesOverlap}) when the network model refused a resource — then {@link #deploymentCode()} is
 * ARM's outer {@code DeploymentFailed}. {@link #templatePath()} says where in the template, such as
 * {@code resources[2].properties.addressSpace}, and {@link #expression()} which expression, if one failed.
 *
 * <pre>{@code
 * try {
 *     ArmDeployment.into(topology, "rg").template(file).deploy();
 * } catch (ArmDeploymentException e) {
 *     e.code();           // AzureErrorCode.InvalidTemplate
 *     e.templatePath();   // "resources[0].properties.addressSpace.addressPrefixes[0]"
 *     e.expression();     // Optional[[parameters('prefx')]]
 * }
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class ArmDeploymentException extends AzureException {

    private static final long serialVersionUID = 1L;

    private final AzureErrorCode deploymentCode;
    private final String templatePath;
    private final String expression;

    ArmDeploymentException(AzureErrorCode code, AzureErrorCode deploymentCode, String message, String templatePath,
                           String expression, List<ResourceId> resources, Throwable cause) {
        super(code, message, resources);
        this.deploymentCode = deploymentCode;
        this.templatePath = templatePath;
        this.expression = expression;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** ARM's outer code: {@code InvalidTemplate} for template errors, {@code DeploymentFailed} for a failed resource. */
    public AzureErrorCode deploymentCode() {
        return deploymentCode;
    }

    /** Where in the template the error is, such as {@code resources[2].properties.addressSpace}; empty if nowhere. */
    public String templatePath() {
        return templatePath;
    }

    /** The expression that failed, such as {@code [parameters('prefx')]}, if one did. */
    public Optional<String> expression() {
        return Optional.ofNullable(expression);
    }

    static ArmDeploymentException invalidTemplate(PathError e) {
        String where = e.path().isEmpty() ? "" : " at path '" + e.path() + "'";
        String expr = e.expression() == null ? "" : " in expression '" + JsonProblems.excerpt(e.expression()) + "'";
        return new ArmDeploymentException(AzureErrorCode.InvalidTemplate, AzureErrorCode.InvalidTemplate,
                "Deployment template validation failed: 'The template" + where + " is not valid" + expr + ": "
                        + e.getMessage() + "'.", e.path(), e.expression(), List.of(), e);
    }

    static ArmDeploymentException resourceFailed(AzureException e, String path, String type, ResourceId id) {
        return new ArmDeploymentException(e.code(), AzureErrorCode.DeploymentFailed, "At least one resource"
                + " deployment operation failed. Please list deployment operations for details. Please see"
                + " https://aka.ms/arm-deployment-operations for usage details. Resource '" + type + "' '"
                + id.name() + "' (" + path + ") failed: (" + e.code() + ") " + e.getMessage(), path, null,
                e.resources(), e);
    }
}
