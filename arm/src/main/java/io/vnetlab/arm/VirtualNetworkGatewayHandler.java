package io.vnetlab.arm;

import io.vnetlab.controlplane.VirtualNetworkGatewayRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;

import java.util.Locale;

/**
 * {@code Microsoft.Network/virtualNetworkGateways}: a VPN (route- or policy-based) or ExpressRoute gateway in the
 * {@code GatewaySubnet} its first IP configuration names (docs/azure/gateways.md#gateway-subnet), with its SKU and,
 * when {@code enableBgp} is true, its BGP ASN ({@code bgpSettings.asn}, else Azure's default 65515). Public IP
 * addresses are not simulated: the reference is accepted with a warning. Absent {@code gatewayType} and {@code vpnType}
 * read as {@code Vpn} and {@code RouteBased}, the defaults of {@code az network vnet-gateway create}.
 */
final class VirtualNetworkGatewayHandler implements ResourceHandler {

    /** The ASN of an Azure VPN gateway when BGP is on and none is given (Azure's documented default). */
    static final long DEFAULT_ASN = 65515L;

    @Override
    public String type() {
        return "Microsoft.Network/virtualNetworkGateways";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        GatewayType gatewayType = enumValue(r, p, "gatewayType", GatewayType.class, GatewayType.Vpn);
        VpnType vpnType = enumValue(r, p, "vpnType", VpnType.class, VpnType.RouteBased);
        String sku = r.text(p, "sku.name").orElse(null);
        Long asn = null;
        if (r.flag(p, "enableBgp")) {
            asn = number(r, p, "bgpSettings.asn").orElse(DEFAULT_ASN);
        }
        JsonNode configs = r.at(p, "ipConfigurations").filter(JsonNode::isArray).filter(a -> a.size() > 0)
                .orElseThrow(() -> new PathError(r.path() + ".properties.ipConfigurations", "Virtual network"
                        + " gateway '" + r.id().name() + "' has no ipConfigurations; it needs one whose subnet is"
                        + " the GatewaySubnet of its virtual network."));
        if (configs.size() > 1) {
            r.warn("virtual network gateway '" + r.id().name() + "' has " + configs.size() + " IP configurations"
                    + " (active-active); vnetlab simulates one gateway address.");
        }
        ResourceId subnet = null;
        // docs/azure/gateways.md#public-ip-addresses: recorded and shown; traffic to them is not simulated
        List<ResourceId> publicIps = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            JsonNode config = Values.property(configs.get(i), "properties").orElse(Values.object());
            // one the deployment has is recorded; one it lacks is noted, as the public endpoint carries no traffic
            Optional<ResourceId> publicIp = r.reference(config, "publicIPAddress");
            if (publicIp.isPresent() && r.batch().state().get(PublicIpAddress.class, publicIp.get()).isPresent()) {
                publicIps.add(publicIp.get());
            } else {
                r.notUsed(config, "publicIPAddress", "public IP address", "the gateway's public endpoint is not"
                        + " simulated; its tunnels are the connections");
            }
            if (subnet == null) {
                subnet = r.reference(config, "subnet").orElse(null);
            }
        }
        if (subnet == null) {
            throw new PathError(r.path() + ".properties.ipConfigurations[0].properties.subnet", "IP configuration of"
                    + " virtual network gateway '" + r.id().name() + "' has no subnet.id; it must be the"
                    + " GatewaySubnet of its virtual network.");
        }
        VirtualNetworkGateway gateway = r.batch().putVirtualNetworkGateway(new VirtualNetworkGatewayRequest(r.id(), r.region(), subnet,
                gatewayType, vpnType, sku, asn, publicIps));
        return Views.virtualNetworkGateway(gateway);
    }

    static <E extends Enum<E>> E enumValue(ResourceContext r, JsonNode p, String name, Class<E> type, E absent) {
        return r.text(p, name).map(text -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text)) {
                    return e;
                }
            }
            throw r.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .replaceAll("[\\[\\]]", "") + "; it is '" + text + "'");
        }).orElse(absent);
    }

    /** A whole number (ARM gives {@code 65010} or {@code "65010"}). */
    static java.util.Optional<Long> number(ResourceContext r, JsonNode p, String dottedPath) {
        return r.at(p, dottedPath).map(v -> {
            if (v instanceof Unknown u) {
                throw r.invalid(dottedPath, "needs the value of " + u.description() + ", which the simulator does"
                        + " not know");
            }
            if (v.isIntegralNumber()) {
                return v.longValue();
            }
            if (v.isTextual() && v.textValue().trim().matches("\\d{1,18}")) {
                return Long.parseLong(v.textValue().trim());
            }
            throw r.invalid(dottedPath, "must be a whole number; it is '" + Values.text(v).toLowerCase(Locale.ROOT)
                    + "'");
        });
    }
}
