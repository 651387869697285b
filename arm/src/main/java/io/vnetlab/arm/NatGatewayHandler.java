package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.NatGatewayRequest;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/natGateways}: {@code publicIpAddresses} and {@code publicIpPrefixes} (references),
 * {@code idleTimeoutInMinutes} (4 when left out); subnets name the gateway in their {@code natGateway}
 * (docs/azure/outbound-access.md#nat-gateway).
 */
final class NatGatewayHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/natGateways";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        int idle = r.at(p, "idleTimeoutInMinutes").filter(JsonNode::canConvertToInt).map(JsonNode::asInt)
                .orElse(NatGatewayRequest.DEFAULT_IDLE_TIMEOUT);
        NatGateway gateway = r.batch().putNatGateway(new NatGatewayRequest(r.id(), r.region(),
                references(r, p, "publicIpAddresses"), references(r, p, "publicIpPrefixes"), idle));
        return ResourceJson.natGateway(r.batch().state(), gateway);
    }

    private static List<ResourceId> references(ResourceContext r, JsonNode p, String property) {
        List<ResourceId> ids = new ArrayList<>();
        JsonNode list = r.at(p, property).filter(JsonNode::isArray).orElse(Values.NODES.arrayNode());
        for (int i = 0; i < list.size(); i++) {
            ids.add(r.reference(list, String.valueOf(i)).orElseThrow(() -> new PathError(r.path() + ".properties."
                    + property, "An entry of " + property + " of NAT gateway '" + r.id().name() + "' has no id.")));
        }
        return ids;
    }
}
