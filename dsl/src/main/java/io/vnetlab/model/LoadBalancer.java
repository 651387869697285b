package io.vnetlab.model;

import io.vnetlab.address.IpAddress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An Azure load balancer (docs/azure/load-balancers.md#components): frontend IP configurations (public, or private in
 * a subnet: an internal load balancer), backend pools of network interface IP configurations, health probes,
 * load-balancing rules, inbound NAT rules and outbound rules. Each part is a child resource with its own id under the
 * load balancer's.
 *
 * <pre>{@code
 * LoadBalancer lb = topology.loadBalancers().get("hub-lb");
 * lb.frontend("fe").orElseThrow().privateIpAddress();   // 10.0.1.100
 * lb.rules().get(0).isHaPorts();                         // true
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadBalancer(ResourceId id, String name, Region region, LoadBalancerSku sku, List<Frontend> frontends,
                           List<BackendPool> backendPools, List<Probe> probes, List<Rule> rules,
                           List<InboundNatRule> inboundNatRules, List<OutboundRule> outboundRules) {

    public LoadBalancer {
        frontends = List.copyOf(frontends);
        backendPools = List.copyOf(backendPools);
        probes = List.copyOf(probes);
        rules = List.copyOf(rules);
        inboundNatRules = List.copyOf(inboundNatRules);
        outboundRules = List.copyOf(outboundRules);
    }

    /** The protocols of rules; {@code All} (with ports 0) is an HA ports rule (docs/azure/load-balancers.md#ha-ports). */
    public enum TransportProtocol {
        Tcp, Udp, All
    }

    /** What a health probe speaks (docs/azure/load-balancers.md#health-probes). */
    public enum ProbeProtocol {
        Tcp, Http, Https
    }

    /**
     * How a load-balancing rule spreads flows over its backends (docs/azure/load-balancers.md#rule-settings):
     * {@code Default} hashes the five-tuple, {@code SourceIP} the source and destination addresses,
     * {@code SourceIPProtocol} those and the protocol. Recorded, not simulated.
     */
    public enum LoadDistribution {
        Default, SourceIP, SourceIPProtocol
    }

    /** Azure's idle timeout of a rule that names none, in minutes (docs/azure/load-balancers.md#rule-settings). */
    public static final int DEFAULT_IDLE_TIMEOUT_IN_MINUTES = 4;

    /**
     * A frontend IP configuration: exactly one of a public IP address or a subnet with a private address.
     *
     * @param subnetId the subnet of a private frontend, {@code null} for a public one
     * @param privateIpAddress the private address of a private frontend, {@code null} for a public one
     * @param publicIpAddressId the public IP address resource of a public frontend, {@code null} for a private one
     */
    public record Frontend(ResourceId id, String name, ResourceId subnetId, IpAddress privateIpAddress,
                           IpAllocationMethod allocationMethod, ResourceId publicIpAddressId) {
        public boolean isPublic() {
            return publicIpAddressId != null;
        }

        public Optional<ResourceId> subnet() {
            return Optional.ofNullable(subnetId);
        }

        public Optional<ResourceId> publicIpAddress() {
            return Optional.ofNullable(publicIpAddressId);
        }
    }

    /**
     * A backend pool: the IP configurations of network interfaces it sends to
     * (docs/azure/load-balancers.md#backend-pools); each id is {@code .../networkInterfaces/nic/ipConfigurations/x}.
     */
    public record BackendPool(ResourceId id, String name, List<ResourceId> ipConfigurationIds) {
        public BackendPool {
            ipConfigurationIds = List.copyOf(ipConfigurationIds);
        }

        /** The network interfaces of the pool's IP configurations, in pool order. */
        public List<ResourceId> networkInterfaceIds() {
            // a loop, not a stream: a walk through a load balancer asks, the first one in a JVM too
            Set<ResourceId> nics = new LinkedHashSet<>();
            for (ResourceId configuration : ipConfigurationIds) {
                nics.add(configuration.parent().orElseThrow());
            }
            return List.copyOf(nics);
        }
    }

    /**
     * A health probe: sent from the AzureLoadBalancer tag's address to each backend on {@code port}. Its timing is
     * recorded, not simulated (docs/azure/load-balancers.md#rule-settings).
     *
     * @param intervalInSeconds how often it probes, 5 seconds or more
     * @param numberOfProbes the consecutive failures that take a backend out of rotation (the older setting)
     * @param probeThreshold the consecutive answers that take a backend out of, or back into, rotation
     */
    public record Probe(ResourceId id, String name, ProbeProtocol protocol, int port, String requestPath,
                        int intervalInSeconds, int numberOfProbes, int probeThreshold) {

        /** Azure's interval of a probe that names none. */
        public static final int DEFAULT_INTERVAL_IN_SECONDS = 15;
        /** Azure's number of probes of a probe that names none. */
        public static final int DEFAULT_NUMBER_OF_PROBES = 2;
        /** Azure's threshold of a probe that names none. */
        public static final int DEFAULT_PROBE_THRESHOLD = 1;

        /** A probe with Azure's default timing. */
        public Probe(ResourceId id, String name, ProbeProtocol protocol, int port, String requestPath) {
            this(id, name, protocol, port, requestPath, DEFAULT_INTERVAL_IN_SECONDS, DEFAULT_NUMBER_OF_PROBES,
                    DEFAULT_PROBE_THRESHOLD);
        }
    }

    /**
     * A load-balancing rule: flows to {@code frontendPort} of the frontend on {@code protocol} go to {@code backendPort}
     * of a healthy member of the pool.
     *
     * @param probeId the probe deciding health, or {@code null}: every member counts as healthy
     * @param idleTimeoutInMinutes how long an idle TCP flow is kept, 4 to 100; recorded, not simulated
     * @param enableTcpReset whether the idle timeout resets both ends; recorded, not simulated
     * @param loadDistribution how flows spread over the backends; recorded, not simulated
     */
    public record Rule(ResourceId id, String name, ResourceId frontendId, ResourceId backendPoolId, ResourceId probeId,
                       TransportProtocol protocol, int frontendPort, int backendPort, boolean enableFloatingIp,
                       boolean disableOutboundSnat, int idleTimeoutInMinutes, boolean enableTcpReset,
                       LoadDistribution loadDistribution) {

        public Rule {
            loadDistribution = loadDistribution == null ? LoadDistribution.Default : loadDistribution;
        }

        /** A rule with Azure's default idle timeout, TCP reset off and the default distribution. */
        public Rule(ResourceId id, String name, ResourceId frontendId, ResourceId backendPoolId, ResourceId probeId,
                    TransportProtocol protocol, int frontendPort, int backendPort, boolean enableFloatingIp,
                    boolean disableOutboundSnat) {
            this(id, name, frontendId, backendPoolId, probeId, protocol, frontendPort, backendPort, enableFloatingIp,
                    disableOutboundSnat, DEFAULT_IDLE_TIMEOUT_IN_MINUTES, false, LoadDistribution.Default);
        }

        /** All protocols, all ports (docs/azure/load-balancers.md#ha-ports). */
        public boolean isHaPorts() {
            return protocol == TransportProtocol.All && frontendPort == 0 && backendPort == 0;
        }

        public Optional<ResourceId> probe() {
            return Optional.ofNullable(probeId);
        }
    }

    /**
     * An inbound NAT rule: flows to {@code frontendPort} of the frontend go to {@code backendPort} of one IP
     * configuration (docs/azure/load-balancers.md#inbound-nat-rules).
     *
     * @param targetIpConfigurationId the IP configuration it forwards to, or {@code null} until one is attached
     * @param enableFloatingIp whether the backend sees the frontend's address as the destination; recorded, not
     *                         simulated, as on load-balancing rules
     * @param idleTimeoutInMinutes how long an idle TCP flow is kept, 4 to 100; recorded, not simulated
     * @param enableTcpReset whether the idle timeout resets both ends; recorded, not simulated
     */
    public record InboundNatRule(ResourceId id, String name, ResourceId frontendId, TransportProtocol protocol,
                                 int frontendPort, int backendPort, ResourceId targetIpConfigurationId,
                                 boolean enableFloatingIp, int idleTimeoutInMinutes, boolean enableTcpReset) {

        /** A rule with floating IP and TCP reset off and Azure's default idle timeout. */
        public InboundNatRule(ResourceId id, String name, ResourceId frontendId, TransportProtocol protocol,
                              int frontendPort, int backendPort, ResourceId targetIpConfigurationId) {
            this(id, name, frontendId, protocol, frontendPort, backendPort, targetIpConfigurationId, false,
                    DEFAULT_IDLE_TIMEOUT_IN_MINUTES, false);
        }

        public Optional<ResourceId> target() {
            return Optional.ofNullable(targetIpConfigurationId);
        }

        /** The same rule forwarding to another IP configuration; its settings are kept. */
        public InboundNatRule withTarget(ResourceId ipConfigurationId) {
            return new InboundNatRule(id, name, frontendId, protocol, frontendPort, backendPort, ipConfigurationId,
                    enableFloatingIp, idleTimeoutInMinutes, enableTcpReset);
        }
    }

    /**
     * An outbound rule: the members of {@code backendPoolId} reach the Internet translated to the public addresses of
     * {@code frontendIds} (docs/azure/load-balancers.md#outbound-rules).
     *
     * @param enableTcpReset whether the idle timeout resets both ends; recorded, not simulated
     *                       (docs/azure/load-balancers.md#rule-settings)
     */
    public record OutboundRule(ResourceId id, String name, List<ResourceId> frontendIds, ResourceId backendPoolId,
                               TransportProtocol protocol, int allocatedOutboundPorts, int idleTimeoutInMinutes,
                               boolean enableTcpReset) {
        public OutboundRule {
            frontendIds = List.copyOf(frontendIds);
        }

        /**
         * An outbound rule with TCP reset on, as vnetlab shows one that does not say
         * (docs/azure/decisions.md#outbound-rule-tcp-reset).
         */
        public OutboundRule(ResourceId id, String name, List<ResourceId> frontendIds, ResourceId backendPoolId,
                            TransportProtocol protocol, int allocatedOutboundPorts, int idleTimeoutInMinutes) {
            this(id, name, frontendIds, backendPoolId, protocol, allocatedOutboundPorts, idleTimeoutInMinutes, true);
        }
    }

    /** An internal load balancer: its frontends are private addresses in a subnet. */
    public boolean isInternal() {
        return !frontends.isEmpty() && frontends.stream().noneMatch(Frontend::isPublic);
    }

    public Optional<Frontend> frontend(String frontendName) {
        return frontends.stream().filter(f -> f.name().equalsIgnoreCase(frontendName)).findFirst();
    }

    /** Found by a loop, as pools and probes are: walks through a load balancer ask, the first one in a JVM too. */
    public Optional<Frontend> frontend(ResourceId frontendId) {
        for (Frontend f : frontends) {
            if (f.id().equals(frontendId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<BackendPool> backendPool(String poolName) {
        return backendPools.stream().filter(p -> p.name().equalsIgnoreCase(poolName)).findFirst();
    }

    public Optional<BackendPool> backendPool(ResourceId poolId) {
        for (BackendPool p : backendPools) {
            if (p.id().equals(poolId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<Probe> probe(ResourceId probeId) {
        for (Probe p : probes) {
            if (p.id().equals(probeId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<Rule> rule(String ruleName) {
        return rules.stream().filter(r -> r.name().equalsIgnoreCase(ruleName)).findFirst();
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "load balancer '" + name + "' (" + sku + ", " + (isInternal() ? "internal" : "public") + ")";
    }
}
