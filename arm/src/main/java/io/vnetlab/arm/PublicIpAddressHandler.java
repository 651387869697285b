package io.vnetlab.arm;

import io.vnetlab.controlplane.PublicIpAddressRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;

/**
 * {@code Microsoft.Network/publicIPAddresses}: {@code sku.name} ({@code Standard}, {@code StandardV2} simulated as
 * {@code Standard}, or {@code Basic}; absent is
 * {@code Basic}, the API's SKU when a request names none, and a Basic address deploys with the warning that Azure
 * no longer creates one) and an address from the simulated public pool, assigned
 * at once as the DSL assigns it — for {@code Dynamic} allocation too, where Azure would assign it only once the
 * address is attached to a running resource (the deployment warns). {@code reference()} answers
 * {@code ipAddress}.
 */
final class PublicIpAddressHandler implements ResourceHandler {

    /** The SKU StandardV2 NAT gateways need; the same static, secure-by-default address as Standard for a flow. */
    private static final String STANDARD_V2 = "StandardV2";

    @Override
    public String type() {
        return "Microsoft.Network/publicIPAddresses";
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        // StandardV2 is simulated as Standard (docs/azure/decisions.md#standardv2-public-ip)
        PublicIpAddressSku sku = r.text(r.body(), "sku.name", "sku.name").map(name -> {
            if (name.equalsIgnoreCase(STANDARD_V2)) {
                r.warn("public IP address '" + r.id().name() + "' has SKU StandardV2: vnetlab simulates it as"
                        + " Standard, the same static address for a flow.");
                return PublicIpAddressSku.Standard;
            }
            for (PublicIpAddressSku s : PublicIpAddressSku.values()) {
                if (s.name().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            throw new PathError(r.path() + ".sku.name", "Public IP address '" + r.id().name() + "' has SKU '" + name
                    + "'; vnetlab simulates Standard, StandardV2 (as Standard) and Basic.");
        }).orElse(PublicIpAddressSku.Basic);
        if (sku == PublicIpAddressSku.Basic) {
            r.warn(basicWarning(r.id().name(), r.text(r.body(), "sku.name").isEmpty()));
        }
        String method = r.text(p, "publicIPAllocationMethod").orElse("Dynamic");
        boolean ipv6 = r.text(p, "publicIPAddressVersion").filter(v -> v.equalsIgnoreCase("IPv6")).isPresent();
        PublicIpAddress pip = r.batch().putPublicIpAddress(new PublicIpAddressRequest(r.id(), r.region(), sku, ipv6));
        if (method.equalsIgnoreCase("Dynamic")) {
            r.warn("public IP address '" + r.id().name() + "' is Dynamic: vnetlab assigns its address ("
                    + pip.ipAddress() + ") at once, where Azure assigns it only when a running resource uses it.");
        }
        ObjectNode view = ((ObjectNode) p).deepCopy();
        view.setAll(Views.publicIpAddress(r.batch().state(), pip));
        view.put("publicIPAllocationMethod", method.equalsIgnoreCase("Static") ? "Static" : "Dynamic");
        if (r.text(p, "dnsSettings.domainNameLabel").isEmpty()
                && r.batch().state().get(PublicIpDnsName.class, r.id()).isPresent()) {
            // a PUT without a label leaves the address without a DNS name
            r.batch().removeRecord(PublicIpDnsName.class, r.id());
        }
        r.text(p, "dnsSettings.domainNameLabel").ifPresent(label -> {
            String fqdn = fqdn(label, r.region().name());
            (view.get("dnsSettings") instanceof ObjectNode dns ? dns : view.putObject("dnsSettings")).put("fqdn", fqdn);
            r.batch().putRecord(PublicIpDnsName.class, r.id(), PublicIpDnsName.of(r.id(), label, r.region().name()));
        });
        return view;
    }

    /**
     * Azure no longer creates Basic public IP addresses (docs/azure/network-security-groups.md#public-ip-sku-rules);
     * vnetlab deploys one, to model the topologies that still hold them, and says what Azure would answer.
     */
    static String basicWarning(String name, boolean skuAbsent) {
        return "public IP address '" + name + "' is Basic" + (skuAbsent ? " (the SKU of an address whose template"
                + " names none)" : "") + ": Azure no longer creates Basic public IP addresses and refuses this one"
                + " with IPv4BasicSkuPublicIpCountLimitReached; vnetlab deploys it as Basic. Give it sku Standard"
                + " (static) to deploy it in Azure.";
    }

    /**
     * The name Azure gives a public IP with a DNS label: {@code <label>.<region>.cloudapp.azure.com}
     * (docs/azure/arm-templates.md#reference).
     */
    static String fqdn(String label, String region) {
        return label.toLowerCase(java.util.Locale.ROOT) + "." + region + ".cloudapp.azure.com";
    }
}
