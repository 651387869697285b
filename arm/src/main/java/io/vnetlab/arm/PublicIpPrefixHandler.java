package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PublicIpPrefixRequest;
import io.vnetlab.model.PublicIpPrefix;

/**
 * {@code Microsoft.Network/publicIPPrefixes}: {@code prefixLength} (28 to 31) IPv4 addresses from the simulated
 * prefix pool (docs/azure/outbound-access.md#public-ip-prefixes).
 */
final class PublicIpPrefixHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/publicIPPrefixes";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        if (r.text(p, "publicIPAddressVersion").filter(v -> v.equalsIgnoreCase("IPv6")).isPresent()) {
            throw r.invalid("publicIPAddressVersion", "is IPv6, which vnetlab does not simulate for prefixes");
        }
        int length = r.at(p, "prefixLength").filter(JsonNode::canConvertToInt).map(JsonNode::asInt)
                .orElseThrow(() -> r.invalid("prefixLength", "is required: a number from 28 to 31"));
        PublicIpPrefix prefix = r.batch().putPublicIpPrefix(new PublicIpPrefixRequest(r.id(), r.region(), length));
        return ResourceJson.publicIpPrefix(r.batch().state(), prefix);
    }
}
