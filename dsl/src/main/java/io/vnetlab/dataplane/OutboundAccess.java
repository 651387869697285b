package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ResourceId;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How a network interface reaches the Internet, and with which source address: the first of Azure's outbound methods
 * that applies to it (docs/azure/outbound-access.md#precedence) — its subnet's NAT gateway, its own public IP, a load
 * balancer's outbound rule or load-balancing rule, or its subnet's default outbound access — or none: in a private
 * subnet, or in the pool of a Standard load balancer that translates none of its flows.
 *
 * <pre>{@code
 * OutboundAccess out = topology.outboundAccess("app-vm");
 * out.method();          // NAT_GATEWAY
 * out.sourceAddress();   // Optional[20.0.0.4], the NAT gateway's public IP
 * }</pre>
 *
 * @param method the method that decides
 * @param through what provides it: the NAT gateway, the public IP, the load balancer, or the subnet (default outbound
 *                access, or none); for none, also the NAT gateway without an address or the Standard load balancer
 *                that takes default outbound access away
 * @param publicIp the public IP address or prefix the source is translated to, {@code null} when Azure owns the
 *                 address (default outbound access) or there is none
 * @param address the public source address the Internet sees, {@code null} when not simulated or none
 * @param networkInterface the interface the packet leaves Azure from
 * @param rule the outbound rule or load-balancing rule that translates, {@code null} for the other methods
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OutboundAccess(Method method, ResourceId through, ResourceId publicIp, IpAddress address,
                             ResourceId networkInterface, ResourceId rule) {

    /** Azure's outbound methods, in the order of precedence. */
    public enum Method {
        /** The subnet's NAT gateway: it overrides every other method. */
        NAT_GATEWAY,
        /** The interface's own (instance-level) public IP address. */
        INSTANCE_PUBLIC_IP,
        /** An outbound rule of a Standard load balancer whose backend pool holds the interface. */
        LOAD_BALANCER_OUTBOUND_RULE,
        /**
         * A load-balancing rule of a public load balancer whose backend pool holds the interface and which keeps
         * outbound SNAT on: its flows leave from the rule's frontend public IP
         * (docs/azure/outbound-access.md#load-balancers).
         */
        LOAD_BALANCER_RULE,
        /** An Azure Firewall's interface: the firewall translates to its own public address. */
        AZURE_FIREWALL,
        /** Azure's default outbound access, from an address Azure owns and may change. */
        DEFAULT_OUTBOUND_ACCESS,
        /**
         * No path to the Internet: a private subnet with no explicit method, a NAT gateway without addresses, or a
         * Standard load balancer's pool with no rule that translates the flow.
         */
        NONE
    }

    public OutboundAccess {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(through, "through");
    }

    /** Whether the interface reaches the Internet at all. */
    public boolean reachesInternet() {
        return method != Method.NONE;
    }

    /** The public source address the Internet sees, when the topology holds it. */
    public Optional<IpAddress> sourceAddress() {
        return Optional.ofNullable(address);
    }

    public Optional<ResourceId> publicIpId() {
        return Optional.ofNullable(publicIp);
    }

    /** The outbound rule or load-balancing rule that translates, for the load balancer methods. */
    public Optional<ResourceId> loadBalancerRule() {
        return Optional.ofNullable(rule);
    }
}
