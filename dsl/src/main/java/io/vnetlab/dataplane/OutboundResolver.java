package io.vnetlab.dataplane;

import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpPrefix;
import io.vnetlab.model.Subnet;
import io.vnetlab.controlplane.TopologyState;

import java.util.Optional;

/**
 * Decides {@link OutboundAccess} for an interface, in Azure's order of precedence
 * (docs/azure/outbound-access.md#precedence): NAT gateway, then instance-level public IP, then load balancer outbound
 * rule (or a Basic public load balancer's load-balancing rule), then default outbound access unless the subnet is
 * private.
 */
final class OutboundResolver {

    private final TopologyState state;
    private final LoadBalancing loadBalancing;

    OutboundResolver(TopologyState state, LoadBalancing loadBalancing) {
        this.state = state;
        this.loadBalancing = loadBalancing;
    }

    OutboundAccess of(NetworkInterface nic) {
        Subnet subnet = state.subnet(nic.subnetId()).orElseThrow();
        Optional<NatGateway> nat = subnet.natGateway().flatMap(id -> state.get(NatGateway.class, id));
        if (nat.isPresent()) {
            return throughNatGateway(nat.get(), nic);
        }
        Optional<PublicIpAddress> own = nic.publicIpAddress().flatMap(id -> state.get(PublicIpAddress.class, id));
        if (own.isPresent()) {
            return new OutboundAccess(OutboundAccess.Method.INSTANCE_PUBLIC_IP, own.get().id(), own.get().id(),
                    own.get().ipAddress(), nic.id());
        }
        Optional<OutboundAccess> rule = loadBalancerOutboundRule(nic);
        if (rule.isPresent()) {
            return rule.get();
        }
        Optional<LoadBalancing.OutboundSnat> basic = loadBalancing.basicRuleSnatFor(nic);
        if (basic.isPresent()) {
            LoadBalancing.OutboundSnat snat = basic.get();
            return new OutboundAccess(OutboundAccess.Method.LOAD_BALANCER_RULE, snat.loadBalancer(),
                    snat.publicIpAddressIds().get(0), snat.publicAddresses().get(0), nic.id());
        }
        if (nic.owner() == InterfaceOwner.AzureFirewall) {
            // the firewall translates to a public IP of its IP configurations (docs/azure/azure-firewall.md#snat)
            Optional<PublicIpAddress> pip = state.get(io.vnetlab.model.AzureFirewall.class, nic.id()).stream()
                    .flatMap(fw -> fw.publicIpIds().stream()).flatMap(id -> state.get(PublicIpAddress.class, id)
                    .stream()).findFirst();
            return new OutboundAccess(OutboundAccess.Method.AZURE_FIREWALL, nic.id(),
                    pip.map(PublicIpAddress::id).orElse(null), pip.map(PublicIpAddress::ipAddress).orElse(null),
                    nic.id());
        }
        OutboundAccess.Method fallback = subnet.hasDefaultOutboundAccess()
                ? OutboundAccess.Method.DEFAULT_OUTBOUND_ACCESS : OutboundAccess.Method.NONE;
        return new OutboundAccess(fallback, subnet.id(), null, null, nic.id());
    }

    /**
     * The outbound rule of a load balancer whose backend pool holds {@code nic}: the packet leaves from the rule's
     * first frontend public IP, through the load balancer (docs/azure/outbound-access.md#precedence). A rule whose
     * frontends hold no public address gives no outbound access and is passed over.
     */
    private Optional<OutboundAccess> loadBalancerOutboundRule(NetworkInterface nic) {
        return loadBalancing.outboundRuleFor(nic)
                .filter(snat -> !snat.publicAddresses().isEmpty())
                .map(snat -> new OutboundAccess(OutboundAccess.Method.LOAD_BALANCER_OUTBOUND_RULE, snat.loadBalancer(),
                        snat.publicIpAddressIds().get(0), snat.publicAddresses().get(0), nic.id()));
    }

    /** The first public IP address of the gateway is the source vnetlab reports; else its first prefix's first. */
    private OutboundAccess throughNatGateway(NatGateway nat, NetworkInterface nic) {
        for (var pipId : nat.publicIpAddressIds()) {
            Optional<PublicIpAddress> pip = state.get(PublicIpAddress.class, pipId);
            if (pip.isPresent()) {
                return new OutboundAccess(OutboundAccess.Method.NAT_GATEWAY, nat.id(), pip.get().id(),
                        pip.get().ipAddress(), nic.id());
            }
        }
        for (var prefixId : nat.publicIpPrefixIds()) {
            Optional<PublicIpPrefix> prefix = state.get(PublicIpPrefix.class, prefixId);
            if (prefix.isPresent()) {
                return new OutboundAccess(OutboundAccess.Method.NAT_GATEWAY, nat.id(), prefix.get().id(),
                        prefix.get().ipPrefix().firstAddress(), nic.id());
            }
        }
        // a NAT gateway without public addresses translates to nothing, and still overrides every other method
        return new OutboundAccess(OutboundAccess.Method.NONE, nat.id(), null, null, nic.id());
    }
}
