package io.vnetlab.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A private endpoint (docs/azure/private-endpoints.md): the read-only network interface Azure creates for it in its
 * subnet, and the private-link resource it connects to. The target is recorded as the template or command named it,
 * not simulated: flows end at the endpoint's interface.
 *
 * <pre>{@code
 * PrivateEndpoint endpoint = topology.privateEndpoints().get("db-endpoint");
 * endpoint.networkInterfaceId();   // .../networkInterfaces/db-endpoint.nic.<guid>
 * }</pre>
 *
 * @param networkInterfaceId the interface Azure created for it (named {@code customNetworkInterfaceName} when given)
 * @param customNetworkInterfaceName the interface name its creator chose, or {@code null} for Azure's
 * @param privateLinkServiceId the id of the private-link resource (a storage account, a SQL server, a private link
 *                             service), as given
 * @param groupIds the target sub-resources ({@code blob}, {@code sqlServer}); empty for a private link service
 * @param manualApproval whether the connection waits for the resource owner's approval
 *                       ({@code manualPrivateLinkServiceConnections})
 * @param connectionName the name of its private-link service connection
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateEndpoint(ResourceId id, String name, Region region, ResourceId subnetId,
                              ResourceId networkInterfaceId, String customNetworkInterfaceName,
                              String privateLinkServiceId, List<String> groupIds, boolean manualApproval,
                              String connectionName) {

    public PrivateEndpoint {
        groupIds = List.copyOf(groupIds);
    }

    public Optional<String> customNetworkInterface() {
        return Optional.ofNullable(customNetworkInterfaceName);
    }

    /** The connection state Azure reports: an automatic connection is approved at once, a manual one waits. */
    public String connectionStatus() {
        return manualApproval ? "Pending" : "Approved";
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    /** The network its subnet belongs to. */
    public ResourceId networkId() {
        return subnetId.parent().orElseThrow();
    }

    @Override
    public String toString() {
        return "private endpoint '" + name + "'";
    }
}
