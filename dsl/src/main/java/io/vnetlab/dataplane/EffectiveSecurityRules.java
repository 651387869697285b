package io.vnetlab.dataplane;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The effective security rules of a network interface: first the security admin rules that apply to its network
 * (docs/azure/virtual-network-manager.md#effective-rules), in evaluation order; then for each group that filters it
 * (its subnet's, then its own), every rule of that group, own rules by priority then the default ones, inbound then
 * outbound.
 *
 * <pre>{@code
 * EffectiveSecurityRules rules = topology.effectiveSecurityRules("myVm");
 * System.out.println(Tables.effectiveSecurityRules(rules));   // io.vnetlab.render
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public record EffectiveSecurityRules(String networkInterface, List<EffectiveAdminRule> adminRules,
                                     List<EffectiveSecurityRule> rules) {

    public EffectiveSecurityRules {
        adminRules = List.copyOf(adminRules);
        rules = List.copyOf(rules);
    }

    /** The rules of the NSGs alone, for an interface no security admin rule applies to. */
    public EffectiveSecurityRules(String networkInterface, List<EffectiveSecurityRule> rules) {
        this(networkInterface, List.of(), rules);
    }

    /** The rules whose qualified name is {@code name}, such as {@code defaultSecurityRules/AllowVnetInBound}. */
    public List<EffectiveSecurityRule> named(String name) {
        List<EffectiveSecurityRule> result = new ArrayList<>();
        for (EffectiveSecurityRule rule : rules) {
            if (rule.name().equalsIgnoreCase(name)) {
                result.add(rule);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "effective security rules of " + networkInterface + " (" + (adminRules.isEmpty() ? ""
                : adminRules.size() + " admin rules, ") + rules.size() + " rules)";
    }
}
