package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.PublicIpPrefix;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The control-plane operations of outbound access: NAT gateways, public IP prefixes and the subnets that name a NAT
 * gateway, validated as Azure validates them (docs/azure/outbound-access.md#nat-gateway-rules). Each returns a new
 * state or throws an {@link AzureException} and changes nothing.
 */
final class OutboundOperations {

    /** Public addresses one NAT gateway may use, addresses and prefixes together. */
    static final int MAX_NAT_GATEWAY_ADDRESSES = 16;
    static final int MIN_IDLE_TIMEOUT = 4;
    static final int MAX_IDLE_TIMEOUT = 120;
    /** Public IP prefix lengths Azure offers for IPv4 (docs/azure/outbound-access.md#public-ip-prefixes). */
    static final int LONGEST_PREFIX = 31;
    static final int SHORTEST_PREFIX = 28;
    /** Where simulated public prefixes come from, apart from single public addresses (docs/azure/decisions.md#public-ip-prefix-pool). */
    static final Cidr PUBLIC_PREFIX_POOL = Cidr.parse("52.0.0.0/8");
    static final String GATEWAY_SUBNET = "GatewaySubnet";

    private OutboundOperations() {
    }

    // ------------------------------------------------------------------ NAT gateways

    static TopologyState putNatGateway(TopologyState s, NatGatewayRequest request, PutMode mode) {
        ResourceId id = request.id();
        Names.require(NamingRule.NAT_GATEWAY, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<NatGateway> existing = s.get(NatGateway.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("NAT gateway", id.name(), "resource group '" + id.resourceGroup() + "'",
                    id);
        }
        requireSameLocation(existing.map(NatGateway::region), request.region(), id);
        int idle = request.idleTimeoutInMinutes();
        if (idle < MIN_IDLE_TIMEOUT || idle > MAX_IDLE_TIMEOUT) {
            throw new AzureException(AzureErrorCode.NatGatewayIdleTimeoutOutOfRange, "NAT gateway " + id
                    + " has an idle timeout of " + idle + " minutes; it must be between " + MIN_IDLE_TIMEOUT + " and "
                    + MAX_IDLE_TIMEOUT + ".", id);
        }
        List<ResourceId> addresses = new ArrayList<>();
        long count = 0;
        for (ResourceId pipId : request.publicIpAddressIds()) {
            PublicIpAddress pip = s.get(PublicIpAddress.class, pipId).filter(p -> sameRegion(p.region(),
                    request.region())).orElseThrow(() -> SecurityOperations.missingReference(pipId, id));
            if (pip.sku() == PublicIpAddressSku.Basic) {
                throw new AzureException(AzureErrorCode.NatGatewayCannotUseBasicSkuPublicIp, "NAT gateway " + id
                        + " cannot use public IP address " + pip.id() + ": it is Basic SKU, and a NAT gateway works"
                        + " only with Standard public IP addresses and prefixes.", id, pip.id());
            }
            if (pip.ipAddress().isIPv6()) {
                throw new AzureException(AzureErrorCode.NatGatewayCannotUseIPv6PublicIp, "NAT gateway " + id
                        + " cannot use public IP address " + pip.id() + ": it is IPv6, and a NAT gateway translates"
                        + " IPv4 only.", id, pip.id());
            }
            requireFreeForNatGateway(s, pip.id(), id);
            addresses.add(pip.id());
            count++;
        }
        List<ResourceId> prefixes = new ArrayList<>();
        for (ResourceId prefixId : request.publicIpPrefixIds()) {
            PublicIpPrefix prefix = s.get(PublicIpPrefix.class, prefixId).filter(p -> sameRegion(p.region(),
                    request.region())).orElseThrow(() -> SecurityOperations.missingReference(prefixId, id));
            for (NatGateway other : s.all(NatGateway.class)) {
                if (!other.id().equals(id) && other.publicIpPrefixIds().contains(prefix.id())) {
                    throw inUse(prefix.id(), id, other.id());
                }
            }
            prefixes.add(prefix.id());
            count += prefix.ipPrefix().size();
        }
        if (count > MAX_NAT_GATEWAY_ADDRESSES) {
            throw new AzureException(AzureErrorCode.NatGatewayPublicAddressLimitExceeded, "NAT gateway " + id
                    + " would use " + count + " public IP addresses; a NAT gateway uses at most "
                    + MAX_NAT_GATEWAY_ADDRESSES + ", counting every address of its prefixes.", id);
        }
        NatGateway gateway = new NatGateway(existing.map(NatGateway::id).orElse(id),
                existing.map(NatGateway::name).orElse(id.name()), request.region(), addresses, prefixes, idle);
        return s.with(NatGateway.class, gateway.id(), gateway);
    }

    /** A public IP address serves one resource: not an interface, not another NAT gateway. */
    private static void requireFreeForNatGateway(TopologyState s, ResourceId pipId, ResourceId gatewayId) {
        for (NetworkInterface nic : s.networkInterfaces()) {
            if (pipId.equals(nic.publicIpAddressId())) {
                throw inUse(pipId, gatewayId, NetworkOperations.ipConfiguration(nic));
            }
        }
        for (NatGateway other : s.all(NatGateway.class)) {
            if (!other.id().equals(gatewayId) && other.publicIpAddressIds().contains(pipId)) {
                throw inUse(pipId, gatewayId, other.id());
            }
        }
    }

    /** The public IP address or prefix {@code address} is already allocated to {@code owner}. */
    static AzureException inUse(ResourceId address, ResourceId by, ResourceId owner) {
        return new AzureException(AzureErrorCode.PublicIPAddressInUse, "Resource " + by + " is referencing public"
                + " IP address " + address + " that is already allocated to resource " + owner + ".", address, by,
                owner);
    }

    /** The NAT gateway that uses public IP address {@code pipId}, if one does. */
    static Optional<NatGateway> natGatewayUsing(TopologyState s, ResourceId pipId) {
        return s.all(NatGateway.class).stream().filter(g -> g.publicIpAddressIds().contains(pipId)).findFirst();
    }

    static TopologyState deleteNatGateway(TopologyState s, ResourceId id) {
        NatGateway gateway = s.get(NatGateway.class, id).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/natGateways", id.name(), id));
        List<ResourceId> users = subnetsUsing(s, gateway.id());
        if (!users.isEmpty()) {
            List<ResourceId> all = new ArrayList<>(users);
            all.add(0, gateway.id());
            throw new AzureException(AzureErrorCode.InUseNatGatewayCannotBeDeleted, "NAT gateway " + gateway.id()
                    + " cannot be deleted because it is in use by subnet(s) " + users.stream()
                    .map(ResourceId::toString).collect(Collectors.joining(", ")) + ". Remove it from the subnets"
                    + " first.", all);
        }
        return s.without(NatGateway.class, gateway.id());
    }

    private static List<ResourceId> subnetsUsing(TopologyState s, ResourceId gatewayId) {
        List<ResourceId> users = new ArrayList<>();
        for (VirtualNetwork network : s.networks()) {
            for (Subnet subnet : network.subnets()) {
                if (gatewayId.equals(subnet.natGatewayId())) {
                    users.add(subnet.id());
                }
            }
        }
        return users;
    }

    // ------------------------------------------------------------------ public IP prefixes

    static TopologyState putPublicIpPrefix(TopologyState s, PublicIpPrefixRequest request, PutMode mode) {
        ResourceId id = request.id();
        Names.require(NamingRule.PUBLIC_IP_PREFIX, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<PublicIpPrefix> existing = s.get(PublicIpPrefix.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Public IP prefix", id.name(), "resource group '" + id.resourceGroup()
                    + "'", id);
        }
        requireSameLocation(existing.map(PublicIpPrefix::region), request.region(), id);
        int length = request.prefixLength();
        if (length < SHORTEST_PREFIX || length > LONGEST_PREFIX) {
            throw new AzureException(AzureErrorCode.InvalidPublicIpPrefixLength, "Public IP prefix " + id
                    + " has length /" + length + "; an IPv4 public IP prefix is /" + SHORTEST_PREFIX + " to /"
                    + LONGEST_PREFIX + ".", id);
        }
        Cidr block = existing.map(PublicIpPrefix::ipPrefix).filter(p -> p.prefixLength() == length)
                .orElseGet(() -> freePrefix(s, length));
        return s.with(PublicIpPrefix.class, id, new PublicIpPrefix(existing.map(PublicIpPrefix::id).orElse(id),
                existing.map(PublicIpPrefix::name).orElse(id.name()), request.region(), block));
    }

    /** The first aligned block of {@code length} in the prefix pool that no other prefix overlaps. */
    private static Cidr freePrefix(TopologyState s, int length) {
        long size = 1L << (32 - length);
        for (long offset = 0; offset < PUBLIC_PREFIX_POOL.size(); offset += size) {
            Cidr candidate = Cidr.parse(PUBLIC_PREFIX_POOL.firstAddress().plus(offset) + "/" + length);
            if (s.all(PublicIpPrefix.class).stream().noneMatch(p -> p.ipPrefix().overlaps(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The simulated public prefix pool " + PUBLIC_PREFIX_POOL + " is exhausted.");
    }

    static TopologyState deletePublicIpPrefix(TopologyState s, ResourceId id) {
        PublicIpPrefix prefix = s.get(PublicIpPrefix.class, id).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/publicIPPrefixes", id.name(), id));
        for (NatGateway gateway : s.all(NatGateway.class)) {
            if (gateway.publicIpPrefixIds().contains(prefix.id())) {
                throw inUse(prefix.id(), prefix.id(), gateway.id());
            }
        }
        return s.without(PublicIpPrefix.class, prefix.id());
    }

    // ------------------------------------------------------------------ subnets

    /**
     * A subnet's NAT gateway must exist in the network's region, may not serve the GatewaySubnet, serves the subnets
     * of one network only, and needs Standard public IPs on the subnet's interfaces
     * (docs/azure/outbound-access.md#nat-gateway-rules). The subnets keep the gateway's id as Azure spells it.
     */
    static List<Subnet> withResolvedNatGateways(TopologyState s, Region region, List<Subnet> subnets) {
        List<Subnet> result = new ArrayList<>();
        for (Subnet subnet : subnets) {
            if (subnet.natGatewayId() == null) {
                result.add(subnet);
                continue;
            }
            NatGateway gateway = s.get(NatGateway.class, subnet.natGatewayId())
                    .filter(g -> sameRegion(g.region(), region))
                    .orElseThrow(() -> SecurityOperations.missingReference(subnet.natGatewayId(), subnet.id()));
            if (subnet.name().equalsIgnoreCase(GATEWAY_SUBNET)) {
                throw new AzureException(AzureErrorCode.NatGatewayNotAllowedOnGatewaySubnet, "NAT gateway "
                        + gateway.id() + " cannot be associated with subnet " + subnet.id() + ": a NAT gateway cannot"
                        + " serve the GatewaySubnet.", subnet.id(), gateway.id());
            }
            for (ResourceId other : subnetsUsing(s, gateway.id())) {
                if (!other.parent().equals(subnet.id().parent())) {
                    throw new AzureException(AzureErrorCode.NatGatewayCannotSpanVirtualNetworks, "NAT gateway "
                            + gateway.id() + " already serves subnet " + other + " of another virtual network; a NAT"
                            + " gateway serves the subnets of one virtual network only.", subnet.id(), gateway.id(),
                            other);
                }
            }
            for (NetworkInterface nic : s.networkInterfacesIn(subnet.id())) {
                requireStandardPublicIp(s, nic.publicIpAddressId(), subnet.id(), nic.id());
                Optional<LoadBalancer> basic = BasicLoadBalancerRules.basicLoadBalancerOf(s, nic.id());
                if (basic.isPresent()) {
                    throw BasicLoadBalancerRules.natGatewayConflict(subnet.id(), nic.id(), basic.get().id());
                }
            }
            result.add(subnet.withAssociations(subnet.networkSecurityGroupId(), subnet.routeTableId(), gateway.id()));
        }
        return result;
    }

    /**
     * An interface in a subnet with a NAT gateway may not use a Basic public IP address
     * (docs/azure/outbound-access.md#nat-gateway-rules).
     */
    static void requireStandardPublicIp(TopologyState s, ResourceId pipId, ResourceId subnetId, ResourceId nicId) {
        if (pipId == null) {
            return;
        }
        Optional<PublicIpAddress> pip = s.get(PublicIpAddress.class, pipId);
        if (pip.isPresent() && pip.get().sku() == PublicIpAddressSku.Basic) {
            throw new AzureException(AzureErrorCode.SubnetWithNatGatewayAndBasicSkuResourceNotAllowed, "NAT Gateway"
                    + " cannot be deployed on subnet containing Basic SKU Public IP addresses or Basic SKU Load"
                    + " Balancer. Subnet " + subnetId + " holds network interface " + nicId + " with Basic public IP"
                    + " address " + pipId + ".", subnetId, nicId, pipId);
        }
    }

    /** Called for a network interface PUT: its public IP must be Standard if its subnet has a NAT gateway. */
    static void requireInterfaceFitsNatGateway(TopologyState s, NicRequest nic) {
        Optional<Subnet> subnet = s.subnet(nic.subnetId());
        if (subnet.isPresent() && subnet.get().natGatewayId() != null) {
            requireStandardPublicIp(s, nic.publicIpAddressId(), subnet.get().id(), nic.id());
        }
        if (nic.publicIpAddressId() != null) {
            natGatewayUsing(s, nic.publicIpAddressId()).ifPresent(g -> {
                throw inUse(nic.publicIpAddressId(), nic.id(), g.id());
            });
        }
    }

    /** Associates {@code gatewayId} with a subnet, or removes its NAT gateway when {@code gatewayId} is null. */
    static TopologyState setSubnetNatGateway(TopologyState s, ResourceId subnetId, ResourceId gatewayId) {
        return NetworkOperations.putSubnetOf(s, subnetId, subnet -> subnet.withNatGateway(gatewayId));
    }

    /** Sets a subnet's {@code defaultOutboundAccess}; {@code false} makes it private. */
    static TopologyState setSubnetDefaultOutboundAccess(TopologyState s, ResourceId subnetId, Boolean access) {
        return NetworkOperations.putSubnetOf(s, subnetId, subnet -> subnet.withDefaultOutboundAccess(access));
    }

    /** The NAT gateways and public IP prefixes of a resource group being deleted, after its networks. */
    static TopologyState deleteOutboundResourcesIn(TopologyState s, ResourceGroup group) {
        TopologyState next = s;
        for (NatGateway gateway : s.all(NatGateway.class)) {
            if (ControlPlane.inGroup(gateway.id(), group)) {
                next = deleteNatGateway(next, gateway.id());
            }
        }
        for (PublicIpPrefix prefix : s.all(PublicIpPrefix.class)) {
            if (ControlPlane.inGroup(prefix.id(), group)) {
                next = next.without(PublicIpPrefix.class, prefix.id());
            }
        }
        return next;
    }

    private static boolean sameRegion(Region a, Region b) {
        return a.name().equals(b.name());
    }

    private static void requireSameLocation(Optional<Region> existing, Region requested, ResourceId id) {
        if (existing.isPresent() && !sameRegion(existing.get(), requested)) {
            throw new AzureException(AzureErrorCode.InvalidResourceLocation, "The resource '" + id.name()
                    + "' already exists in location '" + existing.get().name() + "' in resource group '"
                    + id.resourceGroup() + "'. A resource with the same name cannot be created in location '"
                    + requested.name() + "'. Please select a new resource name.", id);
        }
    }
}
