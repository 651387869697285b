package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A private endpoint's connection to the resource it reaches through Private Link
 * (docs/azure/private-endpoints.md#rules): recorded as given, not simulated.
 *
 * <pre>{@code
 * new PrivateLinkConnection("data-conn", storageAccountId, List.of("blob"), false, null)
 * }</pre>
 *
 * @param name the connection's name
 * @param privateLinkServiceId the id of the private-link resource (a storage account, a SQL server, a private link
 *                             service)
 * @param groupIds the target sub-resources ({@code blob}, {@code sqlServer}); empty for a private link service
 * @param manualApproval whether the connection waits for the resource owner's approval
 *                       ({@code manualPrivateLinkServiceConnections}) rather than being approved at once
 * @param requestMessage the message to the resource's owner, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateLinkConnection(String name, String privateLinkServiceId, List<String> groupIds,
                                    boolean manualApproval, String requestMessage) {

    public PrivateLinkConnection {
        Arguments.requireText(name, "connection name");
        Arguments.requireText(privateLinkServiceId, "private link resource id");
        groupIds = Arguments.requireList(groupIds, "group ids");
    }

    /** The state Azure reports: an automatic connection is approved at once, a manual one waits. */
    public String status() {
        return manualApproval ? "Pending" : "Approved";
    }

    /** The name of the target resource, the last segment of its id. */
    public String targetName() {
        return privateLinkServiceId.substring(privateLinkServiceId.lastIndexOf('/') + 1);
    }
}
