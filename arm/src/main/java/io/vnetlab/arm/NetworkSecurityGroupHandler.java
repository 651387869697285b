package io.vnetlab.arm;

import io.vnetlab.controlplane.SecurityRuleRequest;
import io.vnetlab.controlplane.NetworkSecurityGroupRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.NetworkSecurityGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/networkSecurityGroups}: a PUT of the whole group with its inline {@code securityRules}
 * (docs/azure/network-security-groups.md#rules), validated by the control plane with Azure's codes
 * ({@code SecurityRuleConflict}, {@code SecurityRuleInvalidPriority}, ...). Azure's six default rules come with every
 * group.
 */
final class NetworkSecurityGroupHandler implements ResourceHandler {

    static final String TYPE = "Microsoft.Network/networkSecurityGroups";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode rules = r.at(r.properties(), "securityRules").orElse(Values.NODES.arrayNode());
        if (!rules.isArray()) {
            throw r.invalid("securityRules", "must be an array of rules");
        }
        List<SecurityRuleRequest> requests = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String at = "securityRules[" + i + "]";
            String name = r.text(rule, "name", at + ".name").orElseThrow(() -> r.invalid(at + ".name",
                    "is missing: every security rule needs a name"));
            requests.add(SecurityRules.request(r, name, Values.property(rule, "properties").orElse(Values.object()),
                    at + ".properties."));
        }
        NetworkSecurityGroup group = r.batch().putNetworkSecurityGroup(new NetworkSecurityGroupRequest(r.id(), r.region(),
                requests));
        return Views.networkSecurityGroup(r.batch().state(), group);
    }
}
