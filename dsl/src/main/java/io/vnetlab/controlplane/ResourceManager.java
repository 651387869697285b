package io.vnetlab.controlplane;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.VirtualNetwork;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The one door into the control plane: a validating PUT or DELETE for every resource type vnetlab simulates. The
 * Java DSL, the ARM template engine and the {@code az} emulation all change a topology through it. <b>API.</b>
 *
 * <p>Each PUT takes a request record — what an ARM PUT carries, in ARM's vocabulary ({@link NetworkRequest},
 * {@link SubnetRequest}, {@link PeeringRequest}, {@link NicRequest}, {@link VirtualMachineRequest},
 * {@link RouteTableRequest}, {@link RouteRequest}, {@link NetworkSecurityGroupRequest}, {@link SecurityRuleRequest},
 * {@link ApplicationSecurityGroupRequest}, {@link PublicIpAddressRequest}, {@link VirtualNetworkGatewayRequest},
 * {@link LocalNetworkGatewayRequest}, {@link ConnectionRequest}, {@link ResourceGroupRequest}) — and a
 * {@link PutMode}. Every operation validates fully, as Azure does, and returns the next state; or it throws an
 * {@link AzureException} with Azure's error code and the given state, being immutable, is unchanged.
 *
 * <pre>{@code
 * TopologyState s = ...;   // with subscription sub and resource group "rg"
 * ResourceId hub = ResourceId.resource(sub, "rg", ResourceId.NETWORK, "virtualNetworks", "hub");
 * s = ResourceManager.putNetwork(s, new NetworkRequest(hub, Region.WEST_EUROPE, List.of("10.0.0.0/16"),
 *         List.of(new SubnetRequest("default", "10.0.0.0/24"))), PutMode.CREATE);
 * ResourceId nic = ResourceId.resource(sub, "rg", ResourceId.NETWORK, "networkInterfaces", "vm1-nic");
 * s = ResourceManager.putNetworkInterface(s, new NicRequest(nic, Region.WEST_EUROPE,
 *         hub.child("subnets", "default"), null, false), PutMode.CREATE_OR_UPDATE);
 * }</pre>
 *
 * <p>To apply several PUTs all together or not at all, use a {@link ResourceBatch}, which calls these operations
 * on a working state.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ResourceManager {

    private ResourceManager() {
    }

    // ---- tenants, subscriptions, resource groups

    /** Adds a tenant (a directory); {@code ResourceAlreadyExists} if the id is taken. */
    public static TopologyState addTenant(TopologyState s, String id, String name) {
        return ControlPlane.addTenant(s, id, name);
    }

    /** Adds a subscription of an existing tenant. */
    public static TopologyState addSubscription(TopologyState s, String id, String name, String tenantId) {
        return ControlPlane.addSubscription(s, id, name, tenantId);
    }

    /** The subscription; {@code SubscriptionNotFound} if there is none with that id. */
    public static Subscription requireSubscription(TopologyState s, String subscriptionId) {
        return ControlPlane.requireSubscription(s, subscriptionId);
    }

    /** The resource group holding {@code anyIdInGroup}; {@code ResourceGroupNotFound} or {@code SubscriptionNotFound}. */
    public static ResourceGroup requireResourceGroup(TopologyState s, ResourceId anyIdInGroup) {
        return ControlPlane.requireResourceGroup(s, anyIdInGroup);
    }

    /** The virtual network; {@code ResourceNotFound} if there is none with that id. */
    public static VirtualNetwork requireNetwork(TopologyState s, ResourceId networkId) {
        return NetworkOperations.requireNetwork(s, networkId);
    }

    /** The peering; {@code ResourceNotFound} if there is none with that id. */
    public static Peering requirePeering(TopologyState s, ResourceId peeringId) {
        return PeeringOperations.requirePeering(s, peeringId);
    }

    /** The network security group; {@code ResourceNotFound} if there is none with that id. */
    public static NetworkSecurityGroup requireNetworkSecurityGroup(TopologyState s, ResourceId groupId) {
        return s.get(NetworkSecurityGroup.class, groupId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/networkSecurityGroups", groupId.name(), groupId));
    }

    public static TopologyState putResourceGroup(TopologyState s, ResourceGroupRequest group, PutMode mode) {
        return ControlPlane.putResourceGroup(s, group.subscriptionId(), group.name(), group.region(), mode);
    }

    /** Deletes a resource group and everything in it. */
    public static TopologyState deleteResourceGroup(TopologyState s, ResourceId groupId) {
        return ControlPlane.deleteResourceGroup(s, groupId);
    }

    // ---- Network Watcher

    /**
     * PUT of a Network Watcher instance ({@code Microsoft.Network/networkWatchers}); a region of a subscription has at
     * most one ({@code NetworkWatcherCountLimitReached}). A virtual network's PUT enables Network Watcher in its
     * region by itself, as in Azure: {@code NetworkWatcher_<region>} in the group {@code NetworkWatcherRG}.
     */
    public static TopologyState putNetworkWatcher(TopologyState s, ResourceId id, io.vnetlab.model.Region region,
                                                  PutMode mode) {
        return NetworkWatchers.put(s, id, region, mode);
    }

    /** Deletes a Network Watcher instance: Network Watcher is disabled in its region. */
    public static TopologyState deleteNetworkWatcher(TopologyState s, ResourceId id) {
        return NetworkWatchers.delete(s, id);
    }

    // ---- virtual networks, subnets, peerings

    /** PUT of a whole virtual network; its subnets' route tables and security groups must exist in its region. */
    public static TopologyState putNetwork(TopologyState s, NetworkRequest network, PutMode mode) {
        return NetworkOperations.putNetwork(s, network.id(), network.region(), network.addressPrefixes(),
                network.subnets(), mode);
    }

    /** Deletes a network; the peerings that pointed at it become {@code Disconnected}. */
    public static TopologyState deleteNetwork(TopologyState s, ResourceId networkId) {
        TopologyState after = NetworkOperations.deleteNetwork(s, networkId);
        // the servers recorded for the network go with it, so a network made again by that id starts without them
        return VirtualNetworkDnsServers.put(after, networkId, List.of());
    }

    /**
     * The DNS servers of a network, as its PUT carries them ({@code dhcpOptions.dnsServers}): they replace those
     * recorded, none leaves it on Azure's DNS. Recorded and shown, not simulated (docs/azure/addressing.md#dns-servers).
     *
     * @throws IllegalArgumentException for a server that is not an IP address (the surfaces refuse it first)
     */
    public static TopologyState putDnsServers(TopologyState s, ResourceId networkId, List<String> servers) {
        return VirtualNetworkDnsServers.put(s, networkId, servers);
    }

    /** The DNS servers recorded for a network, in order; none when it uses Azure's DNS. */
    public static List<String> dnsServers(TopologyState s, ResourceId networkId) {
        return s.get(VirtualNetworkDnsServers.class, networkId).map(VirtualNetworkDnsServers::servers)
                .orElse(List.of());
    }

    /** PUT of one subnet of an existing network (the child resource {@code virtualNetworks/subnets}). */
    public static TopologyState putSubnet(TopologyState s, ResourceId networkId, SubnetRequest subnet) {
        return NetworkOperations.putSubnet(s, networkId, subnet);
    }

    /** Deletes a subnet; {@code InUseSubnetCannotBeDeleted} while an interface or a gateway is in it. */
    public static TopologyState deleteSubnet(TopologyState s, ResourceId subnetId) {
        ResourceId networkId = subnetId.parent().orElseThrow(() -> NetworkOperations.notASubnet(subnetId));
        return NetworkOperations.deleteSubnet(s, networkId, subnetId.name());
    }

    /** Associates a route table with a subnet, or none when {@code routeTableId} is {@code null}. */
    public static TopologyState associateRouteTable(TopologyState s, ResourceId subnetId, ResourceId routeTableId) {
        return RoutingOperations.associateRouteTable(s, subnetId, routeTableId);
    }

    /** Associates a network security group with a subnet, or none when {@code groupId} is {@code null}. */
    public static TopologyState associateNetworkSecurityGroup(TopologyState s, ResourceId subnetId,
                                                              ResourceId groupId) {
        return SecurityOperations.setSubnetNetworkSecurityGroup(s, subnetId, groupId);
    }

    /** PUT of one direction of a peering. */
    public static TopologyState putPeering(TopologyState s, PeeringRequest peering, PutMode mode) {
        return PeeringOperations.putPeering(s, peering, mode);
    }

    /** Deletes one direction of a peering; the other one becomes {@code Disconnected}. */
    public static TopologyState deletePeering(TopologyState s, ResourceId peeringId) {
        return PeeringOperations.deletePeering(s, peeringId);
    }

    /** Re-PUTs a peering with {@code syncRemoteAddressSpace}, after the remote network's space changed. */
    public static TopologyState syncPeering(TopologyState s, ResourceId peeringId) {
        return PeeringOperations.syncPeering(s, peeringId);
    }

    // ---- network interfaces and virtual machines

    /**
     * PUT of a network interface; an interface attached to a VM stays attached. The interface of a private endpoint is
     * read-only (docs/azure/private-endpoints.md#network-interface): this and the other interface operations refuse it.
     */
    public static TopologyState putNetworkInterface(TopologyState s, NicRequest nic, PutMode mode) {
        PrivateEndpointOperations.requireNotPrivateEndpointInterface(s, nic.id());
        return InterfaceOperations.putNetworkInterface(s, nic, null, mode);
    }

    /** PUT of a secondary IPv4 configuration of an interface, in the interface's subnet. */
    public static TopologyState putIpConfiguration(TopologyState s, ResourceId nicId, String name,
                                                   ResourceId subnetId, String staticAddress, ResourceId publicIpId) {
        PrivateEndpointOperations.requireNotPrivateEndpointInterface(s, nicId);
        return InterfaceOperations.putIpConfiguration(s, nicId, name, subnetId, staticAddress, publicIpId);
    }

    /** PUT of the IPv6 IP configuration of an interface, named {@code name}, in the interface's subnet. */
    public static TopologyState putIpv6Configuration(TopologyState s, ResourceId nicId, String name,
                                                     ResourceId subnetId) {
        PrivateEndpointOperations.requireNotPrivateEndpointInterface(s, nicId);
        return InterfaceOperations.putIpv6Configuration(s, nicId, name, subnetId);
    }

    /**
     * The name a PUT of the whole interface declares for its IPv6 IP configuration (a template's), kept as given;
     * an interface without one is left as it is.
     */
    public static TopologyState nameIpv6Configuration(TopologyState s, ResourceId nicId, String name) {
        return s.networkInterface(nicId).filter(nic -> nic.ipv6Address().isPresent())
                .map(nic -> s.withNetworkInterface(nic.withIpv6ConfigurationName(name))).orElse(s);
    }

    /** Deletes an IP configuration of an interface (its IPv6 one included); refused for its primary one. */
    public static TopologyState deleteIpConfiguration(TopologyState s, ResourceId nicId, String name,
                                                      boolean primary) {
        PrivateEndpointOperations.requireNotPrivateEndpointInterface(s, nicId);
        return InterfaceOperations.deleteIpConfiguration(s, nicId, name, primary);
    }

    /** Deletes a network interface; refused while a virtual machine uses it. */
    public static TopologyState deleteNetworkInterface(TopologyState s, ResourceId nicId) {
        PrivateEndpointOperations.requireNotPrivateEndpointInterface(s, nicId);
        TopologyState after = InterfaceOperations.deleteNetworkInterface(s, nicId);
        // what is recorded of the interface goes with it, so an interface made again by that id starts without it
        return InterfaceDnsSettings.put(AcceleratedNetworking.put(after, nicId, false), nicId, List.of(), null);
    }

    /**
     * An interface's own DNS settings, as its PUT carries {@code dnsSettings}: its DNS servers (none: its network's)
     * and its internal DNS name label ({@code null} or empty: none). Recorded and shown, not simulated
     * (docs/azure/addressing.md#dns-servers).
     *
     * @throws IllegalArgumentException for a server that is not an IP address (the surfaces refuse it first)
     */
    public static TopologyState putInterfaceDnsSettings(TopologyState s, ResourceId nicId, List<String> servers,
                                                        String internalDnsNameLabel) {
        return InterfaceDnsSettings.put(s, nicId, servers, internalDnsNameLabel);
    }

    /** The DNS servers an interface names itself, in order; none when it takes its network's. */
    public static List<String> interfaceDnsServers(TopologyState s, ResourceId nicId) {
        return s.get(InterfaceDnsSettings.class, nicId).map(InterfaceDnsSettings::servers).orElse(List.of());
    }

    /** The host name an interface registers in Azure's internal DNS, if it names one. */
    public static java.util.Optional<String> internalDnsNameLabel(TopologyState s, ResourceId nicId) {
        return s.get(InterfaceDnsSettings.class, nicId).map(InterfaceDnsSettings::internalDnsNameLabel);
    }

    /**
     * Accelerated networking on an interface, as its PUT carries {@code enableAcceleratedNetworking}: recorded and
     * shown, not simulated (docs/azure/addressing.md#accelerated-networking).
     */
    public static TopologyState putAcceleratedNetworking(TopologyState s, ResourceId nicId, boolean enabled) {
        return AcceleratedNetworking.put(s, nicId, enabled);
    }

    /** Whether accelerated networking is recorded for an interface. */
    public static boolean acceleratedNetworking(TopologyState s, ResourceId nicId) {
        return AcceleratedNetworking.enabled(s, nicId);
    }

    /** PUT of a virtual machine on existing network interfaces. */
    public static TopologyState putVirtualMachine(TopologyState s, VirtualMachineRequest vm, PutMode mode) {
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            PrivateEndpointOperations.requireNotPrivateEndpointInterface(s, nicId);
        }
        return InterfaceOperations.putVirtualMachine(s, vm, mode);
    }

    /**
     * A virtual machine and the network interface made for it, together or neither, as {@code az vm create} makes
     * them; {@code vm} should list {@code nic}'s id.
     */
    public static TopologyState putVirtualMachine(TopologyState s, VirtualMachineRequest vm, NicRequest nic,
                                                  PutMode mode) {
        return InterfaceOperations.createVirtualMachine(s, vm, nic, mode);
    }

    /** Deletes a virtual machine; its interfaces are deleted too, or only detached. */
    public static TopologyState deleteVirtualMachine(TopologyState s, ResourceId vmId, boolean deleteNetworkInterfaces) {
        return InterfaceOperations.deleteVirtualMachine(s, vmId, deleteNetworkInterfaces);
    }

    // ---- route tables

    public static TopologyState putRouteTable(TopologyState s, RouteTableRequest table, PutMode mode) {
        return RoutingOperations.putRouteTable(s, table.id(), table.region(), table.routes(),
                table.disableBgpRoutePropagation(), mode);
    }

    /** PUT of one route of an existing route table (the child resource {@code routeTables/routes}). */
    public static TopologyState putRoute(TopologyState s, ResourceId routeTableId, RouteRequest route) {
        return RoutingOperations.putRoute(s, routeTableId, route);
    }

    /** Deletes a route table; {@code InUseRouteTableCannotBeDeleted} while a subnet uses it. */
    public static TopologyState deleteRouteTable(TopologyState s, ResourceId routeTableId) {
        return RoutingOperations.deleteRouteTable(s, routeTableId);
    }

    // ---- network security groups, application security groups, public IP addresses

    public static TopologyState putNetworkSecurityGroup(TopologyState s, NetworkSecurityGroupRequest group,
                                                        PutMode mode) {
        return SecurityOperations.putNetworkSecurityGroup(s, group.id(), group.region(),
                group.rules().stream().map(SecurityRuleRequest::toRule).toList(), mode);
    }

    /** PUT of one rule of an existing group (the child resource {@code networkSecurityGroups/securityRules}). */
    public static TopologyState putSecurityRule(TopologyState s, ResourceId groupId, SecurityRuleRequest rule) {
        return SecurityOperations.putSecurityRule(s, groupId, rule);
    }

    /** Deletes a network security group; refused while a subnet or an interface uses it. */
    public static TopologyState deleteNetworkSecurityGroup(TopologyState s, ResourceId groupId) {
        return SecurityOperations.deleteNetworkSecurityGroup(s, groupId);
    }

    public static TopologyState putApplicationSecurityGroup(TopologyState s, ApplicationSecurityGroupRequest group,
                                                            PutMode mode) {
        return SecurityOperations.putApplicationSecurityGroup(s, group.id(), group.region(), mode);
    }

    public static TopologyState putPublicIpAddress(TopologyState s, PublicIpAddressRequest address, PutMode mode) {
        return SecurityOperations.putPublicIpAddress(s, address.id(), address.region(), address.sku(), address.ipv6(),
                mode);
    }

    // ---- NAT gateways, public IP prefixes and outbound access (docs/azure/outbound-access.md)

    public static TopologyState putNatGateway(TopologyState s, NatGatewayRequest gateway, PutMode mode) {
        return OutboundOperations.putNatGateway(s, gateway, mode);
    }

    /** Deletes a NAT gateway; refused while a subnet uses it. */
    public static TopologyState deleteNatGateway(TopologyState s, ResourceId gatewayId) {
        return OutboundOperations.deleteNatGateway(s, gatewayId);
    }

    public static TopologyState putPublicIpPrefix(TopologyState s, PublicIpPrefixRequest prefix, PutMode mode) {
        return OutboundOperations.putPublicIpPrefix(s, prefix, mode);
    }

    /** Deletes a public IP prefix; refused while a NAT gateway uses it. */
    public static TopologyState deletePublicIpPrefix(TopologyState s, ResourceId prefixId) {
        return OutboundOperations.deletePublicIpPrefix(s, prefixId);
    }

    /** Associates a NAT gateway with a subnet, or none when {@code gatewayId} is {@code null}. */
    public static TopologyState associateNatGateway(TopologyState s, ResourceId subnetId, ResourceId gatewayId) {
        return OutboundOperations.setSubnetNatGateway(s, subnetId, gatewayId);
    }

    /**
     * Sets a subnet's {@code defaultOutboundAccess}: {@code false} makes it a private subnet, {@code null} leaves it
     * unset (docs/azure/outbound-access.md#private-subnets).
     */
    public static TopologyState setDefaultOutboundAccess(TopologyState s, ResourceId subnetId, Boolean access) {
        return OutboundOperations.setSubnetDefaultOutboundAccess(s, subnetId, access);
    }

    /**
     * Sets whether a subnet's NSG and the route tables that reach its private endpoints apply to traffic to them
     * ({@code null}: unset, which Azure reads as Disabled) (docs/azure/private-endpoints.md#network-policies).
     */
    public static TopologyState setPrivateEndpointNetworkPolicies(TopologyState s, ResourceId subnetId,
                                                                  PrivateEndpointNetworkPolicies policies) {
        return PrivateEndpointOperations.setNetworkPolicies(s, subnetId, policies);
    }

    /**
     * Checks service endpoints a PUT of subnet {@code subnetId} would ask for, changing nothing: every service known,
     * none twice (docs/azure/service-endpoints.md#errors).
     *
     * @throws io.vnetlab.model.AzureException {@code SubnetHasServiceEndpointWithInvalidServiceName} or
     *                                         {@code DuplicateServiceEndpointOnSubnet}
     */
    public static void requireValidServiceEndpoints(java.util.List<ServiceEndpointRequest> endpoints,
                                                    ResourceId subnetId) {
        ServiceEndpoints.resolve(endpoints, subnetId);
    }

    /**
     * Replaces a subnet's service endpoints with {@code endpoints} (empty: none), checked as
     * {@link #requireValidServiceEndpoints} checks them (docs/azure/service-endpoints.md#model).
     */
    public static TopologyState setServiceEndpoints(TopologyState s, ResourceId subnetId,
                                                    java.util.List<ServiceEndpointRequest> endpoints) {
        return NetworkOperations.putSubnetOf(s, subnetId, subnet -> subnet.withServiceEndpoints(endpoints));
    }

    // ---- Azure Bastion (docs/azure/bastion.md)

    /** PUT of a Bastion host in its network's AzureBastionSubnet; its interface carries the Bastion's id. */
    public static TopologyState putBastionHost(TopologyState s, BastionRequest bastion, PutMode mode) {
        return BastionOperations.putBastionHost(s, bastion, mode);
    }

    // ---- private endpoints (docs/azure/private-endpoints.md)

    /** PUT of a private endpoint, with the read-only interface Azure creates for it in its subnet. */
    public static TopologyState putPrivateEndpoint(TopologyState s, PrivateEndpointRequest endpoint, PutMode mode) {
        return PrivateEndpointOperations.putPrivateEndpoint(s, endpoint, mode);
    }

    /** The target owner's answer to a private endpoint's connection: approved or rejected, with its reason. */
    public static TopologyState setPrivateEndpointConnectionStatus(TopologyState s, ResourceId endpointId,
            io.vnetlab.model.PrivateLinkConnection.Status status, String description) {
        return PrivateEndpointOperations.setConnectionStatus(s, endpointId, status, description);
    }

    /** Deletes a private endpoint and its interface. */
    public static TopologyState deletePrivateEndpoint(TopologyState s, ResourceId endpointId) {
        return PrivateEndpointOperations.deletePrivateEndpoint(s, endpointId);
    }

    // ---- private DNS (docs/azure/private-dns.md)

    /** PUT of a private DNS zone (global); its name is a DNS name of at least two labels. */
    public static TopologyState putPrivateDnsZone(TopologyState s, io.vnetlab.model.PrivateDnsZone zone, PutMode mode) {
        return PrivateDnsOperations.putZone(s, zone, mode);
    }

    /** Deletes a private DNS zone and its record sets; {@code Conflict} while virtual networks are linked to it. */
    public static TopologyState deletePrivateDnsZone(TopologyState s, ResourceId zoneId) {
        return PrivateDnsOperations.deleteZone(s, zoneId);
    }

    /**
     * PUT of a virtual network link of a private DNS zone; {@code Conflict} for a second link of the zone to the
     * network, or a second zone with registration for the network.
     */
    public static TopologyState putPrivateDnsZoneLink(TopologyState s, io.vnetlab.model.PrivateDnsZoneLink link,
                                                      PutMode mode) {
        return PrivateDnsOperations.putLink(s, link, mode);
    }

    public static TopologyState deletePrivateDnsZoneLink(TopologyState s, ResourceId linkId) {
        return PrivateDnsOperations.deleteLink(s, linkId);
    }

    /** PUT of a record set (A, AAAA, CNAME) of a private DNS zone, as written by a user. */
    public static TopologyState putDnsRecordSet(TopologyState s, io.vnetlab.model.DnsRecordSet recordSet, PutMode mode) {
        return PrivateDnsOperations.putRecordSet(s, recordSet, mode);
    }

    public static TopologyState deleteDnsRecordSet(TopologyState s, ResourceId recordSetId) {
        return PrivateDnsOperations.deleteRecordSet(s, recordSetId);
    }

    /**
     * Every record set of a zone: the users', then those Azure keeps for the VMs of networks linked with registration
     * and for private endpoints whose DNS zone group names the zone.
     */
    public static java.util.List<io.vnetlab.model.DnsRecordSet> privateDnsRecordSets(TopologyState s,
                                                                                    ResourceId zoneId) {
        return PrivateDnsOperations.recordSets(s, zoneId);
    }

    /** PUT of a private endpoint's DNS zone group: one per endpoint, up to 5 existing zones. */
    public static TopologyState putPrivateDnsZoneGroup(TopologyState s, io.vnetlab.model.PrivateDnsZoneGroup group,
                                                       PutMode mode) {
        return PrivateDnsOperations.putZoneGroup(s, group, mode);
    }

    public static TopologyState deletePrivateDnsZoneGroup(TopologyState s, ResourceId groupId) {
        return PrivateDnsOperations.deleteZoneGroup(s, groupId);
    }

    // ---- load balancers (docs/azure/load-balancers.md)

    /** PUT of a whole load balancer: its frontends, pools, probes and rules, checked together. */
    public static TopologyState putLoadBalancer(TopologyState s, LoadBalancerRequest loadBalancer, PutMode mode) {
        return LoadBalancerOperations.putLoadBalancer(s, loadBalancer, mode);
    }

    /**
     * PUT of one inbound NAT rule of an existing load balancer (the child resource
     * {@code loadBalancers/inboundNatRules}).
     */
    public static TopologyState putInboundNatRule(TopologyState s, ResourceId loadBalancerId,
                                                  LoadBalancerRequest.InboundNatRule rule) {
        return LoadBalancerOperations.putInboundNatRule(s, loadBalancerId, rule);
    }

    /**
     * PUT of one backend pool of an existing load balancer (the child resource
     * {@code loadBalancers/backendAddressPools}).
     */
    public static TopologyState putBackendPool(TopologyState s, ResourceId loadBalancerId, String poolName) {
        return LoadBalancerOperations.putBackendPool(s, loadBalancerId, poolName);
    }

    public static TopologyState deleteLoadBalancer(TopologyState s, ResourceId loadBalancerId) {
        return LoadBalancerOperations.deleteLoadBalancer(s, loadBalancerId);
    }

    /**
     * Adds a network interface's IP configuration to a backend pool ({@code add} true) or takes it out, as
     * {@code az network nic ip-config address-pool add/remove} does.
     */
    public static TopologyState setBackendPoolMembership(TopologyState s, ResourceId backendPoolId,
                                                         ResourceId ipConfigurationId, boolean add) {
        return LoadBalancerOperations.setBackendMembership(s, backendPoolId, ipConfigurationId, add);
    }

    /** Points an inbound NAT rule at an IP configuration, or at none ({@code null}). */
    public static TopologyState setInboundNatRuleTarget(TopologyState s, ResourceId natRuleId,
                                                        ResourceId ipConfigurationId) {
        return LoadBalancerOperations.setNatRuleTarget(s, natRuleId, ipConfigurationId);
    }

    /** Deletes a public IP address; {@code PublicIPAddressCannotBeDeleted} while an interface uses it. */
    public static TopologyState deletePublicIpAddress(TopologyState s, ResourceId id) {
        return DeleteOperations.deletePublicIpAddress(s, id);
    }

    /** Deletes an application security group; refused while an interface belongs to it. */
    public static TopologyState deleteApplicationSecurityGroup(TopologyState s, ResourceId id) {
        return DeleteOperations.deleteApplicationSecurityGroup(s, id);
    }

    // ---- gateways and connections

    public static TopologyState putVirtualNetworkGateway(TopologyState s, VirtualNetworkGatewayRequest gateway,
                                                         PutMode mode) {
        return RoutingOperations.putVirtualNetworkGateway(s, gateway.id(), gateway.region(), gateway.subnetId(),
                gateway.type(),
                gateway.vpnType(), gateway.sku(), gateway.bgpAsn(), gateway.publicIpAddressIds(), mode);
    }

    public static TopologyState putLocalNetworkGateway(TopologyState s, LocalNetworkGatewayRequest site,
                                                       PutMode mode) {
        return RoutingOperations.putLocalNetworkGateway(s, site.id(), site.region(), site.gatewayIpAddress(),
                site.addressPrefixes(), site.bgpAsn(), site.bgpPeeringAddress(), mode);
    }

    public static TopologyState putConnection(TopologyState s, ConnectionRequest connection, PutMode mode) {
        return RoutingOperations.putConnection(s, connection.id(), connection.type(), connection.gateway1Id(),
                connection.gateway2Id(), connection.siteId(), connection.enableBgp(), mode);
    }

    /** Deletes a virtual network gateway; refused while a connection names it. */
    public static TopologyState deleteVirtualNetworkGateway(TopologyState s, ResourceId id) {
        return DeleteOperations.deleteVirtualNetworkGateway(s, id);
    }

    /** Deletes a local network gateway; refused while a connection names it. */
    public static TopologyState deleteLocalNetworkGateway(TopologyState s, ResourceId id) {
        return DeleteOperations.deleteLocalNetworkGateway(s, id);
    }

    /** Deletes a connection between gateways. */
    public static TopologyState deleteConnection(TopologyState s, ResourceId id) {
        return DeleteOperations.deleteConnection(s, id);
    }

    /**
     * The state Azure shows for a gateway connection: a VNet-to-VNet connection is {@code Connected} only while the
     * other gateway has a connection back (docs/azure/gateways.md#vnet-to-vnet), and so is a site-to-site connection
     * to a site that stands for another VPN gateway of the state (docs/azure/gateways.md#site-to-site-between-networks).
     */
    public static io.vnetlab.model.ConnectionStatus connectionStatus(TopologyState s,
                                                                      io.vnetlab.model.GatewayConnection connection) {
        return GatewayConnections.status(s, connection);
    }

    /**
     * The VPN gateway of {@code s} that site {@code siteId} stands for, its device address being the gateway's public
     * address: a site-to-site connection to it is a tunnel to that gateway
     * (docs/azure/gateways.md#site-to-site-between-networks).
     */
    public static java.util.Optional<io.vnetlab.model.VirtualNetworkGateway> gatewayBehindSite(TopologyState s,
            ResourceId siteId) {
        return GatewayConnections.gatewayBehind(s, siteId);
    }

    // ---- Azure Firewall, firewall policies, IP groups (docs/azure/azure-firewall.md)

    /** PUT of an IP group. */
    public static TopologyState putIpGroup(TopologyState s, IpGroupRequest group) {
        return FirewallOperations.putIpGroup(s, group);
    }

    /** PUT of a firewall policy; its rule collection groups are kept. */
    public static TopologyState putFirewallPolicy(TopologyState s, FirewallPolicyRequest policy) {
        return FirewallOperations.putPolicy(s, policy);
    }

    /** PUT of a rule collection group of a firewall policy. */
    public static TopologyState putRuleCollectionGroup(TopologyState s, RuleCollectionGroupRequest group) {
        return FirewallOperations.putRuleCollectionGroup(s, group);
    }

    /** DELETE of a rule collection group. */
    public static TopologyState deleteRuleCollectionGroup(TopologyState s, ResourceId groupId) {
        return FirewallOperations.deleteRuleCollectionGroup(s, groupId);
    }

    /** Deletes an Azure Firewall and its interface. */
    public static TopologyState deleteAzureFirewall(TopologyState s, ResourceId id) {
        return FirewallOperations.deleteFirewall(s, id);
    }

    /**
     * Checks the name of an IP configuration ({@code configurationId} names it in the error) against Azure's naming
     * rule for network resources (docs/azure/naming.md#rules): {@code InvalidResourceName} otherwise.
     */
    public static void requireIpConfigurationName(String name, ResourceId configurationId) {
        Names.require(NamingRule.NETWORK_INTERFACE, name, configurationId);
    }

    /** PUT of an Azure Firewall, with the interface through which it forwards. */
    public static TopologyState putAzureFirewall(TopologyState s, AzureFirewallRequest firewall) {
        return FirewallOperations.putFirewall(s, firewall);
    }

    // ---- tags (docs/azure/naming.md#tags)

    /** The tags a PUT of resource {@code resourceId} carries: they replace its tags whole. */
    public static TopologyState putTags(TopologyState s, ResourceId resourceId, java.util.Map<String, String> tags) {
        return TagOperations.put(s, resourceId, tags);
    }

    /** A PUT of resource {@code resourceId} without a {@code tags} property: it keeps no tags. */
    public static TopologyState clearTags(TopologyState s, ResourceId resourceId) {
        return TagOperations.clear(s, resourceId);
    }

    // ---- Azure Virtual Network Manager (docs/azure/virtual-network-manager.md)

    /** PUT of a network manager: its scope (subscriptions) and scope accesses. */
    public static TopologyState putNetworkManager(TopologyState s, io.vnetlab.model.NetworkManager manager,
                                                  PutMode mode) {
        return NetworkManagerOperations.putNetworkManager(s, manager, mode);
    }

    /** Deletes a network manager and its groups and configurations; refused while it has deployments. */
    public static TopologyState deleteNetworkManager(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteNetworkManager(s, id);
    }

    /** PUT of a network group, with its conditions of membership. */
    public static TopologyState putNetworkGroup(TopologyState s, io.vnetlab.model.NetworkGroup group, PutMode mode) {
        return NetworkManagerOperations.putNetworkGroup(s, group, mode);
    }

    /** Deletes a network group and its static members; refused while a configuration applies to it. */
    public static TopologyState deleteNetworkGroup(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteNetworkGroup(s, id);
    }

    /** PUT of a static member: a virtual network in the manager's scope. */
    public static TopologyState putStaticMember(TopologyState s, io.vnetlab.model.NetworkGroupStaticMember member,
                                                PutMode mode) {
        return NetworkManagerOperations.putStaticMember(s, member, mode);
    }

    public static TopologyState deleteStaticMember(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteStaticMember(s, id);
    }

    /** PUT of a connectivity configuration; effective only once committed. */
    public static TopologyState putConnectivityConfiguration(TopologyState s,
                                                             io.vnetlab.model.ConnectivityConfiguration configuration,
                                                             PutMode mode) {
        return NetworkManagerOperations.putConnectivityConfiguration(s, configuration, mode);
    }

    /** Deletes a connectivity configuration; refused while deployed. */
    public static TopologyState deleteConnectivityConfiguration(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteConnectivityConfiguration(s, id);
    }

    /** PUT of a security admin configuration; effective only once committed. */
    public static TopologyState putSecurityAdminConfiguration(
            TopologyState s, io.vnetlab.model.SecurityAdminConfiguration configuration, PutMode mode) {
        return NetworkManagerOperations.putSecurityAdminConfiguration(s, configuration, mode);
    }

    /** Deletes a security admin configuration with its rule collections; refused while deployed. */
    public static TopologyState deleteSecurityAdminConfiguration(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteSecurityAdminConfiguration(s, id);
    }

    /** PUT of a rule collection of a security admin configuration. */
    public static TopologyState putRuleCollection(TopologyState s, io.vnetlab.model.AdminRuleCollection collection,
                                                  PutMode mode) {
        return NetworkManagerOperations.putRuleCollection(s, collection, mode);
    }

    public static TopologyState deleteRuleCollection(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteRuleCollection(s, id);
    }

    /** PUT of a security admin rule. */
    public static TopologyState putAdminRule(TopologyState s, io.vnetlab.model.AdminRule rule, PutMode mode) {
        return NetworkManagerOperations.putAdminRule(s, rule, mode);
    }

    public static TopologyState deleteAdminRule(TopologyState s, ResourceId id) {
        return NetworkManagerOperations.deleteAdminRule(s, id);
    }

    /**
     * Commits configurations of one type to regions: they replace what the manager had deployed of that type there
     * (docs/azure/virtual-network-manager.md#deployments).
     */
    public static TopologyState commit(TopologyState s, ResourceId managerId,
                                       io.vnetlab.model.ConfigurationType type, java.util.List<io.vnetlab.model.Region> regions,
                                       java.util.List<ResourceId> configurationIds) {
        return NetworkManagerOperations.commit(s, managerId, type, regions, configurationIds);
    }

    /** The current members of a network group (docs/azure/virtual-network-manager.md#network-groups). */
    public static java.util.List<VirtualNetwork> networkGroupMembers(TopologyState s, ResourceId groupId) {
        return NetworkGroupMembers.of(s, groupId);
    }

    /** The connected groups of the deployed configurations (docs/azure/virtual-network-manager.md#connected-groups). */
    public static java.util.List<io.vnetlab.model.ConnectedGroup> connectedGroups(TopologyState s) {
        return ConnectedGroups.of(s);
    }
}
