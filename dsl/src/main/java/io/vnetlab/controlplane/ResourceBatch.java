package io.vnetlab.controlplane;

import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ARM-shaped PUTs (create or update, as a template deployment sends them) applied one after the other to a
 * working copy of a topology's state, and committed all together or not at all. Get one from
 * {@link Topology#batch(java.util.function.Function)}; it is valid only inside that call.
 *
 * <pre>{@code
 * topology.batch(batch -> {
 *     ResourceId vnet = ResourceId.resource(sub, "rg", ResourceId.NETWORK, "virtualNetworks", "hub");
 *     batch.putNetwork(vnet, Region.WEST_EUROPE, List.of("10.0.0.0/16"),
 *             List.of(new ResourceBatch.SubnetRequest("default", "10.0.0.0/24", null, null)));
 *     batch.putNetworkInterface(new ResourceBatch.NicRequest(nicId, Region.WEST_EUROPE, vnet.child("subnets", "default"),
 *             null, false, null, List.of(), null));
 *     return null;      // if any PUT throws, the topology keeps its old state
 * });
 * }</pre>
 *
 * <p>Every PUT validates as the control plane does and throws {@link AzureException} with Azure's code.
 * Added for ARM template deployments (issue 10).
 */
public final class ResourceBatch {

    /** A subnet as a virtual network's PUT carries it; the NSG and route table ids may be {@code null}. */
    public record SubnetRequest(String name, String addressPrefix, ResourceId networkSecurityGroupId,
                                ResourceId routeTableId) {
        public SubnetRequest {
            Names.requireArgument(name, "name");
            Names.requireArgument(addressPrefix, "addressPrefix");
        }
    }

    /**
     * A network interface's PUT: a {@code null} static address means dynamic allocation; the NSG and public IP
     * may be {@code null}.
     */
    public record NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress,
                             boolean ipForwarding, ResourceId networkSecurityGroupId,
                             List<ResourceId> applicationSecurityGroupIds, ResourceId publicIpAddressId,
                             InterfaceOwner owner) {
        public NicRequest {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(subnetId, "subnetId");
            Objects.requireNonNull(owner, "owner");
            applicationSecurityGroupIds = List.copyOf(applicationSecurityGroupIds);
        }

        /** A virtual machine's interface. */
        public NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress,
                          boolean ipForwarding, ResourceId networkSecurityGroupId,
                          List<ResourceId> applicationSecurityGroupIds, ResourceId publicIpAddressId) {
            this(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId,
                    applicationSecurityGroupIds, publicIpAddressId, InterfaceOwner.VirtualMachine);
        }
    }

    private final String currentSubscriptionId;
    private TopologyState state;
    private boolean open = true;

    public ResourceBatch(TopologyState state, String currentSubscriptionId) {
        this.state = state;
        this.currentSubscriptionId = currentSubscriptionId;
    }

    /** The working state: everything applied so far in this batch. */
    public TopologyState state() {
        return state;
    }

    /** The topology's current subscription. */
    public String currentSubscriptionId() {
        return currentSubscriptionId;
    }

    /** The resource group; {@code ResourceGroupNotFound} or {@code SubscriptionNotFound} if it does not exist. */
    public ResourceGroup resourceGroup(String subscriptionId, String name) {
        requireOpen();
        return ControlPlane.requireResourceGroup(state, ResourceId.resourceGroup(subscriptionId, name));
    }

    /** PUT of a whole virtual network: exactly these prefixes and subnets (subnets not listed are removed). */
    public VirtualNetwork putNetwork(ResourceId id, Region region, List<String> addressPrefixes,
                                     List<SubnetRequest> subnets) {
        requireOpen();
        List<NetworkOperations.SubnetSpec> specs = new ArrayList<>();
        for (SubnetRequest r : subnets) {
            specs.add(new NetworkOperations.SubnetSpec(r.name(), r.addressPrefix(), r.networkSecurityGroupId(),
                    r.routeTableId()));
        }
        state = NetworkOperations.putNetwork(state, id, region, addressPrefixes, specs, ControlPlane.Mode.CREATE_OR_UPDATE);
        state = withValidRouteTables(state, state.network(id).orElseThrow());   // issue 10: route tables
        state = withValidNetworkSecurityGroups(state, state.network(id).orElseThrow());   // issue 10: NSGs
        return state.network(id).orElseThrow();
    }

    /** PUT of one subnet of an existing network (a child resource {@code virtualNetworks/subnets}). */
    public Subnet putSubnet(ResourceId subnetId, SubnetRequest subnet) {
        requireOpen();
        ResourceId networkId = subnetId.parent().orElseThrow(() -> new IllegalArgumentException("'" + subnetId
                + "' is not a subnet id; it should end with /virtualNetworks/{network}/subnets/{subnet}."));
        VirtualNetwork network = NetworkOperations.requireNetwork(state, networkId);
        List<NetworkOperations.SubnetSpec> specs = new ArrayList<>();
        boolean replaced = false;
        for (Subnet existing : network.subnets()) {
            if (existing.name().equalsIgnoreCase(subnet.name())) {
                specs.add(new NetworkOperations.SubnetSpec(existing.name(), subnet.addressPrefix(),
                        subnet.networkSecurityGroupId(), subnet.routeTableId()));
                replaced = true;
            } else {
                specs.add(NetworkOperations.SubnetSpec.of(existing));
            }
        }
        if (!replaced) {
            specs.add(new NetworkOperations.SubnetSpec(subnet.name(), subnet.addressPrefix(),
                    subnet.networkSecurityGroupId(), subnet.routeTableId()));
        }
        state = NetworkOperations.putNetwork(state, network.id(), network.region(), NetworkOperations.prefixes(network), specs,
                ControlPlane.Mode.CREATE_OR_UPDATE);
        state = withValidRouteTables(state, state.network(network.id()).orElseThrow());   // issue 10: route tables
        state = withValidNetworkSecurityGroups(state, state.network(network.id()).orElseThrow());   // issue 10: NSGs
        return state.subnet(subnetId).orElseThrow();
    }

    /** PUT of one direction of a peering, with the four flags as given (§2.5, §2.6). */
    public Peering putPeering(ResourceId localNetworkId, String name, ResourceId remoteNetworkId,
                              boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                              boolean allowGatewayTransit, boolean useRemoteGateways) {
        requireOpen();
        PeeringOperations.PeeringSpec spec = new PeeringOperations.PeeringSpec(localNetworkId, name, remoteNetworkId,
                allowVirtualNetworkAccess, allowForwardedTraffic, allowGatewayTransit, useRemoteGateways, false);
        state = PeeringOperations.putPeering(state, spec, ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.peering(spec.id()).orElseThrow();
    }

    /** PUT of a network interface on its own (not made with a VM). */
    public NetworkInterface putNetworkInterface(NicRequest nic) {
        requireOpen();
        InterfaceOperations.NicSpec spec = new InterfaceOperations.NicSpec(nic.id(), nic.region(), nic.subnetId(),
                nic.staticAddress(), nic.ipForwarding(), nic.networkSecurityGroupId(),
                nic.applicationSecurityGroupIds(), nic.publicIpAddressId(), nic.owner());
        state = InterfaceOperations.putNetworkInterface(state, spec, null, ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.networkInterface(nic.id()).orElseThrow();
    }

    /**
     * PUT of a virtual machine attached to existing network interfaces, the first one primary. Each interface must
     * exist, be in the VM's region, and not be attached to another VM.
     */
    public VirtualMachine putVirtualMachine(ResourceId id, Region region, List<ResourceId> networkInterfaceIds) {
        requireOpen();
        Names.requireResourceName(id.name(), id);
        ControlPlane.requireResourceGroup(state, id);
        if (networkInterfaceIds.isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Virtual machine " + id
                    + " has no network interface. Give its networkProfile at least one.", id);
        }
        Optional<VirtualMachine> existing = state.virtualMachine(id);
        TopologyState next = state;
        List<ResourceId> attached = new ArrayList<>();
        for (ResourceId nicId : networkInterfaceIds) {
            NetworkInterface nic = next.networkInterface(nicId).orElseThrow(() -> new AzureException(
                    AzureErrorCode.InvalidResourceReference, "Resource " + nicId + " referenced by resource " + id
                    + " was not found. Please make sure that the referenced resource exists, and that both resources"
                    + " are in the same region.", nicId, id));
            if (!nic.region().name().equals(region.name())) {
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + nic.id()
                        + " referenced by resource " + id + " was not found. Please make sure that the referenced"
                        + " resource exists, and that both resources are in the same region. The network interface"
                        + " is in " + nic.region().name() + " and the virtual machine in " + region.name() + ".",
                        nic.id(), id);
            }
            if (nic.virtualMachineId() != null && !nic.virtualMachineId().equals(id)
                    && next.virtualMachine(nic.virtualMachineId()).isPresent()) {
                throw new AzureException(AzureErrorCode.NicInUse, "Network interface " + nic.id() + " is used by"
                        + " existing resource " + nic.virtualMachineId() + ". A network interface can be attached"
                        + " to one virtual machine only; give " + id.name() + " its own.", nic.id(),
                        nic.virtualMachineId(), id);
            }
            next = next.withNetworkInterface(attach(nic, id));
            attached.add(nic.id());
        }
        if (existing.isPresent()) {
            for (ResourceId old : existing.get().networkInterfaceIds()) {
                if (!attached.contains(old)) {
                    Optional<NetworkInterface> nic = next.networkInterface(old);
                    if (nic.isPresent()) {
                        next = next.withNetworkInterface(attach(nic.get(), null));
                    }
                }
            }
        }
        VirtualMachine vm = new VirtualMachine(existing.map(VirtualMachine::id).orElse(id),
                existing.map(VirtualMachine::name).orElse(id.name()), region, attached);
        state = next.withVirtualMachine(vm);
        return vm;
    }

    private static NetworkInterface attach(NetworkInterface n, ResourceId vmId) {
        return n.withVirtualMachine(vmId);
    }

    /**
     * Stores a record the network model does not simulate (a deployment's history, a resource of a type vnetlab
     * does not model) so that later deployments and forks see it. Model records ({@code io.vnetlab.model}) must go
     * through their validating PUTs instead.
     */
    public <T> void putRecord(Class<T> type, ResourceId id, T record) {
        requireOpen();
        Objects.requireNonNull(record, "record");
        if (type.getPackageName().equals(VirtualNetwork.class.getPackageName())) {
            throw new IllegalArgumentException(type.getSimpleName() + " is a model record: use its put method,"
                    + " which validates it as Azure does.");
        }
        state = state.with(type, id, record);
    }

    // ---- routing resources for ARM deployments (issue 10)

    /** A route as a route table's PUT carries it; the next hop type is text, as ARM receives it. */
    public record RouteRequest(String name, String addressPrefix, String nextHopType, String nextHopIpAddress) {
        public RouteRequest {
            Names.requireArgument(name, "name");
        }
    }

    /** PUT of a whole route table: exactly these routes (§4.2). */
    public RouteTable putRouteTable(ResourceId id, Region region, List<RouteRequest> routes,
                                    boolean disableBgpRoutePropagation) {
        requireOpen();
        List<RoutingOperations.RouteSpec> specs = new ArrayList<>();
        for (RouteRequest r : routes) {
            specs.add(new RoutingOperations.RouteSpec(r.name(), r.addressPrefix(), r.nextHopType(),
                    r.nextHopIpAddress()));
        }
        state = RoutingOperations.putRouteTable(state, id, region, specs, disableBgpRoutePropagation,
                ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(RouteTable.class, id).orElseThrow();
    }

    /** PUT of one route of an existing route table (a child resource {@code routeTables/routes}). */
    public Route putRoute(ResourceId routeId, RouteRequest route) {
        requireOpen();
        ResourceId tableId = routeId.parent().orElseThrow(() -> new IllegalArgumentException("'" + routeId
                + "' is not a route id; it should end with /routeTables/{table}/routes/{route}."));
        RouteTable table = state.get(RouteTable.class, tableId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/routeTables", tableId.name(), tableId));
        List<RouteRequest> routes = new ArrayList<>();
        boolean replaced = false;
        for (Route existing : table.routes()) {
            if (existing.name().equalsIgnoreCase(route.name())) {
                routes.add(new RouteRequest(existing.name(), route.addressPrefix(), route.nextHopType(),
                        route.nextHopIpAddress()));
                replaced = true;
            } else {
                routes.add(new RouteRequest(existing.name(), existing.addressPrefix().toString(),
                        existing.nextHopType().name(), existing.nextHopIp().map(Object::toString).orElse(null)));
            }
        }
        if (!replaced) {
            routes.add(route);
        }
        RouteTable updated = putRouteTable(table.id(), table.region(), routes, table.disableBgpRoutePropagation());
        return updated.route(route.name()).orElseThrow();
    }

    /**
     * PUT of a virtual network gateway in {@code subnetId}, which must be the network's {@code GatewaySubnet}
     * (§3.1); {@code vpnType} is ignored for ExpressRoute, {@code bgpAsn} is {@code null} when BGP is off.
     */
    public VirtualNetworkGateway putVirtualNetworkGateway(ResourceId id, ResourceId subnetId, GatewayType type,
                                                          VpnType vpnType, String sku, Long bgpAsn) {
        requireOpen();
        state = RoutingOperations.putVirtualNetworkGateway(state, id, subnetId, type, vpnType, sku, bgpAsn,
                ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(VirtualNetworkGateway.class, id).orElseThrow();
    }

    /** PUT of a local network gateway (an on-premises site); the BGP values may be {@code null}. */
    public LocalNetworkGateway putLocalNetworkGateway(ResourceId id, Region region, String gatewayIpAddress,
                                                      List<String> addressPrefixes, Long bgpAsn,
                                                      String bgpPeeringAddress) {
        requireOpen();
        state = RoutingOperations.putLocalNetworkGateway(state, id, region, gatewayIpAddress, addressPrefixes, bgpAsn,
                bgpPeeringAddress, ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(LocalNetworkGateway.class, id).orElseThrow();
    }

    /**
     * PUT of a connection: {@code gateway2Id} for {@link ConnectionType#Vnet2Vnet}, {@code siteId} for IPsec and
     * ExpressRoute (the other one is ignored).
     */
    public GatewayConnection putConnection(ResourceId id, ConnectionType type, ResourceId gateway1Id,
                                           ResourceId gateway2Id, ResourceId siteId, boolean enableBgp) {
        requireOpen();
        if (type != ConnectionType.Vnet2Vnet && siteId == null) {
            throw new AzureException(AzureErrorCode.InvalidConnectionEndpoints, "Connection " + id + " of type "
                    + type + " needs a local network gateway (localNetworkGateway2); vnetlab models an ExpressRoute"
                    + " circuit as a local network gateway too.", id);
        }
        if (type == ConnectionType.Vnet2Vnet && gateway2Id == null) {
            throw new AzureException(AzureErrorCode.InvalidConnectionEndpoints, "Connection " + id + " of type"
                    + " Vnet2Vnet needs a second virtual network gateway (virtualNetworkGateway2).", id);
        }
        state = RoutingOperations.putConnection(state, id, type, gateway1Id, gateway2Id, siteId, enableBgp,
                ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(GatewayConnection.class, id).orElseThrow();
    }

    /**
     * Every route table a subnet of {@code network} names must exist, in the network's region (as
     * {@link RouteTables#associate} checks); a network PUT carries the association itself.
     */
    private static TopologyState withValidRouteTables(TopologyState s, VirtualNetwork network) {
        TopologyState next = s;
        for (Subnet subnet : network.subnets()) {
            if (subnet.routeTableId() != null) {
                next = RoutingOperations.associateRouteTable(next, network.id(), subnet.name(), subnet.routeTableId());
            }
        }
        return next;
    }
    // ---- end routing resources for ARM deployments (issue 10)

    // ---- network security groups, application security groups, public IPs for ARM deployments (issue 10, part 3)

    /**
     * A security rule as an NSG's PUT carries it (ARM's {@code securityRules[].properties}): the direction, access
     * and protocol as parsed values, the rest as text; the single and plural forms of prefixes and ports merged
     * (ARM sends either). Empty application security group lists mean addresses are given as prefixes.
     */
    public record SecurityRuleRequest(String name, int priority, SecurityRuleDirection direction,
                                      SecurityRuleAccess access, Protocol protocol, List<String> sourceAddressPrefixes,
                                      List<String> sourcePortRanges, List<String> destinationAddressPrefixes,
                                      List<String> destinationPortRanges,
                                      List<ResourceId> sourceApplicationSecurityGroupIds,
                                      List<ResourceId> destinationApplicationSecurityGroupIds, String description) {
        public SecurityRuleRequest {
            Names.requireArgument(name, "name");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(protocol, "protocol");
            sourceAddressPrefixes = List.copyOf(sourceAddressPrefixes);
            sourcePortRanges = List.copyOf(sourcePortRanges);
            destinationAddressPrefixes = List.copyOf(destinationAddressPrefixes);
            destinationPortRanges = List.copyOf(destinationPortRanges);
            sourceApplicationSecurityGroupIds = List.copyOf(sourceApplicationSecurityGroupIds);
            destinationApplicationSecurityGroupIds = List.copyOf(destinationApplicationSecurityGroupIds);
        }

        SecurityRule toRule() {
            return new SecurityRule(name, priority, direction, access, protocol, sourceAddressPrefixes,
                    sourcePortRanges, destinationAddressPrefixes, destinationPortRanges,
                    sourceApplicationSecurityGroupIds, destinationApplicationSecurityGroupIds, description, false);
        }

        static SecurityRuleRequest of(SecurityRule r) {
            return new SecurityRuleRequest(r.name(), r.priority(), r.direction(), r.access(), r.protocol(),
                    r.sourceAddressPrefixes(), r.sourcePortRanges(), r.destinationAddressPrefixes(),
                    r.destinationPortRanges(), r.sourceApplicationSecurityGroupIds(),
                    r.destinationApplicationSecurityGroupIds(), r.description());
        }
    }

    /**
     * PUT of a whole network security group: exactly these rules, validated as the control plane validates them
     * (priorities 100–4096 unique per direction: {@code SecurityRuleConflict}, ports, prefixes, application security
     * groups that exist in the group's region; AZURE-SEMANTICS §5.1).
     */
    public NetworkSecurityGroup putNetworkSecurityGroup(ResourceId id, Region region, List<SecurityRuleRequest> rules) {
        requireOpen();
        List<SecurityRule> specs = new ArrayList<>();
        for (SecurityRuleRequest r : rules) {
            specs.add(r.toRule());
        }
        state = SecurityOperations.putNetworkSecurityGroup(state, id, region, specs,
                ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(NetworkSecurityGroup.class, id).orElseThrow();
    }

    /** PUT of one rule of an existing network security group (a child resource {@code networkSecurityGroups/securityRules}). */
    public SecurityRule putSecurityRule(ResourceId ruleId, SecurityRuleRequest rule) {
        requireOpen();
        ResourceId groupId = ruleId.parent().orElseThrow(() -> new IllegalArgumentException("'" + ruleId
                + "' is not a security rule id; it should end with /networkSecurityGroups/{group}/securityRules/{rule}."));
        NetworkSecurityGroup group = state.get(NetworkSecurityGroup.class, groupId).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/networkSecurityGroups", groupId.name(), groupId));
        List<SecurityRuleRequest> rules = new ArrayList<>();
        boolean replaced = false;
        for (SecurityRule existing : group.securityRules()) {
            if (existing.name().equalsIgnoreCase(rule.name())) {
                rules.add(new SecurityRuleRequest(existing.name(), rule.priority(), rule.direction(), rule.access(),
                        rule.protocol(), rule.sourceAddressPrefixes(), rule.sourcePortRanges(),
                        rule.destinationAddressPrefixes(), rule.destinationPortRanges(),
                        rule.sourceApplicationSecurityGroupIds(), rule.destinationApplicationSecurityGroupIds(),
                        rule.description()));
                replaced = true;
            } else {
                rules.add(SecurityRuleRequest.of(existing));
            }
        }
        if (!replaced) {
            rules.add(rule);
        }
        NetworkSecurityGroup updated = putNetworkSecurityGroup(group.id(), group.region(), rules);
        return updated.securityRule(rule.name()).orElseThrow();
    }

    /** PUT of an application security group. */
    public ApplicationSecurityGroup putApplicationSecurityGroup(ResourceId id, Region region) {
        requireOpen();
        state = SecurityOperations.putApplicationSecurityGroup(state, id, region, ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(ApplicationSecurityGroup.class, id).orElseThrow();
    }

    /**
     * PUT of a public IP address; a new one gets the next free simulated address (from 20.0.0.4, as the DSL's
     * {@link PublicIpAddresses} does), an existing one keeps its address.
     */
    public PublicIpAddress putPublicIpAddress(ResourceId id, Region region, PublicIpAddressSku sku) {
        requireOpen();
        Objects.requireNonNull(sku, "sku");
        state = SecurityOperations.putPublicIpAddress(state, id, region, sku, ControlPlane.Mode.CREATE_OR_UPDATE);
        return state.get(PublicIpAddress.class, id).orElseThrow();
    }

    /**
     * Every network security group a subnet of {@code network} names must exist, in the network's region (as
     * {@link NetworkSecurityGroups#associateWithSubnet} checks: {@code InvalidResourceReference}); a network PUT
     * carries the association itself.
     */
    private static TopologyState withValidNetworkSecurityGroups(TopologyState s, VirtualNetwork network) {
        TopologyState next = s;
        for (Subnet subnet : network.subnets()) {
            if (subnet.networkSecurityGroupId() != null) {
                next = SecurityOperations.setSubnetNetworkSecurityGroup(next, subnet.id(),
                        subnet.networkSecurityGroupId());
            }
        }
        return next;
    }
    // ---- end network security groups, application security groups, public IPs for ARM deployments (issue 10, part 3)

    public void close() {
        open = false;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("This batch was already committed or abandoned; use it only inside"
                    + " topology.batch(...).");
        }
    }
}
