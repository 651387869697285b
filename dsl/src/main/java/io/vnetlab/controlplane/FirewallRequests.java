package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * The PUTs of the Azure Firewall family (docs/azure/azure-firewall.md): IP groups, firewall policies, their rule
 * collection groups, and firewalls. <b>API.</b>
 *
 * <pre>{@code
 * TopologyState next = ResourceManager.putFirewallPolicy(s, new FirewallRequests.Policy(policyId, region, null, "Alert", null));
 * }</pre>
 */
public final class FirewallRequests {

    private FirewallRequests() {
    }

    /** An IP group: addresses, prefixes or ranges ({@code 10.0.0.1-10.0.0.9}). */
    public record IpGroup(ResourceId id, Region region, List<String> ipAddresses) {
        public IpGroup {
            Arguments.requireGiven(id, "resource id");
            Arguments.requireGiven(region, "region");
            ipAddresses = Arguments.requireList(ipAddresses, "IP addresses");
        }
    }

    /**
     * A firewall policy; its rule collection groups are PUT on their own and kept when the policy is updated.
     * {@code basePolicyId} and {@code snatPrivateRanges} may be {@code null}.
     */
    public record Policy(ResourceId id, Region region, ResourceId basePolicyId, String threatIntelMode,
                         List<String> snatPrivateRanges) {
        public Policy {
            Arguments.requireGiven(id, "resource id");
            Arguments.requireGiven(region, "region");
            snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
        }
    }

    /** A rule collection group: its id is a child of the policy's ({@code .../ruleCollectionGroups/name}). */
    public record RuleCollectionGroup(ResourceId id, int priority, List<FirewallRuleCollection> ruleCollections) {
        public RuleCollectionGroup {
            Arguments.requireGiven(id, "resource id");
            ruleCollections = Arguments.requireList(ruleCollections, "rule collections");
        }
    }

    /**
     * A firewall in {@code subnetId} ({@code AzureFirewallSubnet}), with a policy or classic rule collections;
     * {@code managementSubnetId} ({@code AzureFirewallManagementSubnet}) turns forced tunnelling on. The policy,
     * threat-intelligence mode, management subnet and SNAT ranges may be {@code null}.
     */
    public record Firewall(ResourceId id, Region region, ResourceId subnetId, ResourceId firewallPolicyId,
                           List<FirewallRuleCollection> ruleCollections, String threatIntelMode,
                           ResourceId managementSubnetId, List<ResourceId> publicIpIds,
                           List<String> snatPrivateRanges) {
        public Firewall {
            Arguments.requireGiven(id, "resource id");
            Arguments.requireGiven(region, "region");
            Arguments.requireGiven(subnetId, "subnet id");
            ruleCollections = Arguments.requireList(ruleCollections, "rule collections");
            publicIpIds = Arguments.requireList(publicIpIds, "public IP address ids");
            snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
        }
    }
}
