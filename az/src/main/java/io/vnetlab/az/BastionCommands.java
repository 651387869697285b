package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.model.BastionSku;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;

/**
 * {@code az network bastion create|show|list|delete} (docs/azure/bastion.md): a Bastion host in the network's
 * {@code AzureBastionSubnet}, with a Standard public IP, SKU Basic (the CLI's default), Standard or Premium.
 */
final class BastionCommands {

    private BastionCommands() {
    }

    private static JsonNode shape(NetworkInterface bastion) {
        return Shapes.cli(ResourceJson.bastionHost(bastion));
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network bastion create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.value("vnet_name", "--vnet-name").mandatory(),
                    Param.value("public_ip_address", "--public-ip-address"),
                    Param.value("sku", "--sku").choices("Basic", "Standard", "Premium", "Developer"),
                    Param.value("scale_units", "--scale-units"), Param.bool("enable_tunneling", "--enable-tunneling"),
                    Param.bool("enable_ip_connect", "--enable-ip-connect"), Param.list("zones", "--zones"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "bastionHosts");
            VirtualNetwork network = s.vnet(group, a.required("vnet_name"));
            BastionSku sku = a.value("sku").map(v -> BastionSku.valueOf(Character.toUpperCase(v.charAt(0))
                    + v.substring(1).toLowerCase(java.util.Locale.ROOT))).orElse(BastionSku.Basic);
            ResourceId pip = a.value("public_ip_address").filter(v -> !v.isEmpty())
                    .map(v -> Commands.reference(s, group, "publicIPAddresses", v)).orElse(null);
            NetworkInterface created = Session.call(() -> {
                io.vnetlab.BastionHosts.Definition d = s.topology().bastionHosts().define(a.required("name"))
                        .withRegion(region).withExistingResourceGroup(group).withExistingNetwork(network.id().toString())
                        .withSku(sku);
                return (pip == null ? d : d.withPublicIpAddress(pip.toString())).create();
            });
            return a.flag("no_wait") ? null : shape(created);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network bastion show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = Commands.reference(s, a.required("resource_group"), "bastionHosts", a.required("name"));
            s.group(id.resourceGroup());
            NetworkInterface bastion = s.topology().state().networkInterface(id)
                    .filter(n -> n.owner() == InterfaceOwner.Bastion)
                    .orElseThrow(() -> Session.notFound("Microsoft.Network/bastionHosts", id.name(), id.resourceGroup()));
            return shape(bastion);
        }
    }

    static final class ListBastions implements AzCommand {
        public String name() {
            return "network bastion list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().bastionHosts().list(), NetworkInterface::id,
                    BastionCommands::shape);
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network bastion delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            s.group(a.required("resource_group"));
            ResourceId id = Commands.reference(s, a.required("resource_group"), "bastionHosts", a.required("name"));
            Commands.deleteIfPresent(s.topology().state().networkInterface(id)
                            .filter(n -> n.owner() == InterfaceOwner.Bastion),
                    () -> s.topology().bastionHosts().delete(id.toString()));
            return null;
        }
    }
}
