package io.vnetlab.az;

import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.VirtualNetworkGateway;

import io.vnetlab.az.GenericUpdate.Property;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every emulated command by name, and the command groups they form. The commands of one CLI group are nested in
 * that group's class ({@code az network route-table route} in {@code RouteCommands}), listed here group by group.
 */
final class Registry {

    /**
     * Real CLI commands the emulation does not have, with the reason; they answer with that reason instead of
     * "misspelled".
     */
    static final Map<String, String> NOT_YET = new LinkedHashMap<>();

    static {
        NOT_YET.put("vm extension", "vnetlab simulates networking only; VM extensions run nothing");
        NOT_YET.put("vm get-instance-view", "not emulated yet; use az vm show -d");
        NOT_YET.put("role", "vnetlab does not simulate Azure RBAC (docs/azure/peering.md#across-subscriptions-and-tenants)");
    }

    /**
     * Built once: the commands keep no state of their own (a call's state is its {@link Session}), so every
     * {@link Az}, and every fork of one, shares them.
     */
    private static final Registry STANDARD = build();

    private final Map<String, AzCommand> commands = new LinkedHashMap<>();
    private final Set<String> groups = new TreeSet<>();

    static Registry standard() {
        return STANDARD;
    }

    private static Registry build() {
        Registry r = new Registry();
        List.of(new GroupCommands.Create(), new GroupCommands.Show(), new GroupCommands.ListGroups(),
                new GroupCommands.Delete(),
                new AccountCommands.Show(), new AccountCommands.Set(),
                new VnetCommands.Create(), new VnetCommands.Show(), new VnetCommands.ListVnets(),
                vnetUpdate(), new VnetCommands.Delete(), new VnetCommands.ListEndpointServices(),
                new AddressAvailabilityCommands.Check(), new AddressAvailabilityCommands.ListAvailable(),
                new AddressAvailabilityCommands.ListAvailableInSubnet(),
                new SubnetCommands.Create(), new SubnetCommands.Show(), new SubnetCommands.ListSubnets(),
                subnetUpdate(), new SubnetCommands.Delete(),
                new PeeringCommands.Create(), new PeeringCommands.Show(), new PeeringCommands.ListPeerings(),
                peeringUpdate(), new PeeringCommands.Delete(), new PeeringCommands.Sync(),
                new VmCommands.Create(), new VmCommands.ListVms(), new VmCommands.Show(), new VmCommands.Delete(),
                new VmCommands.ListIpAddresses(), new VmOpenPortCommand(),
                new NicCommands.Show(), new NicCommands.ListNics(), nicUpdate(), new NicCommands.ShowEffectiveRouteTable(),
                new WatcherCommands.ShowNextHop(), new WatcherCommands.TestConnectivity())
                .forEach(r::register);
        VmNicCommands.commands().forEach(r::register);
        List.of(new RouteTableCommands.Create(), new RouteTableCommands.Show(), new RouteTableCommands.ListTables(),
                GenericUpdate.of(new RouteTableCommands.Update(), new RouteTableCommands.Show(),
                        Property.scalar("disableBgpRoutePropagation", "disable_bgp")),
                new RouteCommands.Create(), new RouteCommands.Show(), new RouteCommands.ListRoutes(),
                GenericUpdate.of(new RouteCommands.Update(), new RouteCommands.Show(),
                        Property.scalar("addressPrefix", "address_prefix"),
                        Property.scalar("nextHopType", "next_hop_type"),
                        Property.scalar("nextHopIpAddress", "next_hop_ip")),
                new RouteCommands.Delete(),
                new VnetGatewayCommands.Create(), new LocalGatewayCommands.Create(), new VpnConnectionCommands.Create(),
                new NsgCommands.Create(), new NsgCommands.Show(), new NsgCommands.ListNsgs(), new NsgCommands.Delete(),
                new NsgRuleCommands.Create(), new NsgRuleCommands.Show(), new NsgRuleCommands.ListRules(),
                nsgRuleUpdate(), new NsgRuleCommands.Delete(),
                new AsgCommands.Create(), new PublicIpCommands.Create(), new NicCommands.ListEffectiveNsg(),
                new WatcherCommands.TestIpFlow(), new WatcherInstanceCommands.ListWatchers(),
                new WatcherInstanceCommands.Configure(),
                new DeploymentCommands.Create(), new DeploymentCommands.Show(),
                new DeploymentCommands.ListDeployments())
                .forEach(r::register);
        // deployments above a resource group (docs/azure/arm-templates.md#deployment-scopes)
        for (DeploymentCommands.Level level : List.of(DeploymentCommands.Level.SUB, DeploymentCommands.Level.MG,
                DeploymentCommands.Level.TENANT)) {
            List.of(new DeploymentCommands.Create(level), new DeploymentCommands.Show(level),
                    new DeploymentCommands.ListDeployments(level)).forEach(r::register);
        }
        // outbound access: NAT gateways and public IP prefixes (docs/azure/outbound-access.md)
        List.of(new NatGatewayCommands.Create(), natGatewayUpdate(), new PublicIpPrefixCommands.Create())
                .forEach(r::register);
        NatGatewayCommands.verbs().forEach(r::register);
        PublicIpPrefixCommands.verbs().forEach(r::register);
        // private endpoints (docs/azure/private-endpoints.md)
        List.of(new PrivateEndpointCommands.Create(), new PrivateEndpointCommands.Show(),
                new PrivateEndpointCommands.ListEndpoints(), new PrivateEndpointCommands.Delete()).forEach(r::register);
        List.of(new PrivateEndpointConnectionCommands.ListConnections(), new PrivateEndpointConnectionCommands.Show(),
                PrivateEndpointConnectionCommands.Answer.approve(), PrivateEndpointConnectionCommands.Answer.reject())
                .forEach(r::register);
        // private DNS (docs/azure/private-dns.md)
        List.of(new PrivateDnsZoneCommands.Create(), new PrivateDnsZoneCommands.Show(),
                new PrivateDnsZoneCommands.ListZones(), new PrivateDnsZoneCommands.Update(),
                new PrivateDnsZoneCommands.Delete(),
                new PrivateDnsLinkCommands.Create(), new PrivateDnsLinkCommands.Update(),
                new PrivateDnsLinkCommands.Show(), new PrivateDnsLinkCommands.ListLinks(),
                new PrivateDnsLinkCommands.Delete(),
                new DnsZoneGroupCommands.Create(), new DnsZoneGroupCommands.Add(), new DnsZoneGroupCommands.Remove(),
                new DnsZoneGroupCommands.Show(), new DnsZoneGroupCommands.ListGroups(),
                new DnsZoneGroupCommands.Delete()).forEach(r::register);
        PrivateDnsRecordSetCommands.all().forEach(r::register);
        // Azure Bastion (docs/azure/bastion.md)
        List.of(new BastionCommands.Create(), new BastionCommands.Show(), new BastionCommands.ListBastions(),
                new BastionCommands.Delete())
                .forEach(r::register);
        List.of(new LoadBalancerCommands.Create(), new LoadBalancerCommands.Show(),
                new LoadBalancerCommands.ListLoadBalancers(), new LoadBalancerCommands.ListNics(),
                GenericUpdate.of(new LoadBalancerCommands.Update(), new LoadBalancerCommands.Show()),
                new LoadBalancerCommands.Delete()).forEach(r::register);
        LbFrontendIpCommands.commands().forEach(r::register);
        LbAddressPoolCommands.commands().forEach(r::register);
        LbProbeCommands.commands().forEach(r::register);
        LbRuleCommands.commands().forEach(r::register);
        LbInboundNatRuleCommands.commands().forEach(r::register);
        LbOutboundRuleCommands.commands().forEach(r::register);
        NicIpConfigAddressPoolCommands.commands().forEach(r::register);
        resourceVerbs().forEach(r::register);
        List.of(new VnetGatewayCommands.ListLearnedRoutes(), new VnetGatewayCommands.ListAdvertisedRoutes())
                .forEach(r::register);
        List.of(new FirewallCommands.Create(), new FirewallCommands.NetworkRuleCreate(),
                new FirewallCommands.ApplicationRuleCreate(), new FirewallPolicyCommands.Create(),
                new FirewallPolicyCommands.GroupCreate(), new FirewallPolicyCommands.AddFilterCollection(),
                new FirewallPolicyCommands.IpGroupCreate(), new FirewallCommands.NatRuleCreate(),
                new FirewallPolicyCommands.AddNatCollection())
                .forEach(r::register);
        FirewallIpConfigCommands.commands().forEach(r::register);
        NetworkManagerCommands.readVerbs().forEach(r::register);
        List.of(new NetworkManagerCommands.Create(), new NetworkManagerCommands.Delete(),
                new NetworkManagerCommands.PostCommit(), new NetworkManagerCommands.ListDeployStatus(),
                new EffectiveConnectivityCommand())
                .forEach(r::register);
        List.of(NetworkGroupCommands.commands(), StaticMemberCommands.commands(), ConnectConfigCommands.commands(),
                SecurityAdminConfigCommands.commands(), RuleCollectionCommands.commands(), AdminRuleCommands.commands())
                .forEach(commands -> commands.forEach(r::register));
        // the generic wait of each resource whose group has one in the real CLI, made from its show
        // (docs/azure/cli-and-network-watcher.md#wait); the command table knows some groups only as a whole, and
        // of those the CLI reference lists no wait for the network manager's parts nor for endpoint connections
        List.copyOf(r.commands.values()).stream().filter(c -> c.name().endsWith(" show")).map(WaitCommand::new)
                .filter(w -> !r.commands.containsKey(w.name()) && AzureCliTable.standard().knows(w.name())
                        && !w.name().startsWith("network manager ")
                        && !w.name().startsWith("network private-endpoint-connection "))
                .forEach(r::register);
        return r;
    }

    private static AzCommand vnetUpdate() {
        return GenericUpdate.of(new VnetCommands.Update(), new VnetCommands.Show(),
                Property.list("addressSpace.addressPrefixes", "address_prefixes"),
                Property.list("dhcpOptions.dnsServers", "dns_servers"));
    }

    private static AzCommand subnetUpdate() {
        return GenericUpdate.of(new SubnetCommands.Update(), new SubnetCommands.Show(),
                Property.scalar("addressPrefix", "address_prefixes"),
                Property.list("addressPrefixes", "address_prefixes"),
                Property.reference("networkSecurityGroup", "nsg"), Property.reference("routeTable", "route_table"),
                Property.reference("natGateway", "nat_gateway"),
                Property.scalar("defaultOutboundAccess", "default_outbound_access"),
                Property.scalar("privateEndpointNetworkPolicies", "endpoint_policies"),
                Property.objects("serviceEndpoints", "service", "service_endpoints"));
    }

    private static AzCommand peeringUpdate() {
        return GenericUpdate.of(new PeeringCommands.Update(), new PeeringCommands.Show(),
                Property.scalar("allowVirtualNetworkAccess", "allowVirtualNetworkAccess"),
                Property.scalar("allowForwardedTraffic", "allowForwardedTraffic"),
                Property.scalar("allowGatewayTransit", "allowGatewayTransit"),
                Property.scalar("useRemoteGateways", "useRemoteGateways"));
    }

    private static AzCommand nicUpdate() {
        return GenericUpdate.of(new NicCommands.Update(), new NicCommands.Show(),
                Property.scalar("enableIPForwarding", "ip_forwarding"),
                Property.scalar("enableAcceleratedNetworking", "accelerated_networking"),
                Property.list("dnsSettings.dnsServers", "dns_servers"),
                Property.scalar("dnsSettings.internalDnsNameLabel", "internal_dns_name"),
                Property.reference("networkSecurityGroup", "nsg"));
    }

    private static AzCommand nsgRuleUpdate() {
        return GenericUpdate.of(new NsgRuleCommands.Update(), new NsgRuleCommands.Show(),
                Property.scalar("access", "access"), Property.scalar("direction", "direction"),
                Property.scalar("protocol", "protocol"), Property.scalar("priority", "priority"),
                Property.scalar("description", "description"),
                Property.scalar("sourceAddressPrefix", "source_address_prefixes"),
                Property.list("sourceAddressPrefixes", "source_address_prefixes"),
                Property.scalar("sourcePortRange", "source_port_ranges"),
                Property.list("sourcePortRanges", "source_port_ranges"),
                Property.scalar("destinationAddressPrefix", "destination_address_prefixes"),
                Property.list("destinationAddressPrefixes", "destination_address_prefixes"),
                Property.scalar("destinationPortRange", "destination_port_ranges"),
                Property.list("destinationPortRanges", "destination_port_ranges"),
                Property.list("sourceApplicationSecurityGroups", "source_asgs"),
                Property.list("destinationApplicationSecurityGroups", "destination_asgs"));
    }

    private static AzCommand natGatewayUpdate() {
        return GenericUpdate.of(new NatGatewayCommands.Update(), NatGatewayCommands.verbs().get(0),
                Property.scalar("idleTimeoutInMinutes", "idle_timeout"),
                Property.list("publicIpAddresses", "public_ip_addresses"),
                Property.list("publicIpPrefixes", "public_ip_prefixes"));
    }

    /** The show, list and delete commands of the top-level network types whose groups need nothing more. */
    private static List<AzCommand> resourceVerbs() {
        var publicIps = ResourceCommands.Type.of(PublicIpAddress.class, "publicIPAddresses", NetworkShapes::publicIp,
                PublicIpAddress::id);
        var asgs = ResourceCommands.Type.of(ApplicationSecurityGroup.class, "applicationSecurityGroups",
                (state, g) -> NetworkShapes.asg(g), ApplicationSecurityGroup::id);
        var gateways = ResourceCommands.Type.of(VirtualNetworkGateway.class, "virtualNetworkGateways",
                NetworkShapes::vnetGateway, VirtualNetworkGateway::id);
        var sites = ResourceCommands.Type.of(LocalNetworkGateway.class, "localNetworkGateways",
                (state, l) -> NetworkShapes.localGateway(l), LocalNetworkGateway::id);
        var connections = ResourceCommands.Type.of(GatewayConnection.class, "connections",
                NetworkShapes::connection, GatewayConnection::id);
        var routeTables = ResourceCommands.Type.of(RouteTable.class, "routeTables", NetworkShapes::routeTable,
                RouteTable::id);
        var nics = ResourceCommands.Type.of(NetworkInterface.class, "networkInterfaces",
                (state, n) -> Shapes.nic(state, n), NetworkInterface::id);
        var firewalls = ResourceCommands.Type.of(AzureFirewall.class, "azureFirewalls",
                FirewallCommands::firewallShape, AzureFirewall::id);
        return List.of(
                new ResourceCommands.Show<>("network firewall show", firewalls),
                new ResourceCommands.ListAll<>("network firewall list", firewalls),
                new ResourceCommands.Delete<>("network firewall delete", firewalls,
                        ResourceManager::deleteAzureFirewall),
                new NicCommands.Create(), new IpConfigCommands.Create(), new IpConfigCommands.Delete(),
                new IpConfigCommands.Show(), new IpConfigCommands.ListConfigs(),
                GenericUpdate.of(new IpConfigCommands.Update(), new IpConfigCommands.Show(),
                        Property.scalar("privateIPAddress", "private_ip"),
                        Property.reference("publicIPAddress", "public_ip"),
                        Property.list("applicationSecurityGroups", "asgs"),
                        Property.list("loadBalancerBackendAddressPools", "lb_address_pools"),
                        Property.list("loadBalancerInboundNatRules", "lb_inbound_nat_rules")),
                new ResourceCommands.Delete<>("network nic delete", nics, ResourceManager::deleteNetworkInterface),
                new AvailabilitySetCommands.Create(), new AvailabilitySetCommands.Show(),
                new AvailabilitySetCommands.ListSets(), new AvailabilitySetCommands.Delete(),
                new ResourceCommands.Show<>("network public-ip show", publicIps),
                new ResourceCommands.ListAll<>("network public-ip list", publicIps),
                new ResourceCommands.Delete<>("network public-ip delete", publicIps,
                        ResourceManager::deletePublicIpAddress),
                new ResourceCommands.Show<>("network asg show", asgs),
                ResourceCommands.tagsUpdate("network asg update", asgs),
                new ResourceCommands.ListAll<>("network asg list", asgs),
                new ResourceCommands.Delete<>("network asg delete", asgs, ResourceManager::deleteApplicationSecurityGroup),
                new ResourceCommands.Show<>("network vnet-gateway show", gateways),
                new ResourceCommands.ListAll<>("network vnet-gateway list", gateways),
                new ResourceCommands.Delete<>("network vnet-gateway delete", gateways,
                        ResourceManager::deleteVirtualNetworkGateway),
                new ResourceCommands.Show<>("network local-gateway show", sites),
                GenericUpdate.of(new LocalGatewayCommands.Update(),
                        new ResourceCommands.Show<>("network local-gateway show", sites),
                        Property.scalar("gatewayIpAddress", "gateway_ip"),
                        Property.list("localNetworkAddressSpace.addressPrefixes", "prefixes")),
                new ResourceCommands.ListAll<>("network local-gateway list", sites),
                new ResourceCommands.Delete<>("network local-gateway delete", sites,
                        ResourceManager::deleteLocalNetworkGateway),
                new ResourceCommands.Show<>("network vpn-connection show", connections),
                GenericUpdate.of(new VpnConnectionCommands.Update(),
                        new ResourceCommands.Show<>("network vpn-connection show", connections),
                        Property.scalar("enableBgp", "enable_bgp")),
                new VpnConnectionCommands.ListConnections(),
                new ResourceCommands.Delete<>("network vpn-connection delete", connections,
                        ResourceManager::deleteConnection),
                new ResourceCommands.Delete<>("network route-table delete", routeTables,
                        ResourceManager::deleteRouteTable),
                ResourceCommands.tagsUpdate("network nsg update", ResourceCommands.Type.of(NetworkSecurityGroup.class,
                        "networkSecurityGroups", NetworkShapes::nsg, NetworkSecurityGroup::id)));
    }

    private void register(AzCommand command) {
        commands.put(command.name(), command);
        String[] words = command.name().split(" ");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            prefix.append(i == 0 ? "" : " ").append(words[i]);
            groups.add(prefix.toString());
        }
    }

    Optional<AzCommand> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    boolean isGroup(String name) {
        return groups.contains(name) || NOT_YET.keySet().stream().anyMatch(k -> k.startsWith(name + " "));
    }

    Map<String, AzCommand> commands() {
        return Collections.unmodifiableMap(commands);
    }

    /** Why a real command is not emulated, if it is one of those. */
    static Optional<String> notYet(String path) {
        return NOT_YET.entrySet().stream().filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + " "))
                .map(Map.Entry::getValue).findFirst();
    }
}
