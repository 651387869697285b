package io.vnetlab.arm;

import io.vnetlab.controlplane.NicRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code Microsoft.Network/bastionHosts}, simulated as an endpoint in {@code AzureBastionSubnet}: a network
 * interface carrying the Bastion's own id, at the first free address of the subnet its IP configuration names, which
 * a flow can start from ({@code topology.endpoint("bastion")}) to reach VMs as their routes and NSGs allow — the
 * SSH and RDP sessions Bastion opens to them. Any other subnet fails with {@code SubnetNameMustBeAzureBastionSubnet}.
 * Its public IP, SKU, scale units and the sessions from the Internet to it are not simulated; a Developer SKU
 * Bastion, which has no subnet of its own (docs/azure/bastion.md#skus), is listed as not simulated.
 */
final class BastionHostHandler implements ResourceHandler {

    static final String TYPE = "Microsoft.Network/bastionHosts";
    static final String SUBNET = "AzureBastionSubnet";
    /** The SKU without a subnet or IP configuration: it names only {@code properties.virtualNetwork}. */
    private static final String DEVELOPER = "Developer";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        if (r.text(r.body(), "sku.name").filter(DEVELOPER::equalsIgnoreCase).isPresent()) {
            throw r.notSimulated("it is a Developer SKU Bastion, which Azure runs on shared infrastructure outside"
                    + " the virtual network it names (no AzureBastionSubnet, no address of its own to start flows"
                    + " from)");
        }
        JsonNode configs = r.at(p, "ipConfigurations").filter(JsonNode::isArray).filter(a -> a.size() > 0)
                .orElseThrow(() -> new PathError(r.path() + ".properties.ipConfigurations", "Bastion host '"
                        + r.id().name() + "' has no ipConfigurations; it needs one whose subnet is the"
                        + " AzureBastionSubnet of its virtual network."));
        JsonNode config = Values.property(configs.get(0), "properties").orElse(Values.object());
        ResourceId subnet = r.reference(config, "subnet").orElseThrow(() -> new PathError(r.path()
                + ".properties.ipConfigurations[0].properties.subnet", "The IP configuration of Bastion host '"
                + r.id().name() + "' has no subnet.id; it needs the AzureBastionSubnet of its virtual network."));
        if (!subnet.name().equals(SUBNET)) {
            throw new AzureException(AzureErrorCode.SubnetNameMustBeAzureBastionSubnet, "Subnet name " + subnet
                    + " is invalid for Azure Bastion. Azure Bastion can only be created in subnet with name"
                    + " 'AzureBastionSubnet'.", r.id(), subnet);
        }
        r.reference(config, "publicIPAddress").ifPresent(pip -> r.warn("Bastion host '" + r.id().name()
                + "': its public IP '" + pip.name() + "' and the sessions from the Internet to it are not simulated;"
                + " flows from the Bastion start at its address in AzureBastionSubnet."));
        NetworkInterface nic = r.batch().putNetworkInterface(new NicRequest(r.id(), r.region(), subnet,
                null, false, null, List.of(), null));
        ObjectNode view = ((ObjectNode) p).deepCopy();
        view.setAll(Views.bastionHost(nic));
        return view;
    }
}
