package io.vnetlab.arm;

import io.vnetlab.controlplane.VirtualMachineRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Compute/virtualMachines}: as far as networking sees it, its network profile — the interfaces it
 * attaches, the one marked {@code primary} first. Its size, image and disks are accepted and ignored.
 */
final class VirtualMachineHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Compute/virtualMachines";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode nics = r.at(r.properties(), "networkProfile.networkInterfaces").filter(JsonNode::isArray)
                .orElseThrow(() -> new PathError(r.path() + ".properties.networkProfile", "Virtual machine '"
                        + r.id().name() + "' has no networkProfile.networkInterfaces."));
        List<ResourceId> ids = new ArrayList<>();
        for (int i = 0; i < nics.size(); i++) {
            JsonNode nic = nics.get(i);
            ResourceId id = r.reference(nics, String.valueOf(i)).orElseThrow();
            boolean primary = r.flag(Values.property(nic, "properties").orElse(Values.object()), "primary");
            if (primary) {
                ids.add(0, id);
            } else {
                ids.add(id);
            }
        }
        ObjectNode view = Views.virtualMachine(r.batch().putVirtualMachine(new VirtualMachineRequest(r.id(), r.region(), ids)));
        ObjectNode declared = ((ObjectNode) r.properties()).deepCopy();
        declared.setAll(view);
        return declared;
    }
}
