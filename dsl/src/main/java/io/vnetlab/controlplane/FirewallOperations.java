package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.FirewallPolicy;
import io.vnetlab.model.FirewallRule;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.IpGroup;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.RouteTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Azure Firewall family's PUTs and DELETEs (docs/azure/azure-firewall.md): each validates fully, then returns the
 * new state, or throws with the error code and changes nothing.
 */
final class FirewallOperations {

    static final String FIREWALL_SUBNET = "AzureFirewallSubnet";
    static final String MANAGEMENT_SUBNET = "AzureFirewallManagementSubnet";
    static final int LOWEST_PRIORITY = 100;
    static final int HIGHEST_PRIORITY = 65_000;

    private FirewallOperations() {
    }

    static TopologyState putIpGroup(TopologyState s, IpGroupRequest request) {
        Names.require(NamingRule.IP_GROUP, request.id());
        ControlPlane.requireResourceGroup(s, request.id());
        for (String address : request.ipAddresses()) {
            if (!io.vnetlab.model.FirewallAddresses.isAddressPrefixOrRange(address)) {
                throw new AzureException(AzureErrorCode.InvalidAddressPrefixFormat, "IP group " + request.id().name()
                        + " has an invalid IP address '" + address + "': use an address (10.0.0.4), a prefix"
                        + " (10.0.0.0/24) or a range (10.0.0.1-10.0.0.9).", request.id());
            }
        }
        return s.with(IpGroup.class, request.id(), new IpGroup(request.id(), request.id().name(), request.region(),
                request.ipAddresses()));
    }

    static TopologyState putPolicy(TopologyState s, FirewallPolicyRequest request) {
        Names.require(NamingRule.FIREWALL_POLICY, request.id());
        ControlPlane.requireResourceGroup(s, request.id());
        if (request.basePolicyId() != null) {
            requirePolicy(s, request.basePolicyId(), request.id());
            ResourceId at = request.basePolicyId();
            Set<ResourceId> seen = new HashSet<>();
            while (at != null && seen.add(at)) {
                if (at.equals(request.id())) {
                    throw new AzureException(AzureErrorCode.FirewallPolicyInheritanceCycle, "Firewall policy "
                            + request.id().name() + " cannot have base policy " + request.basePolicyId().name()
                            + ": that policy inherits from " + request.id().name() + ", and a policy cannot inherit"
                            + " from itself.", request.id(), request.basePolicyId());
                }
                at = s.get(FirewallPolicy.class, at).map(FirewallPolicy::basePolicyId).orElse(null);
            }
        }
        List<FirewallPolicy.RuleCollectionGroup> groups = s.get(FirewallPolicy.class, request.id())
                .map(FirewallPolicy::ruleCollectionGroups).orElse(List.of());
        return s.with(FirewallPolicy.class, request.id(), new FirewallPolicy(request.id(), request.id().name(),
                request.region(), request.basePolicyId(), request.threatIntelMode(), request.snatPrivateRanges(),
                groups));
    }

    static TopologyState putRuleCollectionGroup(TopologyState s, RuleCollectionGroupRequest request) {
        ResourceId policyId = request.id().parent().orElseThrow(() -> new IllegalArgumentException("'"
                + request.id() + "' is not a rule collection group id; it should end with"
                + " /firewallPolicies/{policy}/ruleCollectionGroups/{group}."));
        FirewallPolicy policy = requirePolicy(s, policyId, request.id());
        Names.require(NamingRule.RULE_COLLECTION_GROUP, request.id().name(), request.id());
        requirePriority(request.priority(), "Rule collection group " + request.id().name(), request.id());
        requireCollections(s, request.ruleCollections(), request.id());
        List<FirewallPolicy.RuleCollectionGroup> groups = new ArrayList<>();
        boolean replaced = false;
        FirewallPolicy.RuleCollectionGroup group = new FirewallPolicy.RuleCollectionGroup(request.id(),
                request.id().name(), request.priority(), request.ruleCollections());
        for (FirewallPolicy.RuleCollectionGroup g : policy.ruleCollectionGroups()) {
            if (g.name().equalsIgnoreCase(group.name())) {
                groups.add(group);
                replaced = true;
            } else {
                groups.add(g);
            }
        }
        if (!replaced) {
            groups.add(group);
        }
        return s.with(FirewallPolicy.class, policy.id(), new FirewallPolicy(policy.id(), policy.name(),
                policy.region(), policy.basePolicyId(), policy.threatIntelMode(), policy.snatPrivateRanges(), groups));
    }

    static TopologyState deleteRuleCollectionGroup(TopologyState s, ResourceId groupId) {
        ResourceId policyId = groupId.parent().orElseThrow();
        FirewallPolicy policy = requirePolicy(s, policyId, groupId);
        if (policy.group(groupId.name()).isEmpty()) {
            throw new AzureException(AzureErrorCode.ResourceNotFound, "Rule collection group " + groupId.name()
                    + " of firewall policy " + policy.name() + " was not found.", groupId);
        }
        List<FirewallPolicy.RuleCollectionGroup> groups = policy.ruleCollectionGroups().stream()
                .filter(g -> !g.name().equalsIgnoreCase(groupId.name())).toList();
        return s.with(FirewallPolicy.class, policy.id(), new FirewallPolicy(policy.id(), policy.name(),
                policy.region(), policy.basePolicyId(), policy.threatIntelMode(), policy.snatPrivateRanges(), groups));
    }

    /**
     * The firewall and its interface: the interface, at the subnet's first free address, forwards what the rules
     * allow (docs/azure/azure-firewall.md#the-firewall).
     */
    static TopologyState putFirewall(TopologyState s, AzureFirewallRequest request) {
        Names.require(NamingRule.AZURE_FIREWALL, request.id());
        if (request.ipConfigurationName() != null) {
            Names.require(NamingRule.NETWORK_INTERFACE, request.ipConfigurationName(),
                    request.id().child("azureFirewallIpConfigurations", request.ipConfigurationName()));
        }
        ControlPlane.requireResourceGroup(s, request.id());
        if (request.subnetId() == null && request.managementSubnetId() != null) {
            throw new IllegalArgumentException("Azure Firewall '" + request.id().name() + "' has a management IP"
                    + " configuration but no IP configuration: give it its AzureFirewallSubnet too.");
        }
        if (request.subnetId() != null && !request.subnetId().name().equals(FIREWALL_SUBNET)) {
            throw new AzureException(AzureErrorCode.AzureFirewallMustBeInAzureFirewallSubnet, "Azure Firewall "
                    + request.id() + " cannot be deployed in subnet '" + request.subnetId().name() + "' of virtual"
                    + " network " + request.subnetId().parent().map(ResourceId::name).orElse("?") + ": an Azure"
                    + " Firewall goes only in the subnet named exactly 'AzureFirewallSubnet' (a /26 is recommended)."
                    + " Add that subnet and use it.", request.id(), request.subnetId());
        }
        if (request.managementSubnetId() != null && !request.managementSubnetId().name().equals(MANAGEMENT_SUBNET)) {
            throw new AzureException(AzureErrorCode.AzureFirewallManagementSubnetRequired, "Azure Firewall "
                    + request.id().name() + ": the management IP configuration of forced tunnelling must be in the"
                    + " subnet named exactly 'AzureFirewallManagementSubnet' (a /26), not '"
                    + request.managementSubnetId().name() + "'.", request.id(), request.managementSubnetId());
        }
        if (request.firewallPolicyId() != null) {
            requirePolicy(s, request.firewallPolicyId(), request.id());
        }
        for (ResourceId publicIp : request.publicIpIds()) {
            if (s.get(io.vnetlab.model.PublicIpAddress.class, publicIp).isEmpty()) {
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + publicIp
                        + " referenced by resource " + request.id() + " was not found. Please make sure that the"
                        + " referenced resource exists, and that both resources are in the same region.",
                        publicIp, request.id());
            }
        }
        requireCollections(s, request.ruleCollections(), request.id());
        if (request.managementSubnetId() == null && request.subnetId() != null) {
            s.subnet(request.subnetId()).flatMap(io.vnetlab.model.Subnet::routeTable)
                    .flatMap(t -> s.get(RouteTable.class, t))
                    .ifPresent(t -> requireDefaultRouteToInternet(t, request.subnetId()));
        }
        Optional<NetworkInterface> existing = s.networkInterface(request.id());
        TopologyState next = s;
        // the IP configuration's name stays unless the request names one (a new one is ipconfig1)
        String configName = request.ipConfigurationName() != null ? request.ipConfigurationName()
                : existing.map(NetworkInterface::primaryIpConfigurationName).orElse(null);
        if (request.subnetId() == null) {
            // a PUT without IP configuration: the firewall has no interface (docs/azure/azure-firewall.md#ip-configuration)
            next = existing.isPresent() ? InterfaceOperations.deleteNetworkInterface(next, request.id()) : next;
        } else if (existing.isEmpty() || !existing.get().subnetId().equals(request.subnetId())
                || !existing.get().primaryIpConfigurationName().equals(configName == null ? "ipconfig1" : configName)) {
            next = ResourceManager.putNetworkInterface(next, new NicRequest(request.id(), request.region(),
                    request.subnetId(), null, true, null, List.of(), null, InterfaceOwner.AzureFirewall, false,
                    configName), PutMode.CREATE_OR_UPDATE);
        }
        return next.with(AzureFirewall.class, request.id(), new AzureFirewall(request.id(), request.id().name(),
                request.region(), request.subnetId(), request.firewallPolicyId(), request.ruleCollections(),
                request.threatIntelMode(), request.managementSubnetId(), request.publicIpIds(),
                request.snatPrivateRanges()));
    }

    /**
     * A firewall without forced tunnelling needs direct Internet access: a route table on its subnet must send
     * 0.0.0.0/0 to the Internet (docs/azure/azure-firewall.md#forced-tunneling). Checked for {@code table} on subnet
     * {@code subnetId} that is to use it, or, when {@code null}, on every firewall subnet that uses it.
     */
    static void requireDirectInternet(TopologyState s, RouteTable table, ResourceId subnetId) {
        for (AzureFirewall firewall : s.all(AzureFirewall.class)) {
            if (firewall.forcedTunneling()) {
                continue;
            }
            if (!firewall.placed()) {
                continue;
            }
            boolean uses = subnetId != null ? firewall.subnetId().equals(subnetId) : s.subnet(firewall.subnetId())
                    .flatMap(io.vnetlab.model.Subnet::routeTable).map(table.id()::equals).orElse(false);
            if (uses) {
                requireDefaultRouteToInternet(table, firewall.subnetId());
            }
        }
    }

    private static void requireDefaultRouteToInternet(RouteTable table, ResourceId firewallSubnet) {
        boolean toInternet = table.routes().stream().anyMatch(r -> r.addressPrefix().equals(Cidr.ANY)
                && r.nextHopType() == RouteNextHopType.Internet);
        if (!toInternet) {
            throw new AzureException(AzureErrorCode.AzureFirewallSubnetRouteTableMustHaveDefaultRouteToInternet,
                    "Route Table " + table.name() + " on firewall subnet " + FIREWALL_SUBNET + " must have 0.0.0.0/0"
                    + " route with next hop Internet. An Azure Firewall without forced tunnelling needs direct"
                    + " Internet access; for forced tunnelling give it a management IP configuration in "
                    + MANAGEMENT_SUBNET + ".", table.id(), firewallSubnet);
        }
    }

    /**
     * Deletes a firewall with the interface through which it forwarded; its public IPs, its policy and the routes
     * that name its address stay, as they are resources of their own (docs/azure/azure-firewall.md#the-firewall).
     */
    static TopologyState deleteFirewall(TopologyState s, ResourceId id) {
        s.get(AzureFirewall.class, id).orElseThrow(() -> ControlPlane.notFound("Microsoft.Network/azureFirewalls",
                id.name(), id));
        TopologyState next = s.without(AzureFirewall.class, id);
        return next.networkInterface(id).isPresent() ? InterfaceOperations.deleteNetworkInterface(next, id) : next;
    }

    private static FirewallPolicy requirePolicy(TopologyState s, ResourceId policyId, ResourceId referrer) {
        return s.get(FirewallPolicy.class, policyId).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidResourceReference, "Resource " + policyId + " referenced by resource "
                + referrer + " was not found. Please make sure that the referenced resource exists, and that both"
                + " resources are in the same region.", policyId, referrer));
    }

    private static void requirePriority(int priority, String what, ResourceId id) {
        if (priority < LOWEST_PRIORITY || priority > HIGHEST_PRIORITY) {
            throw new AzureException(AzureErrorCode.FirewallRuleCollectionPriorityOutOfRange, what + " has priority "
                    + priority + "; a priority is a number from 100 (processed first) to 65000.", id);
        }
    }

    /** docs/azure/azure-firewall.md#rule-collections, #rules: priorities, actions, complete rules, IP groups. */
    private static void requireCollections(TopologyState s, List<FirewallRuleCollection> collections, ResourceId id) {
        Set<String> names = new HashSet<>();
        for (FirewallRuleCollection c : collections) {
            Names.require(NamingRule.RULE_COLLECTION, c.name(), id);
            requirePriority(c.priority(), "Rule collection " + c.name(), id);
            if (!names.add(c.kind() + "/" + c.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new AzureException(AzureErrorCode.DuplicateFirewallRuleCollectionName, "Rule collection names must be unique:"
                        + " " + c.kind() + " rule collection '" + c.name() + "' appears twice.", id);
            }
            boolean nat = c.kind() == FirewallRuleCollection.Kind.Nat;
            if (nat != (c.action() == FirewallRuleCollection.Action.Dnat)) {
                throw new AzureException(AzureErrorCode.FirewallRuleCollectionActionNotAllowed, c.kind()
                        + " rule collection '" + c.name() + "' cannot have action " + c.action() + ": NAT rule"
                        + " collections take Dnat, network and application rule collections Allow or Deny.", id);
            }
            for (FirewallRule r : c.rules()) {
                Names.require(NamingRule.FIREWALL_RULE, r.name(), id);
                requireComplete(c, r, id);
                for (ResourceId group : concat(r.sourceIpGroups(), r.destinationIpGroups())) {
                    if (s.get(IpGroup.class, group).isEmpty()) {
                        throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + group
                                + " referenced by resource " + id + " was not found. Please make sure that the"
                                + " referenced resource exists, and that both resources are in the same region.",
                                group, id);
                    }
                }
                for (String port : r.destinationPorts()) {
                    if (!io.vnetlab.model.FirewallAddresses.isPortOrRange(port)) {
                        throw incomplete(c, r, id, "port '" + port + "' is not *, a port or a range such as 8000-8080");
                    }
                }
            }
        }
    }

    private static void requireComplete(FirewallRuleCollection c, FirewallRule r, ResourceId id) {
        // an application rule without sources deploys (Microsoft's own templates have them) and matches no flow:
        // docs/azure/decisions.md#application-rule-without-source
        if (c.kind() != FirewallRuleCollection.Kind.Application && r.sourceAddresses().isEmpty()
                && r.sourceIpGroups().isEmpty()) {
            throw incomplete(c, r, id, "it needs source addresses or source IP groups");
        }
        if (r.protocols().isEmpty()) {
            throw incomplete(c, r, id, "it needs protocols");
        }
        switch (c.kind()) {
            case Application:
                if (r.fqdns().isEmpty() && r.fqdnTags().isEmpty()) {
                    throw incomplete(c, r, id, "it needs target FQDNs or FQDN tags");
                }
                break;
            case Network:
                if (r.destinationAddresses().isEmpty() && r.destinationIpGroups().isEmpty() && r.fqdns().isEmpty()) {
                    throw incomplete(c, r, id, "it needs destination addresses, IP groups or FQDNs");
                }
                if (r.destinationPorts().isEmpty()) {
                    throw incomplete(c, r, id, "it needs destination ports");
                }
                break;
            default:
                if (r.destinationAddresses().isEmpty() || r.destinationPorts().isEmpty()
                        || r.translatedAddress() == null || r.translatedPort() == null) {
                    throw incomplete(c, r, id, "a DNAT rule needs a destination address (the firewall's public IP),"
                            + " destination ports, a translated address and a translated port");
                }
        }
    }

    private static AzureException incomplete(FirewallRuleCollection c, FirewallRule r, ResourceId id, String why) {
        return new AzureException(AzureErrorCode.FirewallRuleIncomplete, "Rule '" + r.name() + "' of " + c.kind()
                + " rule collection '" + c.name() + "' is invalid: " + why + ".", id);
    }

    private static List<ResourceId> concat(List<ResourceId> a, List<ResourceId> b) {
        List<ResourceId> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
