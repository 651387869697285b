package io.vnetlab;

import io.vnetlab.controlplane.AzureFirewallRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Azure Firewalls (docs/azure/azure-firewall.md): deployed in a network's {@code AzureFirewallSubnet}, at its first
 * free address; they forward what their policy's or classic rules allow.
 *
 * <pre>{@code
 * topology.azureFirewalls().define("fw").withExistingNetwork("hub").withPolicy("fw-policies").create();
 * topology.reach("spoke1-vm", "8.8.8.8").hops();   // ..., firewall 'fw' allowed by rule 'DNS' ...
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AzureFirewalls {

    private final Topology topology;

    AzureFirewalls(Topology topology) {
        this.topology = topology;
    }

    public Definition define(String name) {
        Arguments.requireText(name, "Azure Firewall name");
        return new Definition(topology, name);
    }

    public AzureFirewall get(String nameOrId) {
        return Resolver.find(topology.state(), AzureFirewall.class, nameOrId, AzureFirewall::id,
                AzureFirewall::name, "Azure Firewall");
    }

    public List<AzureFirewall> list() {
        return List.copyOf(topology.state().all(AzureFirewall.class));
    }

    /**
     * Adds {@code rule} to the firewall's classic rule collection {@code collection} of that kind, creating the
     * collection with {@code priority} and {@code action} when it does not exist yet (as the CLI's
     * {@code az network firewall network-rule create} does).
     */
    public AzureFirewall addClassicRule(String firewall, FirewallRuleCollection.Kind kind, String collection,
                                        int priority, FirewallRuleCollection.Action action,
                                        io.vnetlab.model.FirewallRule rule) {
        AzureFirewall fw = get(firewall);
        List<FirewallRuleCollection> collections = new ArrayList<>();
        boolean added = false;
        for (FirewallRuleCollection c : fw.ruleCollections()) {
            if (c.kind() == kind && c.name().equalsIgnoreCase(collection)) {
                List<io.vnetlab.model.FirewallRule> rules = new ArrayList<>(c.rules());
                rules.add(rule);
                collections.add(new FirewallRuleCollection(c.name(), c.priority(), c.kind(), c.action(), rules));
                added = true;
            } else {
                collections.add(c);
            }
        }
        if (!added) {
            collections.add(new FirewallRuleCollection(collection, priority, kind, action, List.of(rule)));
        }
        return topology.batch(b -> {
            b.apply(s -> ResourceManager.putAzureFirewall(s, new AzureFirewallRequest(fw.id(), fw.region(),
                    fw.subnetId(), fw.firewallPolicyId(), collections, fw.threatIntelMode(), fw.managementSubnetId(),
                    fw.publicIpIds(), fw.snatPrivateRanges())));
            return b.state().get(AzureFirewall.class, fw.id()).orElseThrow();
        });
    }

    /** A new firewall; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String network;
        private String policy;
        private String threatIntelMode;
        private boolean forcedTunneling;
        private List<String> snatPrivateRanges;
        private final List<FirewallRuleCollection> collections = new ArrayList<>();
        private final List<String> publicIps = new ArrayList<>();

        Definition(Topology topology, String name) {
            super(topology, name, "Azure Firewall", "azureFirewalls()");
        }

        /** The network whose {@code AzureFirewallSubnet} the firewall goes in; required. */
        public Definition withExistingNetwork(String networkNameOrId) {
            this.network = Arguments.requireText(networkNameOrId, "virtual network");
            return this;
        }

        /** A public IP address of the firewall (by name in the firewall's group, or by id); it must exist. */
        public Definition withPublicIpAddress(String publicIpNameOrId) {
            publicIps.add(Arguments.requireText(publicIpNameOrId, "public IP address"));
            return this;
        }

        /** Its rules are this policy's (and its parents'). */
        public Definition withPolicy(String policyNameOrId) {
            this.policy = Arguments.requireText(policyNameOrId, "firewall policy");
            return this;
        }

        /** A classic rule collection (a firewall without policy). */
        public Definition withRuleCollection(FirewallRuleCollection collection) {
            collections.add(collection);
            return this;
        }

        /** Classic rules' threat-intelligence mode: {@code Alert}, {@code Deny} or {@code Off}; not simulated. */
        public Definition withThreatIntelMode(String mode) {
            this.threatIntelMode = Arguments.requireText(mode, "threat intelligence mode");
            return this;
        }

        /**
         * The classic firewall's SNAT private ranges: destinations in them keep their source
         * (docs/azure/azure-firewall.md#snat); {@code IANAPrivateRanges} stands for Azure's default ones.
         */
        public Definition withSnatPrivateRanges(String... ranges) {
            this.snatPrivateRanges = List.of(ranges);
            return this;
        }

        /** Forced tunnelling: a management IP configuration in the network's {@code AzureFirewallManagementSubnet}. */
        public Definition withForcedTunneling() {
            this.forcedTunneling = true;
            return this;
        }

        public AzureFirewall create() {
            return createOnce(this::put, AzureFirewall::id);
        }

        private AzureFirewall put() {
            if (network == null) {
                throw new IllegalStateException("Azure Firewall '" + name + "' needs a network: call"
                        + " withExistingNetwork(\"...\").");
            }
            return topology.apply(s -> {
                VirtualNetwork net = Resolver.network(s, network);
                Region region = region() != null ? region() : net.region();
                String groupName = group.isChosen() ? group.name() : net.resourceGroup();
                String sub = group.subscriptionId(net.subscriptionId());
                TopologyState withGroup = group.isChosen() ? group.ensure(s, topology, region) : s;
                ResourceId id = ResourceId.resource(sub, groupName, ResourceId.NETWORK, "azureFirewalls", name);
                ResourceId policyId = policy == null ? null : Resolver.find(s, FirewallPolicy.class, policy,
                        FirewallPolicy::id, FirewallPolicy::name, "firewall policy").id();
                ResourceId management = forcedTunneling ? net.id().child("subnets", "AzureFirewallManagementSubnet")
                        : null;
                TopologyState next = ResourceManager.putAzureFirewall(withGroup, new AzureFirewallRequest(id,
                        region, net.id().child("subnets", "AzureFirewallSubnet"), policyId, collections,
                        threatIntelMode, management, publicIps.stream().map(p -> ResourceId.looksLikeId(p)
                        ? ResourceId.parse(p) : ResourceId.resource(sub, groupName, ResourceId.NETWORK,
                        "publicIPAddresses", p)).toList(), snatPrivateRanges));
                return new Operation.Result<>(next, next.get(AzureFirewall.class, id).orElseThrow());
            });
        }
    }
}
