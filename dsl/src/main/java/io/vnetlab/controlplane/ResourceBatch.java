package io.vnetlab.controlplane;

import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * PUTs (create or update, as a template deployment sends them) applied one after the other to a working copy of a
 * topology's state through {@link ResourceManager}, and committed all together or not at all. Get one from
 * {@code Topology.batch(...)}; it is valid only inside that call. <b>API.</b>
 *
 * <pre>{@code
 * topology.batch(batch -> {
 *     ResourceId vnet = ResourceId.resource(sub, "rg", ResourceId.NETWORK, "virtualNetworks", "hub");
 *     batch.putNetwork(new NetworkRequest(vnet, Region.WEST_EUROPE, List.of("10.0.0.0/16"),
 *             List.of(new SubnetRequest("default", "10.0.0.0/24"))));
 *     batch.putNetworkInterface(new NicRequest(nicId, Region.WEST_EUROPE, vnet.child("subnets", "default"),
 *             null, false));
 *     return null;      // if any PUT throws, the topology keeps its old state
 * });
 * }</pre>
 *
 * <p>Every PUT validates as {@link ResourceManager} does and throws {@link io.vnetlab.model.AzureException} with
 * Azure's code; each returns the resource as the working state now holds it.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ResourceBatch {

    private final String currentSubscriptionId;
    private TopologyState state;
    private boolean open = true;

    /** A batch over {@code state}; the caller commits {@link #state()} when its work succeeds, then closes it. */
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
        return ResourceManager.requireResourceGroup(state, ResourceId.resourceGroup(subscriptionId, name));
    }

    public VirtualNetwork putNetwork(NetworkRequest network) {
        return put(s -> ResourceManager.putNetwork(s, network, PutMode.CREATE_OR_UPDATE),
                s -> s.network(network.id()).orElseThrow());
    }

    /** PUT of one subnet of an existing network (a child resource {@code virtualNetworks/subnets}). */
    public Subnet putSubnet(ResourceId subnetId, SubnetRequest subnet) {
        ResourceId networkId = subnetId.parent().orElseThrow(() -> NetworkOperations.notASubnet(subnetId));
        return put(s -> ResourceManager.putSubnet(s, networkId, subnet), s -> s.subnet(subnetId).orElseThrow());
    }

    public Peering putPeering(PeeringRequest peering) {
        return put(s -> ResourceManager.putPeering(s, peering, PutMode.CREATE_OR_UPDATE),
                s -> s.peering(peering.id()).orElseThrow());
    }

    public NetworkInterface putNetworkInterface(NicRequest nic) {
        return put(s -> ResourceManager.putNetworkInterface(s, nic, PutMode.CREATE_OR_UPDATE),
                s -> s.networkInterface(nic.id()).orElseThrow());
    }

    public VirtualMachine putVirtualMachine(VirtualMachineRequest vm) {
        return put(s -> ResourceManager.putVirtualMachine(s, vm, PutMode.CREATE_OR_UPDATE),
                s -> s.virtualMachine(vm.id()).orElseThrow());
    }

    public RouteTable putRouteTable(RouteTableRequest table) {
        return put(s -> ResourceManager.putRouteTable(s, table, PutMode.CREATE_OR_UPDATE),
                s -> s.get(RouteTable.class, table.id()).orElseThrow());
    }

    /** PUT of one route of an existing route table (a child resource {@code routeTables/routes}). */
    public Route putRoute(ResourceId routeId, RouteRequest route) {
        ResourceId tableId = routeId.parent().orElseThrow(() -> new IllegalArgumentException("'" + routeId
                + "' is not a route id; it should end with /routeTables/{table}/routes/{route}."));
        return put(s -> ResourceManager.putRoute(s, tableId, route),
                s -> s.get(RouteTable.class, tableId).orElseThrow().route(route.name()).orElseThrow());
    }

    public NetworkSecurityGroup putNetworkSecurityGroup(NetworkSecurityGroupRequest group) {
        return put(s -> ResourceManager.putNetworkSecurityGroup(s, group, PutMode.CREATE_OR_UPDATE),
                s -> s.get(NetworkSecurityGroup.class, group.id()).orElseThrow());
    }

    /** PUT of one rule of an existing group (a child resource {@code networkSecurityGroups/securityRules}). */
    public SecurityRule putSecurityRule(ResourceId ruleId, SecurityRuleRequest rule) {
        ResourceId groupId = ruleId.parent().orElseThrow(() -> new IllegalArgumentException("'" + ruleId
                + "' is not a security rule id; it should end with"
                + " /networkSecurityGroups/{group}/securityRules/{rule}."));
        return put(s -> ResourceManager.putSecurityRule(s, groupId, rule),
                s -> s.get(NetworkSecurityGroup.class, groupId).orElseThrow().securityRule(rule.name()).orElseThrow());
    }

    public ApplicationSecurityGroup putApplicationSecurityGroup(ApplicationSecurityGroupRequest group) {
        return put(s -> ResourceManager.putApplicationSecurityGroup(s, group, PutMode.CREATE_OR_UPDATE),
                s -> s.get(ApplicationSecurityGroup.class, group.id()).orElseThrow());
    }

    public io.vnetlab.model.LoadBalancer putLoadBalancer(LoadBalancerRequest loadBalancer) {
        return put(s -> ResourceManager.putLoadBalancer(s, loadBalancer, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.LoadBalancer.class, loadBalancer.id()).orElseThrow());
    }

    /**
     * PUT of one inbound NAT rule of an existing load balancer (a child resource
     * {@code loadBalancers/inboundNatRules}).
     */
    public io.vnetlab.model.LoadBalancer.InboundNatRule putInboundNatRule(ResourceId natRuleId,
                                                                         LoadBalancerRequest.InboundNatRule rule) {
        ResourceId lbId = natRuleId.parent().orElseThrow(() -> new IllegalArgumentException("'" + natRuleId
                + "' is not an inbound NAT rule id; it should end with /loadBalancers/{lb}/inboundNatRules/{rule}."));
        return put(s -> ResourceManager.putInboundNatRule(s, lbId, rule),
                s -> s.get(io.vnetlab.model.LoadBalancer.class, lbId).orElseThrow().inboundNatRules().stream()
                        .filter(n -> n.name().equalsIgnoreCase(rule.name())).findFirst().orElseThrow());
    }

    /**
     * PUT of one backend pool of an existing load balancer (a child resource
     * {@code loadBalancers/backendAddressPools}).
     */
    public io.vnetlab.model.LoadBalancer.BackendPool putBackendPool(ResourceId poolId) {
        ResourceId lbId = poolId.parent().orElseThrow(() -> new IllegalArgumentException("'" + poolId
                + "' is not a backend pool id; it should end with /loadBalancers/{lb}/backendAddressPools/{pool}."));
        return put(s -> ResourceManager.putBackendPool(s, lbId, poolId.name()),
                s -> s.get(io.vnetlab.model.LoadBalancer.class, lbId).orElseThrow().backendPool(poolId.name())
                        .orElseThrow());
    }

    public PublicIpAddress putPublicIpAddress(PublicIpAddressRequest address) {
        return put(s -> ResourceManager.putPublicIpAddress(s, address, PutMode.CREATE_OR_UPDATE),
                s -> s.get(PublicIpAddress.class, address.id()).orElseThrow());
    }

    public io.vnetlab.model.PrivateEndpoint putPrivateEndpoint(PrivateEndpointRequest endpoint) {
        return put(s -> ResourceManager.putPrivateEndpoint(s, endpoint, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.PrivateEndpoint.class, endpoint.id()).orElseThrow());
    }

    public io.vnetlab.model.PrivateDnsZone putPrivateDnsZone(io.vnetlab.model.PrivateDnsZone zone) {
        return put(s -> ResourceManager.putPrivateDnsZone(s, zone, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.PrivateDnsZone.class, zone.id()).orElseThrow());
    }

    public io.vnetlab.model.PrivateDnsZoneLink putPrivateDnsZoneLink(io.vnetlab.model.PrivateDnsZoneLink link) {
        return put(s -> ResourceManager.putPrivateDnsZoneLink(s, link, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.PrivateDnsZoneLink.class, link.id()).orElseThrow());
    }

    public io.vnetlab.model.DnsRecordSet putDnsRecordSet(io.vnetlab.model.DnsRecordSet recordSet) {
        return put(s -> ResourceManager.putDnsRecordSet(s, recordSet, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.DnsRecordSet.class, recordSet.id()).orElseThrow());
    }

    public io.vnetlab.model.PrivateDnsZoneGroup putPrivateDnsZoneGroup(io.vnetlab.model.PrivateDnsZoneGroup group) {
        return put(s -> ResourceManager.putPrivateDnsZoneGroup(s, group, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.PrivateDnsZoneGroup.class, group.id()).orElseThrow());
    }

    public io.vnetlab.model.NatGateway putNatGateway(NatGatewayRequest gateway) {
        return put(s -> ResourceManager.putNatGateway(s, gateway, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.NatGateway.class, gateway.id()).orElseThrow());
    }

    public io.vnetlab.model.PublicIpPrefix putPublicIpPrefix(PublicIpPrefixRequest prefix) {
        return put(s -> ResourceManager.putPublicIpPrefix(s, prefix, PutMode.CREATE_OR_UPDATE),
                s -> s.get(io.vnetlab.model.PublicIpPrefix.class, prefix.id()).orElseThrow());
    }

    public VirtualNetworkGateway putVirtualNetworkGateway(VirtualNetworkGatewayRequest gateway) {
        return put(s -> ResourceManager.putVirtualNetworkGateway(s, gateway, PutMode.CREATE_OR_UPDATE),
                s -> s.get(VirtualNetworkGateway.class, gateway.id()).orElseThrow());
    }

    public LocalNetworkGateway putLocalNetworkGateway(LocalNetworkGatewayRequest site) {
        return put(s -> ResourceManager.putLocalNetworkGateway(s, site, PutMode.CREATE_OR_UPDATE),
                s -> s.get(LocalNetworkGateway.class, site.id()).orElseThrow());
    }

    public GatewayConnection putConnection(ConnectionRequest connection) {
        return put(s -> ResourceManager.putConnection(s, connection, PutMode.CREATE_OR_UPDATE),
                s -> s.get(GatewayConnection.class, connection.id()).orElseThrow());
    }

    /**
     * The tags the PUT of {@code resourceId} carries, replacing the resource's tags whole (docs/azure/naming.md#tags);
     * an empty map leaves it with an empty set of tags.
     */
    public io.vnetlab.model.ResourceTags putTags(ResourceId resourceId, java.util.Map<String, String> tags) {
        return put(s -> ResourceManager.putTags(s, resourceId, tags),
                s -> s.get(io.vnetlab.model.ResourceTags.class, resourceId).orElseThrow());
    }

    /**
     * Stores a record the network model does not simulate (a deployment's history, a resource of a type vnetlab
     * does not model) so that later deployments and forks see it. Model records ({@code io.vnetlab.model}) must go
     * through their validating PUTs instead.
     */
    public <T> void putRecord(Class<T> type, ResourceId id, T record) {
        requireOpen();
        io.vnetlab.model.Arguments.requireGiven(record, "record");
        if (type.getPackageName().equals(VirtualNetwork.class.getPackageName())) {
            throw new IllegalArgumentException(type.getSimpleName() + " is a model record: use its put method,"
                    + " which validates it as Azure does.");
        }
        state = state.with(type, id, record);
    }

    /** Removes a record stored with {@link #putRecord}; model records go through their validating DELETEs. */
    public <T> void removeRecord(Class<T> type, ResourceId id) {
        requireOpen();
        if (type.getPackageName().equals(VirtualNetwork.class.getPackageName())) {
            throw new IllegalArgumentException(type.getSimpleName() + " is a model record: use its delete method,"
                    + " which validates it as Azure does.");
        }
        state = state.without(type, id);
    }

    /**
     * Applies one control-plane operation (a {@link ResourceManager} call) to the working state, all of it or (if it
     * throws) none of it. The Java DSL's calls made inside {@code Topology.batch(...)} join the batch this way, so
     * the batch commits or fails with them.
     *
     * <pre>{@code
     * batch.apply(s -> ResourceManager.deleteNetwork(s, oldNetworkId));
     * }</pre>
     */
    public void apply(UnaryOperator<TopologyState> operation) {
        requireOpen();
        state = Objects.requireNonNull(operation.apply(state), "the operation's next state");
    }

    /** Ends the batch: later calls fail. */
    public void close() {
        open = false;
    }

    private <T> T put(UnaryOperator<TopologyState> operation, Function<TopologyState, T> result) {
        requireOpen();
        state = operation.apply(state);
        return result.apply(state);
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("This batch was already committed or abandoned; use it only inside"
                    + " topology.batch(...).");
        }
    }
}
