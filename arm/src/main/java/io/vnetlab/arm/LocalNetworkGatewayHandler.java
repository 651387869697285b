package io.vnetlab.arm;

import io.vnetlab.controlplane.LocalNetworkGatewayRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.PublicIpAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/localNetworkGateways}: an on-premises site — the public address of its VPN device
 * ({@code gatewayIpAddress}), the prefixes behind it ({@code localNetworkAddressSpace.addressPrefixes}) and, with
 * {@code bgpSettings}, its ASN and BGP peer address. A site given by {@code fqdn} instead of an address is the
 * device behind that name: vnetlab resolves the names Azure gives public IP addresses with a DNS label (a VPN gateway
 * of another VNet, typically) and refuses any other name, as it has no DNS for the outside world
 * (docs/azure/gateways.md#local-network-gateways-sites).
 */
final class LocalNetworkGatewayHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/localNetworkGateways";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        String ip = r.text(p, "gatewayIpAddress").or(() -> r.text(p, "fqdn").map(name -> resolve(r, name)))
                .orElseThrow(() -> new PathError(r.path() + ".properties.gatewayIpAddress", "Local network gateway '"
                        + r.id().name() + "' has no gatewayIpAddress; give the public IPv4 address of the"
                        + " on-premises VPN device."));
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

    /** The address of the simulated public IP whose DNS name is {@code fqdn}, compared ignoring case as DNS does. */
    private static String resolve(ResourceContext r, String fqdn) {
        var state = r.batch().state();
        return state.all(PublicIpDnsName.class).stream()
                .filter(n -> n.fqdn().equalsIgnoreCase(fqdn.strip()))
                .flatMap(n -> state.get(PublicIpAddress.class, n.id()).stream())
                .map(pip -> pip.ipAddress().toString())
                .findFirst()
                .orElseThrow(() -> new PathError(r.path() + ".properties.fqdn", "Local network gateway '"
                        + r.id().name() + "' names its device by fqdn '" + fqdn + "', which is no public IP address"
                        + " of this simulation: vnetlab resolves only the DNS names of its own public IP addresses;"
                        + " give gatewayIpAddress instead."));
    }
}
