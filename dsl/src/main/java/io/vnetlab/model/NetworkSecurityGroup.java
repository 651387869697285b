package io.vnetlab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A network security group: its own rules (priority 100–4096, unique per direction) and the six default rules Azure
 * adds to every group (docs/azure/network-security-groups.md#default-rules). It filters the subnets and network
 * interfaces associated with it; one group may serve many of them (docs/azure/network-security-groups.md#associations).
 */
@API(status = MAINTAINED, since = "0.1")
public record NetworkSecurityGroup(ResourceId id, String name, Region region, List<SecurityRule> securityRules,
                                   String resourceGuid) {

    /**
     * The default rules, with the names and priorities the API and CLI print
     * (docs/azure/network-security-groups.md#default-rules).
     */
    public static final List<SecurityRule> DEFAULT_SECURITY_RULES = List.of(
            defaultRule("AllowVnetInBound", 65000, SecurityRuleDirection.Inbound, SecurityRuleAccess.Allow,
                    "VirtualNetwork", "VirtualNetwork", "Allow inbound traffic from all VMs in VNET"),
            defaultRule("AllowAzureLoadBalancerInBound", 65001, SecurityRuleDirection.Inbound,
                    SecurityRuleAccess.Allow, "AzureLoadBalancer", "*", "Allow inbound traffic from azure load balancer"),
            defaultRule("DenyAllInBound", 65500, SecurityRuleDirection.Inbound, SecurityRuleAccess.Deny, "*", "*",
                    "Deny all inbound traffic"),
            defaultRule("AllowVnetOutBound", 65000, SecurityRuleDirection.Outbound, SecurityRuleAccess.Allow,
                    "VirtualNetwork", "VirtualNetwork", "Allow outbound traffic from all VMs to all VMs in VNET"),
            defaultRule("AllowInternetOutBound", 65001, SecurityRuleDirection.Outbound, SecurityRuleAccess.Allow,
                    "*", "Internet", "Allow outbound traffic from all VMs to Internet"),
            defaultRule("DenyAllOutBound", 65500, SecurityRuleDirection.Outbound, SecurityRuleAccess.Deny, "*", "*",
                    "Deny all outbound traffic"));

    public NetworkSecurityGroup {
        securityRules = List.copyOf(securityRules);
    }

    private static SecurityRule defaultRule(String name, int priority, SecurityRuleDirection direction,
                                            SecurityRuleAccess access, String source, String destination,
                                            String description) {
        return new SecurityRule(name, priority, direction, access, Protocol.Any, List.of(source), List.of("*"),
                List.of(destination), List.of("*"), List.of(), List.of(), description, true);
    }

    public List<SecurityRule> defaultSecurityRules() {
        return DEFAULT_SECURITY_RULES;
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    /** The group's own rule of this name, compared case-insensitively. */
    public Optional<SecurityRule> securityRule(String ruleName) {
        return securityRules.stream().filter(r -> r.name().equalsIgnoreCase(ruleName)).findFirst();
    }

    /**
     * The rules that filter traffic in {@code direction}, in evaluation order: the group's own by priority, then the
     * default ones (docs/azure/network-security-groups.md#evaluation-order).
     */
    public List<SecurityRule> rulesInEvaluationOrder(SecurityRuleDirection direction) {
        List<SecurityRule> result = new ArrayList<>();
        for (SecurityRule rule : securityRules) {
            if (rule.direction() == direction) {
                result.add(rule);
            }
        }
        result.sort(ByPriority.INSTANCE);
        for (SecurityRule rule : DEFAULT_SECURITY_RULES) {
            if (rule.direction() == direction) {
                result.add(rule);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "network security group '" + name + "' (" + securityRules.size() + " rules)";
    }

    /**
     * Rules by priority. A class rather than {@code Comparator.comparingInt}: the first walk through an NSG in a JVM
     * sorts with it, and a lambda is linked on its first use; loaded then, not when the first group is built.
     */
    private static final class ByPriority implements Comparator<SecurityRule> {

        static final ByPriority INSTANCE = new ByPriority();

        @Override
        public int compare(SecurityRule a, SecurityRule b) {
            return Integer.compare(a.priority(), b.priority());
        }
    }
}
