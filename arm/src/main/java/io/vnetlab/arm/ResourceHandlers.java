package io.vnetlab.arm;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The resource types vnetlab simulates, each with its handler; every other type is accepted as not simulated. */
final class ResourceHandlers {

    private final Map<String, ResourceHandler> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static ResourceHandlers defaults() {
        ResourceHandlers handlers = new ResourceHandlers();
        handlers.register(new VirtualNetworkHandler());
        handlers.register(new SubnetHandler());
        handlers.register(new PeeringHandler());
        handlers.register(new NetworkInterfaceHandler());
        handlers.register(new VirtualMachineHandler());
        // ---- routing, gateways and firewalls
        handlers.register(new RouteTableHandler());
        handlers.register(new RouteHandler());
        handlers.register(new VirtualNetworkGatewayHandler());
        handlers.register(new LocalNetworkGatewayHandler());
        handlers.register(new ConnectionHandler());
        handlers.register(new AzureFirewallHandler());
        handlers.register(new FirewallPolicyHandler());
        handlers.register(new RuleCollectionGroupHandler());
        handlers.register(new IpGroupHandler());
        handlers.register(new NetworkWatcherHandler());
        // ---- network security groups, public IPs, Bastion
        handlers.register(new NetworkSecurityGroupHandler());
        handlers.register(new SecurityRuleHandler());
        handlers.register(new ApplicationSecurityGroupHandler());
        handlers.register(new PublicIpAddressHandler());
        handlers.register(new LoadBalancerHandler());
        handlers.register(LoadBalancerPartHandler.inboundNatRules());
        handlers.register(LoadBalancerPartHandler.backendAddressPools());
        handlers.register(new BastionHostHandler());
        handlers.register(new PrivateEndpointHandler());
        PrivateDnsHandlers.all().forEach(handlers::register);
        // ---- outbound access
        handlers.register(new NatGatewayHandler());
        handlers.register(new PublicIpPrefixHandler());
        NetworkManagerHandlers.all().forEach(handlers::register);
        // ---- deployments to a subscription
        handlers.register(new ResourceGroupHandler());
        return handlers;
    }

    void register(ResourceHandler handler) {
        byType.put(handler.type(), handler);
    }

    Optional<ResourceHandler> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    boolean simulates(String type) {
        return byType.containsKey(type);
    }

    /** The simulated types, sorted. */
    java.util.Set<String> types() {
        return byType.keySet();
    }
}
