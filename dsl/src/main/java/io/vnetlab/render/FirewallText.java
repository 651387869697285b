package io.vnetlab.render;

import io.vnetlab.dataplane.FirewallDecision;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An Azure Firewall decision in words, the same for every surface: {@code rule 'DNS' of Network rule collection
 * 'org-wide-allowed' (group 'DefaultNetworkRuleCollectionGroup' of policy 'fw-policies')}, or the default deny.
 */
@API(status = INTERNAL, since = "0.1")
public final class FirewallText {

    private FirewallText() {
    }

    /** The rule that decided, or {@code the default deny (no rule matched)}. */
    public static String rule(FirewallDecision d) {
        if (d.outcome() == FirewallDecision.Outcome.DEFAULT_DENY) {
            return "the default deny (no rule matched)";
        }
        StringBuilder text = new StringBuilder("rule '").append(d.rule()).append("' of ").append(d.kind())
                .append(" rule collection '").append(d.collection()).append('\'');
        if (d.policyId() != null) {
            text.append(" (group '").append(d.group()).append("' of policy '").append(d.policyId().name()).append("')");
        }
        return text.toString();
    }

    /** The hop detail: {@code Azure Firewall 'fw' allowed by rule ...}. */
    public static String decided(FirewallDecision d) {
        String firewall = "Azure Firewall '" + d.firewallId().name() + "'";
        switch (d.outcome()) {
            case ALLOWED:
                return firewall + (d.kind() == io.vnetlab.model.FirewallRuleCollection.Kind.Nat
                        ? " translated and allowed by " : " allowed by ") + rule(d);
            case DENIED:
                return firewall + " denied by " + rule(d);
            case DEFAULT_DENY:
                return firewall + " denied by " + rule(d);
            case UNDECIDABLE_SERVICE_TAG:
                return firewall + " could not decide " + rule(d) + ": it names a service tag, whose addresses vnetlab"
                        + " does not hold";
            default:
                return firewall + " could not decide " + rule(d) + ": it matches FQDNs and the flow names none";
        }
    }
}
