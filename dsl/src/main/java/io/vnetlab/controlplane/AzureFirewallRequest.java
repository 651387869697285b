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
 * threat-intelligence mode, management subnet and SNAT ranges may be {@code null}.
 * <b>API.</b> (docs/azure/azure-firewall.md)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AzureFirewallRequest(ResourceId id, Region region, ResourceId subnetId, ResourceId firewallPolicyId,
                       List<FirewallRuleCollection> ruleCollections, String threatIntelMode,
                       ResourceId managementSubnetId, List<ResourceId> publicIpIds,
                       List<String> snatPrivateRanges) {
    public AzureFirewallRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(subnetId, "subnet id");
        ruleCollections = Arguments.requireList(ruleCollections, "rule collections");
        publicIpIds = Arguments.requireList(publicIpIds, "public IP address ids");
        snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
    }
}
