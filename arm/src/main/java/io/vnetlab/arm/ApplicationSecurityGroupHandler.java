package io.vnetlab.arm;

import io.vnetlab.controlplane.ApplicationSecurityGroupRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ApplicationSecurityGroup;

/**
 * {@code Microsoft.Network/applicationSecurityGroups}: a group that network interfaces join
 * ({@code ipConfigurations[].properties.applicationSecurityGroups}) and security rules name as a source or a
 * destination (docs/azure/network-security-groups.md#rules).
 */
final class ApplicationSecurityGroupHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/applicationSecurityGroups";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        ApplicationSecurityGroup group = r.batch().putApplicationSecurityGroup(new ApplicationSecurityGroupRequest(r.id(), r.region()));
        return Views.applicationSecurityGroup(group);
    }
}
