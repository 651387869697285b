package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The load balancers of a compiled data plane (docs/azure/load-balancers.md#data-path): which frontend holds an
 * address, which rule or inbound NAT rule takes a packet, which backends are healthy — a backend is healthy when the
 * NSGs on it let the probe in from the {@code AzureLoadBalancer} address (docs/azure/load-balancers.md#health-probes)
 * — and which healthy backend a flow goes to. Built once per data plane.
 */
final class LoadBalancing {

    /** A frontend, with its load balancer. */
    record FrontendAt(LoadBalancer loadBalancer, LoadBalancer.Frontend frontend, IpAddress address) {
    }

    /** Why a pool member takes no new flows: the NSG that keeps the probe out, and its denying rules. */
    record Unhealthy(NetworkInterface nic, ResourceId probe, ResourceId networkSecurityGroup, ResourceId appliedTo,
                     List<String> rules) {
    }

    /**
     * What the load balancer did with a packet: the rule (load-balancing or inbound NAT) that took it, the traffic
     * that rule carries, the backend chosen ({@code null} when none is healthy), its port (0: the packet's own), and
     * the members found unhealthy.
     */
    record Selection(ResourceId rule, ProtocolPorts carried, NetworkInterface backend, int backendPort,
                     List<Unhealthy> unhealthy, ResourceId probe) {
        boolean delivers() {
            return backend != null;
        }
    }

    private final DataPlane plane;
    private final Map<ResourceId, Map<IpAddress, FrontendAt>> privateFrontends = new HashMap<>();
    private final Map<IpAddress, FrontendAt> publicFrontends = new HashMap<>();

    /**
     * Indexes the frontends. In loops, without lambdas, as {@link #select} is written too: the first walk across a
     * peering in a JVM builds this, and would link every lambda on its way.
     */
    LoadBalancing(DataPlane plane) {
        this.plane = plane;
        for (LoadBalancer lb : plane.state().all(LoadBalancer.class)) {
            for (LoadBalancer.Frontend f : lb.frontends()) {
                if (f.isPublic()) {
                    Optional<PublicIpAddress> pip = plane.state().get(PublicIpAddress.class, f.publicIpAddressId());
                    if (pip.isPresent()) {
                        publicFrontends.put(pip.get().ipAddress(), new FrontendAt(lb, f, pip.get().ipAddress()));
                    }
                } else {
                    ResourceId network = f.subnetId().parent().orElseThrow();
                    Map<IpAddress, FrontendAt> inNetwork = privateFrontends.get(network);
                    if (inNetwork == null) {
                        inNetwork = new HashMap<>();
                        privateFrontends.put(network, inNetwork);
                    }
                    inNetwork.put(f.privateIpAddress(), new FrontendAt(lb, f, f.privateIpAddress()));
                }
            }
        }
    }

    boolean isEmpty() {
        return privateFrontends.isEmpty() && publicFrontends.isEmpty();
    }

    /** The private frontend at {@code address} in network {@code networkId}. */
    Optional<FrontendAt> privateFrontend(ResourceId networkId, IpAddress address) {
        Map<IpAddress, FrontendAt> inNetwork = privateFrontends.get(networkId);
        return inNetwork == null ? Optional.empty() : Optional.ofNullable(inNetwork.get(address));
    }

    /** The public frontend whose public IP has {@code address}. */
    Optional<FrontendAt> publicFrontend(IpAddress address) {
        return Optional.ofNullable(publicFrontends.get(address));
    }

    /**
     * The rule of {@code at} that takes {@code traffic}, and where it sends the packet: inbound NAT rules first, then
     * load-balancing rules, in their order; empty when no rule carries any of the traffic.
     */
    Optional<Selection> select(FrontendAt at, ProtocolPorts traffic, IpAddress source, IpAddress destination) {
        LoadBalancer lb = at.loadBalancer();
        for (LoadBalancer.InboundNatRule nat : lb.inboundNatRules()) {
            if (!nat.frontendId().equals(at.frontend().id())) {
                continue;
            }
            ProtocolPorts carried = traffic.intersect(carriedBy(nat.protocol(), nat.frontendPort()));
            if (!carried.isEmpty()) {
                Optional<ResourceId> nic = nat.target().isPresent() ? nat.target().get().parent() : Optional.empty();
                NetworkInterface target = nic.isPresent() ? plane.networkInterface(nic.get()).orElse(null) : null;
                return Optional.of(new Selection(nat.id(), carried, target, nat.backendPort(), List.of(), null));
            }
        }
        for (LoadBalancer.Rule rule : lb.rules()) {
            if (!rule.frontendId().equals(at.frontend().id())) {
                continue;
            }
            ProtocolPorts carried = traffic.intersect(rule.isHaPorts() ? carriedBy(rule.protocol(), 0)
                    : carriedBy(rule.protocol(), rule.frontendPort()));
            if (carried.isEmpty()) {
                continue;
            }
            List<NetworkInterface> healthy = new ArrayList<>();
            List<Unhealthy> unhealthy = new ArrayList<>();
            Optional<LoadBalancer.Probe> probe = rule.probe().isPresent() ? lb.probe(rule.probe().get())
                    : Optional.empty();
            Optional<LoadBalancer.BackendPool> pool = rule.backendPoolId() == null ? Optional.empty()
                    : lb.backendPool(rule.backendPoolId());
            List<ResourceId> members = pool.isPresent() ? pool.get().networkInterfaceIds() : List.of();
            for (ResourceId nicId : members) {
                Optional<NetworkInterface> nic = plane.networkInterface(nicId);
                if (nic.isEmpty() || nic.get().privateAddressFor(at.address()).isEmpty()) {
                    // an interface deleted since is no longer a member; an IPv6 frontend sends only to members with
                    // an IPv6 address (docs/azure/ipv6.md#load-balancers)
                    continue;
                }
                Optional<Unhealthy> why = probe.isPresent() ? probeBlocked(nic.get(), probe.get()) : Optional.empty();
                if (why.isPresent()) {
                    unhealthy.add(why.get());
                } else {
                    healthy.add(nic.get());
                }
            }
            NetworkInterface chosen = healthy.isEmpty() ? null
                    : healthy.get(Math.floorMod(flowHash(source, destination), healthy.size()));
            return Optional.of(new Selection(rule.id(), carried, chosen, rule.isHaPorts() ? 0 : rule.backendPort(),
                    unhealthy, probe.isPresent() ? probe.get().id() : null));
        }
        return Optional.empty();
    }

    /**
     * The probe reaches {@code nic} from the AzureLoadBalancer address unless an NSG on it denies that
     * (docs/azure/load-balancers.md#health-probes); HTTP and HTTPS probes are TCP connections first.
     */
    private Optional<Unhealthy> probeBlocked(NetworkInterface nic, LoadBalancer.Probe probe) {
        SecurityPlane security = plane.security();
        ProtocolPorts asked = ProtocolPorts.requested(Protocol.Tcp, OptionalInt.of(probe.port()));
        for (SecurityPlane.Level level : security.levels(nic, SecurityRuleDirection.Inbound)) {
            NsgEvaluator.Result result = NsgEvaluator.evaluate(level.group(), SecurityRuleDirection.Inbound,
                    security.addresses(nic), AddressContext.AZURE_LOAD_BALANCER.firstAddress(), OptionalInt.empty(),
                    nic.privateIpAddress(), asked);
            if (result.admitted().isEmpty()) {
                return Optional.of(new Unhealthy(nic, probe.id(), level.group().id(), level.associatedId(),
                        NsgStage.names(result.denyingRules())));
            }
        }
        return Optional.empty();
    }

    /**
     * The traffic a rule carries: its protocol on its frontend port; protocol All (HA ports) is TCP and UDP on every
     * port (docs/azure/load-balancers.md#ha-ports).
     */
    private static ProtocolPorts carriedBy(LoadBalancer.TransportProtocol protocol, int port) {
        PortRangeSet ports = port == 0 ? PortRangeSet.ALL : PortRangeSet.of(port);
        Map<Protocol, PortRangeSet> map = new EnumMap<>(Protocol.class);
        if (protocol != LoadBalancer.TransportProtocol.Udp) {
            map.put(Protocol.Tcp, ports);
        }
        if (protocol != LoadBalancer.TransportProtocol.Tcp) {
            map.put(Protocol.Udp, ports);
        }
        return ProtocolPorts.of(map);
    }

    /**
     * The same for a flow and for its replies (the two addresses in either order): a flow and its replies through
     * the same frontend reach the same backend (docs/azure/decisions.md#load-balancer-flow-symmetry).
     */
    private static int flowHash(IpAddress a, IpAddress b) {
        int x = a.toString().hashCode();
        int y = b.toString().hashCode();
        return Math.min(x, y) * 31 + Math.max(x, y);
    }
}
