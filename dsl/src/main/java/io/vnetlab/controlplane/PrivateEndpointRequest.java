package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.PrivateLinkConnection;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The PUT of a private endpoint in subnet {@code subnetId} with its {@code connection} to a private-link resource
 * (docs/azure/private-endpoints.md#rules). {@code staticAddress} is the address its {@code ipConfigurations} ask for
 * ({@code null}: the first free one); {@code customNetworkInterfaceName} names its interface ({@code null}: Azure's
 * {@code <name>.nic.<guid>}); {@code applicationSecurityGroupIds} are the groups its IP configuration is in, which NSG
 * rules of its subnet may name under network policies (docs/azure/private-endpoints.md#network-policies). <b>API.</b>
 *
 * <pre>{@code
 * new PrivateEndpointRequest(endpointId, Region.EAST_US, subnetId,
 *         new PrivateLinkConnection("db-connection", storageId, List.of("blob"), false, null), null, null, List.of());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateEndpointRequest(ResourceId id, Region region, ResourceId subnetId,
                                     PrivateLinkConnection connection, String staticAddress,
                                     String customNetworkInterfaceName, List<ResourceId> applicationSecurityGroupIds) {
    public PrivateEndpointRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(subnetId, "subnet id");
        Arguments.requireGiven(connection, "private link connection");
        applicationSecurityGroupIds = Arguments.requireList(applicationSecurityGroupIds,
                "application security group ids");
    }
}
