package io.vnetlab.dataplane;

import io.vnetlab.model.FirewallRuleCollection;
import io.vnetlab.model.ResourceId;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What an Azure Firewall decided about a packet (docs/azure/azure-firewall.md#processing-order): the rule that matched
 * first — its policy (or none for classic rules), rule collection group, rule collection and name — or the default
 * deny when none matched, or that a rule naming FQDNs could not be decided because the flow names no destination FQDN.
 * A DNAT rule that translated the packet has kind {@code Nat} and outcome {@code ALLOWED}
 * (docs/azure/azure-firewall.md#dnat).
 *
 * <pre>{@code
 * FirewallDecision d = verdict.hops().stream().flatMap(h -> h.details().stream())
 *         .filter(x -> x instanceof HopDetail.FirewallRuleDecided)
 *         .map(x -> ((HopDetail.FirewallRuleDecided) x).decision()).findFirst().orElseThrow();
 * d.outcome();          // ALLOWED
 * d.collectionName();   // Optional[org-wide-allowed]
 * d.ruleName();         // Optional[DNS]
 * }</pre>
 *
 * @param policyId the policy the rule belongs to (the firewall's or a parent), {@code null} for classic rules or the
 *                 default deny
 * @param group the rule collection group's name, {@code null} for classic rules or the default deny
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FirewallDecision(ResourceId firewallId, Outcome outcome, ResourceId policyId, String group,
                               String collection, FirewallRuleCollection.Kind kind, String rule) {

    /** How the firewall answered. */
    public enum Outcome {
        /** An Allow rule matched first. */
        ALLOWED,
        /** A Deny rule matched first. */
        DENIED,
        /** No rule matched: Azure Firewall denies by default. */
        DEFAULT_DENY,
        /** A rule that names FQDNs or FQDN tags came first and the flow names no destination FQDN. */
        UNDECIDABLE,
        /**
         * A network rule whose destinations name a service tag came first and the destination is a public address,
         * which vnetlab cannot place in or out of the tag (docs/azure/azure-firewall.md#service-tags).
         */
        UNDECIDABLE_SERVICE_TAG
    }

    static FirewallDecision defaultDeny(ResourceId firewallId) {
        return new FirewallDecision(firewallId, Outcome.DEFAULT_DENY, null, null, null, null, null);
    }

    /** Whether vnetlab could not decide: the rule needs a destination FQDN, or names a service tag. */
    public boolean undecidable() {
        return outcome == Outcome.UNDECIDABLE || outcome == Outcome.UNDECIDABLE_SERVICE_TAG;
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    public Optional<ResourceId> policy() {
        return Optional.ofNullable(policyId);
    }

    public Optional<String> groupName() {
        return Optional.ofNullable(group);
    }

    public Optional<String> collectionName() {
        return Optional.ofNullable(collection);
    }

    public Optional<String> ruleName() {
        return Optional.ofNullable(rule);
    }
}
