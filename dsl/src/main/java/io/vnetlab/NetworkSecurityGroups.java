package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.NetworkSecurityGroupRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.SecurityRuleRequest;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The network security groups of a topology, in the Azure SDK's vocabulary (docs/azure/network-security-groups.md). A
 * group gets the six default rules of Azure on creation; its own rules have priorities 100–4096, unique per direction.
 * A group filters the subnets and network interfaces it is associated with; each of them has at most one.
 *
 * <pre>{@code
 * topology.networkSecurityGroups().define("web-nsg").withRegion(Region.WEST_EUROPE)
 *         .defineRule("allow-ssh")
 *             .allowInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toPort(22)
 *             .withProtocol(Protocol.Tcp).withPriority(1000)
 *             .attach()
 *         .create();
 * topology.networkSecurityGroups().associateWithSubnet("web-nsg", "vnet", "web");
 * topology.networkSecurityGroups().update("web-nsg").withoutRule("allow-ssh").apply();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class NetworkSecurityGroups {

    private final Topology topology;

    NetworkSecurityGroups(Topology topology) {
        this.topology = topology;
    }

    /** Starts the definition of a new group. */
    public Definition define(String name) {
        Arguments.requireText(name, "network security group name");
        return new Definition(topology, name);
    }

    /** Starts a change to the rules of an existing group, applied together. */
    public Update update(String nameOrId) {
        return new Update(topology, get(nameOrId));
    }

    public NetworkSecurityGroup get(String nameOrId) {
        return find(topology.state(), nameOrId);
    }

    public List<NetworkSecurityGroup> list() {
        return List.copyOf(topology.state().all(NetworkSecurityGroup.class));
    }

    /**
     * Deletes a group.
     *
     * @throws AzureException {@code InUseNetworkSecurityGroupCannotBeDeleted} while a subnet or interface uses it
     */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deleteNetworkSecurityGroup(s, id));
    }

    /**
     * Associates the group with a subnet, replacing the subnet's group if it had one
     * (docs/azure/network-security-groups.md#associations).
     */
    public Subnet associateWithSubnet(String groupNameOrId, String network, String subnet) {
        ResourceId groupId = get(groupNameOrId).id();
        return setOnSubnet(network, subnet, groupId);
    }

    /** Removes the group of a subnet. */
    public Subnet dissociateFromSubnet(String network, String subnet) {
        return setOnSubnet(network, subnet, null);
    }

    private Subnet setOnSubnet(String network, String subnet, ResourceId groupId) {
        ResourceId subnetId = topology.subnet(network, subnet).id();
        return topology.apply(s -> {
            TopologyState next = ResourceManager.associateNetworkSecurityGroup(s, subnetId, groupId);
            return new Operation.Result<>(next, next.subnet(subnetId).orElseThrow());
        });
    }

    /**
     * Associates the group with a network interface, replacing its group if it had one
     * (docs/azure/network-security-groups.md#associations).
     */
    public NetworkInterface associateWithNetworkInterface(String groupNameOrId, String networkInterface) {
        ResourceId groupId = get(groupNameOrId).id();
        return NicUpdates.apply(topology, networkInterface, spec -> spec.withNetworkSecurityGroup(groupId));
    }

    /** Removes the group of a network interface. */
    public NetworkInterface dissociateFromNetworkInterface(String networkInterface) {
        return NicUpdates.apply(topology, networkInterface, spec -> spec.withNetworkSecurityGroup(null));
    }

    /** The subnets the group is associated with. */
    public List<Subnet> listAssociatedSubnets(String nameOrId) {
        NetworkSecurityGroup group = get(nameOrId);
        List<Subnet> result = new ArrayList<>();
        for (VirtualNetwork network : topology.state().networks()) {
            for (Subnet subnet : network.subnets()) {
                if (group.id().equals(subnet.networkSecurityGroupId())) {
                    result.add(subnet);
                }
            }
        }
        return result;
    }

    static NetworkSecurityGroup find(TopologyState s, String nameOrId) {
        return Resolver.find(s, NetworkSecurityGroup.class, nameOrId, NetworkSecurityGroup::id,
                NetworkSecurityGroup::name, "network security group");
    }

    /** A new network security group; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private final List<SecurityRuleDefinition<Definition>> rules = new ArrayList<>();

        Definition(Topology topology, String name) {
            super(topology, name, "network security group", "networkSecurityGroups()");
        }

        /** Starts a rule of the group; {@link SecurityRuleDefinition#attach()} comes back here. */
        public SecurityRuleDefinition<Definition> defineRule(String ruleName) {
            Arguments.requireText(ruleName, "security rule name");
            SecurityRuleDefinition<Definition> rule = new SecurityRuleDefinition<>(ruleName, this);
            rules.add(rule);
            return rule;
        }

        /**
         * Creates the group with its rules and the default ones.
         *
         * @throws AzureException with Azure's code if Azure would refuse a rule; nothing is changed then
         */
        public NetworkSecurityGroup create() {
            return createOnce(this::put, NetworkSecurityGroup::id);
        }

        private NetworkSecurityGroup put() {
            Region region = requireRegion(", for example withRegion(Region.WEST_EUROPE)");
            for (SecurityRuleDefinition<Definition> rule : rules) {
                rule.requireAttached();
            }
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "networkSecurityGroups", name);
                List<SecurityRuleRequest> built = new ArrayList<>();
                for (SecurityRuleDefinition<Definition> rule : rules) {
                    built.add(SecurityRuleRequest.of(rule.build(withGroup, id)));
                }
                TopologyState next = ResourceManager.putNetworkSecurityGroup(withGroup, new NetworkSecurityGroupRequest(id, region, built),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.get(NetworkSecurityGroup.class, id).orElseThrow());
            });
        }
    }

    /** A change to the rules of an existing group; single use. */
    public static final class Update {
        private final Topology topology;
        private final NetworkSecurityGroup original;
        private final List<String> removed = new ArrayList<>();
        private final List<SecurityRuleDefinition<Update>> added = new ArrayList<>();
        private boolean applied;

        Update(Topology topology, NetworkSecurityGroup original) {
            this.topology = topology;
            this.original = original;
        }

        /** Adds a rule; {@link SecurityRuleDefinition#attach()} comes back here. */
        public SecurityRuleDefinition<Update> defineRule(String ruleName) {
            Arguments.requireText(ruleName, "security rule name");
            SecurityRuleDefinition<Update> rule = new SecurityRuleDefinition<>(ruleName, this);
            added.add(rule);
            return rule;
        }

        /**
         * Removes one of the group's own rules (the default rules cannot be removed,
         * docs/azure/network-security-groups.md#default-rules).
         */
        public Update withoutRule(String ruleName) {
            Arguments.requireText(ruleName, "security rule name");
            if (original.securityRule(ruleName).isEmpty()) {
                throw new IllegalArgumentException("Network security group '" + original.name() + "' has no rule"
                        + " named '" + ruleName + "'. Its rules: " + original.securityRules().stream()
                        .map(SecurityRule::name).reduce((a, b) -> a + ", " + b).orElse("none")
                        + ". The default rules cannot be removed; override them with a rule of priority 100-4096.");
            }
            removed.add(ruleName);
            return this;
        }

        /** Applies every change at once, or none. */
        public NetworkSecurityGroup apply() {
            if (applied) {
                throw new IllegalStateException("Update of network security group '" + original.name() + "' was"
                        + " already applied; start a new one with networkSecurityGroups().update(...).");
            }
            for (SecurityRuleDefinition<Update> rule : added) {
                rule.requireAttached();
            }
            NetworkSecurityGroup result = topology.apply(s -> {
                NetworkSecurityGroup current = ResourceManager.requireNetworkSecurityGroup(s, original.id());
                List<SecurityRuleRequest> rules = new ArrayList<>();
                for (SecurityRule rule : current.securityRules()) {
                    if (removed.stream().noneMatch(r -> r.equalsIgnoreCase(rule.name()))) {
                        rules.add(SecurityRuleRequest.of(rule));
                    }
                }
                for (SecurityRuleDefinition<Update> rule : added) {
                    rules.add(SecurityRuleRequest.of(rule.build(s, current.id())));
                }
                TopologyState next = ResourceManager.putNetworkSecurityGroup(s, new NetworkSecurityGroupRequest(current.id(), current.region(), rules),
                        PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.get(NetworkSecurityGroup.class, current.id()).orElseThrow());
            });
            applied = true;
            return result;
        }
    }
}
