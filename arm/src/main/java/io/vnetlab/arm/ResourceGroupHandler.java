package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceGroupRequest;
import io.vnetlab.controlplane.ResourceManager;

/**
 * {@code Microsoft.Resources/resourceGroups}, deployed from a deployment to a subscription: creates the group in the
 * template's {@code location}, or keeps it when it exists there (a group in another region is
 * {@code InvalidResourceLocation}, as Azure answers).
 */
final class ResourceGroupHandler implements ResourceHandler {

    static final String TYPE = "Microsoft.Resources/resourceGroups";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        r.batch().apply(s -> ResourceManager.putResourceGroup(s, new ResourceGroupRequest(r.id().subscriptionId(),
                r.id().name(), r.region()), PutMode.CREATE_OR_UPDATE));
        return Values.object().put("provisioningState", "Succeeded");
    }
}
