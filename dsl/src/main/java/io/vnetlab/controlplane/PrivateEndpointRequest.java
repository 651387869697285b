package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The PUT of a private endpoint in subnet {@code subnetId}, connected to the private-link resource
 * {@code privateLinkServiceId} and its sub-resources {@code groupIds} (docs/azure/private-endpoints.md#rules).
 * {@code staticAddress} is the address its {@code ipConfigurations} ask for ({@code null}: the first free one);
 * {@code customNetworkInterfaceName} names its interface ({@code null}: Azure's {@code <name>.nic.<guid>});
 * {@code applicationSecurityGroupIds} are the groups its IP configuration is in, which NSG rules of its subnet may name
 * under network policies (docs/azure/private-endpoints.md#network-policies). <b>API.</b>
 *
 * <pre>{@code
 * new PrivateEndpointRequest(endpointId, Region.EAST_US, subnetId, storageId, List.of("blob"), false,
 *         "db-connection", null, null, List.of());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateEndpointRequest(ResourceId id, Region region, ResourceId subnetId, String privateLinkServiceId,
                                     List<String> groupIds, boolean manualApproval, String connectionName,
                                     String staticAddress, String customNetworkInterfaceName,
                                     List<ResourceId> applicationSecurityGroupIds) {
    public PrivateEndpointRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(subnetId, "subnet id");
        Arguments.requireText(privateLinkServiceId, "private link resource id");
        groupIds = Arguments.requireList(groupIds, "group ids");
        connectionName = connectionName == null ? id.name() : connectionName;
        applicationSecurityGroupIds = Arguments.requireList(applicationSecurityGroupIds,
                "application security group ids");
    }
}
