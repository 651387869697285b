package io.vnetlab;

import io.vnetlab.controlplane.FirewallRequests;
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

/**
 * Azure Firewalls (docs/azure/azure-firewall.md): deployed in a network's {@code AzureFirewallSubnet}, at its first
 * free address; they forward what their policy's or classic rules allow.
 *
 * <pre>{@code
 * topology.azureFirewalls().define("fw").withExistingNetwork("hub").withPolicy("fw-policies").create();
 * topology.reach("spoke1-vm", "8.8.8.8").hops();   // ..., firewall 'fw' allowed by rule 'DNS' ...
 * }</pre>
 */
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
        return Resolver.find(topology.state().all(AzureFirewall.class), nameOrId, AzureFirewall::id,
                AzureFirewall::name, "Azure Firewall");
    }

    public List<AzureFirewall> list() {
        return List.copyOf(topology.state().all(AzureFirewall.class));
    }

    /** A new firewall; single use. */
    public static final class Definition extends PlacedDefinition<Definition> {
        private String network;
        private String policy;
        private String threatIntelMode;
        private boolean forcedTunneling;
        private final List<FirewallRuleCollection> collections = new ArrayList<>();

        Definition(Topology topology, String name) {
            super(topology, name, "Azure Firewall", "azureFirewalls()");
        }

        /** The network whose {@code AzureFirewallSubnet} the firewall goes in; required. */
        public Definition withExistingNetwork(String networkNameOrId) {
            this.network = Arguments.requireText(networkNameOrId, "virtual network");
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

        /** Forced tunnelling: a management IP configuration in the network's {@code AzureFirewallManagementSubnet}. */
        public Definition withForcedTunneling() {
            this.forcedTunneling = true;
            return this;
        }

        public AzureFirewall create() {
            return createOnce(this::put);
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
                ResourceId policyId = policy == null ? null : Resolver.find(s.all(FirewallPolicy.class), policy,
                        FirewallPolicy::id, FirewallPolicy::name, "firewall policy").id();
                ResourceId management = forcedTunneling ? net.id().child("subnets", "AzureFirewallManagementSubnet")
                        : null;
                TopologyState next = ResourceManager.putAzureFirewall(withGroup, new FirewallRequests.Firewall(id,
                        region, net.id().child("subnets", "AzureFirewallSubnet"), policyId, collections,
                        threatIntelMode, management, List.of(), null));
                return new Operation.Result<>(next, next.get(AzureFirewall.class, id).orElseThrow());
            });
        }
    }
}
