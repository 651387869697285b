package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load balancer stage of a walk (docs/azure/load-balancers.md#data-path): a packet that reaches a frontend is
 * taken by the inbound NAT rule or load-balancing rule that carries it, to a healthy backend; the hop names the load
 * balancer, the rule and the backend. What no rule carries, or what finds no healthy backend, is dropped, and the
 * record says why — a probe an NSG keeps out is named with the NSG's rules and the rule that would let it in.
 */
final class LoadBalancerStage {

    private final DataPlane plane;
    private final WalkRecord record;
    private final NsgStage nsgs;

    LoadBalancerStage(DataPlane plane, WalkRecord record, NsgStage nsgs) {
        this.plane = plane;
        this.record = record;
        this.nsgs = nsgs;
    }

    /**
     * The backend a packet at frontend {@code at} goes to; empty (and recorded) when it is dropped.
     *
     * @param here where the packet was routed from
     * @param route the route that led to the frontend, or {@code null}
     * @param peering the peering crossed to reach it, or {@code null}
     * @param asNextHop whether the frontend is a route's next hop (the packet keeps its destination and the backend
     *                  forwards it, the HA NVA pattern), rather than the packet's destination
     */
    Optional<NetworkInterface> through(LoadBalancing.FrontendAt at, Place here, EffectiveRoute route,
                                       PeeringCrossed peering, Packet packet, boolean asNextHop) {
        Optional<LoadBalancing.Selection> selected = plane.loadBalancing().select(at, nsgs.admitted(),
                packet.source(), packet.destination());
        ResourceId lb = at.loadBalancer().id();
        ResourceId frontend = at.frontend().id();
        if (selected.isEmpty()) {
            record.add(new Hop(record.nextNumber(), Hop.Kind.LOAD_BALANCER, here, null, route, peering, null,
                    List.of(new HopDetail.NoLoadBalancingRule(lb, frontend)), HopOutcome.DROPPED));
            record.block(Blocker.of(Blocker.Kind.NO_LOAD_BALANCER_RULE, List.of(lb, frontend), nsgs.admitted(),
                    at.address()));
            return Optional.empty();
        }
        LoadBalancing.Selection selection = selected.get();
        List<HopDetail> details = new ArrayList<>();
        for (LoadBalancing.Unhealthy u : selection.unhealthy()) {
            details.add(new HopDetail.ProbeBlocked(u.nic().id(), u.probe(), u.networkSecurityGroup(), u.rules()));
        }
        if (!selection.delivers()) {
            record.add(new Hop(record.nextNumber(), Hop.Kind.LOAD_BALANCER, here, null, route, peering, null,
                    details, HopOutcome.DROPPED));
            noHealthyBackend(lb, selection);
            return Optional.empty();
        }
        NetworkInterface backend = selection.backend();
        details.add(0, new HopDetail.LoadBalanced(lb, frontend, at.address(), selection.rule(), backend.id(),
                backendAddress(backend, at.address()), selection.backendPort()));
        Place next = asNextHop ? Place.appliance(backend) : Place.subnet(backend.subnetId());
        record.add(new Hop(record.nextNumber(), Hop.Kind.LOAD_BALANCER, here, next, route, peering, null, details,
                HopOutcome.FORWARDED));
        nsgs.carriedByLoadBalancer(selection.carried(), selection.backendPort());
        return Optional.of(backend);
    }

    /**
     * Whether a Basic load balancer's frontend is out of reach across {@code peering}, a global one
     * (docs/azure/peering.md#global-peering-constraints); if so, the drop is recorded.
     */
    boolean outOfReachAcross(io.vnetlab.model.Peering peering, LoadBalancing.FrontendAt at, Place here,
                             EffectiveRoute route) {
        if (!peering.global() || at.loadBalancer().sku() != io.vnetlab.model.LoadBalancerSku.Basic) {
            return false;
        }
        record.add(new Hop(record.nextNumber(), Hop.Kind.LOAD_BALANCER, here, null, route,
                PeeringCrossing.crossed(peering), null, List.of(), HopOutcome.DROPPED));
        record.block(Blocker.of(Blocker.Kind.BASIC_FRONTEND_ACROSS_GLOBAL_PEERING, List.of(at.loadBalancer().id(),
                at.frontend().id(), peering.id()), at.address()));
        return true;
    }

    /** The backend's address of the frontend's family: an IPv6 frontend sends to the IPv6 address. */
    static IpAddress backendAddress(NetworkInterface backend, IpAddress frontend) {
        return backend.privateAddressFor(frontend).orElse(backend.privateIpAddress());
    }

    private void noHealthyBackend(ResourceId lb, LoadBalancing.Selection selection) {
        List<ResourceId> resources = new ArrayList<>(List.of(lb, selection.rule()));
        selection.unhealthy().forEach(u -> resources.add(u.nic().id()));
        String probe = selection.probe() == null ? null : selection.probe().name();
        boolean hasBackends = selection.probe() != null || !selection.unhealthy().isEmpty();
        record.block(Blocker.of(Blocker.Kind.NO_HEALTHY_BACKEND, resources,
                hasBackends ? (probe == null ? "(none)" : probe) : null));
        for (LoadBalancing.Unhealthy u : selection.unhealthy()) {
            int port = plane.state().get(io.vnetlab.model.LoadBalancer.class, lb)
                    .flatMap(l -> l.probe(u.probe())).map(io.vnetlab.model.LoadBalancer.Probe::port).orElse(0);
            ProtocolPorts probed = ProtocolPorts.requested(io.vnetlab.model.Protocol.Tcp, java.util.OptionalInt.of(port));
            record.block(Blocker.of(Blocker.Kind.PROBE_DENIED_BY_NSG, List.of(u.networkSecurityGroup(), u.appliedTo(),
                    u.nic().id()), probed, u.rules()));
            record.fix(Fix.of(Fix.Kind.ADD_SECURITY_RULE, List.of(u.networkSecurityGroup()),
                    SecurityRuleDirection.Inbound, probed, "AzureLoadBalancer", u.nic().privateIpAddress()));
        }
    }
}
