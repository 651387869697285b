package io.vnetlab.model;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A subnet of a virtual network: one prefix inside the network's address space (docs/azure/addressing.md#subnets), with
 * zero or one network security group and zero or one route table (docs/azure/addressing.md#subnet-associations). Five
 * of its addresses are reserved by Azure: the network address, the next three, and the last
 * (docs/azure/addressing.md#reserved-addresses).
 *
 * @param networkSecurityGroupId the associated NSG, or {@code null}
 * @param routeTableId the associated route table, or {@code null}
 * @param natGatewayId the NAT gateway that gives the subnet its outbound Internet access, or {@code null}
 *                     (docs/azure/outbound-access.md#nat-gateway)
 * @param defaultOutboundAccess {@code false} for a private subnet, {@code true} when default outbound access is on,
 *                              {@code null} when the request left it unset (docs/azure/outbound-access.md#private-subnets)
 * @param ipv6AddressPrefix the subnet's IPv6 prefix, a /64, in a dual-stack network; {@code null} for an IPv4-only
 *                          subnet (docs/azure/ipv6.md#subnets)
 * @param privateEndpointNetworkPolicies whether its NSG and route tables apply to traffic to its private endpoints;
 *                                       {@code null} for Azure's default, {@code Disabled}, whether the request left
 *                                       it unset or named it (docs/azure/private-endpoints.md#network-policies)
 */
@API(status = MAINTAINED, since = "0.1")
public record Subnet(ResourceId id, String name, Cidr addressPrefix, ResourceId networkSecurityGroupId,
                     ResourceId routeTableId, ResourceId natGatewayId, Boolean defaultOutboundAccess,
                     Cidr ipv6AddressPrefix, PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies,
                     List<ServiceEndpoint> serviceEndpoints) {

    public Subnet {
        serviceEndpoints = serviceEndpoints == null ? List.of() : List.copyOf(serviceEndpoints);
        // unset and Disabled are one setting, which Azure shows as Disabled: one record for both
        if (privateEndpointNetworkPolicies == PrivateEndpointNetworkPolicies.Disabled) {
            privateEndpointNetworkPolicies = null;
        }
    }

    /** A subnet without service endpoints. */
    public Subnet(ResourceId id, String name, Cidr addressPrefix, ResourceId networkSecurityGroupId,
                  ResourceId routeTableId, ResourceId natGatewayId, Boolean defaultOutboundAccess,
                  Cidr ipv6AddressPrefix, PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies) {
        this(id, name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId, defaultOutboundAccess,
                ipv6AddressPrefix, privateEndpointNetworkPolicies, List.of());
    }

    /** The same subnet with other associations; everything else is kept. */
    public Subnet withAssociations(ResourceId networkSecurityGroup, ResourceId routeTable, ResourceId natGateway) {
        return new Subnet(id, name, addressPrefix, networkSecurityGroup, routeTable, natGateway, defaultOutboundAccess,
                ipv6AddressPrefix, privateEndpointNetworkPolicies, serviceEndpoints);
    }

    /** The subnet's service endpoint to {@code service}, if it has one (docs/azure/service-endpoints.md#model). */
    public Optional<ServiceEndpoint> serviceEndpoint(EndpointService service) {
        return serviceEndpoints.stream().filter(e -> e.service() == service).findFirst();
    }

    /** A subnet whose private endpoint network policies are left unset. */
    public Subnet(ResourceId id, String name, Cidr addressPrefix, ResourceId networkSecurityGroupId,
                  ResourceId routeTableId, ResourceId natGatewayId, Boolean defaultOutboundAccess,
                  Cidr ipv6AddressPrefix) {
        this(id, name, addressPrefix, networkSecurityGroupId, routeTableId, natGatewayId, defaultOutboundAccess,
                ipv6AddressPrefix, null);
    }

    /**
     * The network policies that apply to its private endpoints: as set, else Azure's default {@code Disabled}
     * (docs/azure/private-endpoints.md#network-policies).
     */
    public PrivateEndpointNetworkPolicies privateEndpointPolicies() {
        return privateEndpointNetworkPolicies == null ? PrivateEndpointNetworkPolicies.Disabled
                : privateEndpointNetworkPolicies;
    }

    /** A subnet with no NAT gateway, default outbound access left unset, IPv4 only. */
    public Subnet(ResourceId id, String name, Cidr addressPrefix, ResourceId networkSecurityGroupId,
                  ResourceId routeTableId) {
        this(id, name, addressPrefix, networkSecurityGroupId, routeTableId, null, null, null);
    }

    public Optional<Cidr> ipv6Prefix() {
        return Optional.ofNullable(ipv6AddressPrefix);
    }

    /** The IPv4 prefix, then the IPv6 prefix of a dual-stack subnet: what Azure lists as addressPrefixes. */
    public List<Cidr> addressPrefixes() {
        return ipv6AddressPrefix == null ? List.of(addressPrefix) : List.of(addressPrefix, ipv6AddressPrefix);
    }

    /** Whether one of the subnet's prefixes holds {@code address}. */
    public boolean contains(IpAddress address) {
        return addressPrefix.contains(address) || (ipv6AddressPrefix != null && ipv6AddressPrefix.contains(address));
    }

    /** A subnet with no NSG and no route table. */
    public Subnet(ResourceId id, String name, Cidr addressPrefix) {
        this(id, name, addressPrefix, null, null);
    }

    public Optional<ResourceId> natGateway() {
        return Optional.ofNullable(natGatewayId);
    }

    /**
     * Whether Azure gives the subnet's machines default outbound access when they have no explicit outbound method:
     * not for a private subnet; an unset value counts as on (docs/azure/decisions.md#default-outbound-access-unset).
     */
    public boolean hasDefaultOutboundAccess() {
        return defaultOutboundAccess == null || defaultOutboundAccess;
    }

    public Optional<ResourceId> networkSecurityGroup() {
        return Optional.ofNullable(networkSecurityGroupId);
    }

    public Optional<ResourceId> routeTable() {
        return Optional.ofNullable(routeTableId);
    }

    /** The network's id. */
    public ResourceId networkId() {
        return id.parent().orElseThrow();
    }

    /** The name of the network this subnet belongs to. */
    public String networkName() {
        return networkId().name();
    }

    /** The five addresses Azure reserves in every subnet, in order (docs/azure/addressing.md#reserved-addresses). */
    public List<IpAddress> reservedAddresses() {
        IpAddress first = addressPrefix.firstAddress();
        return List.of(first, first.plus(1), first.plus(2), first.plus(3), addressPrefix.lastAddress());
    }

    /**
     * Whether {@code address} is one of the five reserved addresses (docs/azure/addressing.md#reserved-addresses); in
     * the IPv6 prefix, one of its first four (docs/azure/ipv6.md#subnets).
     */
    public boolean isReserved(IpAddress address) {
        if (address.isIPv6()) {
            return ipv6AddressPrefix != null && ipv6AddressPrefix.contains(address)
                    && address.toIPAddress().getValue().subtract(ipv6AddressPrefix.firstAddress().toIPAddress()
                    .getValue()).compareTo(java.math.BigInteger.valueOf(3)) <= 0;
        }
        long offset = address.longValue() - addressPrefix.firstAddress().longValue();
        return offset >= 0 && (offset <= 3 || address.equals(addressPrefix.lastAddress()));
    }

    /** How many addresses Azure lets interfaces use: 2^(32-len) - 5 (docs/azure/addressing.md#reserved-addresses). */
    public long usableAddressCount() {
        return addressPrefix.size() - 5;
    }

    @Override
    public String toString() {
        return "subnet '" + networkName() + "/" + name + "' " + addressPrefix;
    }
}
