package io.vnetlab;

import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.AdminRuleCollection;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectedGroup;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityGroup;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityTopology;
import io.vnetlab.model.ConnectivityConfiguration.GroupConnectivity;
import io.vnetlab.model.MembershipCondition;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityAdminConfiguration;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Azure Virtual Network Manager in a topology (docs/azure/virtual-network-manager.md): network managers, their
 * network groups, connectivity and security admin configurations, and the commits that make configurations
 * effective per region. Nothing a configuration says takes effect before it is committed.
 *
 * <pre>{@code
 * NetworkManagers avnm = topology.networkManagers();
 * avnm.define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("rg").create();
 * avnm.group("avnm", "spokes").withStaticMembers("spoke1", "spoke2").create();
 * avnm.connectivity("avnm", "hub-spokes").hubAndSpoke("hub").appliesTo("spokes").withDirectConnectivity().create();
 * avnm.commit("avnm", ConfigurationType.Connectivity, List.of(Region.WEST_EUROPE), "hub-spokes");
 * topology.reach("spoke1-vm", "spoke2-vm");   // reachable through the connected group, no appliance
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NetworkManagers {

    private final Topology topology;

    NetworkManagers(Topology topology) {
        this.topology = topology;
    }

    /** Starts a new network manager; its scope defaults to the current subscription, with both scope accesses. */
    public Definition define(String name) {
        Arguments.requireText(name, "network manager name");
        return new Definition(topology, name);
    }

    public NetworkManager get(String nameOrId) {
        return Resolver.find(topology.state(), NetworkManager.class, nameOrId, NetworkManager::id,
                NetworkManager::name, "network manager");
    }

    public List<NetworkManager> list() {
        return List.copyOf(topology.state().all(NetworkManager.class));
    }

    /** Deletes a network manager with its groups and configurations; refused while it has deployments. */
    public void delete(String manager) {
        ResourceId id = get(manager).id();
        topology.applyState(s -> ResourceManager.deleteNetworkManager(s, id));
    }

    // ---- network groups

    /** Starts a network group (or a change to one: a PUT replaces its conditions). */
    public GroupDefinition group(String manager, String name) {
        Arguments.requireText(name, "network group name");
        return new GroupDefinition(get(manager).id().child("networkGroups", name));
    }

    /** Adds {@code network} to the group as a static member named after it. */
    public void addStaticMember(String manager, String group, String network) {
        ResourceId groupId = get(manager).id().child("networkGroups", group);
        VirtualNetwork n = topology.network(network);
        topology.applyState(s -> ResourceManager.putStaticMember(s, new NetworkGroupStaticMember(
                groupId.child("staticMembers", n.name()), n.name(), n.id()), PutMode.CREATE_OR_UPDATE));
    }

    /** Removes the static member named after {@code network}. */
    public void removeStaticMember(String manager, String group, String network) {
        ResourceId id = get(manager).id().child("networkGroups", group).child("staticMembers",
                topology.network(network).name());
        topology.applyState(s -> ResourceManager.deleteStaticMember(s, id));
    }

    public void deleteGroup(String manager, String group) {
        ResourceId id = get(manager).id().child("networkGroups", group);
        topology.applyState(s -> ResourceManager.deleteNetworkGroup(s, id));
    }

    /** The current members of a group: static, then conditional (docs/azure/virtual-network-manager.md#network-groups). */
    public List<VirtualNetwork> members(String manager, String group) {
        return io.vnetlab.controlplane.ResourceManager.networkGroupMembers(topology.state(), get(manager).id().child("networkGroups", group));
    }

    // ---- configurations

    /** Starts a connectivity configuration (or a change to one). */
    public ConnectivityDefinition connectivity(String manager, String name) {
        Arguments.requireText(name, "connectivity configuration name");
        return new ConnectivityDefinition(get(manager).id().child("connectivityConfigurations", name));
    }

    public void deleteConnectivity(String manager, String name) {
        ResourceId id = get(manager).id().child("connectivityConfigurations", name);
        topology.applyState(s -> ResourceManager.deleteConnectivityConfiguration(s, id));
    }

    /** Creates (or replaces) a security admin configuration, empty until rule collections are added. */
    public SecurityAdminConfiguration securityAdmin(String manager, String name) {
        Arguments.requireText(name, "security admin configuration name");
        ResourceId id = get(manager).id().child("securityAdminConfigurations", name);
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putSecurityAdminConfiguration(s,
                    new SecurityAdminConfiguration(id, name, ""), PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.get(SecurityAdminConfiguration.class, id).orElseThrow());
        });
    }

    public void deleteSecurityAdmin(String manager, String name) {
        ResourceId id = get(manager).id().child("securityAdminConfigurations", name);
        topology.applyState(s -> ResourceManager.deleteSecurityAdminConfiguration(s, id));
    }

    /** Creates (or replaces) a rule collection applying to {@code groups}. */
    public AdminRuleCollection ruleCollection(String manager, String configuration, String name, String... groups) {
        ResourceId managerId = get(manager).id();
        ResourceId id = managerId.child("securityAdminConfigurations", configuration).child("ruleCollections", name);
        List<ResourceId> groupIds = new ArrayList<>();
        for (String g : groups) {
            groupIds.add(managerId.child("networkGroups", g));
        }
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putRuleCollection(s, new AdminRuleCollection(id, name, groupIds, ""),
                    PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.get(AdminRuleCollection.class, id).orElseThrow());
        });
    }

    /** Starts a security admin rule of a rule collection. */
    public AdminRuleDefinition adminRule(String manager, String configuration, String collection, String name) {
        Arguments.requireText(name, "admin rule name");
        return new AdminRuleDefinition(get(manager).id().child("securityAdminConfigurations", configuration)
                .child("ruleCollections", collection).child("rules", name));
    }

    public void deleteAdminRule(String manager, String configuration, String collection, String name) {
        ResourceId id = get(manager).id().child("securityAdminConfigurations", configuration)
                .child("ruleCollections", collection).child("rules", name);
        topology.applyState(s -> ResourceManager.deleteAdminRule(s, id));
    }

    // ---- deployments

    /**
     * Commits the named configurations of {@code type} to {@code regions}: they replace what the manager had
     * deployed of that type there; none removes them (docs/azure/virtual-network-manager.md#deployments).
     *
     * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
     */
    public void commit(String manager, ConfigurationType type, List<Region> regions, String... configurations) {
        ResourceId managerId = get(manager).id();
        String child = type == ConfigurationType.Connectivity ? "connectivityConfigurations"
                : "securityAdminConfigurations";
        List<ResourceId> ids = new ArrayList<>();
        for (String c : configurations) {
            ids.add(ResourceId.looksLikeId(c) ? ResourceId.parse(c) : managerId.child(child, c));
        }
        topology.applyState(s -> ResourceManager.commit(s, managerId, type, regions, ids));
    }

    /** The deployments of a manager: one per configuration type and region committed. */
    public List<NetworkManagerDeployment> deployments(String manager) {
        ResourceId id = get(manager).id();
        return topology.state().all(NetworkManagerDeployment.class).stream().filter(d -> d.managerId().equals(id))
                .toList();
    }

    /** Every connected group the deployed configurations make (docs/azure/virtual-network-manager.md#connected-groups). */
    public List<ConnectedGroup> connectedGroups() {
        return io.vnetlab.controlplane.ResourceManager.connectedGroups(topology.state());
    }

    // ---- builders

    /** A new network manager; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private List<String> subscriptions;
        private List<ConfigurationType> accesses = List.of(ConfigurationType.Connectivity,
                ConfigurationType.SecurityAdmin);

        Definition(Topology topology, String name) {
            super(topology, name, "network manager", "networkManagers()");
        }

        /** The subscriptions whose networks the manager may manage (default: the current subscription). */
        public Definition withScopeSubscriptions(String... subscriptionIds) {
            this.subscriptions = List.of(subscriptionIds);
            return this;
        }

        /** The configuration types the manager may deploy (default: both). */
        public Definition withScopeAccesses(ConfigurationType... types) {
            this.accesses = List.of(types);
            return this;
        }

        public NetworkManager create() {
            return createOnce(() -> {
                Region region = requireRegion(", for example withRegion(Region.WEST_EUROPE)");
                return topology.apply(s -> {
                    TopologyState withGroup = group.ensure(s, topology, region);
                    ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(),
                            ResourceId.NETWORK, "networkManagers", name);
                    List<String> scope = subscriptions != null ? subscriptions
                            : List.of(topology.currentSubscriptionId());
                    TopologyState next = ResourceManager.putNetworkManager(withGroup,
                            new NetworkManager(id, name, region, scope, accesses, ""), PutMode.CREATE);
                    return new Operation.Result<>(next, next.get(NetworkManager.class, id).orElseThrow());
                });
            }, NetworkManager::id);
        }
    }

    /** A network group: static members and conditions (docs/azure/virtual-network-manager.md#network-groups). */
    public final class GroupDefinition {
        private final ResourceId id;
        private final List<String> staticMembers = new ArrayList<>();
        private final List<MembershipCondition> conditions = new ArrayList<>();

        GroupDefinition(ResourceId id) {
            this.id = id;
        }

        /** Networks added by hand, each a static member named after it. */
        public GroupDefinition withStaticMembers(String... networks) {
            staticMembers.addAll(List.of(networks));
            return this;
        }

        /**
         * A condition every conditional member meets (all conditions must hold), from the subset of Azure Policy
         * vnetlab evaluates (docs/azure/virtual-network-manager.md#conditional-membership).
         */
        public GroupDefinition withCondition(String field, MembershipCondition.Operator operator, String value) {
            conditions.add(MembershipCondition.of(field, operator, value));
            return this;
        }

        public NetworkGroup create() {
            return topology.apply(s -> {
                TopologyState next = ResourceManager.putNetworkGroup(s, new NetworkGroup(id, id.name(), "",
                        conditions), PutMode.CREATE_OR_UPDATE);
                for (String member : staticMembers) {
                    VirtualNetwork n = Resolver.network(next, member);
                    next = ResourceManager.putStaticMember(next, new NetworkGroupStaticMember(
                            id.child("staticMembers", n.name()), n.name(), n.id()), PutMode.CREATE_OR_UPDATE);
                }
                return new Operation.Result<>(next, next.get(NetworkGroup.class, id).orElseThrow());
            });
        }
    }

    /** A connectivity configuration (docs/azure/virtual-network-manager.md#connectivity). */
    public final class ConnectivityDefinition {
        private final ResourceId id;
        private ConnectivityTopology shape = ConnectivityTopology.Mesh;
        private String hub;
        private final List<String> groups = new ArrayList<>();
        private boolean direct;
        private boolean hubGateway;
        private boolean global;
        private boolean deleteExistingPeering;

        ConnectivityDefinition(ResourceId id) {
            this.id = id;
        }

        /** Hub and spoke around {@code hubNetwork}. */
        public ConnectivityDefinition hubAndSpoke(String hubNetwork) {
            this.shape = ConnectivityTopology.HubAndSpoke;
            this.hub = hubNetwork;
            return this;
        }

        /** Every network of the groups connected to every other (a connected group). */
        public ConnectivityDefinition mesh() {
            this.shape = ConnectivityTopology.Mesh;
            this.hub = null;
            return this;
        }

        public ConnectivityDefinition appliesTo(String... networkGroups) {
            groups.addAll(List.of(networkGroups));
            return this;
        }

        /** Hub and spoke: the spokes of each group also reach each other directly, through a connected group. */
        public ConnectivityDefinition withDirectConnectivity() {
            this.direct = true;
            return this;
        }

        /** Hub and spoke: the spokes use the hub's gateway (gateway transit on the managed peerings). */
        public ConnectivityDefinition usingHubAsGateway() {
            this.hubGateway = true;
            return this;
        }

        /** Networks of different regions are connected too (global mesh, or global direct connectivity). */
        public ConnectivityDefinition global() {
            this.global = true;
            return this;
        }

        /** A deployment replaces the peerings the spokes already have to the hub. */
        public ConnectivityDefinition deleteExistingPeering() {
            this.deleteExistingPeering = true;
            return this;
        }

        public ConnectivityConfiguration create() {
            ResourceId managerId = id.parent().orElseThrow();
            return topology.apply(s -> {
                List<ResourceId> hubs = hub == null ? List.of() : List.of(Resolver.network(s, hub).id());
                List<ConnectivityGroup> items = new ArrayList<>();
                for (String g : groups) {
                    items.add(new ConnectivityGroup(managerId.child("networkGroups", g), hubGateway,
                            global && shape == ConnectivityTopology.HubAndSpoke,
                            direct ? GroupConnectivity.DirectlyConnected : GroupConnectivity.None));
                }
                TopologyState next = ResourceManager.putConnectivityConfiguration(s, new ConnectivityConfiguration(id,
                        id.name(), shape, hubs, items, global, deleteExistingPeering, ""), PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(ConnectivityConfiguration.class, id).orElseThrow());
            });
        }
    }

    /** A security admin rule (docs/azure/virtual-network-manager.md#security-admin-rules). */
    public final class AdminRuleDefinition {
        private final ResourceId id;
        private int priority = 100;
        private SecurityRuleDirection direction = SecurityRuleDirection.Inbound;
        private AdminRule.Access access = AdminRule.Access.Deny;
        private Protocol protocol = Protocol.Any;
        private List<String> sources = List.of("*");
        private List<String> destinations = List.of("*");
        private List<String> ports = List.of("*");

        AdminRuleDefinition(ResourceId id) {
            this.id = id;
        }

        public AdminRuleDefinition priority(int priority) {
            this.priority = priority;
            return this;
        }

        public AdminRuleDefinition direction(SecurityRuleDirection direction) {
            this.direction = direction;
            return this;
        }

        public AdminRuleDefinition access(AdminRule.Access access) {
            this.access = access;
            return this;
        }

        public AdminRuleDefinition protocol(Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /** Source address prefixes or service tags. */
        public AdminRuleDefinition from(String... prefixes) {
            this.sources = List.of(prefixes);
            return this;
        }

        /** Destination address prefixes or service tags. */
        public AdminRuleDefinition to(String... prefixes) {
            this.destinations = List.of(prefixes);
            return this;
        }

        /** Destination ports or port ranges. */
        public AdminRuleDefinition ports(String... portRanges) {
            this.ports = List.of(portRanges);
            return this;
        }

        public AdminRule create() {
            AdminRule rule = new AdminRule(id, id.name(), priority, direction, access, protocol, sources, List.of("*"),
                    destinations, ports, "");
            return topology.apply(s -> {
                TopologyState next = ResourceManager.putAdminRule(s, rule, PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(AdminRule.class, id).orElseThrow());
            });
        }
    }
}
