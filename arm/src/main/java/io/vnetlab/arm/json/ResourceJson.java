package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Simulated resources as Azure's REST API returns them on a GET: {@code id}, {@code name}, {@code type},
 * {@code location} where the resource has one, {@code etag}, and {@code properties} with
 * {@code provisioningState}, {@code resourceGuid} and the resource's settings under ARM's names. Child resources
 * (subnets, peerings, routes, rules, IP configurations) nest in the same shape. Keys are in alphabetical order.
 * It is the one serializer behind ARM's {@code reference()} and the {@code az} emulation's output (which
 * flattens {@code properties} as the CLI does).
 *
 * <pre>{@code
 * ObjectNode vnet = ResourceJson.virtualNetwork(state, network);
 * vnet.get("properties").get("addressSpace");                 // {"addressPrefixes": ["10.0.0.0/16"]}
 * ResourceJson.of(state, anyId).map(r -> r.get("properties")); // what reference(anyId) answers
 * }</pre>
 *
 * The shapes follow the examples of the network REST API,
 * <a href="https://learn.microsoft.com/rest/api/virtualnetwork/">learn.microsoft.com/rest/api/virtualnetwork</a>.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResourceJson {

    private ResourceJson() {
    }

    /** The resource {@code id} names, if it is of a simulated type and exists in {@code state}. */
    public static Optional<ObjectNode> of(TopologyState state, ResourceId id) {
        String type = id.type();
        if (is(type, "Microsoft.Network/virtualNetworks")) {
            return state.network(id).map(n -> virtualNetwork(state, n));
        }
        if (is(type, "Microsoft.Network/virtualNetworks/subnets")) {
            return state.subnet(id).map(s -> subnet(state, s));
        }
        if (is(type, "Microsoft.Network/virtualNetworks/virtualNetworkPeerings")) {
            return state.peering(id).map(ResourceJson::peering);
        }
        if (is(type, "Microsoft.Network/networkInterfaces")) {
            return state.networkInterface(id).map(nic -> networkInterface(state, nic));
        }
        if (is(type, PrivateEndpointJson.TYPE)) {
            return state.get(PrivateEndpoint.class, id).map(e -> privateEndpoint(state, e));
        }
        if (is(type, "Microsoft.Compute/virtualMachines")) {
            return state.virtualMachine(id).map(ResourceJson::virtualMachine);
        }
        if (is(type, NetworkJson.FIREWALL)) {
            return state.networkInterface(id).map(ResourceJson::azureFirewall);
        }
        if (is(type, NetworkJson.BASTION)) {
            return state.networkInterface(id).map(ResourceJson::bastionHost);
        }
        if (is(type, "Microsoft.Network/routeTables")) {
            return state.get(RouteTable.class, id).map(t -> routeTable(state, t));
        }
        if (is(type, "Microsoft.Network/routeTables/routes")) {
            return id.parent().flatMap(t -> state.get(RouteTable.class, t)).flatMap(t -> t.route(id.name()))
                    .map(ResourceJson::route);
        }
        if (is(type, "Microsoft.Network/virtualNetworkGateways")) {
            return state.get(VirtualNetworkGateway.class, id).map(ResourceJson::virtualNetworkGateway);
        }
        if (is(type, "Microsoft.Network/localNetworkGateways")) {
            return state.get(LocalNetworkGateway.class, id).map(ResourceJson::localNetworkGateway);
        }
        if (is(type, "Microsoft.Network/connections")) {
            return state.get(GatewayConnection.class, id).map(c -> connection(state, c));
        }
        if (is(type, "Microsoft.Network/networkSecurityGroups")) {
            return state.get(NetworkSecurityGroup.class, id).map(g -> networkSecurityGroup(state, g));
        }
        if (is(type, "Microsoft.Network/networkSecurityGroups/securityRules")) {
            return id.parent().flatMap(g -> state.get(NetworkSecurityGroup.class, g))
                    .flatMap(g -> g.securityRule(id.name()).map(r -> securityRule(g.id(), r)));
        }
        if (is(type, "Microsoft.Network/applicationSecurityGroups")) {
            return state.get(ApplicationSecurityGroup.class, id).map(ResourceJson::applicationSecurityGroup);
        }
        if (type.toLowerCase(java.util.Locale.ROOT).startsWith("microsoft.network/networkmanagers")) {
            return networkManagerResource(state, id);
        }
        if (is(type, LoadBalancerJson.TYPE)) {
            return state.get(LoadBalancer.class, id).map(ResourceJson::loadBalancer);
        }
        if (id.parent().isPresent() && is(id.parent().get().type(), LoadBalancerJson.TYPE)) {
            return id.parent().flatMap(lb -> state.get(LoadBalancer.class, lb))
                    .flatMap(lb -> loadBalancerPart(lb, id));
        }
        if (is(type, "Microsoft.Network/publicIPAddresses")) {
            return state.get(PublicIpAddress.class, id).map(pip -> publicIpAddress(state, pip));
        }
        if (is(type, "Microsoft.Network/natGateways")) {
            return state.get(io.vnetlab.model.NatGateway.class, id).map(g -> natGateway(state, g));
        }
        if (is(type, "Microsoft.Network/publicIPPrefixes")) {
            return state.get(io.vnetlab.model.PublicIpPrefix.class, id).map(p -> publicIpPrefix(state, p));
        }
        if (is(type, PrivateDnsJson.ZONE)) {
            return state.get(io.vnetlab.model.PrivateDnsZone.class, id).map(z -> privateDnsZone(state, z));
        }
        if (is(type, PrivateDnsJson.LINK)) {
            return state.get(io.vnetlab.model.PrivateDnsZoneLink.class, id).map(ResourceJson::privateDnsZoneLink);
        }
        if (id.parent().isPresent() && is(id.parent().get().type(), PrivateDnsJson.ZONE)) {
            return io.vnetlab.controlplane.ResourceManager.privateDnsRecordSets(state, id.parent().get()).stream()
                    .filter(r -> r.id().equals(id)).findFirst().map(ResourceJson::dnsRecordSet);
        }
        if (is(type, PrivateDnsJson.ZONE_GROUP)) {
            return state.get(io.vnetlab.model.PrivateDnsZoneGroup.class, id).map(g -> privateDnsZoneGroup(state, g));
        }
        if (is(type, NETWORK_WATCHER)) {
            return state.get(io.vnetlab.model.NetworkWatcherInstance.class, id).map(ResourceJson::networkWatcher);
        }
        return Optional.empty();
    }

    private static boolean is(String type, String expected) {
        return type.equalsIgnoreCase(expected);
    }

    /** With its subnets (each with the IP configurations in it) and its peerings. */
    public static ObjectNode virtualNetwork(TopologyState state, VirtualNetwork network) {
        return sorted(NetworkJson.virtualNetwork(state, network));
    }

    /** With the IP configurations of the interfaces in it. */
    public static ObjectNode subnet(TopologyState state, Subnet subnet) {
        return sorted(NetworkJson.subnet(state, subnet));
    }

    public static ObjectNode peering(Peering peering) {
        return sorted(NetworkJson.peering(peering));
    }

    public static ObjectNode networkInterface(NetworkInterface nic) {
        return sorted(NetworkJson.networkInterface(nic));
    }

    /**
     * An interface as {@link #networkInterface(NetworkInterface)}, with what the state records of it (accelerated
     * networking, DNS settings) and what a private endpoint adds to its own.
     */
    public static ObjectNode networkInterface(TopologyState state, NetworkInterface nic) {
        ObjectNode json = NetworkJson.networkInterface(nic);
        // docs/azure/addressing.md#accelerated-networking
        ObjectNode properties = (ObjectNode) json.path("properties");
        properties.put("enableAcceleratedNetworking",
                io.vnetlab.controlplane.ResourceManager.acceleratedNetworking(state, nic.id()));
        // docs/azure/addressing.md#dns-servers
        ObjectNode dns = (ObjectNode) properties.path("dnsSettings");
        com.fasterxml.jackson.databind.node.ArrayNode servers = dns.putArray("dnsServers");
        io.vnetlab.controlplane.ResourceManager.interfaceDnsServers(state, nic.id()).forEach(servers::add);
        io.vnetlab.controlplane.ResourceManager.internalDnsNameLabel(state, nic.id())
                .ifPresent(label -> dns.put("internalDnsNameLabel", label));
        if (nic.owner() == io.vnetlab.model.InterfaceOwner.PrivateEndpoint) {
            state.all(PrivateEndpoint.class).stream().filter(e -> e.networkInterfaceId().equals(nic.id()))
                    .findFirst().ifPresent(e -> PrivateEndpointJson.onInterface(json, e));
        }
        return sorted(json);
    }

    /** With its connection, its interface and the names of its target that resolve to it. */
    public static ObjectNode privateEndpoint(TopologyState state, PrivateEndpoint endpoint) {
        return sorted(PrivateEndpointJson.privateEndpoint(state, endpoint));
    }

    /**
     * The names of the endpoint's target that resolve to its address; empty for sub-resources whose public zone
     * vnetlab does not know (docs/azure/private-endpoints.md#arm-and-cli-shapes).
     */
    public static List<String> privateEndpointNames(PrivateEndpoint endpoint) {
        return PrivateEndpointJson.fqdns(endpoint);
    }

    /** Whether {@link #privateEndpointNames} knows the zone of every sub-resource the endpoint targets. */
    public static boolean knowsPrivateEndpointNames(PrivateEndpoint endpoint) {
        return PrivateEndpointJson.knowsNames(endpoint);
    }

    /** With its limits and counts of record sets and links (docs/azure/private-dns.md#arm-and-cli-shapes). */
    public static ObjectNode privateDnsZone(TopologyState state, io.vnetlab.model.PrivateDnsZone zone) {
        return sorted(PrivateDnsJson.zone(state, zone));
    }

    public static ObjectNode privateDnsZoneLink(io.vnetlab.model.PrivateDnsZoneLink link) {
        return sorted(PrivateDnsJson.link(link));
    }

    /** A record set, users' and Azure's alike ({@code isAutoRegistered} for a registered VM's). */
    public static ObjectNode dnsRecordSet(io.vnetlab.model.DnsRecordSet recordSet) {
        return sorted(PrivateDnsJson.recordSet(recordSet));
    }

    /** The zone's start-of-authority record set ({@code @}), which Azure makes with the zone. */
    public static ObjectNode soaRecordSet(io.vnetlab.model.PrivateDnsZone zone) {
        return sorted(PrivateDnsJson.soaRecordSet(zone));
    }

    /** With the record sets Azure keeps for the endpoint in each of its zones. */
    public static ObjectNode privateDnsZoneGroup(TopologyState state, io.vnetlab.model.PrivateDnsZoneGroup group) {
        return sorted(PrivateDnsJson.zoneGroup(state, group));
    }

    /** Its network profile only; size, image and OS profile are not part of the network model. */
    public static ObjectNode virtualMachine(VirtualMachine vm) {
        return sorted(NetworkJson.virtualMachine(vm));
    }

    /** An Azure Firewall, simulated as an interface carrying the firewall's id. */
    public static ObjectNode azureFirewall(NetworkInterface firewall) {
        return sorted(NetworkJson.azureFirewall(firewall));
    }

    /** A Bastion host, simulated as an interface carrying the Bastion's id. */
    public static ObjectNode bastionHost(NetworkInterface bastion) {
        return sorted(NetworkJson.bastionHost(bastion));
    }

    /** With its routes and the subnets that use it. */
    public static ObjectNode routeTable(TopologyState state, RouteTable table) {
        return sorted(RoutingJson.routeTable(state, table));
    }

    public static ObjectNode route(Route route) {
        return sorted(RoutingJson.route(route));
    }

    public static ObjectNode virtualNetworkGateway(VirtualNetworkGateway gateway) {
        return sorted(RoutingJson.virtualNetworkGateway(gateway));
    }

    public static ObjectNode localNetworkGateway(LocalNetworkGateway site) {
        return sorted(RoutingJson.localNetworkGateway(site));
    }

    /** With the state Azure shows for it in {@code state} (docs/azure/gateways.md#vnet-to-vnet). */
    public static ObjectNode connection(TopologyState state, GatewayConnection connection) {
        return sorted(RoutingJson.connection(connection, io.vnetlab.controlplane.ResourceManager.connectionStatus(state,
                connection)));
    }

    /** With its rules, default rules, and the subnets and interfaces it applies to. */
    public static ObjectNode networkSecurityGroup(TopologyState state, NetworkSecurityGroup group) {
        return sorted(SecurityJson.networkSecurityGroup(state, group));
    }

    /** A rule of the group {@code groupId}: one of its own, or one of its default rules. */
    public static ObjectNode securityRule(ResourceId groupId, SecurityRule rule) {
        return sorted(SecurityJson.securityRule(groupId, rule));
    }

    public static ObjectNode applicationSecurityGroup(ApplicationSecurityGroup group) {
        return sorted(SecurityJson.applicationSecurityGroup(group));
    }

    /** With the IP configuration that uses the address. */
    public static ObjectNode publicIpAddress(TopologyState state, PublicIpAddress address) {
        ObjectNode json = SecurityJson.publicIpAddress(state, address);
        // the DNS name a template or the CLI gave it (docs/azure/arm-templates.md#reference)
        state.get(io.vnetlab.arm.PublicIpDnsName.class, address.id()).ifPresent(name -> {
            ObjectNode dns = ArmObjects.properties(json).putObject("dnsSettings");
            dns.put("domainNameLabel", name.label());
            dns.put("fqdn", name.fqdn());
        });
        return sorted(json);
    }

    /** With its public IP addresses and prefixes and the subnets that use it. */
    public static ObjectNode natGateway(TopologyState state, io.vnetlab.model.NatGateway gateway) {
        return sorted(OutboundJson.natGateway(state, gateway));
    }

    /** The ARM type of a Network Watcher instance. */
    public static final String NETWORK_WATCHER = "Microsoft.Network/networkWatchers";

    /** A Network Watcher instance: the envelope and its provisioning state, as the REST API's GET shows it. */
    public static ObjectNode networkWatcher(io.vnetlab.model.NetworkWatcherInstance watcher) {
        return sorted(ArmObjects.resource(watcher.id(), NETWORK_WATCHER, watcher.region().name(), true));
    }

    public static ObjectNode publicIpPrefix(TopologyState state, io.vnetlab.model.PublicIpPrefix prefix) {
        return sorted(OutboundJson.publicIpPrefix(state, prefix));
    }

    /** With its frontends, pools, probes and rules inline (docs/azure/load-balancers.md#components). */
    public static ObjectNode loadBalancer(LoadBalancer lb) {
        return sorted(LoadBalancerJson.loadBalancer(lb));
    }

    /** One part of a load balancer, by its child id: a frontend, pool, probe, rule, NAT rule or outbound rule. */
    public static Optional<ObjectNode> loadBalancerPart(LoadBalancer lb, ResourceId partId) {
        ObjectNode whole = LoadBalancerJson.loadBalancer(lb);
        String collection = partId.toString().split("/")[partId.toString().split("/").length - 2];
        com.fasterxml.jackson.databind.JsonNode list = properties(whole).get(collection);
        if (list == null) {
            return Optional.empty();
        }
        for (com.fasterxml.jackson.databind.JsonNode part : list) {
            if (part.get("id").asText().equalsIgnoreCase(partId.toString())) {
                return Optional.of(sorted((ObjectNode) part));
            }
        }
        return Optional.empty();
    }

    /** The {@code properties} of a resource this class made. */
    public static ObjectNode properties(ObjectNode resource) {
        return ArmObjects.properties(resource);
    }

    private static ObjectNode sorted(ObjectNode resource) {
        return (ObjectNode) ArmObjects.sorted(resource);
    }

    // ---- Azure Virtual Network Manager (docs/azure/virtual-network-manager.md#resource-shapes)

    private static Optional<ObjectNode> networkManagerResource(TopologyState state, ResourceId id) {
        return state.get(io.vnetlab.model.NetworkManager.class, id).map(ResourceJson::networkManager)
                .or(() -> state.get(io.vnetlab.model.NetworkGroup.class, id).map(ResourceJson::networkGroup))
                .or(() -> state.get(io.vnetlab.model.NetworkGroupStaticMember.class, id).map(ResourceJson::staticMember))
                .or(() -> state.get(io.vnetlab.model.ConnectivityConfiguration.class, id)
                        .map(ResourceJson::connectivityConfiguration))
                .or(() -> state.get(io.vnetlab.model.SecurityAdminConfiguration.class, id)
                        .map(ResourceJson::securityAdminConfiguration))
                .or(() -> state.get(io.vnetlab.model.AdminRuleCollection.class, id).map(ResourceJson::ruleCollection))
                .or(() -> state.get(io.vnetlab.model.AdminRule.class, id).map(ResourceJson::adminRule));
    }

    public static ObjectNode networkManager(io.vnetlab.model.NetworkManager manager) {
        return NetworkManagerJson.networkManager(manager);
    }

    public static ObjectNode networkGroup(io.vnetlab.model.NetworkGroup group) {
        return NetworkManagerJson.networkGroup(group);
    }

    public static ObjectNode staticMember(io.vnetlab.model.NetworkGroupStaticMember member) {
        return NetworkManagerJson.staticMember(member);
    }

    public static ObjectNode connectivityConfiguration(io.vnetlab.model.ConnectivityConfiguration configuration) {
        return NetworkManagerJson.connectivityConfiguration(configuration);
    }

    public static ObjectNode securityAdminConfiguration(io.vnetlab.model.SecurityAdminConfiguration configuration) {
        return NetworkManagerJson.securityAdminConfiguration(configuration);
    }

    public static ObjectNode ruleCollection(io.vnetlab.model.AdminRuleCollection collection) {
        return NetworkManagerJson.ruleCollection(collection);
    }

    public static ObjectNode adminRule(io.vnetlab.model.AdminRule rule) {
        return NetworkManagerJson.adminRule(rule);
    }

    /** One row of {@code az network manager list-deploy-status}. */
    public static ObjectNode deploymentStatus(io.vnetlab.model.NetworkManagerDeployment deployment) {
        return NetworkManagerJson.deploymentStatus(deployment);
    }
}
