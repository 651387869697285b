package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What the simulated Azure Resource Manager answers to an invalid operation: Azure's error code, Azure's message
 * (naming the resources involved), and their ids. The topology is exactly as it was before the operation.
 *
 * <pre>{@code
 * try {
 *     topology.peer("SalesVNet").with("OverlappingVNet").create();
 * } catch (AzureException e) {
 *     e.code();          // AzureErrorCode.VnetAddressSpacesOverlap
 *     e.getMessage();    // "Cannot create or update peering ... Overlapping address prefixes: 10.1.0.0/16"
 * }
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public class AzureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AzureErrorCode code;
    private final transient List<ResourceId> resources;

    public AzureException(AzureErrorCode code, String message, List<ResourceId> resources) {
        super(message);
        this.code = code;
        this.resources = List.copyOf(resources);
    }

    public AzureException(AzureErrorCode code, String message, ResourceId... resources) {
        this(code, message, List.of(resources));
    }

    public AzureErrorCode code() {
        return code;
    }

    /** The HTTP status Azure answers with (400 for most validation errors). */
    public int httpStatus() {
        return code.httpStatus();
    }

    /** The ARM ids of the resources the error is about. */
    public List<ResourceId> resources() {
        return resources;
    }

    /**
     * The class, Azure's error code and the message, as Java's own exceptions show themselves in logs and stack
     * traces: {@code io.vnetlab.model.AzureException: (VnetAddressSpacesOverlap) Cannot create or update peering ...}.
     * {@link #getMessage()} stays the message alone, as Azure words it.
     */
    @Override
    public String toString() {
        return getClass().getName() + ": (" + code + ") " + getMessage();
    }
}
