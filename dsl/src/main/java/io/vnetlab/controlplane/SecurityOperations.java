package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The control-plane operations of network security groups, application security groups and public IP addresses,
 * validated as Azure validates them (docs/azure/network-security-groups.md#rules, #associations): each returns a new
 * state or throws an {@link AzureException} and changes nothing. {@link ControlPlane} calls the two hooks that touch
 * its own operations: the references of a network interface, and the deletion of a resource group.
 */
final class SecurityOperations {

    private SecurityOperations() {
    }

    /** Rules per network security group (docs/azure/network-security-groups.md, docs/azure/addressing.md#limits). */
    static final int MAX_RULES_PER_NETWORK_SECURITY_GROUP = 1000;
    static final int LOWEST_RULE_PRIORITY = 100;
    static final int HIGHEST_RULE_PRIORITY = 4096;
    /** Where simulated public addresses come from, in order, skipping any address a virtual network uses. */
    static final Cidr PUBLIC_ADDRESS_POOL = Cidr.parse("20.0.0.0/8");
    private static final Set<String> SERVICE_TAGS = Set.of("virtualnetwork", "internet",
            "azureloadbalancer");

    /** Creates or replaces a network security group with exactly these rules (a PUT of the whole group). */
    static TopologyState putNetworkSecurityGroup(TopologyState s, ResourceId id, Region region,
                                                 List<SecurityRule> rules, PutMode mode) {
        Names.require(NamingRule.NETWORK_SECURITY_GROUP, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<NetworkSecurityGroup> existing = s.get(NetworkSecurityGroup.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Network security group", id.name(),
                    "resource group '" + id.resourceGroup() + "'", id);
        }
        if (existing.isPresent() && !existing.get().region().name().equals(region.name())) {
            throw new AzureException(AzureErrorCode.InvalidResourceLocation, "The resource '" + id.name()
                    + "' already exists in location '" + existing.get().region().name() + "' in resource group '"
                    + id.resourceGroup() + "'. A resource with the same name cannot be created in location '"
                    + region.name() + "'. Please select a new resource name.", id);
        }
        if (rules.size() > MAX_RULES_PER_NETWORK_SECURITY_GROUP) {
            throw new AzureException(AzureErrorCode.SecurityRuleLimitExceeded, "Network security group " + id + " has "
                    + rules.size() + " security rules; Azure allows at most " + MAX_RULES_PER_NETWORK_SECURITY_GROUP
                    + " per group. Merge rules (lists of prefixes and port ranges, service tags, application"
                    + " security groups) or split the traffic over a subnet group and an interface group.", id);
        }
        List<SecurityRule> valid = new ArrayList<>();
        for (SecurityRule rule : rules) {
            validRule(s, id, region, rule, valid);
            valid.add(rule);
        }
        String guid = existing.map(NetworkSecurityGroup::resourceGuid).orElseGet(() -> ControlPlane.guid(id));
        NetworkSecurityGroup group = new NetworkSecurityGroup(existing.map(NetworkSecurityGroup::id).orElse(id),
                existing.map(NetworkSecurityGroup::name).orElse(id.name()), region, valid, guid);
        // a group on AzureBastionSubnet keeps the rules Bastion needs through every change
        for (VirtualNetwork network : s.networks()) {
            for (Subnet subnet : network.subnets()) {
                if (group.id().equals(subnet.networkSecurityGroupId())
                        && BastionSubnetCompliance.isBastionSubnet(subnet)) {
                    BastionSubnetCompliance.require(group, subnet);
                }
            }
        }
        return s.with(NetworkSecurityGroup.class, id, group);
    }

    /** PUT of one rule of an existing group: replaces the rule of that name, or adds it. */
    static TopologyState putSecurityRule(TopologyState s, ResourceId groupId, SecurityRuleRequest rule) {
        NetworkSecurityGroup group = s.get(NetworkSecurityGroup.class, groupId).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/networkSecurityGroups", groupId.name(), groupId));
        List<SecurityRule> rules = new ArrayList<>();
        boolean replaced = false;
        for (SecurityRule existing : group.securityRules()) {
            if (existing.name().equalsIgnoreCase(rule.name())) {
                rules.add(rule.named(existing.name()).toRule());
                replaced = true;
            } else {
                rules.add(existing);
            }
        }
        if (!replaced) {
            rules.add(rule.toRule());
        }
        return putNetworkSecurityGroup(s, group.id(), group.region(), rules, PutMode.CREATE_OR_UPDATE);
    }

    private static void validRule(TopologyState s, ResourceId groupId, Region region, SecurityRule rule,
                                  List<SecurityRule> before) {
        ResourceId ruleId = groupId.child("securityRules", rule.name());
        Names.require(NamingRule.SECURITY_RULE, rule.name(), ruleId);
        for (SecurityRule other : before) {
            if (other.name().equalsIgnoreCase(rule.name())) {
                throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Network security group "
                        + groupId.name() + " has two security rules named '" + rule.name() + "'. Rule names must be"
                        + " unique within a group.", ruleId);
            }
        }
        if (rule.priority() < LOWEST_RULE_PRIORITY || rule.priority() > HIGHEST_RULE_PRIORITY) {
            throw new AzureException(AzureErrorCode.SecurityRuleInvalidPriority, "Security rule " + ruleId
                    + " has invalid Priority. Value provided: " + rule.priority() + " Allowed range "
                    + LOWEST_RULE_PRIORITY + "-" + HIGHEST_RULE_PRIORITY + ".", ruleId);
        }
        for (SecurityRule other : before) {
            if (other.priority() == rule.priority() && other.direction() == rule.direction()) {
                throw new AzureException(AzureErrorCode.SecurityRuleConflict, "Security rule " + other.name()
                        + " conflicts with rule " + rule.name() + ". Rules cannot have the same Priority and"
                        + " Direction. To learn more, see aka.ms/nsgrules.", ruleId,
                        groupId.child("securityRules", other.name()));
            }
        }
        validPorts(ruleId, rule.sourcePortRanges());
        validPorts(ruleId, rule.destinationPortRanges());
        validAddresses(s, ruleId, region, "SourceAddressPrefix", rule.sourceAddressPrefixes(),
                rule.sourceApplicationSecurityGroupIds());
        validAddresses(s, ruleId, region, "DestinationAddressPrefix", rule.destinationAddressPrefixes(),
                rule.destinationApplicationSecurityGroupIds());
    }

    private static void validPorts(ResourceId ruleId, List<String> ranges) {
        if (ranges.isEmpty()) {
            throw invalidPort(ruleId, "");
        }
        for (String range : ranges) {
            if (PortRangeSet.tryParse(range).isEmpty()) {
                throw invalidPort(ruleId, range);
            }
        }
    }

    private static AzureException invalidPort(ResourceId ruleId, String value) {
        return new AzureException(AzureErrorCode.SecurityRuleInvalidPortRange, "Security rule " + ruleId
                + " has invalid Port range. Value provided: " + value + ". Value should be an integer OR integer range"
                + " with '-' delimiter. Valid range 0-65535.", ruleId);
    }

    private static void validAddresses(TopologyState s, ResourceId ruleId, Region region, String parameter,
                                       List<String> prefixes, List<ResourceId> groups) {
        if (!groups.isEmpty()) {
            for (ResourceId groupId : groups) {
                ApplicationSecurityGroup group = s.get(ApplicationSecurityGroup.class,
                        groupId).orElseThrow(() -> missingReference(groupId, ruleId));
                if (!group.region().name().equals(region.name())) {
                    throw missingReference(groupId, ruleId);
                }
            }
            return;
        }
        if (prefixes.isEmpty()) {
            throw invalidPrefix(ruleId, "");
        }
        for (String prefix : prefixes) {
            String p = prefix.trim();
            boolean special = p.equals("*") || SERVICE_TAGS.contains(p.toLowerCase(Locale.ROOT))
                    || io.vnetlab.model.ServiceTags.isNotSimulated(p);   // tags not simulated
            if (special && prefixes.size() > 1) {
                throw new AzureException(AzureErrorCode.SecurityRuleParameterContainsUnsupportedValue, "Security rule"
                        + " parameter " + parameter + " for rule with Id " + ruleId + " cannot specify existing"
                        + " VIRTUALNETWORK, INTERNET, AZURELOADBALANCER, '*' or system tags. Unsupported value used: "
                        + p + ".", ruleId);
            }
            boolean valid = special || IpAddress.isValid(p) || Cidr.tryParse(p).isPresent();
            if (!valid) {
                throw invalidPrefix(ruleId, p);
            }
        }
    }

    private static AzureException invalidPrefix(ResourceId ruleId, String value) {
        return new AzureException(AzureErrorCode.SecurityRuleInvalidAddressPrefix, "Security rule " + ruleId
                + " has invalid Address prefix. Value provided: " + value + ". Use '*', an IPv4 address, a CIDR"
                + " prefix with no host bits set, or one of the service tags vnetlab simulates: VirtualNetwork,"
                + " Internet, AzureLoadBalancer.", ruleId);
    }

    static AzureException missingReference(ResourceId referenced, ResourceId by) {
        return new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + referenced
                + " referenced by resource " + by + " was not found. Please make sure that the referenced resource"
                + " exists, and that both resources are in the same region.", referenced, by);
    }

    /**
     * Deletes a network security group; Azure refuses while a subnet or an interface uses it
     * (docs/azure/network-security-groups.md#associations).
     */
    static TopologyState deleteNetworkSecurityGroup(TopologyState s, ResourceId id) {
        NetworkSecurityGroup group = s.get(NetworkSecurityGroup.class, id)
                .orElseThrow(() -> ControlPlane.notFound("Microsoft.Network/networkSecurityGroups", id.name(), id));
        List<ResourceId> users = new ArrayList<>();
        for (VirtualNetwork network : s.networks()) {
            for (Subnet subnet : network.subnets()) {
                if (group.id().equals(subnet.networkSecurityGroupId())) {
                    users.add(subnet.id());
                }
            }
        }
        for (NetworkInterface nic : s.networkInterfaces()) {
            if (group.id().equals(nic.networkSecurityGroupId())) {
                users.add(nic.id());
            }
        }
        if (!users.isEmpty()) {
            List<ResourceId> all = new ArrayList<>(users);
            all.add(0, group.id());
            throw new AzureException(AzureErrorCode.InUseNetworkSecurityGroupCannotBeDeleted, "Network security group "
                    + group.id() + " cannot be deleted because it is in use by the following resources: "
                    + users.stream().map(ResourceId::toString).collect(Collectors.joining(", ")) + ". In order to"
                    + " delete the Network security group, remove the association with the resource(s).", all);
        }
        return s.without(NetworkSecurityGroup.class, group.id());
    }

    /**
     * The NSGs, application security groups and public IPs of a resource group being deleted, after its VMs,
     * interfaces and networks; an NSG still used by a subnet or interface of another group stops the deletion.
     */
    static TopologyState deleteSecurityResourcesIn(TopologyState s, ResourceGroup group) {
        TopologyState next = s;
        for (NetworkSecurityGroup nsg : s.all(NetworkSecurityGroup.class)) {
            if (ControlPlane.inGroup(nsg.id(), group)) {
                next = deleteNetworkSecurityGroup(next, nsg.id());
            }
        }
        for (ApplicationSecurityGroup asg : s.all(ApplicationSecurityGroup.class)) {
            if (ControlPlane.inGroup(asg.id(), group)) {
                next = next.without(ApplicationSecurityGroup.class, asg.id());
            }
        }
        for (PublicIpAddress pip : s.all(PublicIpAddress.class)) {
            if (ControlPlane.inGroup(pip.id(), group)) {
                next = next.without(PublicIpAddress.class, pip.id());
            }
        }
        return next;
    }

    /**
     * Associates {@code groupId} with a subnet, or removes its group when {@code groupId} is null
     * (docs/azure/network-security-groups.md#associations).
     */
    static TopologyState setSubnetNetworkSecurityGroup(TopologyState s, ResourceId subnetId, ResourceId groupId) {
        return NetworkOperations.putSubnetOf(s, subnetId, subnet -> subnet.withNetworkSecurityGroup(groupId));
    }

    /** The network security group a subnet names: it must exist, in the subnet's region. */
    static NetworkSecurityGroup requireNetworkSecurityGroupFor(TopologyState s, ResourceId groupId,
                                                               ResourceId subnetId, Region region) {
        NetworkSecurityGroup group = s.get(NetworkSecurityGroup.class, groupId)
                .orElseThrow(() -> missingReference(groupId, subnetId));
        if (!group.region().name().equals(region.name())) {
            throw missingReference(group.id(), subnetId);
        }
        return group;
    }

    /**
     * The NSG, application security groups and public IP of a NIC must exist, in its region
     * (docs/azure/network-security-groups.md#associations).
     */
    static void requireNetworkInterfaceReferences(TopologyState s, NicRequest spec) {
        if (spec.networkSecurityGroupId() != null) {
            NetworkSecurityGroup group = s.get(NetworkSecurityGroup.class,
                    spec.networkSecurityGroupId()).orElseThrow(() -> missingReference(spec.networkSecurityGroupId(),
                    spec.id()));
            if (!group.region().name().equals(spec.region().name())) {
                throw missingReference(group.id(), spec.id());
            }
        }
        for (ResourceId groupId : spec.applicationSecurityGroupIds()) {
            ApplicationSecurityGroup group = s.get(ApplicationSecurityGroup.class,
                    groupId).orElseThrow(() -> missingReference(groupId, spec.id()));
            if (!group.region().name().equals(spec.region().name())) {
                throw missingReference(group.id(), spec.id());
            }
        }
        if (spec.publicIpAddressId() != null) {
            PublicIpAddress pip = s.get(PublicIpAddress.class,
                    spec.publicIpAddressId()).orElseThrow(() -> missingReference(spec.publicIpAddressId(), spec.id()));
            if (!pip.region().name().equals(spec.region().name())) {
                throw missingReference(pip.id(), spec.id());
            }
            for (NetworkInterface other : s.networkInterfaces()) {
                if (!other.id().equals(spec.id()) && pip.id().equals(other.publicIpAddressId())) {
                    throw new AzureException(AzureErrorCode.PublicIPAddressInUse, "Public IP address " + pip.id()
                            + " is already used by " + NetworkOperations.ipConfiguration(other) + "; a public IP address"
                            + " serves one IP"
                            + " configuration. Use another public IP address.", pip.id(), other.id(), spec.id());
                }
            }
        }
    }

    static TopologyState putApplicationSecurityGroup(TopologyState s, ResourceId id, Region region,
                                                     PutMode mode) {
        Names.require(NamingRule.APPLICATION_SECURITY_GROUP, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<ApplicationSecurityGroup> existing =
                s.get(ApplicationSecurityGroup.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Application security group", id.name(), "resource group '"
                    + id.resourceGroup()
                    + "'", id);
        }
        return s.with(ApplicationSecurityGroup.class, id, new ApplicationSecurityGroup(
                existing.map(ApplicationSecurityGroup::id).orElse(id), id.name(), region));
    }

    /** Creates a public IP address with a static address from {@link #PUBLIC_ADDRESS_POOL}. */
    static TopologyState putPublicIpAddress(TopologyState s, ResourceId id, Region region,
                                           PublicIpAddressSku sku, boolean ipv6, PutMode mode) {
        Names.require(NamingRule.PUBLIC_IP_ADDRESS, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<PublicIpAddress> existing = s.get(PublicIpAddress.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Public IP address", id.name(),
                    "resource group '" + id.resourceGroup() + "'", id);
        }
        IpAddress address = existing.map(PublicIpAddress::ipAddress).filter(a -> a.isIPv6() == ipv6)
                .orElseGet(() -> ipv6 ? freePublicIpv6(s) : freePublic(s));
        return s.with(PublicIpAddress.class, id, new PublicIpAddress(
                existing.map(PublicIpAddress::id).orElse(id), id.name(), region, address, sku));
    }

    /**
     * Where simulated public IPv6 addresses come from: a documentation range (docs/azure/decisions.md#public-ipv6-pool).
     * Parsed when an address is drawn from it, not when this class loads: parsing IPv6 loads the address library,
     * which an IPv4-only topology never needs.
     */
    static final String PUBLIC_IPV6_POOL = "2001:db8:ffff::/48";

    private static IpAddress freePublicIpv6(TopologyState s) {
        Set<IpAddress> taken = new HashSet<>();
        for (PublicIpAddress pip : s.all(PublicIpAddress.class)) {
            taken.add(pip.ipAddress());
        }
        IpAddress candidate = Cidr.parse(PUBLIC_IPV6_POOL).firstAddress().plus(4);
        while (taken.contains(candidate)) {
            candidate = candidate.plus(1);
        }
        return candidate;
    }

    private static IpAddress freePublic(TopologyState s) {
        Set<IpAddress> taken = new HashSet<>();
        for (PublicIpAddress pip : s.all(PublicIpAddress.class)) {
            taken.add(pip.ipAddress());
        }
        IpAddress candidate = PUBLIC_ADDRESS_POOL.firstAddress().plus(4);
        while (PUBLIC_ADDRESS_POOL.contains(candidate)) {
            IpAddress c = candidate;
            if (!taken.contains(c) && s.networks().stream().noneMatch(n -> n.contains(c))) {
                return c;
            }
            candidate = candidate.plus(1);
        }
        throw new IllegalStateException("The simulated public address pool " + PUBLIC_ADDRESS_POOL + " is exhausted.");
    }
}
