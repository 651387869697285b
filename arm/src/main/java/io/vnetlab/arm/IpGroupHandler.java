package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.IpGroupRequest;
import io.vnetlab.controlplane.ResourceManager;

/** {@code Microsoft.Network/ipGroups}: a named list of addresses Azure Firewall rules use (docs/azure/azure-firewall.md#ip-groups). */
final class IpGroupHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/ipGroups";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        r.batch().apply(s -> ResourceManager.putIpGroup(s, new IpGroupRequest(r.id(), r.region(),
                FirewallRulesJson.strings(r, r.properties(), "ipAddresses"))));
        return ((ObjectNode) r.properties()).deepCopy();
    }
}
