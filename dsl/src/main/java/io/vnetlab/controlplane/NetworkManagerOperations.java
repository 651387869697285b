package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.AdminRuleCollection;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectedGroup;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityGroup;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityTopology;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityAdminConfiguration;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static io.vnetlab.controlplane.ControlPlane.alreadyExists;
import static io.vnetlab.controlplane.ControlPlane.notFound;

/**
 * Azure Virtual Network Manager: PUT and DELETE of network managers, network groups and their static members,
 * connectivity and security admin configurations, rule collections and rules, with Azure's validation; and the
 * commit that makes configurations effective per region (docs/azure/virtual-network-manager.md).
 */
final class NetworkManagerOperations {

    /** docs/azure/virtual-network-manager.md#limits. */
    static final int MAX_CONNECTED_GROUP_SIZE = 250;
    /** docs/azure/virtual-network-manager.md#limits (Azure's default; raised on request). */
    static final int MAX_CONNECTED_GROUPS_PER_NETWORK = 2;
    private static final String MANAGERS = "Microsoft.Network/networkManagers";

    private NetworkManagerOperations() {
    }

    // ------------------------------------------------------------------ network managers

    /** docs/azure/virtual-network-manager.md#network-manager. */
    static TopologyState putNetworkManager(TopologyState s, NetworkManager m, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER, m.id());
        ControlPlane.requireResourceGroup(s, m.id());
        Optional<NetworkManager> existing = s.get(NetworkManager.class, m.id());
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Network manager", m.name(), "resource group '" + m.id().resourceGroup() + "'", m.id());
        }
        if (m.scopeSubscriptions().isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidNetworkManagerScope, "Network manager " + m.id()
                    + " needs a scope: at least one subscription whose virtual networks it manages.", m.id());
        }
        for (String sub : m.scopeSubscriptions()) {
            if (s.subscription(sub.replaceFirst("(?i)^/subscriptions/", "")).isEmpty()) {
                throw new AzureException(AzureErrorCode.InvalidNetworkManagerScope, "Subscription '" + sub
                        + "' in the scope of network manager " + m.id() + " does not exist.", m.id());
            }
        }
        if (m.scopeAccesses().isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidNetworkManagerScope, "Network manager " + m.id()
                    + " needs at least one scope access: Connectivity or SecurityAdmin.", m.id());
        }
        return s.with(NetworkManager.class, m.id(), m);
    }

    /** Deletes a manager and everything in it; refused while it has deployments. */
    static TopologyState deleteNetworkManager(TopologyState s, ResourceId id) {
        requireManager(s, id);
        for (NetworkManagerDeployment d : s.all(NetworkManagerDeployment.class)) {
            if (d.managerId().equals(id) && !d.configurationIds().isEmpty()) {
                throw inUse("Network manager " + id.name() + " has configurations deployed to " + d.region().name()
                        + ". Commit an empty set of configurations to that region first.", id);
            }
        }
        TopologyState next = s;
        next = withoutChildren(next, NetworkManagerDeployment.class, NetworkManagerDeployment::id, id);
        next = withoutChildren(next, AdminRule.class, AdminRule::id, id);
        next = withoutChildren(next, AdminRuleCollection.class, AdminRuleCollection::id, id);
        next = withoutChildren(next, SecurityAdminConfiguration.class, SecurityAdminConfiguration::id, id);
        next = withoutChildren(next, ConnectivityConfiguration.class, ConnectivityConfiguration::id, id);
        next = withoutChildren(next, NetworkGroupStaticMember.class, NetworkGroupStaticMember::id, id);
        next = withoutChildren(next, NetworkGroup.class, NetworkGroup::id, id);
        return next.without(NetworkManager.class, id);
    }

    // ------------------------------------------------------------------ network groups

    /** docs/azure/virtual-network-manager.md#network-groups. */
    static TopologyState putNetworkGroup(TopologyState s, NetworkGroup g, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER_CHILD, g.name(), g.id());
        requireManager(s, g.managerId());
        if (s.get(NetworkGroup.class, g.id()).isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Network group", g.name(), "network manager '" + g.managerId().name() + "'", g.id());
        }
        return s.with(NetworkGroup.class, g.id(), g);
    }

    /** Deletes a group and its static members; refused while a configuration applies to it. */
    static TopologyState deleteNetworkGroup(TopologyState s, ResourceId id) {
        requireGroup(s, id, id);
        for (ConnectivityConfiguration c : s.all(ConnectivityConfiguration.class)) {
            if (c.appliesToGroups().stream().anyMatch(g -> g.networkGroupId().equals(id))) {
                throw inUse("Network group " + id.name() + " is used by connectivity configuration " + c.name()
                        + ". Remove it from the configuration first.", id);
            }
        }
        for (AdminRuleCollection c : s.all(AdminRuleCollection.class)) {
            if (c.appliesToGroups().contains(id)) {
                throw inUse("Network group " + id.name() + " is used by rule collection " + c.name()
                        + ". Remove it from the rule collection first.", id);
            }
        }
        return withoutChildren(s, NetworkGroupStaticMember.class, NetworkGroupStaticMember::id, id)
                .without(NetworkGroup.class, id);
    }

    /** A static member: an existing virtual network in the manager's scope. */
    static TopologyState putStaticMember(TopologyState s, NetworkGroupStaticMember m, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER_CHILD, m.name(), m.id());
        NetworkGroup group = requireGroup(s, m.groupId(), m.id());
        if (s.get(NetworkGroupStaticMember.class, m.id()).isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Static member", m.name(), "network group '" + group.name() + "'", m.id());
        }
        if (!m.networkId().type().equalsIgnoreCase("Microsoft.Network/virtualNetworks")) {
            throw new AzureException(AzureErrorCode.NetworkGroupMemberOutOfScope, "Static member " + m.name()
                    + " of network group " + group.name() + " must be a virtual network, not " + m.networkId() + ".",
                    m.id());
        }
        VirtualNetwork network = s.network(m.networkId()).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidResourceReference, "Resource " + m.networkId() + " referenced by resource "
                + m.id() + " was not found. Please make sure that the referenced resource exists.", m.networkId(),
                m.id()));
        NetworkManager manager = requireManager(s, group.managerId());
        if (!manager.inScope(network.id())) {
            throw new AzureException(AzureErrorCode.NetworkGroupMemberOutOfScope, "Virtual network " + network.id()
                    + " is not in the scope of network manager " + manager.name() + " (subscriptions "
                    + String.join(", ", manager.scopeSubscriptions()) + ").", network.id(), m.id());
        }
        return s.with(NetworkGroupStaticMember.class, m.id(), m);
    }

    static TopologyState deleteStaticMember(TopologyState s, ResourceId id) {
        if (s.get(NetworkGroupStaticMember.class, id).isEmpty()) {
            throw notFound(MANAGERS + "/networkGroups/staticMembers", id.name(), id);
        }
        return s.without(NetworkGroupStaticMember.class, id);
    }

    // ------------------------------------------------------------------ configurations

    /** docs/azure/virtual-network-manager.md#connectivity. */
    static TopologyState putConnectivityConfiguration(TopologyState s, ConnectivityConfiguration c, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER_CHILD, c.name(), c.id());
        requireManager(s, c.managerId());
        if (s.get(ConnectivityConfiguration.class, c.id()).isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Connectivity configuration", c.name(), "network manager '" + c.managerId().name()
                    + "'", c.id());
        }
        if (c.appliesToGroups().isEmpty()) {
            throw invalidConnectivity(c, "it applies to no network group.");
        }
        for (ConnectivityGroup item : c.appliesToGroups()) {
            NetworkGroup group = requireGroup(s, item.networkGroupId(), c.id());
            if (!group.managerId().equals(c.managerId())) {
                throw invalidConnectivity(c, "network group " + group.id() + " belongs to another network manager.");
            }
        }
        if (c.topology() == ConnectivityTopology.HubAndSpoke) {
            if (c.hubs().size() != 1) {
                throw invalidConnectivity(c, "a hub-and-spoke topology needs exactly one hub virtual network, not "
                        + c.hubs().size() + ".");
            }
            if (s.network(c.hub()).isEmpty()) {
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + c.hub()
                        + " referenced by resource " + c.id() + " was not found. Please make sure that the referenced"
                        + " resource exists.", c.hub(), c.id());
            }
        } else {
            if (!c.hubs().isEmpty()) {
                throw invalidConnectivity(c, "a mesh topology has no hub.");
            }
            if (c.appliesToGroups().stream().anyMatch(ConnectivityGroup::useHubGateway)) {
                throw invalidConnectivity(c, "useHubGateway needs a hub-and-spoke topology.");
            }
        }
        return s.with(ConnectivityConfiguration.class, c.id(), c);
    }

    static TopologyState deleteConnectivityConfiguration(TopologyState s, ResourceId id) {
        if (s.get(ConnectivityConfiguration.class, id).isEmpty()) {
            throw notFound(MANAGERS + "/connectivityConfigurations", id.name(), id);
        }
        requireNotDeployed(s, id);
        return s.without(ConnectivityConfiguration.class, id);
    }

    /** docs/azure/virtual-network-manager.md#security-admin-rules. */
    static TopologyState putSecurityAdminConfiguration(TopologyState s, SecurityAdminConfiguration c, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER_CHILD, c.name(), c.id());
        requireManager(s, c.managerId());
        if (s.get(SecurityAdminConfiguration.class, c.id()).isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Security admin configuration", c.name(), "network manager '" + c.managerId().name()
                    + "'", c.id());
        }
        return s.with(SecurityAdminConfiguration.class, c.id(), c);
    }

    /** Deletes the configuration with its rule collections and rules; refused while deployed. */
    static TopologyState deleteSecurityAdminConfiguration(TopologyState s, ResourceId id) {
        if (s.get(SecurityAdminConfiguration.class, id).isEmpty()) {
            throw notFound(MANAGERS + "/securityAdminConfigurations", id.name(), id);
        }
        requireNotDeployed(s, id);
        TopologyState next = withoutChildren(s, AdminRule.class, AdminRule::id, id);
        next = withoutChildren(next, AdminRuleCollection.class, AdminRuleCollection::id, id);
        return next.without(SecurityAdminConfiguration.class, id);
    }

    static TopologyState putRuleCollection(TopologyState s, AdminRuleCollection c, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER_CHILD, c.name(), c.id());
        SecurityAdminConfiguration config = s.get(SecurityAdminConfiguration.class, c.configurationId())
                .orElseThrow(() -> notFound(MANAGERS + "/securityAdminConfigurations", c.configurationId().name(),
                        c.configurationId()));
        if (s.get(AdminRuleCollection.class, c.id()).isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Rule collection", c.name(), "security admin configuration '" + config.name() + "'",
                    c.id());
        }
        if (c.appliesToGroups().isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidSecurityAdminRule, "Rule collection " + c.id()
                    + " applies to no network group.", c.id());
        }
        for (ResourceId g : c.appliesToGroups()) {
            requireGroup(s, g, c.id());
        }
        return s.with(AdminRuleCollection.class, c.id(), c);
    }

    static TopologyState deleteRuleCollection(TopologyState s, ResourceId id) {
        if (s.get(AdminRuleCollection.class, id).isEmpty()) {
            throw notFound(MANAGERS + "/securityAdminConfigurations/ruleCollections", id.name(), id);
        }
        return withoutChildren(s, AdminRule.class, AdminRule::id, id).without(AdminRuleCollection.class, id);
    }

    /** docs/azure/virtual-network-manager.md#security-admin-rules: priority 1 to 4096, prefixes and ports. */
    static TopologyState putAdminRule(TopologyState s, AdminRule r, PutMode mode) {
        Names.require(NamingRule.NETWORK_MANAGER_CHILD, r.name(), r.id());
        if (s.get(AdminRuleCollection.class, r.collectionId()).isEmpty()) {
            throw notFound(MANAGERS + "/securityAdminConfigurations/ruleCollections", r.collectionId().name(),
                    r.collectionId());
        }
        if (s.get(AdminRule.class, r.id()).isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Admin rule", r.name(), "rule collection '" + r.collectionId().name() + "'", r.id());
        }
        if (r.priority() < 1 || r.priority() > 4096) {
            throw invalidRule(r, "priority " + r.priority() + " is outside 1 to 4096.");
        }
        for (String prefix : concat(r.sourceAddressPrefixes(), r.destinationAddressPrefixes())) {
            if (!prefix.equals("*") && Character.isDigit(prefix.charAt(0)) && Cidr.parseLenient(prefix) == null) {
                throw invalidRule(r, "'" + prefix + "' is not an address prefix or a service tag.");
            }
        }
        for (String ports : concat(r.sourcePortRanges(), r.destinationPortRanges())) {
            if (PortRangeSet.tryParse(ports).isEmpty()) {
                throw invalidRule(r, "'" + ports + "' is not a port or port range.");
            }
        }
        return s.with(AdminRule.class, r.id(), r);
    }

    static TopologyState deleteAdminRule(TopologyState s, ResourceId id) {
        if (s.get(AdminRule.class, id).isEmpty()) {
            throw notFound(MANAGERS + "/securityAdminConfigurations/ruleCollections/rules", id.name(), id);
        }
        return s.without(AdminRule.class, id);
    }

    // ------------------------------------------------------------------ commits

    /**
     * Commits {@code configurationIds} of {@code type} to each of {@code regions}
     * (docs/azure/virtual-network-manager.md#deployments): the configurations, as they are now, replace whatever the
     * manager had deployed of that type in those regions; an empty list removes them. A hub-and-spoke deployment
     * creates the peerings between the hub and the region's spokes and removes those it no longer needs.
     */
    static TopologyState commit(TopologyState s, ResourceId managerId, ConfigurationType type, List<Region> regions,
                                List<ResourceId> configurationIds) {
        NetworkManager manager = requireManager(s, managerId);
        if (!manager.scopeAccesses().contains(type)) {
            throw new AzureException(AzureErrorCode.InvalidNetworkManagerScope, "Network manager " + manager.name()
                    + " has no " + type + " scope access, so it cannot deploy " + type + " configurations.",
                    managerId);
        }
        if (regions.isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidNetworkManagerScope, "A commit needs at least one target"
                    + " location.", managerId);
        }
        List<ConnectivityConfiguration> connectivity = new ArrayList<>();
        List<AdminRuleCollection> collections = new ArrayList<>();
        List<AdminRule> rules = new ArrayList<>();
        for (ResourceId configId : new LinkedHashSet<>(configurationIds)) {
            if (!configId.parent().map(managerId::equals).orElse(false)) {
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Configuration " + configId
                        + " does not belong to network manager " + manager.name() + ".", configId, managerId);
            }
            if (type == ConfigurationType.Connectivity) {
                connectivity.add(s.get(ConnectivityConfiguration.class, configId).orElseThrow(() ->
                        notFound(MANAGERS + "/connectivityConfigurations", configId.name(), configId)));
            } else {
                s.get(SecurityAdminConfiguration.class, configId).orElseThrow(() ->
                        notFound(MANAGERS + "/securityAdminConfigurations", configId.name(), configId));
                for (AdminRuleCollection c : s.all(AdminRuleCollection.class)) {
                    if (c.configurationId().equals(configId)) {
                        collections.add(c);
                    }
                }
                for (AdminRule r : s.all(AdminRule.class)) {
                    if (r.collectionId().parent().map(configId::equals).orElse(false)) {
                        rules.add(r);
                    }
                }
            }
        }
        long sequence = s.all(NetworkManagerDeployment.class).stream()
                .mapToLong(NetworkManagerDeployment::commitSequence).max().orElse(0) + 1;
        TopologyState next = s;
        for (Region region : new LinkedHashSet<>(regions)) {
            ResourceId deploymentId = NetworkManagerDeployment.idFor(managerId, type, region);
            Optional<NetworkManagerDeployment> before = next.get(NetworkManagerDeployment.class, deploymentId);
            List<ResourceId> managed = List.of();
            if (type == ConfigurationType.Connectivity) {
                ManagedPeerings.Result result = ManagedPeerings.deploy(next, manager, region, connectivity,
                        before.map(NetworkManagerDeployment::managedPeerings).orElse(List.of()));
                next = result.state();
                managed = result.managedPeerings();
            }
            NetworkManagerDeployment deployment = new NetworkManagerDeployment(deploymentId, managerId, region, type,
                    new ArrayList<>(new LinkedHashSet<>(configurationIds)), connectivity, collections, rules, managed,
                    sequence);
            next = next.with(NetworkManagerDeployment.class, deploymentId, deployment);
        }
        if (type == ConfigurationType.Connectivity) {
            requireConnectedGroupLimit(next);
        }
        return next;
    }

    /**
     * docs/azure/virtual-network-manager.md#limits: at most 250 networks in a connected group, and a network in at
     * most two connected groups.
     */
    private static void requireConnectedGroupLimit(TopologyState s) {
        Map<ResourceId, List<ConnectedGroup>> groupsOf = new LinkedHashMap<>();
        for (ConnectedGroup g : ConnectedGroups.of(s)) {
            if (g.networkIds().size() > MAX_CONNECTED_GROUP_SIZE) {
                throw new AzureException(AzureErrorCode.ConnectedGroupLimitExceeded, "Connectivity configuration "
                        + g.configurationId().name() + " would make a connected group of " + g.networkIds().size()
                        + " virtual networks; a connected group holds at most " + MAX_CONNECTED_GROUP_SIZE + ".",
                        g.configurationId());
            }
            for (ResourceId network : g.networkIds()) {
                groupsOf.computeIfAbsent(network, k -> new ArrayList<>()).add(g);
            }
        }
        groupsOf.forEach((network, groups) -> {
            if (groups.size() > MAX_CONNECTED_GROUPS_PER_NETWORK) {
                List<String> configurations = groups.stream().map(g -> g.configurationId().name()).distinct().toList();
                throw new AzureException(AzureErrorCode.ConnectedGroupLimitExceeded, "Virtual network "
                        + network.name() + " would be in " + groups.size() + " connected groups (of configurations "
                        + String.join(", ", configurations) + "); a virtual network is in at most "
                        + MAX_CONNECTED_GROUPS_PER_NETWORK + " connected groups.", network);
            }
        });
    }

    // ------------------------------------------------------------------ lookups and errors

    static NetworkManager requireManager(TopologyState s, ResourceId id) {
        return s.get(NetworkManager.class, id).orElseThrow(() -> notFound(MANAGERS, id.name(), id));
    }

    private static NetworkGroup requireGroup(TopologyState s, ResourceId groupId, ResourceId referrer) {
        return s.get(NetworkGroup.class, groupId).orElseThrow(() -> groupId.equals(referrer)
                ? notFound(MANAGERS + "/networkGroups", groupId.name(), groupId)
                : new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + groupId
                + " referenced by resource " + referrer + " was not found. Please make sure that the referenced"
                + " resource exists.", groupId, referrer));
    }

    private static void requireNotDeployed(TopologyState s, ResourceId configId) {
        for (NetworkManagerDeployment d : s.all(NetworkManagerDeployment.class)) {
            if (d.configurationIds().contains(configId)) {
                throw inUse("Configuration " + configId.name() + " is deployed to " + d.region().name() + ". Commit"
                        + " the region without it first; the deployment goes away only with a new commit.", configId);
            }
        }
    }

    private static <T> TopologyState withoutChildren(TopologyState s, Class<T> type,
                                                     java.util.function.Function<T, ResourceId> id,
                                                     ResourceId ancestor) {
        Predicate<ResourceId> under = r -> r.toString().toLowerCase(java.util.Locale.ROOT)
                .startsWith(ancestor.toString().toLowerCase(java.util.Locale.ROOT) + "/");
        TopologyState next = s;
        for (T child : List.copyOf(s.all(type))) {
            if (under.test(id.apply(child))) {
                next = next.without(type, id.apply(child));
            }
        }
        return next;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static AzureException inUse(String message, ResourceId id) {
        return new AzureException(AzureErrorCode.NetworkManagerResourceInUse, message, id);
    }

    private static AzureException invalidConnectivity(ConnectivityConfiguration c, String why) {
        return new AzureException(AzureErrorCode.InvalidConnectivityConfiguration, "Connectivity configuration "
                + c.id() + " is invalid: " + why, c.id());
    }

    private static AzureException invalidRule(AdminRule r, String why) {
        return new AzureException(AzureErrorCode.InvalidSecurityAdminRule, "Security admin rule " + r.id()
                + " is invalid: " + why, r.id());
    }
}
