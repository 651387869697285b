package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;

import java.util.List;

/** {@code az network public-ip create}. */
final class PublicIpCommands {

    private PublicIpCommands() {
    }

    /**
     * {@code az network public-ip create}: Standard SKU by default (the CLI's default since 2.65), static; prints
     * {@code {"publicIp": ...}} (azure-cli network {@code _format.py transform_public_ip_create_output}).
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
            boolean ipv6 = a.value("version").filter(v -> v.equalsIgnoreCase("IPv6")).isPresent();
            PublicIpAddress created = Session.call(() -> {
                io.vnetlab.PublicIpAddresses.Definition d = s.topology().publicIpAddresses()
                        .define(a.required("name")).withRegion(region).withExistingResourceGroup(group).withSku(sku);
                return (ipv6 ? d.withIpv6() : d).create();   // docs/azure/ipv6.md#public-ip-addresses
            });
            return a.flag("no_wait") ? null
                    : Commands.under("publicIp", NetworkShapes.publicIp(s.topology().state(), created));
        }
    }
}
