package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The error codes the simulated Azure Resource Manager returns. Most are Azure's own (see the source note of each);
 * a few are vnetlab's, for cases where Azure documents no code — {@link #isAzureCode()} tells which, and the
 * error catalogue (docs/errors.md) marks them.
 */
@API(status = MAINTAINED, since = "0.1")
public enum AzureErrorCode {
    /** Host bits set in a prefix (docs/azure/addressing.md#prefix-errors). */
    InvalidCIDRNotation(400, true),
    /** A prefix that is not CIDR notation (docs/azure/addressing.md#prefix-errors). */
    InvalidAddressPrefixFormat(400, true),
    /**
     * An address space in a range that can never be used (docs/azure/addressing.md#address-ranges). vnetlab's code:
     * Azure's is not documented.
     */
    AddressSpaceInReservedRange(400, false),
    /** A subnet outside every range of its network's address space (docs/azure/addressing.md#subnet-inside-space). */
    NetcfgSubnetRangeOutsideVnet(400, true),
    /** Two subnets of one network overlap (docs/azure/addressing.md#subnet-overlap). */
    NetcfgSubnetRangesOverlap(400, true),
    /**
     * A subnet Azure will not accept, such as one smaller than /29 or larger than /2
     * (docs/azure/addressing.md#subnet-size).
     */
    NetcfgInvalidSubnet(400, true),
    /**
     * Subnet peering settings that do not fit together: subnet names without {@code peerCompleteVnets=false}, a subnet
     * peering without subnets on both sides, IPv6-only peering of complete networks, or an update that changes a
     * peering's kind (docs/azure/subnet-peering.md#validation). vnetlab's code: Azure documents none.
     */
    InvalidSubnetPeeringSettings(400, false),
    /**
     * A network manager scope Azure would refuse: no subscription, a subscription that does not exist, or a commit of a
     * configuration type the manager has no scope access for (docs/azure/virtual-network-manager.md#network-manager).
     * vnetlab's code.
     */
    InvalidNetworkManagerScope(400, false),
    /**
     * A static network group member outside the manager's scope, or not a virtual network
     * (docs/azure/virtual-network-manager.md#network-groups). vnetlab's code.
     */
    NetworkGroupMemberOutOfScope(400, false),
    /**
     * A connectivity configuration Azure would refuse: hub-and-spoke without exactly one hub, a mesh with a hub, a
     * group of another manager, hub gateway use in a mesh (docs/azure/virtual-network-manager.md#connectivity).
     * vnetlab's code.
     */
    InvalidConnectivityConfiguration(400, false),
    /**
     * A connected group (a mesh, or spokes with direct connectivity) of more virtual networks than Azure allows, or a
     * virtual network in more connected groups than Azure allows (docs/azure/virtual-network-manager.md#limits).
     * vnetlab's code.
     */
    ConnectedGroupLimitExceeded(400, false),
    /**
     * A security admin rule Azure would refuse: priority outside 1 to 4096, a malformed prefix or port range
     * (docs/azure/virtual-network-manager.md#security-admin-rules). vnetlab's code.
     */
    InvalidSecurityAdminRule(400, false),
    /**
     * Deleting a network manager resource a deployment still uses: a deployed configuration, a network group a
     * configuration applies to, a manager with deployments (docs/azure/virtual-network-manager.md#deployments).
     * vnetlab's code.
     */
    NetworkManagerResourceInUse(400, false),
    /** Two address ranges of one network overlap each other. */
    VnetAddressSpaceRangesOverlap(400, false),
    /** A subnet with network interfaces in it cannot be deleted or moved out of the address space. */
    InUseSubnetCannotBeDeleted(400, true),
    /** Changing the prefix of a subnet that has network interfaces in it. */
    InUseSubnetCannotBeUpdated(400, true),
    /**
     * A subnet service endpoint naming a service Azure offers no endpoints to
     * (docs/azure/service-endpoints.md#errors).
     */
    SubnetHasServiceEndpointWithInvalidServiceName(400, true),
    /**
     * Two service endpoints of one subnet to the same service (docs/azure/service-endpoints.md#errors). vnetlab's
     * code: Azure documents the rule but not its code.
     */
    DuplicateServiceEndpointOnSubnet(400, false),
    /**
     * A resource re-created in another location than the one it exists in
     * (docs/azure/addressing.md#existing-name-other-region).
     */
    InvalidResourceLocation(400, true),
    /**
     * A static private address in the five reserved addresses of its subnet
     * (docs/azure/addressing.md#reserved-addresses, #private-ip-errors).
     */
    PrivateIPAddressInReservedRange(400, true),
    /** A static private address outside its subnet (docs/azure/addressing.md#private-ip-errors). */
    PrivateIPAddressNotInSubnet(400, true),
    /** A static private address already assigned to another interface (docs/azure/addressing.md#private-ip-errors). */
    PrivateIPAddressIsAllocated(400, true),
    /** No free address left in a subnet for dynamic allocation. */
    SubnetIsFull(400, true),
    /** Peering two networks whose address spaces overlap (docs/azure/peering.md#overlapping-address-spaces). */
    VnetAddressSpacesOverlap(400, true),
    /**
     * Peering a network that overlaps another network already peered with the remote one
     * (docs/azure/peering.md#overlap-with-already-peered).
     */
    VnetAddressSpaceOverlapsWithAlreadyPeeredVnet(400, true),
    /** A second peering from one network to the same remote network (docs/azure/peering.md#duplicate-peering). */
    AnotherPeeringAlreadyReferencesRemoteVnet(400, true),
    /** The remote network of a peering does not exist (docs/azure/peering.md#remote-network-missing). */
    InvalidGlobalResourceReference(400, true),
    /** Creating or updating a peering whose remote counterpart is Disconnected (docs/azure/peering.md#reconnecting). */
    RemotePeeringIsDisconnected(400, true),
    /** {@code useRemoteGateways} against a network with no gateway (docs/azure/peering.md#remote-has-no-gateway). */
    RemoteVnetHasNoGateways(400, true),
    /**
     * A network with more than 500 peerings (docs/azure/addressing.md#limits). vnetlab's code: Azure's is not
     * documented.
     */
    PeeringLimitExceeded(400, false),
    /**
     * A network peered with itself (docs/azure/peering.md#peering-with-itself). vnetlab's code: Azure's is not
     * documented.
     */
    PeeringWithSelfNotAllowed(400, false),
    /**
     * Changing the remote network of an existing peering (docs/azure/peering.md#changing-the-remote-network). vnetlab's
     * code.
     */
    CannotChangeRemoteVirtualNetworkOfPeering(400, false),
    /** A resource of that name already exists where the Java DSL was asked to create a new one. vnetlab's code. */
    ResourceAlreadyExists(409, false),
    /** A resource that does not exist. */
    ResourceNotFound(404, true),
    /**
     * A change that conflicts with what exists: a second registration zone of a virtual network, a second link of one
     * zone to one network, deleting a private DNS zone that still has links (docs/azure/private-dns.md#rules).
     */
    Conflict(409, true),
    /**
     * A request Azure's private DNS service refuses as malformed: a zone name of one label, a record that is not an
     * address, a CNAME beside other records (docs/azure/private-dns.md#rules).
     */
    BadRequest(400, true),
    /** A resource group that does not exist. */
    ResourceGroupNotFound(404, true),
    /** A subscription that does not exist. */
    SubscriptionNotFound(404, true),
    /**
     * A second Network Watcher instance in one region of a subscription
     * (docs/azure/cli-and-network-watcher.md#automatic-enablement).
     */
    NetworkWatcherCountLimitReached(400, true),
    /** A child resource whose parent does not exist (docs/azure/arm-templates.md#not-simulated). */
    ParentResourceNotFound(404, true),
    /** A name Azure's naming rules reject (docs/azure/naming.md#rules). */
    InvalidResourceName(400, true),
    /**
     * A resource group name Azure's naming rules reject (docs/azure/naming.md#resource-group-names); Azure's code and
     * message, as quoted in Azure/azure-cli#14481.
     */
    InvalidResourceGroup(400, true),
    /** A location that is not an Azure region. */
    LocationNotAvailableForResourceType(400, true),
    /** A resource referenced in another region where Azure needs the same region (a NIC and its network). */
    InvalidResourceReference(400, true),
    /**
     * A reference whose {@code id} is not a full resource id, such as a bare name: the resource provider's answer
     * (docs/azure/arm-templates.md#validation-codes).
     */
    LinkedInvalidPropertyId(400, true),

    // ---- routing, gateways and appliances
    /**
     * A route next hop type a route table cannot use, such as VNetPeering (docs/azure/routing.md#user-route-next-hops).
     * vnetlab's code.
     */
    InvalidRouteNextHopType(400, false),
    /**
     * A VirtualAppliance route without a next hop IP (docs/azure/routing.md#user-route-next-hops). vnetlab's code; the
     * message follows Azure's text as reported in Azure/terraform-azurerm-hubnetworking#48.
     */
    NextHopIpAddressRequired(400, false),
    /**
     * A next hop IP on a route whose type is not VirtualAppliance (docs/azure/routing.md#user-route-next-hops).
     * vnetlab's code.
     */
    NextHopIpAddressNotAllowed(400, false),
    /**
     * More than 400 routes in one route table (docs/azure/routing.md#route-tables, docs/azure/addressing.md#limits).
     * vnetlab's code.
     */
    RouteTableRouteLimitExceeded(400, false),
    /** Deleting a route table still associated with a subnet. */
    InUseRouteTableCannotBeDeleted(400, true),
    /**
     * A virtual network gateway outside a subnet named exactly GatewaySubnet (docs/azure/gateways.md#gateway-subnet).
     * vnetlab's code.
     */
    GatewayMustBeInGatewaySubnet(400, false),
    /** A second VPN (or ExpressRoute) gateway in one network. vnetlab's code. */
    VirtualNetworkAlreadyHasGatewayOfThisType(400, false),
    /**
     * useRemoteGateways on a network that has a gateway of its own, or a gateway in such a network
     * (docs/azure/peering.md#use-remote-gateways-conflicts).
     */
    VnetWithGatewayCannotUseRemoteGateways(400, false),
    /**
     * A second useRemoteGateways peering on one network (docs/azure/peering.md#use-remote-gateways-conflicts,
     * docs/azure/gateways.md#transit-preconditions). vnetlab's code.
     */
    AnotherPeeringAlreadyUsesRemoteGateways(400, false),
    /**
     * useRemoteGateways while the remote peering back does not allow gateway transit
     * (docs/azure/peering.md#use-remote-gateways). vnetlab's code.
     */
    RemotePeeringDoesNotAllowGatewayTransit(400, false),
    /**
     * A BGP autonomous system number out of the 32-bit range or reserved by IANA or Azure
     * (docs/azure/gateways.md#bgp-asn). vnetlab's code: Azure's is not documented.
     */
    InvalidBgpAsn(400, false),
    /** A connection whose gateways or site do not fit its type. vnetlab's code. */
    InvalidConnectionEndpoints(400, false),
    // ---- ARM template deployments
    /** A network interface already attached to another VM. vnetlab's code: Azure's is not documented. */
    NicInUse(400, false),
    /** An Azure Firewall whose IP configuration is not in the subnet named AzureFirewallSubnet. vnetlab's code. */
    AzureFirewallMustBeInAzureFirewallSubnet(400, false),
    /** A template or an expression ARM cannot validate (a missing parameter, an unknown function, a cycle). */
    InvalidTemplate(400, true),
    /**
     * A linked template or parameters file (a deployment's {@code templateLink} or {@code parametersLink}) that
     * cannot be read (docs/azure/arm-templates.md#linked-templates).
     */
    InvalidContentLink(400, true),
    /**
     * A deployment above a resource group (to a subscription, a management group or the tenant) without the
     * location its data is kept in (docs/azure/arm-templates.md#deployment-scopes).
     */
    LocationRequired(400, true),
    /** At least one resource of a deployment failed; the inner error names it. */
    DeploymentFailed(400, true),
    // ---- network security groups
    /**
     * A security rule priority outside 100–4096 (docs/azure/network-security-groups.md#rules). OBSERVED: the code is
     * quoted from Azure's answers in public lab write-ups; no Microsoft page documents it.
     */
    SecurityRuleInvalidPriority(400, true),
    /**
     * Two rules of one group with the same priority and direction (docs/azure/network-security-groups.md#rules);
     * Azure's code and message, as quoted in hashicorp/terraform-provider-azurerm#11137.
     */
    SecurityRuleConflict(400, true),
    /** A port that is not {@code *}, an integer or a range in 0–65535 (Azure/azure-cli#23499 quotes the message). */
    SecurityRuleInvalidPortRange(400, true),
    /** An address that is not {@code *}, a service tag, an address or a CIDR prefix (terraform-provider-azurerm#16761). */
    SecurityRuleInvalidAddressPrefix(400, true),
    /**
     * A list of several prefixes holding {@code *} or a service tag, which only a single prefix may be
     * (terraform-provider-azurerm#5617 quotes the message).
     */
    SecurityRuleParameterContainsUnsupportedValue(400, true),
    /** Deleting a group still associated with a subnet or network interface (pulumi/pulumi-azure-native#3051). */
    InUseNetworkSecurityGroupCannotBeDeleted(400, true),
    /**
     * More than 1,000 rules in one group (docs/azure/network-security-groups.md, docs/azure/addressing.md#limits).
     * vnetlab's code: Azure's is not documented.
     */
    SecurityRuleLimitExceeded(400, false),
    /** A public IP address already used by another network interface. vnetlab's code. */
    PublicIPAddressInUse(400, false),
    // ---- NAT gateways and outbound access (docs/azure/outbound-access.md)
    /**
     * A NAT gateway on a subnet where an interface uses a Basic public IP address
     * (docs/azure/outbound-access.md#nat-gateway-rules). Azure's code, as quoted in
     * hashicorp/terraform-provider-azurerm#18570.
     */
    SubnetWithNatGatewayAndBasicSkuResourceNotAllowed(400, true),
    /** A Basic public IP address given to a NAT gateway (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    NatGatewayCannotUseBasicSkuPublicIp(400, false),
    /** More than 16 public addresses on one NAT gateway (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    NatGatewayPublicAddressLimitExceeded(400, false),
    /** An idle timeout outside 4 to 120 minutes (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    NatGatewayIdleTimeoutOutOfRange(400, false),
    /** One NAT gateway on subnets of two virtual networks (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    NatGatewayCannotSpanVirtualNetworks(400, false),
    /** A NAT gateway on the GatewaySubnet (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    NatGatewayNotAllowedOnGatewaySubnet(400, false),
    /** Deleting a NAT gateway a subnet still uses (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    InUseNatGatewayCannotBeDeleted(400, false),
    /** A public IP prefix length outside /28 to /31 (docs/azure/outbound-access.md#public-ip-prefixes). vnetlab's code. */
    InvalidPublicIpPrefixLength(400, false),
    // ---- IPv6 (docs/azure/ipv6.md)
    /** An address space, or a subnet, with IPv6 prefixes only (docs/azure/ipv6.md#dual-stack-only). vnetlab's code. */
    IPv6OnlyNotSupported(400, false),
    /** An IPv6 subnet prefix that is not a /64 (docs/azure/ipv6.md#subnets). vnetlab's code. */
    InvalidIPv6SubnetPrefixLength(400, false),
    /** An IPv6 IP configuration in a subnet without an IPv6 prefix (docs/azure/ipv6.md#network-interfaces). vnetlab's code. */
    SubnetHasNoIPv6AddressPrefix(400, false),
    /** A second IPv6 IP configuration on an interface (docs/azure/ipv6.md#one-ipv6-configuration). vnetlab's code. */
    OnlyOneIPv6IpConfigurationPerInterface(400, false),
    /** An IPv4 IP configuration put again as IPv6 (docs/azure/ipv6.md#one-ipv6-configuration). vnetlab's code. */
    IpConfigurationVersionCannotChange(400, false),
    // ---- secondary IP configurations (docs/azure/addressing.md#secondary-ip-configurations)
    /** Deleting an interface's primary IP configuration. vnetlab's code: Azure documents none. */
    PrimaryIpConfigurationCannotBeDeleted(400, false),
    /**
     * A secondary IP configuration in another subnet than its interface's primary one. vnetlab's code and choice
     * (docs/azure/decisions.md#secondary-ip-configurations).
     */
    IpConfigurationMustBeInInterfaceSubnet(400, false),
    /** An IPv6 public IP address given to a NAT gateway (docs/azure/outbound-access.md#nat-gateway-rules). vnetlab's code. */
    NatGatewayCannotUseIPv6PublicIp(400, false),
    // ---- Bastion (docs/azure/bastion.md)
    /** An AzureBastionSubnet smaller than /26 (docs/azure/bastion.md#rules). vnetlab's code. */
    AzureBastionSubnetTooSmall(400, false),
    /** A Bastion host without a Standard IPv4 public IP (docs/azure/bastion.md#rules). vnetlab's code. */
    BastionPublicIpRequired(400, false),
    /** A Bastion host of the Developer SKU, which vnetlab does not simulate (docs/azure/bastion.md#skus). vnetlab's code. */
    BastionSkuNotSimulated(400, false),
    /**
     * A network security group on AzureBastionSubnet that does not allow every flow Azure Bastion needs
     * (docs/azure/bastion.md#nsg-rules). Azure's code and message.
     */
    NetworkSecurityGroupNotCompliantForAzureBastionSubnet(400, true),
    // ---- private endpoints (docs/azure/private-endpoints.md)
    /**
     * A change to, or a deletion of, the network interface Azure created for a private endpoint, which only the
     * endpoint's own life changes (docs/azure/private-endpoints.md#network-interface). Azure's code, as public reports
     * quote it.
     */
    CannotModifyNicAttachedToPrivateEndpoint(400, true),
    /**
     * A private endpoint in another subscription than its virtual network (docs/azure/private-endpoints.md#rules).
     * vnetlab's code: Azure's is not documented.
     */
    PrivateEndpointSubscriptionMismatch(400, false),
    /**
     * A PUT that moves an existing private endpoint to another subnet (docs/azure/private-endpoints.md#rules). Azure's
     * code, as public reports quote it; the message is vnetlab's.
     */
    CannotChangeSubnetOnExistingPrivateEndpoint(400, true),
    /**
     * A PUT that changes an existing private endpoint's custom network interface name or static address, which are set
     * when it is created (docs/azure/private-endpoints.md#rules). vnetlab's code: Azure's is not documented.
     */
    PrivateEndpointPropertySetAtCreation(400, false),
    // ---- ARM template deployments: Bastion
    /**
     * A Bastion host whose IP configuration is not in the subnet named AzureBastionSubnet. Azure's code and message,
     * as quoted in hashicorp/terraform-provider-azurerm#15365.
     */
    SubnetNameMustBeAzureBastionSubnet(400, true),
    // ---- load balancers (docs/azure/load-balancers.md#validation)
    /**
     * A frontend IP configuration naming neither a subnet nor a public IP address; Azure's code, as quoted in
     * ernestio/ernest#480.
     */
    FrontendIPConfigHasNoSubnetOrPublicIP(400, true),
    /**
     * A frontend IP configuration naming both a subnet and a public IP address; Azure's code, as quoted in
     * hashicorp/terraform-provider-azurerm#1622.
     */
    FrontendIPConfigHasBothSubnetAndPublicIP(400, true),
    /**
     * A load balancer referencing a public IP address of another SKU; Azure's code, as quoted in
     * Azure/terraform-azurerm-loadbalancer#32.
     */
    PublicIPAndLBSkuDoNotMatch(400, true),
    /**
     * Two load-balancing rules without floating IP sending the same protocol and backend port to the same pool;
     * Azure's code, as quoted in MicrosoftDocs/azure-docs#94673.
     */
    RulesUseSameBackendPortProtocolAndPool(400, true),
    /**
     * Two outbound rules on one frontend with overlapping protocols; Azure's code, as quoted in
     * Azure/AzLoadBalancerMigration#10.
     */
    MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported(400, true),
    /**
     * A load-balancing rule that keeps outbound SNAT on a frontend an outbound rule also uses
     * (docs/azure/load-balancers.md#outbound-rules); Azure's code, as quoted in public deployment write-ups.
     */
    LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule(400, true),
    /**
     * A load-balancing, inbound NAT or outbound rule's idle timeout outside 4 to 100 minutes
     * (docs/azure/load-balancers.md#rule-settings). vnetlab's code: Azure's is not documented.
     */
    LoadBalancerIdleTimeoutOutOfRange(400, false),
    /**
     * A load-balancing rule's load distribution other than Default, SourceIP or SourceIPProtocol
     * (docs/azure/load-balancers.md#rule-settings). vnetlab's code: Azure's is not documented.
     */
    InvalidLoadDistribution(400, false),
    /**
     * A probe interval under 5 seconds, or a number of probes or probe threshold under 1
     * (docs/azure/load-balancers.md#rule-settings). vnetlab's code: Azure's is not documented.
     */
    InvalidProbeSetting(400, false),
    /**
     * A new Basic load balancer, after the Basic SKU's retirement (docs/azure/load-balancers.md#skus): what
     * {@code az network lb create --sku Basic} answers, and the code of the warning an ARM deployment lists for each
     * Basic load balancer it creates. vnetlab's code: Azure's is not documented.
     */
    BasicSkuLoadBalancerRetired(400, false),
    /**
     * A PUT that would change the SKU of an existing load balancer (docs/azure/load-balancers.md#skus): SKUs are not
     * mutable. vnetlab's code.
     */
    LoadBalancerSkuCannotChange(400, false),
    /**
     * An HA ports rule on a public or a Basic load balancer (docs/azure/load-balancers.md#ha-ports). vnetlab's code.
     */
    HaPortsRequireInternalStandardLoadBalancer(400, false),
    /** An outbound rule on a Basic load balancer (docs/azure/load-balancers.md#skus). vnetlab's code. */
    OutboundRulesRequireStandardLoadBalancer(400, false),
    /** An HTTPS health probe on a Basic load balancer (docs/azure/load-balancers.md#skus). vnetlab's code. */
    HttpsProbeRequiresStandardLoadBalancer(400, false),
    /**
     * TCP reset on a load-balancing or inbound NAT rule of a Basic load balancer (docs/azure/load-balancers.md#skus).
     * vnetlab's code.
     */
    TcpResetRequiresStandardLoadBalancer(400, false),
    /** A zonal or zone-redundant frontend on a Basic load balancer (docs/azure/load-balancers.md#skus). vnetlab's code. */
    AvailabilityZonesRequireStandardLoadBalancer(400, false),
    /** A protocol a load balancer part cannot use (docs/azure/load-balancers.md#validation). vnetlab's code. */
    InvalidLoadBalancerProtocol(400, false),
    /** A port out of range, or ports 0 outside an HA ports rule (docs/azure/load-balancers.md#validation). vnetlab's code. */
    InvalidLoadBalancerPort(400, false),
    /**
     * Two rules (load-balancing or inbound NAT) on the same frontend, protocol and frontend port
     * (docs/azure/load-balancers.md#validation). vnetlab's code.
     */
    LoadBalancerFrontendPortInUse(400, false),
    /** Public and private frontends in one load balancer (docs/azure/load-balancers.md#components). vnetlab's code. */
    LoadBalancerMixesPublicAndPrivateFrontends(400, false),
    /** Backend pool members in more than one virtual network (docs/azure/load-balancers.md#backend-pools). vnetlab's code. */
    BackendPoolSpansVirtualNetworks(400, false),
    /** An outbound rule on a frontend without a public IP (docs/azure/load-balancers.md#outbound-rules). vnetlab's code. */
    OutboundRuleRequiresPublicFrontend(400, false),
    // ---- deletions of resources still in use
    /**
     * A public IP address still associated with an IP configuration. Azure's code, as the network provider answers
     * a DELETE of an associated address.
     */
    PublicIPAddressCannotBeDeleted(400, true),
    /** A resource still referenced by another (an ASG by an interface, a gateway by a connection). vnetlab's code. */
    InUseResourceCannotBeDeleted(400, false),
    // ---- Azure Firewall, firewall policies, IP groups (docs/azure/azure-firewall.md)
    /**
     * A rule collection or rule collection group priority outside 100–65,000 (docs/azure/azure-firewall.md#rule-collections).
     * vnetlab's code: Azure's is not documented.
     */
    FirewallRuleCollectionPriorityOutOfRange(400, false),
    /** An action that does not fit the collection's kind: NAT collections DNAT, the others Allow or Deny. vnetlab's code. */
    FirewallRuleCollectionActionNotAllowed(400, false),
    /** Two rule collections of one kind with the same name in one firewall or rule collection group. vnetlab's code. */
    DuplicateFirewallRuleCollectionName(400, false),
    /** A rule without the sources, destinations, ports or protocols its kind needs. vnetlab's code. */
    FirewallRuleIncomplete(400, false),
    /** A policy that would inherit from itself through its parents (docs/azure/azure-firewall.md#inheritance). vnetlab's code. */
    FirewallPolicyInheritanceCycle(400, false),
    /** Forced tunnelling's management IP configuration outside AzureFirewallManagementSubnet. vnetlab's code. */
    AzureFirewallManagementSubnetRequired(400, false),
    /**
     * A route table on the AzureFirewallSubnet of a firewall without forced tunnelling that lacks a 0.0.0.0/0 route to
     * the Internet (docs/azure/azure-firewall.md#forced-tunneling). Azure's code, as public reports quote it.
     */
    AzureFirewallSubnetRouteTableMustHaveDefaultRouteToInternet(400, true);

    private final int httpStatus;
    private final boolean azureCode;

    AzureErrorCode(int httpStatus, boolean azureCode) {
        this.httpStatus = httpStatus;
        this.azureCode = azureCode;
    }

    /** The HTTP status Azure answers with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** {@code true} for a code Azure returns; {@code false} for a descriptive code of vnetlab's own. */
    public boolean isAzureCode() {
        return azureCode;
    }
}
