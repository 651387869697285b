package io.vnetlab.dataplane;

import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One rule of the effective security rules of a network interface, as {@code az network nic list-effective-nsg}
 * lists them: the group it comes from and what the group is associated with (the subnet or the interface), the
 * qualified name ({@code securityRules/...} or {@code defaultSecurityRules/...}), ports as ranges
 * ({@code 0-65535}, {@code 22-22}) and service tags expanded to the prefixes they stand for here.
 */
@API(status = MAINTAINED, since = "0.1")
public record EffectiveSecurityRule(String networkSecurityGroup, String association, String name,
                                    SecurityRuleDirection direction, SecurityRuleAccess access, int priority,
                                    String protocol, List<String> sourceAddressPrefixes,
                                    List<String> expandedSourceAddressPrefixes, List<String> sourcePortRanges,
                                    List<String> destinationAddressPrefixes,
                                    List<String> expandedDestinationAddressPrefixes,
                                    List<String> destinationPortRanges) implements EffectiveRule {

    public EffectiveSecurityRule {
        sourceAddressPrefixes = List.copyOf(sourceAddressPrefixes);
        expandedSourceAddressPrefixes = List.copyOf(expandedSourceAddressPrefixes);
        sourcePortRanges = List.copyOf(sourcePortRanges);
        destinationAddressPrefixes = List.copyOf(destinationAddressPrefixes);
        expandedDestinationAddressPrefixes = List.copyOf(expandedDestinationAddressPrefixes);
        destinationPortRanges = List.copyOf(destinationPortRanges);
    }

    /** {@code All} for any protocol, else {@code Tcp}, {@code Udp}, ... as the effective rules print them. */
    static String protocolName(Protocol protocol) {
        return protocol == Protocol.Any ? "All" : protocol.name();
    }
}
