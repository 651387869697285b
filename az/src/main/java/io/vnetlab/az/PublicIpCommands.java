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
                    Param.value("location", "--location", "-l"), Param.value("sku", "--sku"),
                    Param.value("allocation_method", "--allocation-method"), Param.value("version", "--version"),
                    Param.list("zone", "--zone", "-z"), Param.value("tier", "--tier"),
                    Param.value("dns_name", "--dns-name"), Param.list("tags", "--tags"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "publicIPAddresses");
            PublicIpAddressSku sku = PublicIpAddressSku.valueOf(Commands.choice(
                    a.value("sku").orElse("Standard"), "--sku", List.of("Basic", "Standard")));
            PublicIpAddress created = Session.call(() -> s.topology().publicIpAddresses().define(a.required("name"))
                    .withRegion(region).withExistingResourceGroup(group).withSku(sku).create());
            return a.flag("no_wait") ? null
                    : Commands.under("publicIp", NetworkShapes.publicIp(s.topology().state(), created));
        }
    }
}
