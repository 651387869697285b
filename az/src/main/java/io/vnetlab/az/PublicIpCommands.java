package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.PublicIpAddressRequest;
import io.vnetlab.arm.PublicIpDnsName;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

/** {@code az network public-ip create}; show, list and delete are {@link ResourceCommands} (docs/azure/network-security-groups.md#public-ip-addresses). */
final class PublicIpCommands {

    private PublicIpCommands() {
    }

    /** A public IP address by name (in an existing group) or by id. */
    static PublicIpAddress publicIp(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "publicIPAddresses", nameOrId);
        s.group(id.resourceGroup());
        return Commands.existing(s, PublicIpAddress.class, "publicIPAddresses", id);
    }

    /**
     * What Azure accepts of a new public IP's SKU and allocation today: a Standard address is static
     * ({@code StandardSkuPublicIPAddressesMustBeStatic}), and a Basic one can no longer be created
     * ({@code IPv4BasicSkuPublicIpCountLimitReached}, docs/azure/network-security-groups.md#public-ip-sku-rules).
     */
    static void requireCreatable(ResourceId id, PublicIpAddressSku sku, String allocation) {
        if (sku == PublicIpAddressSku.Basic) {
            throw AzError.service("IPv4BasicSkuPublicIpCountLimitReached", "Cannot create more than 0 IPv4 Basic SKU"
                    + " public IP addresses for this subscription in this region.", 400);
        }
        if (allocation.equalsIgnoreCase("Dynamic")) {
            throw AzError.service("StandardSkuPublicIPAddressesMustBeStatic", "Standard sku publicIp " + id
                    + " must have AllocationMethod set to Static.", 400);
        }
    }

    /**
     * {@code az network public-ip create}: Standard SKU by default (the CLI's default since 2.65), static; prints
     * {@code {"publicIp": ...}} (azure-cli network {@code _format.py transform_public_ip_create_output}). On an
     * existing name it is a PUT of that address: same address, the SKU as given.
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network public-ip create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("location", "--location", "-l"), Param.value("sku", "--sku").choices("Basic", "Standard"),
                    Param.value("allocation_method", "--allocation-method").choices("Dynamic", "Static"),
                    Param.value("version", "--version").choices("IPv4", "IPv6"),
                    Param.list("zone", "--zone", "-z"), Param.value("tier", "--tier").choices("Global", "Regional"),
                    Param.value("dns_name", "--dns-name"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "publicIPAddresses");
            PublicIpAddressSku sku = PublicIpAddressSku.valueOf(a.value("sku").orElse("Standard"));
            ResourceId id = s.id(group, ResourceId.NETWORK, "publicIPAddresses", a.required("name"));
            requireCreatable(id, sku, a.value("allocation_method").orElse("Static"));
            boolean ipv6 = a.value("version").filter(v -> v.equalsIgnoreCase("IPv6")).isPresent();
            // docs/azure/ipv6.md#public-ip-addresses
            PublicIpAddress created = Session.call(() -> s.topology().batch(b -> b.putPublicIpAddress(
                    new PublicIpAddressRequest(id, region, sku, ipv6))));
            // its DNS name, as a template's dnsSettings.domainNameLabel gives it; a create without one has none
            // (docs/azure/arm-templates.md#reference)
            Optional<String> label = a.value("dns_name").filter(v -> !v.isEmpty());
            s.topology().batch(b -> {
                if (label.isPresent()) {
                    b.putRecord(PublicIpDnsName.class, id, PublicIpDnsName.of(id, label.get(), region.name()));
                } else if (b.state().get(PublicIpDnsName.class, id).isPresent()) {
                    b.removeRecord(PublicIpDnsName.class, id);
                }
                return null;
            });
            return a.flag("no_wait") ? null
                    : Commands.under("publicIp", NetworkShapes.publicIp(s.topology().state(), created));
        }
    }
}
