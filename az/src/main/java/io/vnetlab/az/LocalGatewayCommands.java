package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.LocalNetworkGatewayRequest;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** {@code az network local-gateway create} (docs/azure/gateways.md#local-network-gateways). */
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
}
