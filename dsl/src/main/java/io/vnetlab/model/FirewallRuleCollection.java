package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A rule collection of an Azure Firewall (classic) or of a rule collection group of a firewall policy
 * (docs/azure/azure-firewall.md#rule-collections): rules of one kind sharing a priority (100 to 65,000, lower first)
 * and an action.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FirewallRuleCollection(String name, int priority, Kind kind, Action action, List<FirewallRule> rules) {

    /** The kinds of rules, in the order the firewall processes them (docs/azure/azure-firewall.md#processing-order). */
    public enum Kind {
        Nat, Network, Application
    }

    /** What a matching rule does. */
    public enum Action {
        Allow, Deny, Dnat
    }

    public FirewallRuleCollection {
        rules = List.copyOf(rules);
    }

    @Override
    public String toString() {
        return kind + " rule collection '" + name + "' (" + priority + ", " + action + ")";
    }
}
