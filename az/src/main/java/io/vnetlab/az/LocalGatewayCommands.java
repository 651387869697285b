package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.LocalNetworkGatewayRequest;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.stream.Collectors;

/** {@code az network local-gateway create|update} (docs/azure/gateways.md#local-network-gateways). */
final class LocalGatewayCommands {

    private LocalGatewayCommands() {
    }

    /** A local network gateway (or an ExpressRoute circuit, modelled as one) by name or id. */
    static LocalNetworkGateway localGateway(Session s, String group, String nameOrId, String type) {
        ResourceId id = Commands.reference(s, group, type, nameOrId);
        return s.topology().state().all(LocalNetworkGateway.class).stream()
                .filter(l -> l.id().name().equalsIgnoreCase(id.name())
                        && l.id().resourceGroup().equalsIgnoreCase(id.resourceGroup()))
                .findFirst().orElseThrow(() -> Session.notFound("Microsoft.Network/" + type, id.name(),
                        id.resourceGroup()));
    }

    /** {@code az network local-gateway create}: the on-premises site; prints the resource. */
    static final class Create implements AzCommand {
        public String name() {
            return "network local-gateway create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("gateway_ip", "--gateway-ip-address").mandatory(),
                    Param.list("prefixes", "--local-address-prefixes"), Param.value("asn", "--asn"),
                    Param.value("bgp_peering_address", "--bgp-peering-address"),
                    Param.value("location", "--location", "-l"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "localNetworkGateways");
            Long asn = a.value("asn").map(VnetGatewayCommands::asn).orElse(null);
            String peeringAddress = asn == null ? null : a.value("bgp_peering_address")
                    .orElseThrow(() -> AzError.command("usage error: --asn ASN --bgp-peering-address IP"));
            ResourceId id = s.id(group, ResourceId.NETWORK, "localNetworkGateways", a.required("name"));
            LocalNetworkGateway site = Session.call(() -> s.topology().batch(b -> b.putLocalNetworkGateway(
                    new LocalNetworkGatewayRequest(id, region, a.required("gateway_ip"), a.list("prefixes"), asn,
                            peeringAddress))));
            return a.flag("no_wait") ? null : NetworkShapes.localGateway(site);
        }
    }

    /**
     * {@code az network local-gateway update}: a PUT of the site with the options given changed (azure-cli network
     * {@code custom.py update_local_gateway}), as the Learn VPN module points each site at the other network's new
     * gateway address; the connections to it follow the site.
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network local-gateway update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("gateway_ip", "--gateway-ip-address"),
                    Param.list("prefixes", "--local-address-prefixes"), Param.value("asn", "--asn"),
                    Param.value("bgp_peering_address", "--bgp-peering-address"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            LocalNetworkGateway site = localGateway(s, a.required("resource_group"), a.required("name"),
                    "localNetworkGateways");
            List<String> prefixes = a.has("prefixes") ? a.list("prefixes")
                    : site.addressPrefixes().stream().map(Object::toString).collect(Collectors.toList());
            Long asn = a.value("asn").map(VnetGatewayCommands::asn).orElse(site.bgpAsn());
            String peeringAddress = a.value("bgp_peering_address").orElse(site.bgpPeeringAddress() == null ? null
                    : site.bgpPeeringAddress().toString());
            String gatewayIp = a.value("gateway_ip").orElse(site.gatewayIpAddress().toString());
            LocalNetworkGateway updated = Session.call(() -> s.topology().batch(b -> b.putLocalNetworkGateway(
                    new LocalNetworkGatewayRequest(site.id(), site.region(), gatewayIp, prefixes, asn,
                            peeringAddress))));
            return a.flag("no_wait") ? null : NetworkShapes.localGateway(updated);
        }
    }
}
