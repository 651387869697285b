package io.vnetlab.dataplane;

import io.vnetlab.model.ResourceId;

import java.util.Arrays;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One change that would let a flow through: its kind, the resources to change and the values to give them, in the
 * order its kind lists them. Each surface renders it in its own vocabulary (Java DSL calls, {@code az} commands).
 *
 * <pre>{@code
 * Fix fix = verdict.fixes().get(0);
 * fix.kind();        // Kind.ENABLE_IP_FORWARDING
 * fix.resource(0);   // the appliance's network interface
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public record Fix(Kind kind, List<ResourceId> resources, List<Object> values) {

    /** The kinds of fix; each names its resources, then its values. */
    public enum Kind {
        /** resources: the network to re-address, the network it overlaps. */
        USE_NON_OVERLAPPING_ADDRESS_SPACE,
        /** resources: the two networks. */
        PEER_DIRECTLY,
        /** resources: the source network, the destination network, the network both peer with; values: prefixes. */
        ROUTE_THROUGH_SHARED_PEER_APPLIANCE,
        /** resources: the Disconnected peering, the other network. */
        RECREATE_PEERING,
        /** resources: the network to peer from, the network to peer with. */
        CREATE_PEERING_BACK,
        /** resources: the peering. */
        SYNC_PEERING,
        /** resources: the subnet peering, the subnet to add to it (docs/azure/subnet-peering.md#syncing). */
        ADD_SUBNET_TO_PEERING,
        /**
         * resources: the peerings (or a network, for a peering that does not exist); values: the
         * {@link PeeringSetting} to turn on for each.
         */
        SET_PEERING_SETTINGS,
        /**
         * resources: the NSG; values: the {@link io.vnetlab.model.SecurityRuleDirection}, the {@link ProtocolPorts},
         * source, destination.
         */
        ADD_SECURITY_RULE,
        /**
         * resources: the NSG; values: the deciding rule's name, then as {@link #ADD_SECURITY_RULE}, then the
         * priority the new rule must come before.
         */
        CHANGE_RULE_OR_ADD_BEFORE_IT,
        /** resources: the NSG; values: the rule's name. */
        CHANGE_RULE,
        /** resources: the interface. */
        ASSOCIATE_PUBLIC_IP,
        /** resources: the interface; values: the {@link ProtocolPorts} to allow. */
        ASSOCIATE_NSG,
        /** Nothing to name: the route's next hop must be an interface's address. */
        POINT_ROUTE_AT_APPLIANCE,
        /** resources: the appliance's interface. */
        ENABLE_IP_FORWARDING,
        /**
         * resources: the firewall policy (or the firewall, for classic rules); values: the {@link FirewallDecision}
         * that denied, source, destination, {@link io.vnetlab.model.Protocol}, destination port (-1: any).
         */
        ADD_FIREWALL_ALLOW_RULE,
        /** resources: the firewall; values: the {@link FirewallDecision} naming the FQDN rule. */
        NAME_DESTINATION_FQDN,
        /**
         * resources: the firewall policy (or the firewall, for classic rules); values: the firewall's public address,
         * {@link io.vnetlab.model.Protocol}, destination port (-1: any).
         */
        ADD_FIREWALL_DNAT_RULE,
        /**
         * resources: the destination's subnet, the firewall; values: the request's source, the firewall's private
         * address.
         */
        ROUTE_REPLIES_THROUGH_FIREWALL,
        /** resources: the appliance's subnet; values: the appliance's address. */
        DISSOCIATE_ROUTE_TABLE_FROM_APPLIANCE_SUBNET,
        /** resources: the route table (or none); values: the route's name. */
        REMOVE_USER_ROUTE,
        /** resources: the network without a gateway. */
        CREATE_GATEWAY,
        /** resources: the spoke, the hub. */
        PEER_USING_REMOTE_GATEWAY,
        /** resources: the hub network. */
        UPGRADE_BASIC_GATEWAY,
        /** resources: the route table. */
        ENABLE_GATEWAY_ROUTE_PROPAGATION,
        /** resources: the route table; values: the prefix. */
        ADD_GATEWAY_ROUTE,
        /** resources: the site. */
        CONNECT_SITE,
        /**
         * resources: the gateway to connect back, the gateway it must connect to; values: the name of a site that
         * stands for the latter, or {@code null} when there is none yet.
         */
        CONNECT_GATEWAY_BACK,
        /** resources: the private subnet (docs/azure/outbound-access.md#precedence). */
        ATTACH_NAT_GATEWAY,
        /** resources: the NAT gateway without public addresses. */
        ADD_NAT_GATEWAY_PUBLIC_IP,
        /**
         * resources: the subnet of a Standard load balancer's backend, and the load balancer, which translates none
         * of the flow (docs/azure/outbound-access.md#load-balancers).
         */
        GIVE_LOAD_BALANCER_BACKEND_OUTBOUND
    }

    /** A peering setting a fix turns on. */
    public enum PeeringSetting {
        allowVirtualNetworkAccess, allowForwardedTraffic, allowGatewayTransit, useRemoteGateways
    }

    public Fix {
        Objects.requireNonNull(kind, "kind");
        resources = List.copyOf(resources);
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Fix of(Kind kind, List<ResourceId> resources, Object... values) {
        return new Fix(kind, resources, Arrays.asList(values));
    }

    /**
     * Written out rather than generated: a walk keeps its fixes in a set, and a record's generated methods are
     * linked by an invokedynamic bootstrap on their first call, milliseconds that the first explained drop in a JVM
     * would pay.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Fix other && kind == other.kind && resources.equals(other.resources)
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + resources.hashCode()) + values.hashCode();
    }

    public ResourceId resource(int index) {
        return resources.get(index);
    }

    @SuppressWarnings("unchecked")
    public <T> T value(int index) {
        return (T) values.get(index);
    }
}
