package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A security admin rule (docs/azure/virtual-network-manager.md#security-admin-rules): like an NSG rule, with the
 * actions {@code Allow} (the NSGs still decide), {@code Deny} (dropped, whatever the NSGs say) and
 * {@code AlwaysAllow} (let through, NSGs not evaluated). Addresses are prefixes or service tags.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AdminRule(ResourceId id, String name, int priority, SecurityRuleDirection direction, Access access,
                        Protocol protocol, List<String> sourceAddressPrefixes, List<String> sourcePortRanges,
                        List<String> destinationAddressPrefixes, List<String> destinationPortRanges,
                        String description) {

    /** The three actions of an admin rule. */
    public enum Access {
        Allow,
        Deny,
        AlwaysAllow
    }

    public AdminRule {
        sourceAddressPrefixes = List.copyOf(sourceAddressPrefixes);
        sourcePortRanges = List.copyOf(sourcePortRanges);
        destinationAddressPrefixes = List.copyOf(destinationAddressPrefixes);
        destinationPortRanges = List.copyOf(destinationPortRanges);
    }

    /** The rule collection the rule belongs to. */
    public ResourceId collectionId() {
        return id.parent().orElseThrow();
    }

    /** {@code collection/rule}, as verdicts name it. */
    public String qualifiedName() {
        return collectionId().name() + "/" + name;
    }
}
