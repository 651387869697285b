package io.vnetlab.dataplane;

import io.vnetlab.model.SecurityRuleAccess;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Network Watcher's IP flow verify answer (docs/azure/cli-and-network-watcher.md#ip-flow-verify): {@code Allow} or
 * {@code Deny}, and the rule that decided, named {@code securityRules/<name>} or {@code defaultSecurityRules/<name>}.
 * With no NSG on the interface nor its subnet no rule matches, and Azure omits the name.
 */
@API(status = MAINTAINED, since = "0.1")
public record IpFlowVerification(SecurityRuleAccess access, String ruleName) {

    public Optional<String> rule() {
        return Optional.ofNullable(ruleName);
    }

    /** {@code Access  RuleName} as {@code az network watcher test-ip-flow -o table} prints it, in one line. */
    @Override
    public String toString() {
        return access + (ruleName == null ? "" : " " + ruleName);
    }
}
