package io.vnetlab.dataplane;

import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpPrefix;
import io.vnetlab.model.Subnet;
import io.vnetlab.controlplane.TopologyState;

import java.util.Optional;

/**
 * Decides {@link OutboundAccess} for an interface and a flow protocol, in Azure's order of precedence
 * (docs/azure/outbound-access.md#precedence): NAT gateway, then instance-level public IP, then a load balancer's
 * outbound rule, then a public load balancer's load-balancing rule that keeps outbound SNAT on, then default outbound
 * access — unless the subnet is private, or a Standard load balancer holds the interface in a pool.
 */
final class OutboundResolver {

    private final TopologyState state;
    private final LoadBalancerSnat loadBalancers;

    OutboundResolver(TopologyState state) {
        this.state = state;
        this.loadBalancers = new LoadBalancerSnat(state);
    }

    /** The method for flows of {@code protocol} ({@code null}: any protocol) from {@code nic}. */
    OutboundAccess of(NetworkInterface nic, Protocol protocol) {
        Subnet subnet = state.subnet(nic.subnetId()).orElseThrow();
        Optional<NatGateway> nat = subnet.natGateway().flatMap(id -> state.get(NatGateway.class, id));
        if (nat.isPresent()) {
            return throughNatGateway(nat.get(), nic);
        }
        Optional<PublicIpAddress> own = nic.publicIpAddress().flatMap(id -> state.get(PublicIpAddress.class, id));
        if (own.isPresent()) {
            return new OutboundAccess(OutboundAccess.Method.INSTANCE_PUBLIC_IP, own.get().id(), own.get().id(),
                    own.get().ipAddress(), nic.id(), null);
        }
        // an outbound rule whose frontends hold no public address gives no outbound access and is passed over
        Optional<LoadBalancerSnat.Snat> rule = loadBalancers.outboundRuleFor(nic, protocol)
                .filter(snat -> !snat.publicAddresses().isEmpty());
        if (rule.isPresent()) {
            return translatedBy(OutboundAccess.Method.LOAD_BALANCER_OUTBOUND_RULE, rule.get(), nic);
        }
        Optional<LoadBalancerSnat.Snat> balancing = loadBalancers.loadBalancingRuleFor(nic, protocol);
        if (balancing.isPresent()) {
            return translatedBy(OutboundAccess.Method.LOAD_BALANCER_RULE, balancing.get(), nic);
        }
        if (nic.owner() == InterfaceOwner.AzureFirewall) {
            // the firewall translates to a public IP of its IP configurations (docs/azure/azure-firewall.md#snat)
            Optional<PublicIpAddress> pip = state.get(AzureFirewall.class, nic.id()).stream()
                    .flatMap(fw -> fw.publicIpIds().stream()).flatMap(id -> state.get(PublicIpAddress.class, id)
                    .stream()).findFirst();
            return new OutboundAccess(OutboundAccess.Method.AZURE_FIREWALL, nic.id(),
                    pip.map(PublicIpAddress::id).orElse(null), pip.map(PublicIpAddress::ipAddress).orElse(null),
                    nic.id(), null);
        }
        if (!subnet.hasDefaultOutboundAccess()) {
            return new OutboundAccess(OutboundAccess.Method.NONE, subnet.id(), null, null, nic.id(), null);
        }
        Optional<LoadBalancer> standard = loadBalancers.standardHolding(nic);
        if (standard.isPresent()) {
            return new OutboundAccess(OutboundAccess.Method.NONE, standard.get().id(), null, null, nic.id(), null);
        }
        return new OutboundAccess(OutboundAccess.Method.DEFAULT_OUTBOUND_ACCESS, subnet.id(), null, null, nic.id(),
                null);
    }

    /** The packet leaves from the rule's first frontend public IP, through the load balancer. */
    private static OutboundAccess translatedBy(OutboundAccess.Method method, LoadBalancerSnat.Snat snat,
                                               NetworkInterface nic) {
        return new OutboundAccess(method, snat.loadBalancer(), snat.publicIpAddressIds().get(0),
                snat.publicAddresses().get(0), nic.id(), snat.rule());
    }

    /** The first public IP address of the gateway is the source vnetlab reports; else its first prefix's first. */
    private OutboundAccess throughNatGateway(NatGateway nat, NetworkInterface nic) {
        for (var pipId : nat.publicIpAddressIds()) {
            Optional<PublicIpAddress> pip = state.get(PublicIpAddress.class, pipId);
            if (pip.isPresent()) {
                return new OutboundAccess(OutboundAccess.Method.NAT_GATEWAY, nat.id(), pip.get().id(),
                        pip.get().ipAddress(), nic.id(), null);
            }
        }
        for (var prefixId : nat.publicIpPrefixIds()) {
            Optional<PublicIpPrefix> prefix = state.get(PublicIpPrefix.class, prefixId);
            if (prefix.isPresent()) {
                return new OutboundAccess(OutboundAccess.Method.NAT_GATEWAY, nat.id(), prefix.get().id(),
                        prefix.get().ipPrefix().firstAddress(), nic.id(), null);
            }
        }
        // a NAT gateway without public addresses translates to nothing, and still overrides every other method
        return new OutboundAccess(OutboundAccess.Method.NONE, nat.id(), null, null, nic.id(), null);
    }
}
