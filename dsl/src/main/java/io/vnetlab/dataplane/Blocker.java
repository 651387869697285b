package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ResourceId;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One reason a flow does not get through: its kind, the resources it concerns and the values it names, in the
 * order its kind lists them. Renderers turn it into words.
 *
 * <pre>{@code
 * Blocker b = verdict.blockers().get(0);
 * b.kind();          // Kind.NOT_PEERED
 * b.resources();     // [SalesVNet's id, ResearchVNet's id]
 * }</pre>
 *
 * @param values addresses, prefixes, states and rule names, never sentences
 * @param replies when the blocker stops the replies of the flow rather than the flow, their path
 */
@API(status = MAINTAINED, since = "0.1")
public record Blocker(Kind kind, List<ResourceId> resources, List<Object> values, ReplyPath replies) {

    /** The kinds of blocker; each names its resources, then its values. */
    public enum Kind {
        /** values: the source {@link Endpoint}. */
        UNSIMULATED_SOURCE,
        /** resources: the network holding the address, the destination's network, the interface; values: address. */
        OVERLAPPING_ADDRESS,
        /** resources: the network; values: the address no interface holds. */
        NO_INTERFACE,
        /** resources: the networks holding the address; values: destination, the route. */
        PRIVATE_ADDRESS_TO_INTERNET,
        /** values: the {@link NextHopType}. */
        UNSIMULATED_NEXT_HOP,
        /** resources: the gateway; values: destination. */
        GATEWAY_ROUTING_LOOP,
        /** values: the hop limit. */
        HOP_LIMIT,
        /** resources: the network, the route table (if the route has one); values: next hop address, prefix. */
        APPLIANCE_NOT_FOUND,
        /** resources: the appliance's interface; values: its address, the destination. */
        IP_FORWARDING_OFF,
        /**
         * resources: the Azure Firewall; values: its {@link FirewallDecision} (a Deny rule or the default deny), the
         * packet's source and destination.
         */
        FIREWALL_DENIED,
        /**
         * resources: the Azure Firewall; values: its {@link FirewallDecision} (the FQDN or service-tag rule it could not
         * decide), the packet's source and destination.
         */
        FIREWALL_RULE_UNDECIDABLE,
        /**
         * resources: the Azure Firewall, the destination's subnet; values: the request's source, the address the reply
         * leaves from, the appliances the reply passes ({@code List<Place>}).
         */
        FIREWALL_ASYMMETRIC_ROUTING,
        /** resources: the appliance's interface, its subnet; values: its address. */
        APPLIANCE_ROUTING_LOOP,
        /** resources: the route table; values: route name, prefix, destination. */
        USER_ROUTE_TO_NONE,
        /** resources: the network; values: the route's prefix. */
        NO_GATEWAY,
        /** resources: the gateway, the network; values: the route's prefix. */
        GATEWAY_NOT_ROUTE_BASED,
        /** resources: the site, the gateway, the gateway's network; values: the packet's source. */
        SITE_HAS_NO_ROUTE_BACK,
        /** resources: the spoke, the hub. */
        NOT_PEERED_WITH_HUB,
        /** resources: the hub's peering to the spoke. */
        NO_GATEWAY_TRANSIT,
        /** resources: the spoke's peering to the hub. */
        NOT_USING_REMOTE_GATEWAYS,
        /** resources: the gateway. */
        BASIC_GATEWAY_SKU,
        /**
         * resources: the site, the gateway, the network without a route, the gateway's network; values:
         * destination.
         */
        NO_ROUTE_TO_SITE,
        /** resources: the route table, the subnet, the gateway. */
        GATEWAY_ROUTES_NOT_PROPAGATED,
        /** resources: the site id that is not in the topology. */
        NO_SUCH_SITE,
        /** resources: the site. */
        SITE_NOT_CONNECTED,
        /**
         * resources: the site-to-site connection, its site, the gateway the site stands for, the connection's own
         * gateway (docs/azure/gateways.md#site-to-site-between-networks).
         */
        TUNNEL_NOT_CONNECTED,
        /** resources: the site, the gateway, the gateway's network; values: destination. */
        SITE_LEARNS_NO_ROUTE,
        /** resources: the destination's network, the source's network; values: destination address, source address. */
        NO_ROUTE_FOR_REPLIES,
        /** resources: the network; values: destination. */
        NO_NETWORK_HOLDS_ADDRESS,
        /** resources: the two networks, then the networks both are peered with. */
        NOT_PEERED,
        /** resources: the peering, the remote network; values: destination, its prefix (or null), sync level. */
        PEERING_NOT_SYNCED,
        /** resources: the two peerings; values: their states. */
        PEERING_STATES_DIFFER,
        /** resources: the peering, the other network. */
        PEERING_DISCONNECTED,
        /** resources: the peering, the other network; values: the peering's state. */
        PEERING_ONE_SIDED,
        /**
         * resources: the NSG, the subnet or interface it is on; values: the {@link ProtocolPorts} denied, the
         * {@link io.vnetlab.model.SecurityRuleDirection}, source, destination, the denying rule names.
         */
        NSG_DENIES,
        /** resources: the peering, the remote network; values: its address space, the rule names. */
        VIRTUAL_NETWORK_ACCESS_OFF,
        /** values: the public address. */
        NO_PUBLIC_ADDRESS,
        /** resources: the interface; values: the destination {@link Endpoint}, its private address. */
        NO_PUBLIC_IP,
        /** resources: the public IP. */
        STANDARD_PUBLIC_IP_CLOSED,
        /** resources: the source interface; values: the IPv6 destination. */
        NO_IPV6_ADDRESS,
        /**
         * resources: the private endpoint, its interface: the flow starts at a private endpoint, which only receives
         * (docs/azure/private-endpoints.md#traffic).
         */
        PRIVATE_ENDPOINT_INITIATES,
        /**
         * resources: the private endpoint, its interface; values: the flow's {@link io.vnetlab.model.Protocol}, which a
         * private endpoint does not carry (docs/azure/private-endpoints.md#traffic).
         */
        PRIVATE_ENDPOINT_PROTOCOL,
        /**
         * resources: the subnet (private, or whose NAT gateway has no public address), the interface the packet
         * leaves from, then the NAT gateway or the Standard load balancer if there is one; values, with a load
         * balancer: the flow's {@link io.vnetlab.model.Protocol} and the load balancer's
         * {@link io.vnetlab.model.LoadBalancer.Rule}s that keep outbound SNAT for the interface's pool, for other
         * protocols (docs/azure/outbound-access.md#load-balancers).
         */
        NO_OUTBOUND_ACCESS,
        /**
         * resources: the peering that refuses (or the network, when it has none back), the network forwarded from,
         * the network entered; values: the packet's source.
         */
        FORWARDED_TRAFFIC_REFUSED,
        /**
         * resources: the subnet peering, the subnet that does not take part in it; values: the names of the subnets of
         * that side that do (docs/azure/subnet-peering.md#routes).
         */
        SUBNET_NOT_IN_PEERING,
        /** resources: the peering; values: the destination (docs/azure/subnet-peering.md#ipv6-only). */
        IPV6_ONLY_PEERING,
        /**
         * resources: the security admin configuration, the virtual network it applies to; values: the
         * {@link ProtocolPorts} denied, the {@link io.vnetlab.model.SecurityRuleDirection}, source, destination, the
         * denying rules as {@code ruleCollection/rule} (docs/azure/virtual-network-manager.md#security-admin-rules).
         */
        ADMIN_RULE_DENIES,
        /**
         * resources: the load balancer, the frontend; values: the traffic ({@link ProtocolPorts}) no rule carries, the
         * frontend's address.
         */
        NO_LOAD_BALANCER_RULE,
        /**
         * resources: the load balancer, the rule (or inbound NAT rule), then the unhealthy backends' interfaces;
         * values: the probe's name, or {@code null} when the rule has no backend at all.
         */
        NO_HEALTHY_BACKEND,
        /**
         * resources: the NSG, the subnet or interface it is on, the backend's interface; values: the probe's
         * {@link ProtocolPorts}, the denying rule names.
         */
        PROBE_DENIED_BY_NSG,
        /**
         * resources: the Basic load balancer, its frontend, the global peering crossed to reach it; values: the
         * frontend's address.
         */
        BASIC_FRONTEND_ACROSS_GLOBAL_PEERING
    }

    /** The replies of a flow: from the destination's address back to the source's. */
    public record ReplyPath(IpAddress from, IpAddress to) {
    }

    public Blocker {
        Objects.requireNonNull(kind, "kind");
        resources = List.copyOf(resources);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));   // a value may be absent
    }

    /** A blocker of the flow itself. */
    public static Blocker of(Kind kind, List<ResourceId> resources, Object... values) {
        return new Blocker(kind, resources, Arrays.asList(values), null);
    }

    /** This blocker, met by the replies from {@code from} to {@code to}. */
    public Blocker onReplies(IpAddress from, IpAddress to) {
        return new Blocker(kind, resources, values, new ReplyPath(from, to));
    }

    public Optional<ReplyPath> reply() {
        return Optional.ofNullable(replies);
    }

    /** The resource at {@code index} of those the kind lists. */
    public ResourceId resource(int index) {
        return resources.get(index);
    }

    /** The value at {@code index} of those the kind lists, as its type. */
    @SuppressWarnings("unchecked")
    public <T> T value(int index) {
        return (T) values.get(index);
    }
}
