package io.vnetlab.model;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A private endpoint (docs/azure/private-endpoints.md): the read-only network interface Azure creates for it in its
 * subnet, and its connection to the resource it reaches through Private Link. The target is recorded, not simulated:
 * flows end at the endpoint's interface.
 *
 * <pre>{@code
 * PrivateEndpoint endpoint = topology.privateEndpoints().get("db-endpoint");
 * endpoint.networkInterfaceId();   // .../networkInterfaces/db-endpoint.nic.<guid>
 * endpoint.connection().status();  // Approved
 * }</pre>
 *
 * @param networkInterfaceId the interface Azure created for it (named {@code customNetworkInterfaceName} when given)
 * @param customNetworkInterfaceName the interface name its creator chose, or {@code null} for Azure's
 * @param connection its connection to the private-link resource
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateEndpoint(ResourceId id, String name, Region region, ResourceId subnetId,
                              ResourceId networkInterfaceId, String customNetworkInterfaceName,
                              PrivateLinkConnection connection) {

    public PrivateEndpoint {
        java.util.Objects.requireNonNull(connection, "connection");
    }

    public Optional<String> customNetworkInterface() {
        return Optional.ofNullable(customNetworkInterfaceName);
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
