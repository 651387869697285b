package io.vnetlab;

import io.vnetlab.controlplane.LoadBalancerRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The load balancers of a topology (docs/azure/load-balancers.md), Standard SKU unless a definition asks for the
 * retired Basic one, which is modelled with Basic's rules (docs/azure/load-balancers.md#skus). Parts refer to each
 * other by name; backends are VMs (their primary interface) or network interfaces, by name.
 *
 * <pre>{@code
 * topology.loadBalancers().define("hub-lb")
 *         .withRegion(Region.WEST_EUROPE)
 *         .withPrivateFrontend("fe", "hub", "nva", "10.0.1.100")
 *         .withBackendPool("nvas", "nva1", "nva2")
 *         .withTcpProbe("ssh", 22)
 *         .withHaPortsRule("ha", "fe", "nvas", "ssh")
 *         .create();
 * topology.routeTables().define("spoke-rt").withRegion(Region.WEST_EUROPE)
 *         .withRouteViaVirtualAppliance("0.0.0.0/0", "10.0.1.100").create();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LoadBalancers {

    private final Topology topology;

    LoadBalancers(Topology topology) {
        this.topology = topology;
    }

    /** Starts the definition of a new load balancer. */
    public Definition define(String name) {
        Arguments.requireText(name, "load balancer name");
        return new Definition(topology, name);
    }

    /** Starts a change to an existing load balancer: its parts, applied together. */
    public Update update(String nameOrId) {
        return new Update(topology, get(nameOrId));
    }

    public LoadBalancer get(String nameOrId) {
        return Resolver.find(topology.state(), LoadBalancer.class, nameOrId, LoadBalancer::id, LoadBalancer::name,
                "load balancer");
    }

    public List<LoadBalancer> list() {
        return List.copyOf(topology.state().all(LoadBalancer.class));
    }

    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteLoadBalancer(s, id));
    }

    /**
     * The parts a definition and an update both set, into the {@link Draft} each carries. A part given again by name
     * replaces the earlier one.
     */
    sealed interface Parts<SELF extends Parts<SELF>> permits Definition, Update {

        /** A private frontend in a subnet, with a static address ({@code null}: the next free one). */
        default SELF withPrivateFrontend(String name, String network, String subnet, String privateIpAddress) {
            return change(d -> d.privateFrontend(name, network, subnet, privateIpAddress));
        }

        /** A public frontend on a public IP address of the load balancer's SKU, by name. */
        default SELF withPublicFrontend(String name, String publicIpAddress) {
            return change(d -> d.publicFrontend(name, publicIpAddress));
        }

        /** A backend pool of VMs (their primary interface) or network interfaces, by name. */
        default SELF withBackendPool(String name, String... vmsOrNics) {
            return change(d -> d.pool(name, vmsOrNics));
        }

        /** A TCP health probe on {@code port}. */
        default SELF withTcpProbe(String name, int port) {
            return change(d -> d.probe(name, "Tcp", port, null));
        }

        /** An HTTP health probe of {@code path} on {@code port}. */
        default SELF withHttpProbe(String name, int port, String path) {
            return change(d -> d.probe(name, "Http", port, path));
        }

        /** A load-balancing rule: {@code protocol} (Tcp or Udp) on {@code frontendPort} to {@code backendPort}. */
        default SELF withRule(String name, String protocol, int frontendPort, int backendPort, String frontend,
                              String pool, String probe) {
            return change(d -> d.rule(name, protocol, frontendPort, backendPort, frontend, pool, probe));
        }

        /** An HA ports rule: every TCP and UDP port, on an internal load balancer (docs/azure/load-balancers.md#ha-ports). */
        default SELF withHaPortsRule(String name, String frontend, String pool, String probe) {
            return change(d -> d.rule(name, "All", 0, 0, frontend, pool, probe));
        }

        /** An inbound NAT rule from {@code frontendPort} to {@code backendPort} of one VM or interface. */
        default SELF withInboundNatRule(String name, String protocol, int frontendPort, int backendPort,
                                        String frontend, String vmOrNic) {
            return change(d -> d.natRule(name, protocol, frontendPort, backendPort, frontend, vmOrNic));
        }

        /** An outbound rule: the pool's members reach the Internet from the frontend's public address. */
        default SELF withOutboundRule(String name, String frontend, String pool) {
            return change(d -> d.outboundRule(name, frontend, pool));
        }

        /**
         * Turns off the outbound SNAT of load-balancing rule {@code rule}: the members of its pool no longer leave for
         * the Internet from its frontend (docs/azure/outbound-access.md#load-balancers). A rule on a frontend that an
         * outbound rule uses has it off already, as Azure requires.
         *
         * <pre>{@code
         * topology.loadBalancers().update("web-lb").withOutboundSnatDisabled("http").apply();
         * }</pre>
         */
        default SELF withOutboundSnatDisabled(String rule) {
            return change(d -> d.disableOutboundSnat(rule));
        }

        /**
         * Sets the idle timeout (4 to 100 minutes), TCP reset and load distribution of load-balancing rule
         * {@code rule}, defined in this change or before; recorded, not simulated
         * (docs/azure/load-balancers.md#rule-settings). A rule that is not given them has Azure's defaults: 4
         * minutes, no reset, {@code Default}.
         *
         * <pre>{@code
         * topology.loadBalancers().update("web-lb")
         *         .withRuleSettings("http", 15, true, LoadBalancer.LoadDistribution.SourceIP).apply();
         * }</pre>
         */
        default SELF withRuleSettings(String rule, int idleTimeoutInMinutes, boolean enableTcpReset,
                                      LoadBalancer.LoadDistribution loadDistribution) {
            Arguments.requireGiven(loadDistribution, "load distribution");
            return change(d -> d.ruleSettings(rule, idleTimeoutInMinutes, enableTcpReset, loadDistribution));
        }

        /**
         * Sets the floating IP, idle timeout (4 to 100 minutes) and TCP reset of inbound NAT rule {@code natRule},
         * defined in this change or before; recorded, not simulated (docs/azure/load-balancers.md#rule-settings).
         *
         * <pre>{@code
         * topology.loadBalancers().update("web-lb").withInboundNatRuleSettings("ssh-vm1", false, 30, true).apply();
         * }</pre>
         */
        default SELF withInboundNatRuleSettings(String natRule, boolean enableFloatingIp, int idleTimeoutInMinutes,
                                                boolean enableTcpReset) {
            return change(d -> d.natRuleSettings(natRule, enableFloatingIp, idleTimeoutInMinutes, enableTcpReset));
        }

        /**
         * Sets the interval (5 seconds or more), number of probes and probe threshold (1 or more each) of probe
         * {@code probe}; recorded, not simulated (docs/azure/load-balancers.md#rule-settings). A probe that is not
         * given them has Azure's defaults: 15 seconds, 2 probes, threshold 1.
         *
         * <pre>{@code
         * topology.loadBalancers().update("web-lb").withProbeSettings("http", 5, 2, 1).apply();
         * }</pre>
         */
        default SELF withProbeSettings(String probe, int intervalInSeconds, int numberOfProbes, int probeThreshold) {
            return change(d -> d.probeSettings(probe, intervalInSeconds, numberOfProbes, probeThreshold));
        }

        /** Removes the rule, inbound NAT rule, outbound rule, probe, pool or frontend named {@code name}. */
        default SELF without(String name) {
            return change(d -> d.without(name));
        }

        /** Applies {@code change} to the draft: an interface holds no field, so each permitted type gives its own. */
        @SuppressWarnings("unchecked")
        private SELF change(Consumer<Draft> change) {
            change.accept(this instanceof Definition definition ? definition.draft : ((Update) this).draft);
            return (SELF) this;
        }
    }

    /** The parts being put together, keyed by lower-case name per collection. */
    static final class Draft {
        private final Topology topology;
        private ResourceId id;
        private LoadBalancerSku sku = LoadBalancerSku.Standard;
        final Map<String, LoadBalancerRequest.Frontend> frontends = new LinkedHashMap<>();
        final Map<String, LoadBalancerRequest.BackendPool> pools = new LinkedHashMap<>();
        final Map<String, LoadBalancerRequest.Probe> probes = new LinkedHashMap<>();
        final Map<String, LoadBalancerRequest.Rule> rules = new LinkedHashMap<>();
        final Map<String, LoadBalancerRequest.InboundNatRule> natRules = new LinkedHashMap<>();
        final Map<String, LoadBalancerRequest.OutboundRule> outboundRules = new LinkedHashMap<>();
        /** References by name, resolved once the load balancer's id is known. */
        private final List<Runnable> resolutions = new ArrayList<>();

        Draft(Topology topology) {
            this.topology = topology;
        }

        void from(LoadBalancerRequest existing) {
            id = existing.id();
            sku = LoadBalancerSku.valueOf(existing.sku());
            existing.frontends().forEach(f -> frontends.put(key(f.name()), f));
            existing.backendPools().forEach(p -> pools.put(key(p.name()), p));
            existing.probes().forEach(p -> probes.put(key(p.name()), p));
            existing.rules().forEach(r -> rules.put(key(r.name()), r));
            existing.inboundNatRules().forEach(r -> natRules.put(key(r.name()), r));
            existing.outboundRules().forEach(r -> outboundRules.put(key(r.name()), r));
        }

        void privateFrontend(String name, String network, String subnet, String address) {
            Arguments.requireText(subnet, "subnet");
            ResourceId subnetId = topology.network(network).id().child("subnets", subnet);
            frontends.put(key(name), new LoadBalancerRequest.Frontend(name, subnetId, address, null));
        }

        void publicFrontend(String name, String publicIp) {
            ResourceId pip = PublicIpAddresses.find(topology.state(), publicIp).id();
            frontends.put(key(name), new LoadBalancerRequest.Frontend(name, null, null, pip));
        }

        void pool(String name, String... members) {
            List<ResourceId> configs = new ArrayList<>();
            for (String member : members) {
                configs.add(ipConfiguration(member));
            }
            pools.put(key(name), new LoadBalancerRequest.BackendPool(name, configs));
        }

        void probe(String name, String protocol, int port, String path) {
            probes.put(key(name), new LoadBalancerRequest.Probe(name, protocol, port, path));
        }

        void rule(String name, String protocol, int frontendPort, int backendPort, String frontend, String pool,
                  String probe) {
            Arguments.requireText(name, "rule name");
            Arguments.requireText(frontend, "frontend name");
            resolutions.add(() -> rules.put(key(name), new LoadBalancerRequest.Rule(name,
                    part("frontendIPConfigurations", frontend), part("backendAddressPools", pool),
                    part("probes", probe), protocol, frontendPort, backendPort, false,
                    outboundRules.values().stream().anyMatch(o -> o.frontendIds().contains(
                            part("frontendIPConfigurations", frontend))))));
        }

        void natRule(String name, String protocol, int frontendPort, int backendPort, String frontend,
                     String target) {
            Arguments.requireText(name, "inbound NAT rule name");
            ResourceId config = target == null ? null : ipConfiguration(target);
            resolutions.add(() -> natRules.put(key(name), new LoadBalancerRequest.InboundNatRule(name,
                    part("frontendIPConfigurations", frontend), protocol, frontendPort, backendPort, config)));
        }

        void outboundRule(String name, String frontend, String pool) {
            Arguments.requireText(name, "outbound rule name");
            resolutions.add(0, () -> outboundRules.put(key(name), new LoadBalancerRequest.OutboundRule(name,
                    List.of(part("frontendIPConfigurations", frontend)), part("backendAddressPools", pool), "All", 0,
                    4)));
        }

        /** After the rules are resolved, so that it applies to a rule defined in the same change too. */
        void disableOutboundSnat(String name) {
            Arguments.requireText(name, "rule name");
            resolutions.add(() -> rules.put(key(name),
                    existing(rules, name, "load-balancing rule").withOutboundSnatDisabled()));
        }

        void ruleSettings(String name, int idleTimeout, boolean tcpReset, LoadBalancer.LoadDistribution distribution) {
            Arguments.requireText(name, "rule name");
            resolutions.add(() -> rules.put(key(name), existing(rules, name, "load-balancing rule").withSettings(
                    idleTimeout, tcpReset, distribution.name())));
        }

        void natRuleSettings(String name, boolean floatingIp, int idleTimeout, boolean tcpReset) {
            Arguments.requireText(name, "inbound NAT rule name");
            resolutions.add(() -> natRules.put(key(name), existing(natRules, name, "inbound NAT rule").withSettings(
                    floatingIp, idleTimeout, tcpReset)));
        }

        void probeSettings(String name, int interval, int numberOfProbes, int threshold) {
            Arguments.requireText(name, "probe name");
            resolutions.add(() -> probes.put(key(name), existing(probes, name, "probe").withSettings(interval,
                    numberOfProbes, threshold)));
        }

        /** The part {@code name} of {@code parts}, once the change's own parts are resolved. */
        private <T> T existing(Map<String, T> parts, String name, String what) {
            T part = parts.get(key(name));
            if (part == null) {
                throw new IllegalArgumentException("Load balancer '" + id.name() + "' has no " + what + " named '"
                        + name + "'.");
            }
            return part;
        }

        void without(String name) {
            String k = key(name);
            boolean removed = frontends.remove(k) != null | pools.remove(k) != null | probes.remove(k) != null
                    | rules.remove(k) != null | natRules.remove(k) != null | outboundRules.remove(k) != null;
            if (!removed) {
                throw new IllegalArgumentException("Load balancer '" + (id == null ? "?" : id.name())
                        + "' has no part named '" + name + "'.");
            }
        }

        LoadBalancerRequest request(ResourceId lbId, Region region) {
            id = lbId;
            resolutions.forEach(Runnable::run);
            resolutions.clear();
            return new LoadBalancerRequest(lbId, region, sku.name(), new ArrayList<>(frontends.values()),
                    new ArrayList<>(pools.values()), new ArrayList<>(probes.values()), new ArrayList<>(rules.values()),
                    new ArrayList<>(natRules.values()), new ArrayList<>(outboundRules.values()));
        }

        private ResourceId part(String collection, String name) {
            return name == null ? null : id.child(collection, name);
        }

        /** A VM's primary interface's IP configuration, or an interface's. */
        private ResourceId ipConfiguration(String vmOrNic) {
            TopologyState s = topology.state();
            boolean isVm = s.virtualMachines().stream().anyMatch(vm -> vm.name().equalsIgnoreCase(vmOrNic)
                    || vm.id().toString().equalsIgnoreCase(vmOrNic));
            NetworkInterface nic = isVm ? s.primaryNetworkInterface(Resolver.virtualMachine(s, vmOrNic))
                    : Resolver.networkInterface(s, vmOrNic);
            // named as az vm create and the templates name it: ipconfig<vm> for a VM's interface, else ipconfig1
            String config = nic.ipConfigurationName() != null ? nic.ipConfigurationName() : nic.virtualMachine()
                    .flatMap(s::virtualMachine).map(vm -> "ipconfig" + vm.name()).orElse("ipconfig1");
            return nic.id().child("ipConfigurations", config);
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A new load balancer; single use. */
    public static final class Definition extends PlacedDefinition<Definition> implements Parts<Definition> {
        private final Draft draft;

        Definition(Topology topology, String name) {
            super(topology, name, "load balancer", "loadBalancers()");
            this.draft = new Draft(topology);
        }

        /**
         * {@code Standard} (the default) or {@code Basic}: Basic was retired on 30 September 2025 and Azure creates no
         * new one, but topologies made before still hold them; a Basic load balancer is open to inbound traffic, takes
         * Basic public IP addresses only, and has no outbound rules, HA ports or HTTPS probes
         * (docs/azure/load-balancers.md#skus).
         *
         * <pre>{@code
         * topology.loadBalancers().define("legacy-lb").withRegion(Region.WEST_EUROPE)
         *         .withSku(LoadBalancerSku.Basic)
         *         .withPublicFrontend("fe", "basic-ip")
         *         .create();
         * }</pre>
         */
        public Definition withSku(LoadBalancerSku sku) {
            draft.sku = Arguments.requireGiven(sku, "SKU");
            return this;
        }

        /**
         * Creates the load balancer.
         *
         * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
         */
        public LoadBalancer create() {
            return createOnce(this::put, LoadBalancer::id);
        }

        private LoadBalancer put() {
            Region region = requireRegion(", for example withRegion(Region.WEST_EUROPE)");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "loadBalancers", name);
                TopologyState next = ResourceManager.putLoadBalancer(withGroup, draft.request(id, region),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.get(LoadBalancer.class, id).orElseThrow());
            });
        }
    }

    /** A change to an existing load balancer; single use. */
    public static final class Update implements Parts<Update> {
        private final Topology topology;
        private final LoadBalancer original;
        private final Draft draft;
        private boolean applied;

        Update(Topology topology, LoadBalancer original) {
            this.topology = topology;
            this.original = original;
            this.draft = new Draft(topology);
            draft.from(LoadBalancerRequest.of(original));
        }

        /** Applies every change at once, or none. */
        public LoadBalancer apply() {
            if (applied) {
                throw new IllegalStateException("Update of load balancer '" + original.name() + "' was already"
                        + " applied; start a new one with loadBalancers().update(...).");
            }
            LoadBalancer lb = topology.apply(s -> {
                TopologyState next = ResourceManager.putLoadBalancer(s, draft.request(original.id(),
                        original.region()), PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(LoadBalancer.class, original.id()).orElseThrow());
            });
            applied = true;
            return lb;
        }
    }
}
