package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What load balancers do to an interface's outbound flows (docs/azure/outbound-access.md#load-balancers): the outbound
 * rule whose pool holds it, the load-balancing rule that translates its flows to the rule's frontend, and whether a
 * Standard load balancer holds it at all, which takes default outbound access away. Each answer is for one flow
 * protocol ({@code null}: any), as Azure translates only what a rule's protocol names.
 */
final class LoadBalancerSnat {

    /**
     * The part of a load balancer that translates an interface's outbound flows, with the public addresses it
     * translates to, in frontend order.
     */
    record Snat(ResourceId loadBalancer, ResourceId rule, List<ResourceId> publicIpAddressIds,
                List<IpAddress> publicAddresses) {
    }

    private final TopologyState state;

    LoadBalancerSnat(TopologyState state) {
        this.state = state;
    }

    /** The outbound rule whose pool holds {@code nic} and whose protocol covers {@code protocol}. */
    Optional<Snat> outboundRuleFor(NetworkInterface nic, Protocol protocol) {
        for (LoadBalancer lb : state.all(LoadBalancer.class)) {
            for (LoadBalancer.OutboundRule rule : lb.outboundRules()) {
                if (holds(lb, rule.backendPoolId(), nic) && translates(rule.protocol(), protocol)) {
                    return Optional.of(snat(lb, rule.id(), rule.frontendIds()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The load-balancing rule of a public load balancer whose pool holds {@code nic} and which keeps outbound SNAT on
     * ({@code disableOutboundSnat} false, the API's default): the backend's flows leave from the rule's frontend. A
     * Standard rule translates its own transport protocol only; Microsoft states no such limit for Basic. Of several
     * such rules the first in the load balancer's order decides the address vnetlab reports.
     */
    Optional<Snat> loadBalancingRuleFor(NetworkInterface nic, Protocol protocol) {
        for (LoadBalancer lb : state.all(LoadBalancer.class)) {
            for (LoadBalancer.Rule rule : snatRulesHolding(lb, nic)) {
                if (lb.sku() == LoadBalancerSku.Basic || translates(rule.protocol(), protocol)) {
                    Snat snat = snat(lb, rule.id(), List.of(rule.frontendId()));
                    if (!snat.publicAddresses().isEmpty()) {
                        return Optional.of(snat);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first Standard load balancer with {@code nic} in a pool: Standard load balancers are secure by default, and
     * their backends get no default outbound access.
     */
    Optional<LoadBalancer> standardHolding(NetworkInterface nic) {
        for (LoadBalancer lb : state.all(LoadBalancer.class)) {
            if (lb.sku() != LoadBalancerSku.Standard) {
                continue;
            }
            for (LoadBalancer.BackendPool pool : lb.backendPools()) {
                if (pool.networkInterfaceIds().contains(nic.id())) {
                    return Optional.of(lb);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The load-balancing rules of {@code lb} on a public frontend that keep outbound SNAT on and whose pool holds
     * {@code nic}: an internal frontend has no public address to translate to.
     */
    static List<LoadBalancer.Rule> snatRulesHolding(LoadBalancer lb, NetworkInterface nic) {
        List<LoadBalancer.Rule> rules = new ArrayList<>();
        for (LoadBalancer.Rule rule : lb.rules()) {
            boolean isPublic = lb.frontend(rule.frontendId()).map(LoadBalancer.Frontend::isPublic).orElse(false);
            if (isPublic && !rule.disableOutboundSnat() && holds(lb, rule.backendPoolId(), nic)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** Load balancers translate TCP and UDP only; a flow asked for any protocol takes what any rule gives. */
    static boolean translates(LoadBalancer.TransportProtocol rule, Protocol flow) {
        if (flow == null || flow == Protocol.Any) {
            return true;
        }
        return switch (flow) {
            case Tcp -> rule != LoadBalancer.TransportProtocol.Udp;
            case Udp -> rule != LoadBalancer.TransportProtocol.Tcp;
            default -> false;
        };
    }

    private static boolean holds(LoadBalancer lb, ResourceId poolId, NetworkInterface nic) {
        return poolId != null && lb.backendPool(poolId).map(p -> p.networkInterfaceIds().contains(nic.id()))
                .orElse(false);
    }

    private Snat snat(LoadBalancer lb, ResourceId rule, List<ResourceId> frontendIds) {
        List<ResourceId> ids = new ArrayList<>();
        List<IpAddress> addresses = new ArrayList<>();
        for (ResourceId frontendId : frontendIds) {
            lb.frontend(frontendId).flatMap(LoadBalancer.Frontend::publicIpAddress)
                    .flatMap(id -> state.get(PublicIpAddress.class, id)).ifPresent(pip -> {
                        ids.add(pip.id());
                        addresses.add(pip.ipAddress());
                    });
        }
        return new Snat(lb.id(), rule, List.copyOf(ids), List.copyOf(addresses));
    }
}
