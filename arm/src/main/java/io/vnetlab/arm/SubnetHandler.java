package io.vnetlab.arm;

import io.vnetlab.controlplane.ServiceEndpointRequest;
import io.vnetlab.controlplane.SubnetRequest;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code Microsoft.Network/virtualNetworks/subnets}: a PUT of one subnet of an existing network. */
final class SubnetHandler implements ResourceHandler {

    @Override
    public String type() {
        return "Microsoft.Network/virtualNetworks/subnets";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        ObjectNode declared = Values.object();
        declared.put("name", r.id().name());
        declared.set("properties", r.properties());
        SubnetRequest request = request(r, declared, "");
        io.vnetlab.model.Subnet subnet = r.batch().putSubnet(r.id(), request);
        return Views.subnet(r.batch().state(), subnet);
    }

    /** A subnet as a network's PUT or a subnet's PUT carries it; {@code prefix} is the property path before it. */
    static SubnetRequest request(ResourceContext r, JsonNode subnet, String prefix) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        String name = r.text(subnet, "name").orElseThrow(() -> new PathError(r.path() + ".properties." + prefix,
                "A subnet of " + r.id().type() + " '" + r.id().name() + "' has no name."));
        JsonNode p = Values.property(subnet, "properties").orElse(Values.object());
        // addressPrefixes of a dual-stack subnet hold an IPv4 and an IPv6 prefix (docs/azure/ipv6.md#subnets)
        java.util.List<String> listed = new java.util.ArrayList<>();
        r.at(p, "addressPrefixes").filter(JsonNode::isArray).ifPresent(a -> a.forEach(v -> listed.add(v.asText())));
        String ipv6 = listed.stream().filter(v -> v.contains(":")).findFirst().orElse(null);
        String addressPrefix = r.text(p, "addressPrefix")
                .or(() -> listed.stream().filter(v -> !v.contains(":")).findFirst())
                .or(() -> listed.stream().findFirst())
                .orElseThrow(() -> new PathError(r.path() + ".properties." + at + "properties.addressPrefix",
                        "Subnet '" + name + "' has no addressPrefix."));
        if (addressPrefix.equals(ipv6)) {
            ipv6 = null;   // an IPv6 prefix alone: the control plane refuses it as IPv6 only
        }
        return new SubnetRequest(name, addressPrefix,
                r.association(p, "networkSecurityGroup", "network security group").orElse(null),
                r.association(p, "routeTable", "route table").orElse(null),
                r.association(p, "natGateway", "NAT gateway").orElse(null), defaultOutboundAccess(r, p), ipv6,
                privateEndpointNetworkPolicies(r, p, at), serviceEndpoints(r, p, at));
    }

    /**
     * {@code serviceEndpoints}: objects naming a {@code service} and, optionally, its {@code locations}, kept as
     * written; the control plane checks the service names (docs/azure/service-endpoints.md#arm).
     */
    private static java.util.List<ServiceEndpointRequest> serviceEndpoints(ResourceContext r, JsonNode p, String at) {
        java.util.List<ServiceEndpointRequest> endpoints = new java.util.ArrayList<>();
        JsonNode listed = r.at(p, "serviceEndpoints").orElse(null);
        if (listed == null || listed.isNull()) {
            return endpoints;
        }
        String path = r.path() + ".properties." + at + "properties.serviceEndpoints";
        if (!listed.isArray()) {
            throw new PathError(path, "serviceEndpoints is a list of objects such as {\"service\": \"Microsoft.Storage\"}.");
        }
        for (int i = 0; i < listed.size(); i++) {
            JsonNode entry = listed.get(i);
            String service = entry.isObject() ? r.text(entry, "service").orElse(null) : null;
            if (service == null || service.isBlank()) {
                throw new PathError(path + "[" + i + "]", "A service endpoint is an object naming its service, such as"
                        + " {\"service\": \"Microsoft.Storage\"}.");
            }
            java.util.List<String> locations = new java.util.ArrayList<>();
            r.at(entry, "locations").filter(JsonNode::isArray).ifPresent(a -> a.forEach(v -> locations.add(v.asText())));
            endpoints.add(new ServiceEndpointRequest(service, locations));
        }
        return endpoints;
    }

    /**
     * {@code privateEndpointNetworkPolicies} as written, matched as ARM matches enum values (ignoring case); left out,
     * unset, which Azure reads as Disabled (docs/azure/private-endpoints.md#network-policies).
     */
    private static PrivateEndpointNetworkPolicies privateEndpointNetworkPolicies(ResourceContext r, JsonNode p,
                                                                                String at) {
        java.util.Optional<String> written = r.text(p, "privateEndpointNetworkPolicies");
        if (written.isEmpty()) {
            return null;
        }
        for (PrivateEndpointNetworkPolicies policies : PrivateEndpointNetworkPolicies.values()) {
            if (policies.name().equalsIgnoreCase(written.get())) {
                return policies;
            }
        }
        throw new PathError(r.path() + ".properties." + at + "properties.privateEndpointNetworkPolicies", "'"
                + written.get() + "' is not a value of privateEndpointNetworkPolicies: use Disabled, Enabled,"
                + " NetworkSecurityGroupEnabled or RouteTableEnabled.");
    }

    /** The API version from which subnets left unset are private (docs/azure/outbound-access.md#private-subnets). */
    static final String PRIVATE_BY_DEFAULT_API = "2025-07-01";

    /**
     * {@code defaultOutboundAccess} as written; left out, {@code false} on API versions from
     * {@value #PRIVATE_BY_DEFAULT_API}, which make new subnets private, and unset on older ones.
     */
    static Boolean defaultOutboundAccess(ResourceContext r, JsonNode properties) {
        if (r.at(properties, "defaultOutboundAccess").isPresent()) {
            return r.flag(properties, "defaultOutboundAccess");
        }
        String api = r.apiVersion().orElse("");
        return api.length() >= 10 && api.substring(0, 10).compareTo(PRIVATE_BY_DEFAULT_API) >= 0 ? Boolean.FALSE : null;
    }
}
