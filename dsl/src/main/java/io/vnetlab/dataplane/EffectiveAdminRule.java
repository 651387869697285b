package io.vnetlab.dataplane;

import io.vnetlab.model.AdminRule;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One security admin rule among the effective security rules of a network interface
 * (docs/azure/virtual-network-manager.md#effective-rules): a rule of a deployed security admin configuration whose
 * collection applies to the interface's network, evaluated before every NSG rule. Named {@code collection/rule},
 * ports as ranges ({@code 0-65535}, {@code 22-22}), service tags expanded as for NSG rules.
 *
 * @param configurationId the deployed security admin configuration the rule comes from
 * @param networkId       the virtual network it applies to (the interface's)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EffectiveAdminRule(ResourceId configurationId, ResourceId networkId, String name,
                                 SecurityRuleDirection direction, AdminRule.Access access, int priority,
                                 String protocol, List<String> sourceAddressPrefixes,
                                 List<String> expandedSourceAddressPrefixes, List<String> sourcePortRanges,
                                 List<String> destinationAddressPrefixes,
                                 List<String> expandedDestinationAddressPrefixes,
                                 List<String> destinationPortRanges) implements EffectiveRule {

    public EffectiveAdminRule {
        sourceAddressPrefixes = List.copyOf(sourceAddressPrefixes);
        expandedSourceAddressPrefixes = List.copyOf(expandedSourceAddressPrefixes);
        sourcePortRanges = List.copyOf(sourcePortRanges);
        destinationAddressPrefixes = List.copyOf(destinationAddressPrefixes);
        expandedDestinationAddressPrefixes = List.copyOf(expandedDestinationAddressPrefixes);
        destinationPortRanges = List.copyOf(destinationPortRanges);
    }
}
