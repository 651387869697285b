package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.LoadBalancer;
import io.vnetlab.model.LoadBalancer.TransportProtocol;
import io.vnetlab.model.LoadBalancerSku;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The control-plane operations of load balancers (docs/azure/load-balancers.md#validation): a PUT of the whole load
 * balancer checked part by part — frontends, backend pools, probes, load-balancing rules, inbound NAT rules, outbound
 * rules — then stored whole; and the backend membership the CLI changes from the interface's side. Like
 * {@link ControlPlane}: validate fully, then return a new state, or throw {@link AzureException}.
 */
final class LoadBalancerOperations {

    static final String FRONTENDS = "frontendIPConfigurations";
    static final String POOLS = "backendAddressPools";
    static final String PROBES = "probes";
    static final String RULES = "loadBalancingRules";
    static final String NAT_RULES = "inboundNatRules";
    static final String OUTBOUND_RULES = "outboundRules";
    static final int MIN_IDLE_TIMEOUT_IN_MINUTES = 4;
    static final int MAX_IDLE_TIMEOUT_IN_MINUTES = 100;
    static final int MIN_PROBE_INTERVAL_IN_SECONDS = 5;

    private LoadBalancerOperations() {
    }

    static TopologyState putLoadBalancer(TopologyState s, LoadBalancerRequest request, PutMode mode) {
        ResourceId id = request.id();
        Names.require(NamingRule.LOAD_BALANCER, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<LoadBalancer> existing = s.get(LoadBalancer.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Load balancer", id.name(), "resource group '" + id.resourceGroup() + "'",
                    id);
        }
        LoadBalancerSku sku = sku(request.sku(), id, existing);
        List<LoadBalancer.Frontend> frontends = frontends(s, request, sku, existing);
        List<LoadBalancer.BackendPool> pools = pools(s, request);
        List<LoadBalancer.Probe> probes = probes(request);
        LoadBalancer draft = new LoadBalancer(id, id.name(), request.region(), sku, frontends, pools, probes,
                List.of(), List.of(), List.of());
        List<LoadBalancer.Rule> rules = rules(request, draft);
        List<LoadBalancer.InboundNatRule> natRules = natRules(s, request, draft);
        List<LoadBalancer.OutboundRule> outbound = outboundRules(request, draft, rules);
        requireDistinctFrontendPorts(rules, natRules);
        LoadBalancer lb = new LoadBalancer(existing.map(LoadBalancer::id).orElse(id),
                existing.map(LoadBalancer::name).orElse(id.name()), request.region(), sku, frontends, pools, probes,
                rules, natRules, outbound);
        BasicLoadBalancerRules.require(s, lb);
        return s.with(LoadBalancer.class, lb.id(), lb);
    }

    static TopologyState deleteLoadBalancer(TopologyState s, ResourceId id) {
        LoadBalancer lb = requireLoadBalancer(s, id);
        return s.without(LoadBalancer.class, lb.id());
    }

    static LoadBalancer requireLoadBalancer(TopologyState s, ResourceId id) {
        return s.get(LoadBalancer.class, id).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/loadBalancers", id.name(), id));
    }

    /** The load balancers of a resource group being deleted. */
    static TopologyState deleteLoadBalancersIn(TopologyState s, ResourceGroup group) {
        TopologyState next = s;
        for (LoadBalancer lb : s.all(LoadBalancer.class)) {
            if (ControlPlane.inGroup(lb.id(), group)) {
                next = next.without(LoadBalancer.class, lb.id());
            }
        }
        return next;
    }

    /**
     * Adds an IP configuration to a backend pool, or removes it ({@code add} false), as the interface's side of the
     * membership ({@code az network nic ip-config address-pool add/remove}) changes it.
     */
    static TopologyState setBackendMembership(TopologyState s, ResourceId poolId, ResourceId ipConfigurationId,
                                              boolean add) {
        ResourceId lbId = poolId.parent().orElseThrow();
        LoadBalancer lb = requireLoadBalancer(s, lbId);
        LoadBalancer.BackendPool pool = lb.backendPool(poolId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/loadBalancers/backendAddressPools", lb.name() + "/" + poolId.name(), poolId));
        LoadBalancerRequest request = LoadBalancerRequest.of(lb);
        List<LoadBalancerRequest.BackendPool> pools = new ArrayList<>();
        for (LoadBalancerRequest.BackendPool p : request.backendPools()) {
            if (!p.name().equalsIgnoreCase(pool.name())) {
                pools.add(p);
                continue;
            }
            Set<ResourceId> members = new LinkedHashSet<>(p.ipConfigurationIds());
            if (add) {
                members.add(ipConfigurationId);
            } else {
                members.remove(ipConfigurationId);
            }
            pools.add(new LoadBalancerRequest.BackendPool(p.name(), new ArrayList<>(members)));
        }
        return putLoadBalancer(s, new LoadBalancerRequest(request.id(), request.region(), request.sku(),
                request.frontends(), pools, request.probes(), request.rules(), request.inboundNatRules(),
                request.outboundRules()), PutMode.CREATE_OR_UPDATE);
    }

    /**
     * PUT of one inbound NAT rule of an existing load balancer (the child resource
     * {@code loadBalancers/inboundNatRules}): replaces the rule of that name or adds it. The IP configuration a rule
     * forwards to is set from the interface's side, so a rule that exists keeps its target.
     */
    static TopologyState putInboundNatRule(TopologyState s, ResourceId lbId, LoadBalancerRequest.InboundNatRule rule) {
        LoadBalancerRequest request = LoadBalancerRequest.of(requireLoadBalancer(s, lbId));
        List<LoadBalancerRequest.InboundNatRule> rules = replaceOrAdd(request.inboundNatRules(), rule,
                LoadBalancerRequest.InboundNatRule::name, (existing, put) -> new LoadBalancerRequest.InboundNatRule(
                        existing.name(), put.frontendId(), put.protocol(), put.frontendPort(), put.backendPort(),
                        existing.targetIpConfigurationId()));
        return putLoadBalancer(s, request.withInboundNatRules(rules), PutMode.CREATE_OR_UPDATE);
    }

    /**
     * PUT of one backend pool of an existing load balancer (the child resource
     * {@code loadBalancers/backendAddressPools}): adds the pool, or keeps the one of that name. Its members are the IP
     * configurations that name it from the interfaces' side, so a pool that exists keeps them.
     */
    static TopologyState putBackendPool(TopologyState s, ResourceId lbId, String poolName) {
        LoadBalancerRequest request = LoadBalancerRequest.of(requireLoadBalancer(s, lbId));
        List<LoadBalancerRequest.BackendPool> pools = replaceOrAdd(request.backendPools(),
                new LoadBalancerRequest.BackendPool(poolName, List.of()), LoadBalancerRequest.BackendPool::name,
                (existing, put) -> existing);
        return putLoadBalancer(s, request.withBackendPools(pools), PutMode.CREATE_OR_UPDATE);
    }

    /** {@code parts} with the one named like {@code put} merged with it, or with {@code put} added at the end. */
    private static <T> List<T> replaceOrAdd(List<T> parts, T put, java.util.function.Function<T, String> name,
                                            java.util.function.BinaryOperator<T> merge) {
        List<T> result = new ArrayList<>();
        boolean replaced = false;
        for (T part : parts) {
            if (name.apply(part).equalsIgnoreCase(name.apply(put))) {
                result.add(merge.apply(part, put));
                replaced = true;
            } else {
                result.add(part);
            }
        }
        if (!replaced) {
            result.add(put);
        }
        return result;
    }

    /** Sets (or, with {@code null}, clears) the IP configuration an inbound NAT rule forwards to. */
    static TopologyState setNatRuleTarget(TopologyState s, ResourceId natRuleId, ResourceId ipConfigurationId) {
        LoadBalancer lb = requireLoadBalancer(s, natRuleId.parent().orElseThrow());
        LoadBalancerRequest request = LoadBalancerRequest.of(lb);
        boolean found = false;
        List<LoadBalancerRequest.InboundNatRule> rules = new ArrayList<>();
        for (LoadBalancerRequest.InboundNatRule r : request.inboundNatRules()) {
            if (r.name().equalsIgnoreCase(natRuleId.name())) {
                found = true;
                rules.add(r.withTarget(ipConfigurationId));
            } else {
                rules.add(r);
            }
        }
        if (!found) {
            throw ControlPlane.notFound("Microsoft.Network/loadBalancers/inboundNatRules",
                    lb.name() + "/" + natRuleId.name(), natRuleId);
        }
        return putLoadBalancer(s, new LoadBalancerRequest(request.id(), request.region(), request.sku(),
                request.frontends(), request.backendPools(), request.probes(), request.rules(), rules,
                request.outboundRules()), PutMode.CREATE_OR_UPDATE);
    }

    /** The private addresses load balancer frontends hold in {@code subnetId}, which interfaces cannot take. */
    static Map<IpAddress, ResourceId> frontendAddressesIn(TopologyState s, ResourceId subnetId) {
        Map<IpAddress, ResourceId> held = new HashMap<>();
        for (LoadBalancer lb : s.all(LoadBalancer.class)) {
            for (LoadBalancer.Frontend f : lb.frontends()) {
                if (subnetId.equals(f.subnetId())) {
                    held.put(f.privateIpAddress(), f.id());
                }
            }
        }
        return held;
    }

    /**
     * A subnet holding a load balancer's private frontend cannot be deleted (nor its network), as a subnet holding an
     * interface cannot (docs/azure/load-balancers.md#validation).
     */
    static void requireNoFrontendIn(TopologyState s, Subnet subnet) {
        for (LoadBalancer lb : s.all(LoadBalancer.class)) {
            for (LoadBalancer.Frontend f : lb.frontends()) {
                if (subnet.id().equals(f.subnetId())) {
                    throw new AzureException(AzureErrorCode.InUseSubnetCannotBeDeleted, "Subnet " + subnet.name()
                            + " is in use by " + f.id() + " and cannot be deleted. Delete the frontend IP"
                            + " configuration (or its load balancer) first.", subnet.id(), f.id());
                }
            }
        }
    }

    // ------------------------------------------------------------------ SKU

    /**
     * docs/azure/load-balancers.md#skus: Standard when the request names none (an existing load balancer keeps its
     * own), Basic when asked; the SKU of an existing load balancer does not change. Whether a new Basic one may be made
     * is the surface's decision: the CLI refuses it, the Java DSL and ARM model it.
     */
    private static LoadBalancerSku sku(String text, ResourceId id, Optional<LoadBalancer> existing) {
        LoadBalancerSku sku;
        if (text == null || text.isBlank()) {
            sku = existing.map(LoadBalancer::sku).orElse(LoadBalancerSku.Standard);
        } else if (text.equalsIgnoreCase("Standard")) {
            sku = LoadBalancerSku.Standard;
        } else if (text.equalsIgnoreCase("Basic")) {
            sku = LoadBalancerSku.Basic;
        } else {
            throw new AzureException(AzureErrorCode.InvalidLoadBalancerProtocol, "Load balancer " + id.name()
                    + " has SKU '" + text + "'; a load balancer's SKU is Standard or Basic (Gateway load balancers are"
                    + " not simulated).", id);
        }
        if (existing.isPresent() && existing.get().sku() != sku) {
            throw new AzureException(AzureErrorCode.LoadBalancerSkuCannotChange, "Sku property is set at creation time"
                    + " and cannot be changed from " + existing.get().sku() + " to " + sku + " on resource update for"
                    + " resource " + existing.get().id() + ". Create a new load balancer with SKU " + sku + ".", id);
        }
        return sku;
    }

    // ------------------------------------------------------------------ frontends

    private static List<LoadBalancer.Frontend> frontends(TopologyState s, LoadBalancerRequest request,
                                                         LoadBalancerSku sku, Optional<LoadBalancer> existing) {
        ResourceId lbId = request.id();
        List<LoadBalancer.Frontend> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<ResourceId> publicIps = new HashSet<>();
        Map<ResourceId, Set<IpAddress>> claimed = new HashMap<>();
        for (LoadBalancerRequest.Frontend spec : request.frontends()) {
            ResourceId fid = child(lbId, FRONTENDS, spec.name(), names);
            boolean hasSubnet = spec.subnetId() != null;
            boolean hasPublic = spec.publicIpAddressId() != null;
            if (hasSubnet && hasPublic) {
                throw new AzureException(AzureErrorCode.FrontendIPConfigHasBothSubnetAndPublicIP, "Frontend IP"
                        + " Configuration " + fid + " must not reference both a Subnet and a Public IP Address.", fid);
            }
            if (!hasSubnet && !hasPublic) {
                throw new AzureException(AzureErrorCode.FrontendIPConfigHasNoSubnetOrPublicIP, "Frontend IP"
                        + " Configuration " + fid + " must reference either a Subnet or a Public IP Address.", fid);
            }
            if (hasPublic) {
                PublicIpAddress pip = publicIp(s, spec.publicIpAddressId(), fid, request.region(), sku, publicIps);
                result.add(new LoadBalancer.Frontend(fid, spec.name(), null, null, IpAllocationMethod.Static,
                        pip.id()));
            } else {
                result.add(privateFrontend(s, spec, fid, request.region(), existing, claimed));
            }
        }
        if (result.stream().anyMatch(LoadBalancer.Frontend::isPublic)
                && result.stream().anyMatch(f -> !f.isPublic())) {
            throw new AzureException(AzureErrorCode.LoadBalancerMixesPublicAndPrivateFrontends, "Load balancer "
                    + lbId.name() + " has both public and private frontend IP configurations; a load balancer is either"
                    + " public or internal. Use two load balancers.", lbId);
        }
        return result;
    }

    private static PublicIpAddress publicIp(TopologyState s, ResourceId pipId, ResourceId fid, Region region,
                                            LoadBalancerSku sku, Set<ResourceId> usedHere) {
        PublicIpAddress pip = s.get(PublicIpAddress.class, pipId).filter(p -> p.region().name().equals(region.name()))
                .orElseThrow(() -> missingReference(pipId, fid));
        if (!pip.sku().name().equals(sku.name())) {
            throw new AzureException(AzureErrorCode.PublicIPAndLBSkuDoNotMatch, sku + " sku load balancer "
                    + fid.parent().orElseThrow() + " cannot reference " + pip.sku() + " sku publicIP " + pip.id() + ".",
                    fid, pip.id());
        }
        for (NetworkInterface nic : s.networkInterfaces()) {
            if (pip.id().equals(nic.publicIpAddressId())) {
                throw publicIpInUse(pip, NetworkOperations.ipConfiguration(nic).toString(), fid);
            }
        }
        for (LoadBalancer other : s.all(LoadBalancer.class)) {
            for (LoadBalancer.Frontend f : other.frontends()) {
                if (pip.id().equals(f.publicIpAddressId()) && !f.id().equals(fid)) {
                    throw publicIpInUse(pip, f.id().toString(), fid);
                }
            }
        }
        if (!usedHere.add(pip.id())) {
            throw publicIpInUse(pip, "another frontend of " + fid.parent().orElseThrow().name(), fid);
        }
        return pip;
    }

    private static AzureException publicIpInUse(PublicIpAddress pip, String user, ResourceId fid) {
        return new AzureException(AzureErrorCode.PublicIPAddressInUse, "Public IP address " + pip.id()
                + " is already used by " + user + "; a public IP address serves one IP configuration. Use another"
                + " public IP address.", pip.id(), fid);
    }

    /** A private frontend: its subnet must exist in the region; its address is allocated as an interface's is. */
    private static LoadBalancer.Frontend privateFrontend(TopologyState s, LoadBalancerRequest.Frontend spec,
                                                         ResourceId fid, Region region,
                                                         Optional<LoadBalancer> existing,
                                                         Map<ResourceId, Set<IpAddress>> claimed) {
        ResourceId subnetId = spec.subnetId();
        Subnet subnet = subnetId.parent().flatMap(s::network).filter(n -> n.region().name().equals(region.name()))
                .flatMap(n -> n.subnet(subnetId.name())).orElseThrow(() -> missingReference(subnetId, fid));
        Map<IpAddress, String> holders = new HashMap<>();
        for (NetworkInterface nic : s.networkInterfacesIn(subnet.id())) {
            holders.put(nic.privateIpAddress(), NetworkOperations.ipConfiguration(nic).toString());
        }
        frontendAddressesIn(s, subnet.id()).forEach((ip, owner) -> {
            if (!owner.equals(fid)) {
                holders.put(ip, owner.toString());
            }
        });
        Set<IpAddress> mine = claimed.computeIfAbsent(subnet.id(), k -> new HashSet<>());
        mine.forEach(ip -> holders.put(ip, "another frontend of " + fid.parent().orElseThrow().name()));
        Optional<LoadBalancer.Frontend> before = existing.flatMap(lb -> lb.frontend(fid));
        IpAddress address;
        IpAllocationMethod method;
        if (spec.privateIpAddress() != null && !spec.privateIpAddress().isBlank()) {
            address = staticAddress(spec.privateIpAddress(), subnet, fid, holders);
            method = IpAllocationMethod.Static;
        } else if (before.isPresent() && subnet.id().equals(before.get().subnetId())
                && before.get().allocationMethod() == IpAllocationMethod.Dynamic
                && !holders.containsKey(before.get().privateIpAddress())) {
            address = before.get().privateIpAddress();   // a dynamic address is kept while the frontend lives
            method = IpAllocationMethod.Dynamic;
        } else {
            address = firstFree(subnet, holders.keySet(), fid);
            method = IpAllocationMethod.Dynamic;
        }
        mine.add(address);
        return new LoadBalancer.Frontend(fid, spec.name(), subnet.id(), address, method, null);
    }

    /** docs/azure/addressing.md#private-ip-errors, as for an interface's static address. */
    private static IpAddress staticAddress(String text, Subnet subnet, ResourceId fid, Map<IpAddress, String> holders) {
        if (!IpAddress.isValid(text)) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressNotInSubnet, "Private static IP address " + text
                    + " of " + fid + " is not an IPv4 address; it should look like "
                    + subnet.addressPrefix().firstAddress().plus(4) + ".", fid);
        }
        IpAddress address = IpAddress.parse(text);
        if (!subnet.addressPrefix().contains(address)) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressNotInSubnet, "Frontend IP configuration " + fid
                    + " references the private IP address " + address + " which does not belong to the range of"
                    + " subnet prefix " + subnet.addressPrefix() + " of subnet " + subnet.id() + ".", fid,
                    subnet.id());
        }
        if (subnet.isReserved(address)) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressInReservedRange, "Private static IP address "
                    + address + " falls within reserved IP range of subnet prefix " + subnet.addressPrefix()
                    + "; the first usable address is " + subnet.addressPrefix().firstAddress().plus(4) + ".", fid,
                    subnet.id());
        }
        String holder = holders.get(address);
        if (holder != null) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressIsAllocated, "Frontend IP configuration " + fid
                    + " is using the private IP address " + address + " which is already allocated to resource "
                    + holder + ".", fid);
        }
        return address;
    }

    private static IpAddress firstFree(Subnet subnet, Set<IpAddress> taken, ResourceId fid) {
        IpAddress candidate = subnet.addressPrefix().firstAddress().plus(4);
        IpAddress last = subnet.addressPrefix().lastAddress();
        while (candidate.compareTo(last) < 0) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
            candidate = candidate.plus(1);
        }
        throw new AzureException(AzureErrorCode.SubnetIsFull, "Subnet " + subnet.name() + " with address prefix "
                + subnet.addressPrefix() + " does not have enough capacity for 1 IP addresses. Use a larger subnet"
                + " or another one.", subnet.id(), fid);
    }

    // ------------------------------------------------------------------ backend pools and probes

    /**
     * docs/azure/load-balancers.md#backend-pools: members are IP configurations of existing interfaces in the load
     * balancer's region, all in one virtual network.
     */
    private static List<LoadBalancer.BackendPool> pools(TopologyState s, LoadBalancerRequest request) {
        List<LoadBalancer.BackendPool> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ResourceId network = null;
        for (LoadBalancerRequest.BackendPool spec : request.backendPools()) {
            ResourceId pid = child(request.id(), POOLS, spec.name(), names);
            List<ResourceId> members = new ArrayList<>();
            for (ResourceId config : spec.ipConfigurationIds()) {
                NetworkInterface nic = config.parent().flatMap(s::networkInterface)
                        .filter(n -> n.region().name().equals(request.region().name()))
                        .orElseThrow(() -> missingReference(config, pid));
                if (network != null && !network.equals(nic.networkId())) {
                    throw new AzureException(AzureErrorCode.BackendPoolSpansVirtualNetworks, "Backend pools of load"
                            + " balancer " + request.id().name() + " hold IP configurations of virtual networks "
                            + network.name() + " and " + nic.networkId().name() + "; a load balancer's backends are in"
                            + " one virtual network.", pid, config);
                }
                network = nic.networkId();
                if (!members.contains(config)) {
                    members.add(config);
                }
            }
            result.add(new LoadBalancer.BackendPool(pid, spec.name(), members));
        }
        return result;
    }

    /** docs/azure/load-balancers.md#health-probes: Tcp, Http or Https on a port 1-65535; Http(s) with a path. */
    private static List<LoadBalancer.Probe> probes(LoadBalancerRequest request) {
        List<LoadBalancer.Probe> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (LoadBalancerRequest.Probe spec : request.probes()) {
            ResourceId pid = child(request.id(), PROBES, spec.name(), names);
            LoadBalancer.ProbeProtocol protocol = parse(LoadBalancer.ProbeProtocol.class, spec.protocol(), pid,
                    "probe");
            port(spec.port(), 1, pid, "Probe port");
            String path = protocol == LoadBalancer.ProbeProtocol.Tcp ? null
                    : spec.requestPath() == null || spec.requestPath().isBlank() ? "/" : spec.requestPath();
            atLeast(spec.intervalInSeconds(), MIN_PROBE_INTERVAL_IN_SECONDS, pid, "interval in seconds");
            atLeast(spec.numberOfProbes(), 1, pid, "number of probes");
            atLeast(spec.probeThreshold(), 1, pid, "probe threshold");
            result.add(new LoadBalancer.Probe(pid, spec.name(), protocol, spec.port(), path, spec.intervalInSeconds(),
                    spec.numberOfProbes(), spec.probeThreshold()));
        }
        return result;
    }

    // ------------------------------------------------------------------ rules

    private static List<LoadBalancer.Rule> rules(LoadBalancerRequest request, LoadBalancer lb) {
        List<LoadBalancer.Rule> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (LoadBalancerRequest.Rule spec : request.rules()) {
            ResourceId rid = child(request.id(), RULES, spec.name(), names);
            TransportProtocol protocol = parse(TransportProtocol.class, spec.protocol(), rid, "load-balancing rule");
            LoadBalancer.Frontend frontend = lb.frontend(requireGiven(spec.frontendId(), rid, "frontend IP"
                    + " configuration")).orElseThrow(() -> missingReference(spec.frontendId(), rid));
            ResourceId pool = spec.backendPoolId() == null ? null : lb.backendPool(spec.backendPoolId())
                    .orElseThrow(() -> missingReference(spec.backendPoolId(), rid)).id();
            ResourceId probe = spec.probeId() == null ? null : lb.probe(spec.probeId())
                    .orElseThrow(() -> missingReference(spec.probeId(), rid)).id();
            boolean haPorts = protocol == TransportProtocol.All;
            if (haPorts) {
                if (spec.frontendPort() != 0 || spec.backendPort() != 0) {
                    throw new AzureException(AzureErrorCode.InvalidLoadBalancerPort, "Load-balancing rule "
                            + spec.name() + " has protocol All with ports " + spec.frontendPort() + " and "
                            + spec.backendPort() + "; protocol All is an HA ports rule, with frontend and backend"
                            + " port 0.", rid);
                }
                if (frontend.isPublic() || lb.sku() != LoadBalancerSku.Standard) {
                    throw new AzureException(AzureErrorCode.HaPortsRequireInternalStandardLoadBalancer, "Load-balancing"
                            + " rule " + spec.name() + " is an HA ports rule (protocol All, ports 0) on "
                            + (frontend.isPublic() ? "public frontend " + frontend.name() : "a " + lb.sku()
                            + " load balancer") + "; HA ports are only available on internal Standard load"
                            + " balancers.", rid, frontend.id());
                }
            } else {
                if (spec.frontendPort() == 0 || spec.backendPort() == 0) {
                    throw new AzureException(AzureErrorCode.InvalidLoadBalancerPort, "Load-balancing rule "
                            + spec.name() + " has port 0 with protocol " + protocol + "; only an HA ports rule"
                            + " (protocol All, on an internal Standard load balancer) uses port 0.", rid);
                }
                port(spec.frontendPort(), 1, rid, "Frontend port");
                port(spec.backendPort(), 1, rid, "Backend port");
            }
            idleTimeout(spec.idleTimeoutInMinutes(), rid);
            LoadBalancer.Rule rule = new LoadBalancer.Rule(rid, spec.name(), frontend.id(), pool, probe, protocol,
                    spec.frontendPort(), spec.backendPort(), spec.enableFloatingIp(), spec.disableOutboundSnat(),
                    spec.idleTimeoutInMinutes(), spec.enableTcpReset(), loadDistribution(spec.loadDistribution(), rid));
            for (LoadBalancer.Rule other : result) {
                if (pool != null && pool.equals(other.backendPoolId()) && !rule.enableFloatingIp()
                        && !other.enableFloatingIp() && overlaps(protocol, other.protocol())
                        && rule.backendPort() == other.backendPort()) {
                    throw new AzureException(AzureErrorCode.RulesUseSameBackendPortProtocolAndPool, "Load balancing"
                            + " rules " + other.name() + " and " + rule.name() + " with floating IP disabled use the"
                            + " same protocol " + protocol + " and backend port " + rule.backendPort() + ", and must"
                            + " not be used with the same backend address pool " + pool.name() + ".", other.id(), rid);
                }
            }
            result.add(rule);
        }
        return result;
    }

    private static List<LoadBalancer.InboundNatRule> natRules(TopologyState s, LoadBalancerRequest request,
                                                              LoadBalancer lb) {
        List<LoadBalancer.InboundNatRule> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (LoadBalancerRequest.InboundNatRule spec : request.inboundNatRules()) {
            ResourceId nid = child(request.id(), NAT_RULES, spec.name(), names);
            TransportProtocol protocol = parse(TransportProtocol.class, spec.protocol(), nid, "inbound NAT rule");
            LoadBalancer.Frontend frontend = lb.frontend(requireGiven(spec.frontendId(), nid, "frontend IP"
                    + " configuration")).orElseThrow(() -> missingReference(spec.frontendId(), nid));
            port(spec.frontendPort(), 1, nid, "Frontend port");
            port(spec.backendPort(), 1, nid, "Backend port");
            ResourceId target = spec.targetIpConfigurationId();
            if (target != null) {
                target.parent().flatMap(s::networkInterface).orElseThrow(() -> missingReference(target, nid));
            }
            idleTimeout(spec.idleTimeoutInMinutes(), nid);
            result.add(new LoadBalancer.InboundNatRule(nid, spec.name(), frontend.id(), protocol, spec.frontendPort(),
                    spec.backendPort(), target, spec.enableFloatingIp(), spec.idleTimeoutInMinutes(),
                    spec.enableTcpReset()));
        }
        return result;
    }

    /** docs/azure/load-balancers.md#outbound-rules. */
    private static List<LoadBalancer.OutboundRule> outboundRules(LoadBalancerRequest request, LoadBalancer lb,
                                                                 List<LoadBalancer.Rule> rules) {
        List<LoadBalancer.OutboundRule> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<ResourceId, LoadBalancer.OutboundRule> byFrontend = new HashMap<>();
        for (LoadBalancerRequest.OutboundRule spec : request.outboundRules()) {
            ResourceId oid = child(request.id(), OUTBOUND_RULES, spec.name(), names);
            TransportProtocol protocol = parse(TransportProtocol.class, spec.protocol(), oid, "outbound rule");
            ResourceId pool = lb.backendPool(requireGiven(spec.backendPoolId(), oid, "backend address pool"))
                    .orElseThrow(() -> missingReference(spec.backendPoolId(), oid)).id();
            if (spec.frontendIds().isEmpty()) {
                throw new AzureException(AzureErrorCode.OutboundRuleRequiresPublicFrontend, "Outbound rule "
                        + spec.name() + " names no frontend IP configuration; it needs at least one with a public IP"
                        + " address.", oid);
            }
            List<ResourceId> frontends = new ArrayList<>();
            for (ResourceId fid : spec.frontendIds()) {
                LoadBalancer.Frontend frontend = lb.frontend(fid).orElseThrow(() -> missingReference(fid, oid));
                if (!frontend.isPublic()) {
                    throw new AzureException(AzureErrorCode.OutboundRuleRequiresPublicFrontend, "Outbound rule "
                            + spec.name() + " uses frontend " + frontend.name() + ", which has no public IP address;"
                            + " outbound rules translate to public addresses only.", oid, fid);
                }
                frontends.add(frontend.id());
            }
            idleTimeout(spec.idleTimeoutInMinutes(), oid);
            LoadBalancer.OutboundRule rule = new LoadBalancer.OutboundRule(oid, spec.name(), frontends, pool, protocol,
                    spec.allocatedOutboundPorts(), spec.idleTimeoutInMinutes(), spec.enableTcpReset());
            for (ResourceId fid : frontends) {
                LoadBalancer.OutboundRule other = byFrontend.get(fid);
                if (other != null && overlaps(protocol, other.protocol())) {
                    throw new AzureException(AzureErrorCode
                            .MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported,
                            "Is is not supported to have more than a single outbound rule using frontendIPConfiguration "
                                    + fid + " with same or overlapping protocol. This frontendIPConfiguration is used"
                                    + " by the following outbound rules: " + other.id() + "," + oid + ".", fid,
                            other.id(), oid);
                }
                byFrontend.put(fid, rule);
            }
            result.add(rule);
        }
        for (LoadBalancer.Rule rule : rules) {
            if (byFrontend.containsKey(rule.frontendId()) && !rule.disableOutboundSnat()) {
                throw new AzureException(AzureErrorCode
                        .LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule,
                        "Load balancing rule " + rule.id() + " must disable SNAT since the same frontendIPConfiguration "
                                + rule.frontendId() + " is referenced by outbound rule "
                                + byFrontend.get(rule.frontendId()).id() + ". Set disableOutboundSnat on the rule.",
                        rule.id(), rule.frontendId());
            }
        }
        return result;
    }

    /** One frontend, protocol and frontend port serve one rule, load-balancing or inbound NAT. */
    private static void requireDistinctFrontendPorts(List<LoadBalancer.Rule> rules,
                                                     List<LoadBalancer.InboundNatRule> natRules) {
        record Use(ResourceId id, String name, ResourceId frontend, TransportProtocol protocol, int port) {
        }
        List<Use> uses = new ArrayList<>();
        rules.forEach(r -> uses.add(new Use(r.id(), r.name(), r.frontendId(), r.protocol(), r.frontendPort())));
        natRules.forEach(r -> uses.add(new Use(r.id(), r.name(), r.frontendId(), r.protocol(), r.frontendPort())));
        for (int i = 0; i < uses.size(); i++) {
            for (int j = 0; j < i; j++) {
                Use a = uses.get(j);
                Use b = uses.get(i);
                if (a.frontend().equals(b.frontend()) && a.port() == b.port() && overlaps(a.protocol(), b.protocol())) {
                    throw new AzureException(AzureErrorCode.LoadBalancerFrontendPortInUse, "Rules " + a.name()
                            + " and " + b.name() + " both use frontend " + a.frontend().name() + " with protocol "
                            + b.protocol() + " and frontend port " + b.port() + "; a frontend port serves one rule.",
                            a.id(), b.id());
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static boolean overlaps(TransportProtocol a, TransportProtocol b) {
        return a == b || a == TransportProtocol.All || b == TransportProtocol.All;
    }

    /** The id of a part, after its name is checked and found unique within its collection. */
    private static ResourceId child(ResourceId lbId, String collection, String name, Set<String> names) {
        ResourceId id = lbId.child(collection, name);
        Names.require(NamingRule.LOAD_BALANCER_PART, name, id);
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Load balancer " + lbId.name() + " has two "
                    + collection + " named '" + name + "'. Names must be unique within a load balancer's "
                    + collection + ".", id);
        }
        return id;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, ResourceId id, String what) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return value;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            allowed.add(value.name());
        }
        throw new AzureException(AzureErrorCode.InvalidLoadBalancerProtocol, "The " + what + " " + id.name()
                + " has protocol '" + text + "'. Allowed values: " + String.join(", ", allowed) + ".", id);
    }

    /**
     * docs/azure/load-balancers.md#rule-settings: 4 to 100 minutes, as Microsoft documents it today for load-balancing,
     * inbound NAT and outbound rules alike.
     */
    private static void idleTimeout(int minutes, ResourceId id) {
        if (minutes < MIN_IDLE_TIMEOUT_IN_MINUTES || minutes > MAX_IDLE_TIMEOUT_IN_MINUTES) {
            throw new AzureException(AzureErrorCode.LoadBalancerIdleTimeoutOutOfRange, "The idle timeout of "
                    + id.name() + " is " + minutes + " minutes; it must be between " + MIN_IDLE_TIMEOUT_IN_MINUTES
                    + " and " + MAX_IDLE_TIMEOUT_IN_MINUTES + ".", id);
        }
    }

    /** docs/azure/load-balancers.md#rule-settings: the value named case-insensitively; none is Default. */
    private static LoadBalancer.LoadDistribution loadDistribution(String text, ResourceId id) {
        if (text == null || text.isBlank()) {
            return LoadBalancer.LoadDistribution.Default;
        }
        for (LoadBalancer.LoadDistribution value : LoadBalancer.LoadDistribution.values()) {
            if (value.name().equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new AzureException(AzureErrorCode.InvalidLoadDistribution, "The load-balancing rule " + id.name()
                + " has load distribution '" + text + "'. Allowed values: Default, SourceIP, SourceIPProtocol.", id);
    }

    /** docs/azure/load-balancers.md#rule-settings: a probe's interval and counts have a floor and no ceiling. */
    private static void atLeast(int value, int min, ResourceId id, String what) {
        if (value < min) {
            throw new AzureException(AzureErrorCode.InvalidProbeSetting, "The " + what + " of probe " + id.name()
                    + " is " + value + "; it must be " + min + " or more.", id);
        }
    }

    private static void port(int port, int min, ResourceId id, String what) {
        if (port < min || port > 65535) {
            throw new AzureException(AzureErrorCode.InvalidLoadBalancerPort, what + " " + port + " of " + id.name()
                    + " is out of range; it must be between " + min + " and 65535.", id);
        }
    }

    private static ResourceId requireGiven(ResourceId id, ResourceId owner, String what) {
        if (id == null) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, owner.name() + " must reference a "
                    + what + ".", owner);
        }
        return id;
    }

    private static AzureException missingReference(ResourceId referenced, ResourceId by) {
        return new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + referenced
                + " referenced by resource " + by + " was not found. Please make sure that the referenced resource"
                + " exists, and that both resources are in the same region.", referenced, by);
    }

    /** Unused-network guard kept for readers: a frontend's subnet network. */
    static Optional<VirtualNetwork> networkOf(TopologyState s, LoadBalancer.Frontend frontend) {
        return frontend.subnet().flatMap(ResourceId::parent).flatMap(s::network);
    }
}
