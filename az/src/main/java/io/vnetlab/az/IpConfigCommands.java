package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network nic ip-config show|list|update}: vnetlab's interfaces have one IP configuration (its name is
 * {@code ipconfig1}, or {@code ipconfig<vm>} on an interface {@code az vm create} made); a second one
 * ({@code ip-config create}) is not emulated.
 */
final class IpConfigCommands {

    private IpConfigCommands() {
    }

    private static List<Param> params() {
        return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                Commands.nameParam());
    }

    /** The interface's IP configuration of that name, as the CLI prints it, or the network provider's "not found". */
    static JsonNode ipConfig(NetworkInterface nic, String name) {
        for (JsonNode config : Shapes.nic(nic).path("ipConfigurations")) {
            if (config.path("name").asText().equalsIgnoreCase(name)) {
                return config;
            }
        }
        throw Session.childNotFound(nic.id().child("ipConfigurations", name));
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network nic ip-config show";
        }

        public List<Param> params() {
            return IpConfigCommands.params();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return ipConfig(s.nic(a.required("resource_group"), a.required("nic_name")), a.required("name"));
        }
    }

    static final class ListConfigs implements AzCommand {
        public String name() {
            return "network nic ip-config list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.nic(s.nic(a.required("resource_group"), a.required("nic_name"))).path("ipConfigurations");
        }
    }

    /**
     * {@code --private-ip-address} fixes the address (static allocation), {@code --public-ip-address NAME|ID}
     * associates a public IP and {@code --public-ip-address ""} removes it; a PUT of the whole interface.
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network nic ip-config update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("nic_name", "--nic-name").mandatory(),
                    Commands.nameParam(), Param.value("private_ip", "--private-ip-address"),
                    Param.value("public_ip", "--public-ip-address").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            NetworkInterface nic = s.nic(group, a.required("nic_name"));
            String configName = ipConfig(nic, a.required("name")).path("name").asText();
            NicRequest request = NicRequest.of(nic);
            if (a.has("public_ip")) {
                ResourceId pip = a.value("public_ip").filter(v -> !v.isEmpty())
                        .map(v -> Commands.reference(s, group, "publicIPAddresses", v)).orElse(null);
                SubnetCommands.requireReference(s, pip, PublicIpAddress.class, nic.id());
                request = request.withPublicIpAddress(pip);
            }
            if (a.has("private_ip")) {
                request = new NicRequest(request.id(), request.region(), request.subnetId(), a.required("private_ip"),
                        request.ipForwarding(), request.networkSecurityGroupId(),
                        request.applicationSecurityGroupIds(), request.publicIpAddressId(), request.owner());
            }
            NicRequest put = request;
            NetworkInterface updated = Session.call(() -> s.topology().batch(b -> b.putNetworkInterface(put)));
            return a.flag("no_wait") ? null : ipConfig(updated, configName);
        }
    }
}
