package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.FirewallPolicyRequest;
import io.vnetlab.controlplane.ResourceManager;

import java.util.List;

/**
 * {@code Microsoft.Network/firewallPolicies} (docs/azure/azure-firewall.md#policies): the parent policy
 * ({@code basePolicy}), the threat-intelligence mode and the SNAT private ranges; IDPS ({@code intrusionDetection}),
 * TLS inspection, DNS proxy and insights are accepted and not simulated (a warning for IDPS). Rule collection
 * groups, nested or not, are {@link RuleCollectionGroupHandler}'s.
 */
final class FirewallPolicyHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/firewallPolicies";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        if (r.at(p, "intrusionDetection").filter(n -> !n.isNull()).isPresent()) {
            r.warn("Firewall policy '" + r.id().name() + "': its intrusion detection (IDPS) is not simulated.");
        }
        List<String> ranges = r.at(p, "snat.privateRanges").isPresent()
                ? FirewallRulesJson.strings(r, r.at(p, "snat").orElseThrow(), "privateRanges") : null;
        r.batch().apply(s -> ResourceManager.putFirewallPolicy(s, new FirewallPolicyRequest(r.id(), r.region(),
                r.reference(p, "basePolicy").orElse(null), r.text(p, "threatIntelMode").orElse("Alert"), ranges)));
        return ((ObjectNode) p).deepCopy();
    }
}
