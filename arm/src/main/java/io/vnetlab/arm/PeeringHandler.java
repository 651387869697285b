package io.vnetlab.arm;

import io.vnetlab.controlplane.PeeringRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringScope;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/virtualNetworks/virtualNetworkPeerings}: one direction of a peering. The REST spec gives
 * the four flags no default (docs/azure/peering.md#no-rest-defaults); an ARM request body without one carries no
 * {@code true}, so vnetlab reads an absent flag as {@code false} (docs/azure/peering.md#defaults-by-tool: the generated
 * model the CLI sends defaults all four to false) — and warns when {@code allowVirtualNetworkAccess} is absent, since
 * the portal and the Java DSL would turn it on.
 */
final class PeeringHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        return Views.peering(put(r, r.id().parent().orElseThrow(), r.id().name(), r.properties(), ""));
    }

    static Peering put(ResourceContext r, ResourceId localNetwork, String name, JsonNode p, String at) {
        ResourceId remote = r.reference(p, "remoteVirtualNetwork").orElseThrow(() -> new PathError(r.path()
                + ".properties." + at + "remoteVirtualNetwork", "Peering '" + name + "' of virtual network '"
                + localNetwork.name() + "' has no remoteVirtualNetwork.id."));
        if (Values.property(p, "allowVirtualNetworkAccess").isEmpty()) {
            r.warn("peering '" + localNetwork.name() + "/" + name + "' (" + r.path() + ") does not set"
                    + " allowVirtualNetworkAccess: ARM sends no value, which vnetlab reads as false (the portal and"
                    + " PowerShell would turn it on).");
        }
        return r.batch().putPeering(new PeeringRequest(localNetwork, name, remote,
                r.flag(p, "allowVirtualNetworkAccess"), r.flag(p, "allowForwardedTraffic"),
                r.flag(p, "allowGatewayTransit"), r.flag(p, "useRemoteGateways"), false, scope(r, p)));
    }

    /**
     * docs/azure/subnet-peering.md#resource-shape: {@code peerCompleteVnets} is true when absent; the subnet names and
     * {@code enableOnlyIPv6Peering} are passed as given, for the control plane to validate.
     */
    private static PeeringScope scope(ResourceContext r, JsonNode p) {
        boolean complete = Values.property(p, "peerCompleteVnets").filter(v -> !v.isNull()).isEmpty()
                || r.flag(p, "peerCompleteVnets");
        return new PeeringScope(complete, names(p, "localSubnetNames"), names(p, "remoteSubnetNames"),
                r.flag(p, "enableOnlyIPv6Peering"));
    }

    private static List<String> names(JsonNode p, String property) {
        List<String> names = new ArrayList<>();
        Values.property(p, property).filter(JsonNode::isArray).ifPresent(a -> a.forEach(n -> names.add(n.asText())));
        return names;
    }
}
