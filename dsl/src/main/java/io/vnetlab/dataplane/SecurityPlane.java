package io.vnetlab.dataplane;

import io.vnetlab.address.PortRangeSet;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Subnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The NSG side of a compiled data plane: which groups filter each interface and in which order (
 * docs/azure/network-security-groups.md#evaluation-order), the address context of each subnet (service tags,
 * docs/azure/network-security-groups.md#service-tags), the members of each application security group and the owners of
 * public addresses; and Network Watcher's IP flow verify and effective security rules
 * (docs/azure/cli-and-network-watcher.md#ip-flow-verify). Built once per data plane; address contexts are compiled per
 * subnet on use.
 */
final class SecurityPlane {

    /** One group on the path, and what it is associated with. */
    record Level(NetworkSecurityGroup group, String association, ResourceId associatedId) {

        /** {@code nsg 'myNsg' on subnet 'vnet/s'}. */
        String describe() {
            return "nsg '" + group.name() + "' on " + association;
        }
    }

    private final DataPlane plane;
    /** The previous data plane's indexes, reused if they still fit this state; null when there were none. */
    private final Indexes inherited;
    /**
     * Built on first use: a walk that meets no application security group and no public address never reads them,
     * so the first question after a build does not pay for a pass over every interface.
     */
    private volatile Indexes indexes;
    private final Map<ResourceId, AddressContext> contexts = new ConcurrentHashMap<>();

    /**
     * The indexes over every interface (application security group members, public address owners), with the
     * tables they were built from, so that a recompiled data plane reuses them while no interface or public IP
     * changed. Holds no data plane, so that data planes do not keep their predecessors alive.
     */
    record Indexes(Object interfaces, Object publicAddresses, Map<ResourceId, Set<IpAddress>> groupMembers,
                   Map<IpAddress, NetworkInterface> byPublicAddress) {

        boolean fits(TopologyState state) {
            return interfaces == state.tableToken(NetworkInterface.class)
                    && publicAddresses == state.tableToken(PublicIpAddress.class);
        }
    }

    SecurityPlane(DataPlane plane) {
        this(plane, null);
    }

    private SecurityPlane(DataPlane plane, Indexes inherited) {
        this.plane = plane;
        this.inherited = inherited;
    }

    /** The security plane of {@code plane}, reusing {@code before}'s indexes if they still fit its state. */
    static SecurityPlane recompiled(DataPlane plane, Indexes before) {
        return new SecurityPlane(plane, before);
    }

    /** The indexes if they were built, else the ones inherited (null when neither): what a next plane may reuse. */
    Indexes indexesIfBuilt() {
        Indexes built = indexes;
        return built != null ? built : inherited;
    }

    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            built = inherited != null && inherited.fits(plane.state()) ? inherited : build(plane.state());
            indexes = built;
        }
        return built;
    }

    /** The addresses of the members of application security group {@code group}. */
    Set<IpAddress> membersOf(ResourceId group) {
        return indexes().groupMembers().getOrDefault(group, Set.of());
    }

    private static Indexes build(TopologyState state) {
        Map<ResourceId, Set<IpAddress>> members = new HashMap<>();
        Map<IpAddress, NetworkInterface> owners = new HashMap<>();
        for (NetworkInterface nic : state.networkInterfaces()) {
            for (ResourceId group : nic.applicationSecurityGroupIds()) {
                members.computeIfAbsent(group, k -> new HashSet<>()).add(nic.privateIpAddress());
                nic.ipv6Address().ifPresent(v6 -> members.get(group).add(v6));
            }
            nic.publicIpAddress().flatMap(id -> state.get(PublicIpAddress.class, id))
                    .ifPresent(pip -> owners.put(pip.ipAddress(), nic));
        }
        return new Indexes(state.tableToken(NetworkInterface.class), state.tableToken(PublicIpAddress.class),
                members, owners);
    }

    /**
     * The groups that filter {@code nic} in {@code direction}, in evaluation order
     * (docs/azure/network-security-groups.md#evaluation-order).
     */
    List<Level> levels(NetworkInterface nic, SecurityRuleDirection direction) {
        Map<ResourceId, KeptLevels> kept = direction == SecurityRuleDirection.Outbound ? outboundLevels : inboundLevels;
        KeptLevels known = kept.get(nic.id());
        if (known != null && known.nic() == nic) {
            return known.levels();
        }
        List<Level> levels = List.copyOf(findLevels(nic, direction));
        kept.put(nic.id(), new KeptLevels(nic, levels));
        return levels;
    }

    /**
     * The levels found for an interface record: every walk in and out of an interface asks for them, and all pairs
     * walks through the same interfaces hundreds of thousands of times. Kept for the record they were found for (a
     * caller may pass a record of another state).
     */
    private record KeptLevels(NetworkInterface nic, List<Level> levels) {
    }

    private final Map<ResourceId, KeptLevels> outboundLevels = new ConcurrentHashMap<>();
    private final Map<ResourceId, KeptLevels> inboundLevels = new ConcurrentHashMap<>();

    private List<Level> findLevels(NetworkInterface nic, SecurityRuleDirection direction) {
        NetworkSecurityGroup nicGroup = groupNamed(nic.networkSecurityGroup());
        Level onNic = nicGroup == null ? null : new Level(nicGroup, "nic '" + nic.name() + "'", nic.id());
        Subnet subnet = plane.state().subnet(nic.subnetId()).orElse(null);
        NetworkSecurityGroup subnetGroup = subnet == null || !subnetGroupFilters(nic, subnet) ? null
                : groupNamed(subnet.networkSecurityGroup());
        Level onSubnet = subnetGroup == null ? null
                : new Level(subnetGroup, "subnet '" + subnet.networkName() + "/" + subnet.name() + "'", subnet.id());
        boolean outbound = direction == SecurityRuleDirection.Outbound;
        List<Level> levels = new ArrayList<>(2);
        addIfPresent(levels, outbound ? onNic : onSubnet);
        addIfPresent(levels, outbound ? onSubnet : onNic);
        return levels;
    }

    /**
     * Whether the subnet's group filters {@code nic}: always, except for a private endpoint's interface in a subnet
     * whose private endpoint network policies leave NSGs off, Azure's default
     * (docs/azure/private-endpoints.md#network-policies).
     */
    private static boolean subnetGroupFilters(NetworkInterface nic, Subnet subnet) {
        return nic.owner() != InterfaceOwner.PrivateEndpoint
                || subnet.privateEndpointPolicies().appliesNetworkSecurityGroups();
    }

    private static void addIfPresent(List<Level> levels, Level level) {
        if (level != null) {
            levels.add(level);
        }
    }

    /**
     * The group {@code id} names, or {@code null} when it names none or the state has none. Plain code, not an
     * Optional chain: the first question in a JVM links every lambda on its way.
     */
    private NetworkSecurityGroup groupNamed(Optional<ResourceId> id) {
        return id.isPresent() ? plane.state().get(NetworkSecurityGroup.class, id.get()).orElse(null) : null;
    }

    /** Whether an NSG filters {@code nic}: {@link #levels} is not empty, answered without describing the levels. */
    boolean isFiltered(NetworkInterface nic) {
        return nic.networkSecurityGroup().flatMap(this::group).isPresent()
                || plane.state().subnet(nic.subnetId()).filter(subnet -> subnetGroupFilters(nic, subnet))
                .flatMap(Subnet::networkSecurityGroup).flatMap(this::group).isPresent();
    }

    Optional<NetworkSecurityGroup> group(ResourceId id) {
        return plane.state().get(NetworkSecurityGroup.class, id);
    }

    /**
     * The address context of the NSGs filtering {@code nic}: its subnet's service tags
     * (docs/azure/reachability.md#outbound-filtering, #inbound-filtering).
     */
    AddressContext addresses(NetworkInterface nic) {
        AddressContext known = contexts.get(nic.subnetId());
        if (known != null) {
            return known;
        }
        // a benign race builds an equal context twice and keeps the first
        AddressContext built = new AddressContext(VirtualNetworkServiceTag.prefixes(plane,
                plane.state().subnet(nic.subnetId()).orElseThrow()), this);
        AddressContext raced = contexts.putIfAbsent(nic.subnetId(), built);
        return raced != null ? raced : built;
    }

    /** The interface whose IP configuration holds the public address {@code address}. */
    Optional<NetworkInterface> interfaceWithPublicAddress(IpAddress address) {
        return Optional.ofNullable(indexes().byPublicAddress().get(address));
    }

    Optional<PublicIpAddress> publicAddressOf(NetworkInterface nic) {
        return nic.publicIpAddress().flatMap(id -> plane.state().get(PublicIpAddress.class, id));
    }

    /**
     * Network Watcher's IP flow verify (docs/azure/cli-and-network-watcher.md#ip-flow-verify): whether the NSGs of
     * {@code nic} and of its subnet allow a packet, and the rule that decided. NSGs only, not routes
     * (docs/azure/cli-and-network-watcher.md#ip-flow-verify). Inbound: the subnet's group, then the interface's;
     * outbound: the other way round (docs/azure/network-security-groups.md#evaluation-order). When every group allows,
     * the rule named is that of the last group evaluated (vnetlab's decision: Azure's documentation does not say
     * which).
     *
     * @param protocol {@link Protocol#Tcp} or {@link Protocol#Udp}, as {@code az network watcher test-ip-flow} takes
     */
    IpFlowVerification verifyIpFlow(NetworkInterface nic, SecurityRuleDirection direction, Protocol protocol,
                                    IpAddress local, int localPort, IpAddress remote, int remotePort) {
        if (protocol != Protocol.Tcp && protocol != Protocol.Udp) {
            throw new IllegalArgumentException("IP flow verify takes protocol Tcp or Udp, not " + protocol + ".");
        }
        boolean inbound = direction == SecurityRuleDirection.Inbound;
        IpAddress source = inbound ? remote : local;
        IpAddress destination = inbound ? local : remote;
        int sourcePort = inbound ? remotePort : localPort;
        int destinationPort = inbound ? localPort : remotePort;
        ProtocolPorts asked = ProtocolPorts.requested(protocol, OptionalInt.of(destinationPort));
        String rule = null;
        // security admin rules first (docs/azure/virtual-network-manager.md#effective-rules): Deny and AlwaysAllow
        // decide alone; Allow leaves the decision to the NSGs, and names the flow's rule when no NSG filters it
        List<ManagedNetworking.AppliedRule> adminRules = plane.managed().adminRules(nic.networkId());
        if (!adminRules.isEmpty()) {
            AdminRuleEvaluator.Result admin = AdminRuleEvaluator.evaluate(adminRules, direction, addresses(nic),
                    source, destination, asked);
            if (!admin.deciding().isEmpty()) {
                String adminRule = ADMIN_RULE_PREFIX + admin.deciding().get(0).rule().qualifiedName();
                if (admin.deniesAll()) {
                    return new IpFlowVerification(SecurityRuleAccess.Deny, adminRule);
                }
                if (!admin.alwaysAllowed().isEmpty()) {
                    return new IpFlowVerification(SecurityRuleAccess.Allow, adminRule);
                }
                rule = adminRule;
            }
        }
        for (Level level : levels(nic, direction)) {
            NsgEvaluator.Result result = NsgEvaluator.evaluate(level.group(), direction, addresses(nic),
                    source, OptionalInt.of(sourcePort), destination, asked);
            if (result.admitted().isEmpty()) {
                return new IpFlowVerification(SecurityRuleAccess.Deny,
                        result.denyingRules().get(0).qualifiedName());
            }
            rule = result.allowingRules().get(0).qualifiedName();
        }
        return new IpFlowVerification(SecurityRuleAccess.Allow, rule);
    }

    /** How IP flow verify names a security admin rule (docs/azure/decisions.md#admin-rules-in-network-watcher). */
    static final String ADMIN_RULE_PREFIX = "securityAdminRules/";

    /**
     * The effective security rules of {@code nic}: the admin rules applying to its network, in evaluation order, then
     * its subnet's group and its own, with tags expanded.
     */
    EffectiveSecurityRules effectiveSecurityRules(NetworkInterface nic) {
        List<EffectiveSecurityRule> rules = new ArrayList<>();
        AddressContext addresses = addresses(nic);
        List<EffectiveAdminRule> admin = new ArrayList<>();
        for (ManagedNetworking.AppliedRule applied : plane.managed().adminRules(nic.networkId())) {
            io.vnetlab.model.AdminRule r = applied.rule();
            admin.add(new EffectiveAdminRule(applied.configuration(), nic.networkId(), r.qualifiedName(),
                    r.direction(), r.access(), r.priority(), EffectiveSecurityRule.protocolName(r.protocol()),
                    anyWhenNone(r.sourceAddressPrefixes()), expand(addresses, anyWhenNone(r.sourceAddressPrefixes()),
                    List.of()), portRanges(anyWhenNone(r.sourcePortRanges())),
                    anyWhenNone(r.destinationAddressPrefixes()),
                    expand(addresses, anyWhenNone(r.destinationAddressPrefixes()), List.of()),
                    portRanges(anyWhenNone(r.destinationPortRanges()))));
        }
        for (Level level : levels(nic, SecurityRuleDirection.Inbound)) {
            for (SecurityRuleDirection direction : SecurityRuleDirection.values()) {
                for (SecurityRule r : level.group().rulesInEvaluationOrder(direction)) {
                    rules.add(new EffectiveSecurityRule(level.group().name(), level.association(), r.qualifiedName(),
                            r.direction(), r.access(), r.priority(), EffectiveSecurityRule.protocolName(r.protocol()),
                            side(r.sourceAddressPrefixes(), r.sourceApplicationSecurityGroupIds()),
                            expand(addresses, r.sourceAddressPrefixes(), r.sourceApplicationSecurityGroupIds()),
                            portRanges(r.sourcePortRanges()),
                            side(r.destinationAddressPrefixes(), r.destinationApplicationSecurityGroupIds()),
                            expand(addresses, r.destinationAddressPrefixes(),
                                    r.destinationApplicationSecurityGroupIds()),
                            portRanges(r.destinationPortRanges())));
                }
            }
        }
        return new EffectiveSecurityRules(nic.name(), admin, rules);
    }

    /** An admin rule without addresses or ports means any (docs/azure/virtual-network-manager.md#security-admin-rules). */
    private static List<String> anyWhenNone(List<String> values) {
        return values.isEmpty() ? List.of("*") : values;
    }

    private static List<String> side(List<String> prefixes, List<ResourceId> groups) {
        if (groups.isEmpty()) {
            return prefixes;
        }
        List<String> names = new ArrayList<>();
        groups.forEach(g -> names.add(g.name()));
        return names;
    }

    private List<String> expand(AddressContext addresses, List<String> prefixes, List<ResourceId> groups) {
        List<String> result = new ArrayList<>();
        if (!groups.isEmpty()) {
            for (NetworkInterface nic : plane.state().networkInterfaces()) {
                if (nic.applicationSecurityGroupIds().stream().anyMatch(groups::contains)) {
                    result.add(nic.privateIpAddress() + "/32");
                }
            }
            return result;
        }
        for (String prefix : prefixes) {
            result.addAll(addresses.expand(prefix));
        }
        return result;
    }

    private static List<String> portRanges(List<String> ranges) {
        List<String> result = new ArrayList<>();
        for (String range : PortRangeSet.parseAll(ranges).ranges()) {
            result.add(range.contains("-") ? range : range + "-" + range);
        }
        return result;
    }
}
