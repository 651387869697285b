package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A subnet as its network's PUT (or its own PUT as a child resource) carries it: name, prefix, and the ids of its
 * network security group, route table and NAT gateway, each {@code null} for none, and {@code defaultOutboundAccess}
 * ({@code null}: unset, docs/azure/outbound-access.md#private-subnets), and the IPv6 prefix of a dual-stack subnet
 * ({@code null}: IPv4 only, docs/azure/ipv6.md#subnets), and the service endpoints it asks for, by service name
 * (docs/azure/service-endpoints.md#model). <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record SubnetRequest(String name, String addressPrefix, ResourceId networkSecurityGroupId,
                            ResourceId routeTableId, ResourceId natGatewayId, Boolean defaultOutboundAccess,
                            String ipv6AddressPrefix, PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies,
                            List<ServiceEndpointRequest> serviceEndpoints) {
    public SubnetRequest {
        Arguments.requireText(name, "subnet name");
        Arguments.requireText(addressPrefix, "address prefix");
        serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
    }

    /** A subnet without service endpoints. */
    public SubnetRequest(String name, String addressPrefix, ResourceId networkSecurityGroupId,
                         ResourceId routeTableId, ResourceId natGatewayId, Boolean defaultOutboundAccess,
                         String ipv6AddressPrefix, PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies) {
        this(name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId, defaultOutboundAccess,
                ipv6AddressPrefix, privateEndpointNetworkPolicies, List.of());
    }

    /** A subnet whose private endpoint network policies are left unset (Azure reads them as Disabled). */
    public SubnetRequest(String name, String addressPrefix, ResourceId networkSecurityGroupId,
                         ResourceId routeTableId, ResourceId natGatewayId, Boolean defaultOutboundAccess,
                         String ipv6AddressPrefix) {
        this(name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId, defaultOutboundAccess,
                ipv6AddressPrefix, null);
    }

    /**
     * The same subnet with {@code privateEndpointNetworkPolicies} set ({@code null}: unset)
     * (docs/azure/private-endpoints.md#network-policies).
     */
    public SubnetRequest withPrivateEndpointNetworkPolicies(PrivateEndpointNetworkPolicies policies) {
        return new SubnetRequest(name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId,
                defaultOutboundAccess, ipv6AddressPrefix, policies, serviceEndpoints);
    }

    /**
     * The same subnet with these service endpoints instead of its own (empty: none)
     * (docs/azure/service-endpoints.md#model).
     */
    public SubnetRequest withServiceEndpoints(List<ServiceEndpointRequest> endpoints) {
        return new SubnetRequest(name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId,
                defaultOutboundAccess, ipv6AddressPrefix, privateEndpointNetworkPolicies, endpoints);
    }

    /** A subnet with no NAT gateway and default outbound access unset. */
    public SubnetRequest(String name, String addressPrefix, ResourceId networkSecurityGroupId,
                         ResourceId routeTableId) {
        this(name, addressPrefix, networkSecurityGroupId, routeTableId, null, null, null);
    }

    /** A dual-stack subnet: an IPv4 prefix and an IPv6 /64, with nothing associated. */
    public static SubnetRequest dualStack(String name, String ipv4Prefix, String ipv6Prefix) {
        return new SubnetRequest(name, ipv4Prefix, null, null, null, null, ipv6Prefix);
    }

    /** A subnet with no network security group and no route table. */
    public SubnetRequest(String name, String addressPrefix) {
        this(name, addressPrefix, null, null);
    }

    /** The request that would PUT {@code subnet} as it is. */
    public static SubnetRequest of(Subnet subnet) {
        return new SubnetRequest(subnet.name(), subnet.addressPrefix().toString(), subnet.networkSecurityGroupId(),
                subnet.routeTableId(), subnet.natGatewayId(), subnet.defaultOutboundAccess(),
                subnet.ipv6Prefix().map(Object::toString).orElse(null), subnet.privateEndpointNetworkPolicies(),
                subnet.serviceEndpoints().stream().map(ServiceEndpointRequest::of).toList());
    }

    /** The same subnet using NAT gateway {@code gatewayId} ({@code null}: none). */
    public SubnetRequest withNatGateway(ResourceId gatewayId) {
        return new SubnetRequest(name, addressPrefix, networkSecurityGroupId, routeTableId, gatewayId,
                defaultOutboundAccess, ipv6AddressPrefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }

    /** The same subnet with {@code defaultOutboundAccess} set ({@code false}: a private subnet; {@code null}: unset). */
    public SubnetRequest withDefaultOutboundAccess(Boolean access) {
        return new SubnetRequest(name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId, access,
                ipv6AddressPrefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }

    SubnetRequest withNetworkSecurityGroup(ResourceId groupId) {
        return new SubnetRequest(name, addressPrefix, groupId, routeTableId, natGatewayId, defaultOutboundAccess,
                ipv6AddressPrefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }

    SubnetRequest withRouteTable(ResourceId tableId) {
        return new SubnetRequest(name, addressPrefix, networkSecurityGroupId, tableId, natGatewayId,
                defaultOutboundAccess, ipv6AddressPrefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }

    /** The same subnet with other prefixes: an IPv4 one, and an IPv6 one or {@code null}. */
    public SubnetRequest withPrefixes(String ipv4Prefix, String ipv6Prefix) {
        return new SubnetRequest(name, ipv4Prefix, networkSecurityGroupId, routeTableId, natGatewayId,
                defaultOutboundAccess, ipv6Prefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }

    SubnetRequest named(String newName) {
        return new SubnetRequest(newName, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId,
                defaultOutboundAccess, ipv6AddressPrefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }
}
