package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A firewall in {@code subnetId} ({@code AzureFirewallSubnet}), with a policy or classic rule collections;
 * {@code managementSubnetId} ({@code AzureFirewallManagementSubnet}) turns forced tunnelling on. The policy,
 * threat-intelligence mode, management subnet and SNAT ranges may be {@code null}; so may {@code subnetId}, for a
 * firewall without IP configuration yet ({@code az network firewall create} without a network, placed later by
 * {@code az network firewall ip-config create}: docs/azure/azure-firewall.md#ip-configuration), and
 * {@code ipConfigurationName}, for {@code ipconfig1}.
 * <b>API.</b> (docs/azure/azure-firewall.md)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AzureFirewallRequest(ResourceId id, Region region, ResourceId subnetId, ResourceId firewallPolicyId,
                       List<FirewallRuleCollection> ruleCollections, String threatIntelMode,
                       ResourceId managementSubnetId, List<ResourceId> publicIpIds,
                       List<String> snatPrivateRanges, String ipConfigurationName) {
    public AzureFirewallRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        ruleCollections = Arguments.requireList(ruleCollections, "rule collections");
        publicIpIds = Arguments.requireList(publicIpIds, "public IP address ids");
        snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
    }

    /** A firewall whose IP configuration keeps the name it has ({@code ipconfig1} for a new one). */
    public AzureFirewallRequest(ResourceId id, Region region, ResourceId subnetId, ResourceId firewallPolicyId,
                                List<FirewallRuleCollection> ruleCollections, String threatIntelMode,
                                ResourceId managementSubnetId, List<ResourceId> publicIpIds,
                                List<String> snatPrivateRanges) {
        this(id, region, subnetId, firewallPolicyId, ruleCollections, threatIntelMode, managementSubnetId, publicIpIds,
                snatPrivateRanges, null);
    }
}
