package io.vnetlab.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An Azure Firewall in a virtual network (docs/azure/azure-firewall.md): its interface in {@code AzureFirewallSubnet}
 * (a {@link NetworkInterface} with the firewall's id and owner {@link InterfaceOwner#AzureFirewall}) forwards what
 * its rules allow. Its rules are its firewall policy's, or its classic rule collections (a firewall has one or the
 * other).
 *
 * @param subnetId its {@code AzureFirewallSubnet}, or {@code null} while it has no IP configuration (then it has no
 *                 interface and forwards nothing)
 * @param firewallPolicyId the policy, or {@code null} for classic rules
 * @param ruleCollections the classic rule collections (NAT, network, application)
 * @param threatIntelMode {@code Alert}, {@code Deny} or {@code Off}: listed, not simulated
 * @param managementSubnetId {@code AzureFirewallManagementSubnet} when forced tunnelling is on, else {@code null}
 * @param publicIpIds the public IP addresses of its IP configurations, in order
 * @param snatPrivateRanges the classic firewall's ranges not SNATed; {@code null} for Azure's default
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AzureFirewall(ResourceId id, String name, Region region, ResourceId subnetId,
                            ResourceId firewallPolicyId, List<FirewallRuleCollection> ruleCollections,
                            String threatIntelMode, ResourceId managementSubnetId, List<ResourceId> publicIpIds,
                            List<String> snatPrivateRanges) {

    public AzureFirewall {
        ruleCollections = List.copyOf(ruleCollections);
        publicIpIds = List.copyOf(publicIpIds);
        snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
    }

    public Optional<ResourceId> firewallPolicy() {
        return Optional.ofNullable(firewallPolicyId);
    }

    /** Whether it has an IP configuration in a network, and so an interface that forwards. */
    public boolean placed() {
        return subnetId != null;
    }

    /** Whether forced tunnelling is on: a management IP configuration in AzureFirewallManagementSubnet. */
    public boolean forcedTunneling() {
        return managementSubnetId != null;
    }

    @Override
    public String toString() {
        return "Azure Firewall '" + name + "'";
    }
}
