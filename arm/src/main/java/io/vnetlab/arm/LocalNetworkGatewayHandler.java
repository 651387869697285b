package io.vnetlab.arm;

import io.vnetlab.controlplane.LocalNetworkGatewayRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.LocalNetworkGateway;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/localNetworkGateways}: an on-premises site — the public address of its VPN device
 * ({@code gatewayIpAddress}), the prefixes behind it ({@code localNetworkAddressSpace.addressPrefixes}) and, with
 * {@code bgpSettings}, its ASN and BGP peer address. A site given by {@code fqdn} only is refused: vnetlab resolves
 * no names.
 */
final class LocalNetworkGatewayHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/localNetworkGateways";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        String ip = r.text(p, "gatewayIpAddress").orElseThrow(() -> new PathError(r.path()
                + ".properties.gatewayIpAddress", "Local network gateway '" + r.id().name() + "' has no"
                + " gatewayIpAddress" + (r.at(p, "fqdn").isPresent() ? " (vnetlab resolves no fqdn)" : "")
                + "; give the public IPv4 address of the on-premises VPN device."));
        List<String> prefixes = new ArrayList<>();
        JsonNode list = r.at(p, "localNetworkAddressSpace.addressPrefixes").orElse(Values.NODES.arrayNode());
        for (int i = 0; i < list.size(); i++) {
            prefixes.add(r.text(list, String.valueOf(i), "localNetworkAddressSpace.addressPrefixes[" + i + "]")
                    .orElse(""));
        }
        Long asn = VirtualNetworkGatewayHandler.number(r, p, "bgpSettings.asn").orElse(null);
        String peer = r.text(p, "bgpSettings.bgpPeeringAddress").orElse(null);
        LocalNetworkGateway site = r.batch().putLocalNetworkGateway(new LocalNetworkGatewayRequest(r.id(), r.region(), ip,
                prefixes, asn, peer));
        return Views.localNetworkGateway(site);
    }
}
