package io.vnetlab;

import io.vnetlab.controlplane.FirewallPolicyRequest;
import io.vnetlab.controlplane.IpGroupRequest;
import io.vnetlab.controlplane.RuleCollectionGroupRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.IpGroup;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Azure Firewall policies, their rule collection groups, and IP groups (docs/azure/azure-firewall.md#policies).
 *
 * <pre>{@code
 * topology.firewallPolicies().defineIpGroup("spokes").withRegion(Region.EAST_US_2)
 *         .withAddresses("10.100.0.0/16", "10.200.0.0/16").create();
 * topology.firewallPolicies().define("fw-policies").withRegion(Region.EAST_US_2).withThreatIntelMode("Deny").create();
 * topology.firewallPolicies().putRuleCollectionGroup("fw-policies", "DefaultNetworkRuleCollectionGroup", 200,
 *         new FirewallRuleCollection("org-wide-allowed", 100, Kind.Network, Action.Allow,
 *                 List.of(FirewallRule.network("DNS", List.of("UDP"), List.of("*"), List.of("*"), List.of("53")))));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FirewallPolicies {

    private final Topology topology;

    FirewallPolicies(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "firewall policy name");
        return new Definition(topology, name);
    }

    public IpGroupDefinition defineIpGroup(String name) {
        Arguments.requireText(name, "IP group name");
        return new IpGroupDefinition(topology, name);
    }

    public FirewallPolicy get(String nameOrId) {
        return Resolver.find(topology.state(), FirewallPolicy.class, nameOrId, FirewallPolicy::id,
                FirewallPolicy::name, "firewall policy");
    }

    public List<FirewallPolicy> list() {
        return List.copyOf(topology.state().all(FirewallPolicy.class));
    }

    public IpGroup ipGroup(String nameOrId) {
        return Resolver.find(topology.state(), IpGroup.class, nameOrId, IpGroup::id, IpGroup::name, "IP group");
    }

    /** Creates or replaces the rule collection group {@code group} of policy {@code policy}. */
    public FirewallPolicy putRuleCollectionGroup(String policy, String group, int priority,
                                                 FirewallRuleCollection... collections) {
        Arguments.requireText(group, "rule collection group name");
        FirewallPolicy p = get(policy);
        ResourceId id = p.id().child("ruleCollectionGroups", group);
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putRuleCollectionGroup(s, new RuleCollectionGroupRequest(id,
                    priority, List.of(collections)));
            return new Operation.Result<>(next, next.get(FirewallPolicy.class, p.id()).orElseThrow());
        });
    }

    /**
     * Adds {@code collection} to rule collection group {@code group} of {@code policy} (as
     * {@code az network firewall policy rule-collection-group collection add-filter-collection} does).
     */
    public FirewallPolicy addRuleCollection(String policy, String group, FirewallRuleCollection collection) {
        FirewallPolicy p = get(policy);
        FirewallPolicy.RuleCollectionGroup g = p.group(group).orElseThrow(() -> new IllegalArgumentException(
                "Firewall policy '" + p.name() + "' has no rule collection group '" + group + "'."));
        List<FirewallRuleCollection> collections = new ArrayList<>(g.ruleCollections());
        collections.add(collection);
        return putRuleCollectionGroup(p.id().toString(), g.name(), g.priority(),
                collections.toArray(FirewallRuleCollection[]::new));
    }

    /** A new firewall policy; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String basePolicy;
        private String threatIntelMode = "Alert";
        private List<String> snatPrivateRanges;

        Definition(Topology topology, String name) {
            super(topology, name, "firewall policy", "firewallPolicies()");
        }

        /** Inherits the rules of {@code parentPolicy}, which come before this policy's own. */
        public Definition withBasePolicy(String parentPolicy) {
            this.basePolicy = Arguments.requireText(parentPolicy, "base policy");
            return this;
        }

        /** {@code Alert} (Azure's default), {@code Deny} or {@code Off}; listed, not simulated. */
        public Definition withThreatIntelMode(String mode) {
            this.threatIntelMode = Arguments.requireText(mode, "threat intelligence mode");
            return this;
        }

        /** The ranges not SNATed (Azure's default: the IANA private ranges); {@code 0.0.0.0/0} never SNATs. */
        public Definition withSnatPrivateRanges(String... ranges) {
            this.snatPrivateRanges = List.of(ranges);
            return this;
        }

        public FirewallPolicy create() {
            return createOnce(this::put, FirewallPolicy::id);
        }

        private FirewallPolicy put() {
            Region region = requireRegion("");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "firewallPolicies", name);
                ResourceId base = basePolicy == null ? null : Resolver.find(s, FirewallPolicy.class, basePolicy,
                        FirewallPolicy::id, FirewallPolicy::name, "firewall policy").id();
                TopologyState next = ResourceManager.putFirewallPolicy(withGroup, new FirewallPolicyRequest(id,
                        region, base, threatIntelMode, snatPrivateRanges));
                return new Operation.Result<>(next, next.get(FirewallPolicy.class, id).orElseThrow());
            });
        }
    }

    /** A new IP group; single use. */
    public static final class IpGroupDefinition extends PlacedDefinition<IpGroupDefinition> {
        private final List<String> addresses = new ArrayList<>();

        IpGroupDefinition(Topology topology, String name) {
            super(topology, name, "IP group", "firewallPolicies().defineIpGroup(..)");
        }

        /** Addresses, prefixes or ranges ({@code 10.0.0.1-10.0.0.9}). */
        public IpGroupDefinition withAddresses(String... ipAddresses) {
            addresses.addAll(List.of(ipAddresses));
            return this;
        }

        public IpGroup create() {
            return createOnce(this::put, IpGroup::id);
        }

        private IpGroup put() {
            Region region = requireRegion("");
            return topology.apply(s -> {
                TopologyState withGroup = group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "ipGroups", name);
                TopologyState next = ResourceManager.putIpGroup(withGroup, new IpGroupRequest(id, region,
                        addresses));
                return new Operation.Result<>(next, next.get(IpGroup.class, id).orElseThrow());
            });
        }
    }
}
