package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The PUT of a whole load balancer, in ARM's vocabulary: SKU and protocols as text, the parts referring to each other
 * by child resource id ({@code lbId.child("frontendIPConfigurations", name)}, {@code backendAddressPools},
 * {@code probes}). The control plane checks it whole (docs/azure/load-balancers.md#validation). <b>API.</b>
 *
 * <pre>{@code
 * ResourceId lb = ResourceId.resource(sub, "rg", ResourceId.NETWORK, "loadBalancers", "hub-lb");
 * new LoadBalancerRequest(lb, Region.WEST_EUROPE, "Standard",
 *         List.of(new LoadBalancerRequest.Frontend("fe", subnetId, "10.0.1.100", null)),
 *         List.of(new LoadBalancerRequest.BackendPool("nvas", List.of(nva1Config, nva2Config))),
 *         List.of(new LoadBalancerRequest.Probe("ssh", "Tcp", 22, null)),
 *         List.of(new LoadBalancerRequest.Rule("ha", lb.child("frontendIPConfigurations", "fe"),
 *                 lb.child("backendAddressPools", "nvas"), lb.child("probes", "ssh"), "All", 0, 0, false, false)),
 *         List.of(), List.of());
 * }</pre>
 *
 * @param sku {@code Standard} or {@code Basic}; {@code null}: Standard
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadBalancerRequest(ResourceId id, Region region, String sku, List<Frontend> frontends,
                                  List<BackendPool> backendPools, List<Probe> probes, List<Rule> rules,
                                  List<InboundNatRule> inboundNatRules, List<OutboundRule> outboundRules) {

    public LoadBalancerRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        frontends = Arguments.requireList(frontends, "frontend IP configurations");
        backendPools = Arguments.requireList(backendPools, "backend address pools");
        probes = Arguments.requireList(probes, "probes");
        rules = Arguments.requireList(rules, "load-balancing rules");
        inboundNatRules = Arguments.requireList(inboundNatRules, "inbound NAT rules");
        outboundRules = Arguments.requireList(outboundRules, "outbound rules");
    }

    /** A public frontend names a public IP; a private one a subnet and, for a static address, the address. */
    public record Frontend(String name, ResourceId subnetId, String privateIpAddress, ResourceId publicIpAddressId) {
        public Frontend {
            Arguments.requireText(name, "frontend IP configuration name");
        }
    }

    /** Members are network interface IP configuration ids. */
    public record BackendPool(String name, List<ResourceId> ipConfigurationIds) {
        public BackendPool {
            Arguments.requireText(name, "backend address pool name");
            ipConfigurationIds = Arguments.requireList(ipConfigurationIds, "backend IP configurations");
        }
    }

    /**
     * {@code protocol}: Tcp, Http or Https; {@code requestPath} only for Http(s); the timing as
     * {@link LoadBalancer.Probe} records it.
     */
    public record Probe(String name, String protocol, int port, String requestPath, int intervalInSeconds,
                        int numberOfProbes, int probeThreshold) {
        public Probe {
            Arguments.requireText(name, "probe name");
        }

        /** The same probe with this timing; its protocol, port and path are kept. */
        public Probe withSettings(int interval, int probes, int threshold) {
            return new Probe(name, protocol, port, requestPath, interval, probes, threshold);
        }

        /** A probe with Azure's default timing. */
        public Probe(String name, String protocol, int port, String requestPath) {
            this(name, protocol, port, requestPath, LoadBalancer.Probe.DEFAULT_INTERVAL_IN_SECONDS,
                    LoadBalancer.Probe.DEFAULT_NUMBER_OF_PROBES, LoadBalancer.Probe.DEFAULT_PROBE_THRESHOLD);
        }
    }

    /**
     * {@code protocol}: Tcp, Udp or All (with ports 0: HA ports); {@code probeId} may be {@code null};
     * {@code loadDistribution}: Default, SourceIP or SourceIPProtocol, {@code null}: Default.
     */
    public record Rule(String name, ResourceId frontendId, ResourceId backendPoolId, ResourceId probeId,
                       String protocol, int frontendPort, int backendPort, boolean enableFloatingIp,
                       boolean disableOutboundSnat, int idleTimeoutInMinutes, boolean enableTcpReset,
                       String loadDistribution) {
        public Rule {
            Arguments.requireText(name, "load-balancing rule name");
        }

        /** A rule with Azure's default idle timeout, TCP reset off and the default distribution. */
        public Rule(String name, ResourceId frontendId, ResourceId backendPoolId, ResourceId probeId,
                    String protocol, int frontendPort, int backendPort, boolean enableFloatingIp,
                    boolean disableOutboundSnat) {
            this(name, frontendId, backendPoolId, probeId, protocol, frontendPort, backendPort, enableFloatingIp,
                    disableOutboundSnat, LoadBalancer.DEFAULT_IDLE_TIMEOUT_IN_MINUTES, false, null);
        }

        /** The same rule with these settings; everything else is kept. */
        public Rule withSettings(int idleTimeout, boolean tcpReset, String distribution) {
            return new Rule(name, frontendId, backendPoolId, probeId, protocol, frontendPort, backendPort,
                    enableFloatingIp, disableOutboundSnat, idleTimeout, tcpReset, distribution);
        }

        /** The same rule with outbound SNAT off; everything else is kept. */
        public Rule withOutboundSnatDisabled() {
            return new Rule(name, frontendId, backendPoolId, probeId, protocol, frontendPort, backendPort,
                    enableFloatingIp, true, idleTimeoutInMinutes, enableTcpReset, loadDistribution);
        }
    }

    /** {@code targetIpConfigurationId} may be {@code null} (no backend yet). */
    public record InboundNatRule(String name, ResourceId frontendId, String protocol, int frontendPort,
                                 int backendPort, ResourceId targetIpConfigurationId, boolean enableFloatingIp,
                                 int idleTimeoutInMinutes, boolean enableTcpReset) {
        public InboundNatRule {
            Arguments.requireText(name, "inbound NAT rule name");
        }

        /** A rule with floating IP and TCP reset off and Azure's default idle timeout. */
        public InboundNatRule(String name, ResourceId frontendId, String protocol, int frontendPort, int backendPort,
                              ResourceId targetIpConfigurationId) {
            this(name, frontendId, protocol, frontendPort, backendPort, targetIpConfigurationId, false,
                    LoadBalancer.DEFAULT_IDLE_TIMEOUT_IN_MINUTES, false);
        }

        /** The same rule with these settings; its target and ports are kept. */
        public InboundNatRule withSettings(boolean floatingIp, int idleTimeout, boolean tcpReset) {
            return new InboundNatRule(name, frontendId, protocol, frontendPort, backendPort, targetIpConfigurationId,
                    floatingIp, idleTimeout, tcpReset);
        }

        /** The same rule forwarding to another IP configuration ({@code null}: none); its settings are kept. */
        public InboundNatRule withTarget(ResourceId ipConfigurationId) {
            return new InboundNatRule(name, frontendId, protocol, frontendPort, backendPort, ipConfigurationId,
                    enableFloatingIp, idleTimeoutInMinutes, enableTcpReset);
        }
    }

    /** {@code allocatedOutboundPorts} 0: Azure's default allocation. */
    public record OutboundRule(String name, List<ResourceId> frontendIds, ResourceId backendPoolId, String protocol,
                               int allocatedOutboundPorts, int idleTimeoutInMinutes, boolean enableTcpReset) {
        public OutboundRule {
            Arguments.requireText(name, "outbound rule name");
            frontendIds = Arguments.requireList(frontendIds, "outbound rule frontend IP configurations");
        }

        /** An outbound rule with TCP reset on, as vnetlab shows one that does not say. */
        public OutboundRule(String name, List<ResourceId> frontendIds, ResourceId backendPoolId, String protocol,
                            int allocatedOutboundPorts, int idleTimeoutInMinutes) {
            this(name, frontendIds, backendPoolId, protocol, allocatedOutboundPorts, idleTimeoutInMinutes, true);
        }
    }

    public LoadBalancerRequest withFrontends(List<Frontend> parts) {
        return new LoadBalancerRequest(id, region, sku, parts, backendPools, probes, rules, inboundNatRules,
                outboundRules);
    }

    public LoadBalancerRequest withBackendPools(List<BackendPool> parts) {
        return new LoadBalancerRequest(id, region, sku, frontends, parts, probes, rules, inboundNatRules,
                outboundRules);
    }

    public LoadBalancerRequest withProbes(List<Probe> parts) {
        return new LoadBalancerRequest(id, region, sku, frontends, backendPools, parts, rules, inboundNatRules,
                outboundRules);
    }

    public LoadBalancerRequest withRules(List<Rule> parts) {
        return new LoadBalancerRequest(id, region, sku, frontends, backendPools, probes, parts, inboundNatRules,
                outboundRules);
    }

    public LoadBalancerRequest withInboundNatRules(List<InboundNatRule> parts) {
        return new LoadBalancerRequest(id, region, sku, frontends, backendPools, probes, rules, parts,
                outboundRules);
    }

    public LoadBalancerRequest withOutboundRules(List<OutboundRule> parts) {
        return new LoadBalancerRequest(id, region, sku, frontends, backendPools, probes, rules, inboundNatRules,
                parts);
    }

    /** The request that would PUT {@code lb} as it is, to change one part of it. */
    public static LoadBalancerRequest of(LoadBalancer lb) {
        return new LoadBalancerRequest(lb.id(), lb.region(), lb.sku().name(),
                lb.frontends().stream().map(f -> new Frontend(f.name(), f.subnetId(),
                        f.allocationMethod() == io.vnetlab.model.IpAllocationMethod.Static && f.privateIpAddress() != null
                                ? f.privateIpAddress().toString() : null, f.publicIpAddressId())).toList(),
                lb.backendPools().stream().map(p -> new BackendPool(p.name(), p.ipConfigurationIds())).toList(),
                lb.probes().stream().map(p -> new Probe(p.name(), p.protocol().name(), p.port(), p.requestPath(),
                        p.intervalInSeconds(), p.numberOfProbes(), p.probeThreshold())).toList(),
                lb.rules().stream().map(r -> new Rule(r.name(), r.frontendId(), r.backendPoolId(), r.probeId(),
                        r.protocol().name(), r.frontendPort(), r.backendPort(), r.enableFloatingIp(),
                        r.disableOutboundSnat(), r.idleTimeoutInMinutes(), r.enableTcpReset(),
                        r.loadDistribution().name())).toList(),
                lb.inboundNatRules().stream().map(n -> new InboundNatRule(n.name(), n.frontendId(),
                        n.protocol().name(), n.frontendPort(), n.backendPort(), n.targetIpConfigurationId(),
                        n.enableFloatingIp(), n.idleTimeoutInMinutes(), n.enableTcpReset())).toList(),
                lb.outboundRules().stream().map(o -> new OutboundRule(o.name(), o.frontendIds(), o.backendPoolId(),
                        o.protocol().name(), o.allocatedOutboundPorts(), o.idleTimeoutInMinutes(), o.enableTcpReset()))
                        .toList());
    }
}
