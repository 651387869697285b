package io.vnetlab.dataplane;

import io.vnetlab.model.SecurityRuleDirection;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What Network Watcher lists of every effective security rule of a network interface, whether the rule comes from
 * a network security group ({@link EffectiveSecurityRule}) or from a security admin configuration of a network
 * manager ({@link EffectiveAdminRule}): its name, direction, access, priority, protocol, and the prefixes and ports
 * it matches, service tags expanded.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface EffectiveRule permits EffectiveSecurityRule, EffectiveAdminRule {

    String name();

    SecurityRuleDirection direction();

    /** {@code Allow} or {@code Deny} (and, for an admin rule, {@code AlwaysAllow}). */
    Enum<?> access();

    int priority();

    String protocol();

    List<String> sourceAddressPrefixes();

    List<String> expandedSourceAddressPrefixes();

    List<String> sourcePortRanges();

    List<String> destinationAddressPrefixes();

    List<String> expandedDestinationAddressPrefixes();

    List<String> destinationPortRanges();
}
