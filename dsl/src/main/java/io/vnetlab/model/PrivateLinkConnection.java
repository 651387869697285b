package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A private endpoint's connection to the resource it reaches through Private Link
 * (docs/azure/private-endpoints.md#rules): recorded as given, not simulated, with the state its target's owner
 * gives it (docs/azure/private-endpoints.md#approval).
 *
 * <pre>{@code
 * new PrivateLinkConnection("data-conn", storageAccountId, List.of("blob"), false, null)   // Approved
 * }</pre>
 *
 * @param name the connection's name
 * @param privateLinkServiceId the id of the private-link resource (a storage account, a SQL server, a private link
 *                             service)
 * @param groupIds the target sub-resources ({@code blob}, {@code sqlServer}); empty for a private link service
 * @param manualApproval whether the connection was requested for the resource owner's approval
 *                       ({@code manualPrivateLinkServiceConnections}) rather than approved at once
 * @param requestMessage the message to the resource's owner, or {@code null}
 * @param status the state its target's owner gives it
 * @param statusDescription the reason given with that state ({@code Auto-Approved} for an automatic connection)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateLinkConnection(String name, String privateLinkServiceId, List<String> groupIds,
                                    boolean manualApproval, String requestMessage, Status status,
                                    String statusDescription) {

    /** The states a connection's owner side gives it. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Status {
        /** Ready to carry traffic: approved at once, or by the target's owner. */
        Approved,
        /** Requested for approval and not yet answered. */
        Pending,
        /** Refused by the target's owner. */
        Rejected
    }

    public PrivateLinkConnection {
        Arguments.requireText(name, "connection name");
        Arguments.requireText(privateLinkServiceId, "private link resource id");
        groupIds = Arguments.requireList(groupIds, "group ids");
        Arguments.requireGiven(status, "connection status");
        statusDescription = statusDescription == null ? "" : statusDescription;
    }

    /** A new connection: an automatic one is approved at once, a manual one waits for the owner. */
    public PrivateLinkConnection(String name, String privateLinkServiceId, List<String> groupIds,
                                 boolean manualApproval, String requestMessage) {
        this(name, privateLinkServiceId, groupIds, manualApproval, requestMessage,
                manualApproval ? Status.Pending : Status.Approved, manualApproval ? "" : "Auto-Approved");
    }

    /** This connection in the state its target's owner gave it. */
    public PrivateLinkConnection withStatus(Status newStatus, String description) {
        return new PrivateLinkConnection(name, privateLinkServiceId, groupIds, manualApproval, requestMessage,
                newStatus, description);
    }

    /** Whether {@code other} asks for the same connection: same target, sub-resources and approval method. */
    public boolean sameRequestAs(PrivateLinkConnection other) {
        return privateLinkServiceId.equalsIgnoreCase(other.privateLinkServiceId) && groupIds.equals(other.groupIds)
                && manualApproval == other.manualApproval;
    }

    /** The name of the target resource, the last segment of its id. */
    public String targetName() {
        return privateLinkServiceId.substring(privateLinkServiceId.lastIndexOf('/') + 1);
    }
}
