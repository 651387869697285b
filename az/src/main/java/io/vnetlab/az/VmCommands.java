package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.NetworkSecurityGroups;
import io.vnetlab.VirtualMachines;
import io.vnetlab.controlplane.NetworkSecurityGroupRequest;
import io.vnetlab.controlplane.PublicIpAddressRequest;
import io.vnetlab.controlplane.SecurityRuleRequest;
import io.vnetlab.controlplane.VirtualMachineRequest;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code az vm create|list|show|delete|list-ip-addresses}: the network side of VMs. {@code az vm create} makes the
 * NIC {@code <vm>VMNic} with IP configuration {@code ipconfig<vm>}
 * (docs/azure/network-security-groups.md#vm-create-defaults); image, size and credentials are recorded and shown, not
 * simulated. Like the CLI it also makes a Standard public IP {@code <vm>PublicIP} and an NSG {@code <vm>NSG} on the NIC
 * with rule {@code default-allow-ssh} ({@code VirtualMachines.Definition.withAzCliDefaults()}); {@code --nsg ""} and
 * {@code --public-ip-address ""} make none, {@code --nsg NAME} and {@code --public-ip-address NAME} use that resource
 * (made as the default one would be when it does not exist yet), {@code --nsg-rule NONE} makes the NSG without a rule,
 * {@code --asgs} joins application security groups.
 */
final class VmCommands {

    static final String DEFAULT_SIZE = "Standard_DS1_v2";
    static final Session.VmDetails UNKNOWN = new Session.VmDetails(DEFAULT_SIZE, "Ubuntu2204", "azureuser");

    private VmCommands() {
    }

    static Session.VmDetails details(Session s, VirtualMachine vm) {
        return s.vmDetails().get(vm.id()).orElse(UNKNOWN);
    }

    /** azure-cli vm {@code _format.py transform_vm}: name, resource group, power state, public IPs, FQDNs, location. */
    static UnaryOperator<JsonNode> vmTable() {
        return result -> {
            ArrayNode rows = Json.array();
            for (JsonNode vm : result.isArray() ? result : Json.array().add(result)) {
                ObjectNode row = rows.addObject();
                row.set("name", vm.get("name"));
                row.set("resourceGroup", vm.get("resourceGroup"));
                row.set("powerState", vm.path("powerState").isMissingNode() ? null : vm.get("powerState"));
                row.set("publicIps", vm.path("publicIps").isMissingNode() ? null : vm.get("publicIps"));
                row.set("fqdns", vm.path("fqdns").isMissingNode() ? null : vm.get("fqdns"));
                row.set("location", vm.get("location"));
            }
            return result.isArray() ? rows : rows.get(0);
        };
    }

    static final class Create implements AzCommand {
        public String name() {
            return "vm create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("image", "--image"),
                    Param.value("location", "--location", "-l"), Param.value("vnet_name", "--vnet-name"),
                    Param.value("subnet", "--subnet"), Param.value("private_ip", "--private-ip-address").emptyMeansNone(),
                    Param.value("vnet_prefix", "--vnet-address-prefix"),
                    Param.value("subnet_prefix", "--subnet-address-prefix"),
                    Param.value("size", "--size"), Param.value("admin_username", "--admin-username"),
                    Param.value("admin_password", "--admin-password"),
                    Param.flag("generate_ssh_keys", "--generate-ssh-keys"),
                    Param.list("ssh_key_values", "--ssh-key-values", "--ssh-key-value"),
                    Param.value("authentication_type", "--authentication-type").choices("ssh", "password", "all"),
                    Param.value("nsg", "--nsg").emptyMeansNone(),
                    Param.value("nsg_rule", "--nsg-rule").choices("NONE", "RDP", "SSH"),
                    Param.value("public_ip", "--public-ip-address").emptyMeansNone(),
                    Param.value("public_ip_sku", "--public-ip-sku").choices("Basic", "Standard"),
                    Param.list("asgs", "--asgs"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.value("zone", "--zone", "-z"),
                    Param.value("security_type", "--security-type").choices("ConfidentialVM", "Standard",
                            "TrustedLaunch"),
                    Param.value("storage_sku", "--storage-sku"),
                    Param.value("os_disk_name", "--os-disk-name"), Param.value("custom_data", "--custom-data"),
                    Param.list("nics", "--nics"), Param.value("availability_set", "--availability-set"),
                    Param.value("os_type", "--os-type").choices("linux", "windows"),
                    Param.bool("accelerated_networking", "--accelerated-networking"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        /**
         * Resolves every reference the arguments make (network, subnet, NSG, public IP, application security groups)
         * before anything is made, then makes what is missing and the VM; {@link Az} runs it all as one batch.
         */
        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            String name = a.required("name");
            Region groupRegion = s.group(group).region();
            Optional<Region> location = a.value("location").map(l -> Session.region(l, "virtualMachines"));
            ResourceId vmId = s.id(group, ResourceId.COMPUTE, "virtualMachines", name);
            if (a.has("nics")) {
                return onExistingInterfaces(s, a, vmId, location.orElse(groupRegion));
            }
            NetworkChoice network = network(s, a, group, name, location.orElse(groupRegion));
            Region region = location.orElse(network.region());
            Optional<AvailabilitySetCommands.AvailabilitySet> set = a.value("availability_set").map(v ->
                    AvailabilitySetCommands.forNewVm(s, group, v, vmId, region));
            ResourceId nicId = s.id(group, ResourceId.NETWORK, "networkInterfaces", name + "VMNic");
            String rule = a.value("nsg_rule").orElse(Images.isWindows(a) ? "RDP" : "SSH");
            Optional<ResourceId> nsg = securityGroup(s, a, group, name, nicId);
            Optional<ResourceId> publicIp = a.value("public_ip").filter(String::isEmpty).isPresent() ? Optional.empty()
                    : Optional.of(Commands.reference(s, group, "publicIPAddresses",
                    a.value("public_ip").orElse(name + "PublicIP")));
            publicIp.ifPresent(id -> Commands.requireType(id, "publicIPAddresses", nicId));
            PublicIpAddressSku sku = PublicIpAddressSku.valueOf(a.value("public_ip_sku").orElse("Standard"));
            publicIp.filter(id -> s.topology().state().get(io.vnetlab.model.PublicIpAddress.class, id).isEmpty()
                    || !a.has("public_ip")).ifPresent(id -> PublicIpCommands.requireCreatable(id, sku, "Static"));
            List<String> asgs = a.list("asgs").stream().map(g -> AsgCommands.asg(s, group, g).id().toString()).toList();

            VirtualNetwork vnet = network.existing().orElseGet(() -> newNetwork(s, a, group, network));
            Subnet subnet = vnet.subnet(network.subnet()).orElseThrow(() ->
                    Session.childNotFound(vnet.id().child("subnets", network.subnet())));
            nsg.filter(id -> !a.has("nsg") || s.topology().state()
                    .get(io.vnetlab.model.NetworkSecurityGroup.class, id).isEmpty())
                    .ifPresent(id -> putSecurityGroup(s, id, rule, region));
            publicIp.filter(id -> !a.has("public_ip") || s.topology().state()
                    .get(io.vnetlab.model.PublicIpAddress.class, id).isEmpty())
                    .ifPresent(id -> putPublicIp(s, id, region, sku));
            VirtualMachine vm = Session.call(() -> {
                VirtualMachines.Definition d = s.topology().virtualMachines().define(name)
                        .withExistingPrimaryNetwork(vnet.id().toString()).withSubnet(subnet.name())
                        .withExistingResourceGroup(group).withRegion(region).withAzCliDefaults();
                a.value("private_ip").filter(ip -> !ip.isEmpty()).ifPresent(d::withPrimaryPrivateIPAddressStatic);
                if (a.value("nsg").filter(String::isEmpty).isPresent()) {
                    d.withoutNetworkSecurityGroup();
                }
                nsg.ifPresent(id -> d.withExistingNetworkSecurityGroup(id.toString()));
                if (a.value("public_ip").filter(String::isEmpty).isPresent()) {
                    d.withoutPrimaryPublicIPAddress();
                }
                publicIp.ifPresent(id -> d.withExistingPrimaryPublicIPAddress(id.toString()));
                asgs.forEach(d::withExistingApplicationSecurityGroup);
                return d.create();
            });
            // on the interface the command makes (docs/azure/addressing.md#accelerated-networking)
            if (a.bool("accelerated_networking").orElse(false)) {
                s.topology().batch(b -> {
                    b.apply(st -> io.vnetlab.controlplane.ResourceManager.putAcceleratedNetworking(st, vm.primaryNetworkInterfaceId(), true));
                    return null;
                });
            }
            set.ifPresent(joined -> AvailabilitySetCommands.join(s, joined, vm.id()));
            return created(s, a, vm);
        }

        /**
         * {@code --nics}: the VM on interfaces that exist, the first one primary; the CLI then makes no network,
         * NSG or public IP of its own, whatever {@code --public-ip-sku} says (azure-cli vm
         * {@code _validate_vm_create_nics}).
         */
        private static JsonNode onExistingInterfaces(Session s, Args a, ResourceId vmId, Region region) {
            String group = vmId.resourceGroup();
            Optional<AvailabilitySetCommands.AvailabilitySet> set = a.value("availability_set").map(v ->
                    AvailabilitySetCommands.forNewVm(s, group, v, vmId, region));
            List<ResourceId> nics = a.list("nics").stream()
                    .map(n -> Commands.reference(s, group, "networkInterfaces", n)).toList();
            VirtualMachine vm = Session.call(() -> s.topology().batch(b -> b.putVirtualMachine(
                    new VirtualMachineRequest(vmId, region, nics))));
            set.ifPresent(joined -> AvailabilitySetCommands.join(s, joined, vm.id()));
            return created(s, a, vm);
        }

        /** What {@code az vm create} prints once the VM exists. */
        private static JsonNode created(Session s, Args a, VirtualMachine vm) {
            s.vmDetails().put(vm.id(), new Session.VmDetails(a.value("size").orElse(DEFAULT_SIZE),
                    a.value("image").orElse(UNKNOWN.image()), a.value("admin_username").orElse("azureuser")));
            if (a.flag("no_wait")) {
                return null;
            }
            NetworkInterface nic = s.topology().state().primaryNetworkInterface(vm);
            ObjectNode out = Json.object();
            out.put("fqdns", "");
            out.put("id", vm.id().toString());
            out.put("location", vm.region().name());
            out.put("macAddress", Shapes.macAddress(nic));
            out.put("powerState", "VM running");
            out.put("privateIpAddress", nic.privateIpAddress().toString());
            out.put("publicIpAddress", Shapes.publicIps(s.topology().state(), vm));
            out.put("resourceGroup", vm.resourceGroup());
            out.put("zones", "");
            return out;
        }

        /**
         * The network and subnet the VM joins: one that exists ({@code --subnet ID}, {@code --vnet-name} of an
         * existing network, or the group's first network in the region), or the one {@code az vm create} makes.
         */
        private record NetworkChoice(Optional<VirtualNetwork> existing, String vnetName, String subnet,
                                     Region newRegion) {
            Region region() {
                return existing.map(VirtualNetwork::region).orElse(newRegion);
            }
        }

        private static NetworkChoice network(Session s, Args a, String group, String name, Region region) {
            String subnetArg = a.value("subnet").orElse(null);
            if (subnetArg != null && ResourceId.looksLikeId(subnetArg)) {
                ResourceId subnetId = ResourceId.parse(subnetArg);
                VirtualNetwork network = s.vnet(subnetId.resourceGroup(),
                        subnetId.parent().map(ResourceId::name).orElse(""));
                return new NetworkChoice(Optional.of(network), network.name(), subnetId.name(), region);
            }
            if (a.has("vnet_name")) {
                String vnetName = a.required("vnet_name");
                Optional<VirtualNetwork> existing = s.findVnet(group, vnetName);
                if (existing.isPresent() && subnetArg == null) {
                    throw AzError.command("usage error: --subnet NAME --vnet-name NAME | --subnet ID | --nics NIC");
                }
                return new NetworkChoice(existing, vnetName, subnetArg != null ? subnetArg : name + "Subnet",
                        region);
            }
            if (subnetArg != null) {
                throw AzError.command("usage error: --subnet NAME --vnet-name NAME | --subnet ID | --nics NIC");
            }
            Optional<VirtualNetwork> found = s.topology().state().networks().stream()
                    .filter(n -> n.resourceGroup().equalsIgnoreCase(group) && n.region().equals(region)
                            && !n.subnets().isEmpty()).findFirst();
            return found.map(n -> new NetworkChoice(found, n.name(), n.subnets().get(0).name(), region))
                    .orElseGet(() -> new NetworkChoice(Optional.empty(), name + "VNET", name + "Subnet", region));
        }

        /** The NSG of the VM's NIC: none for {@code --nsg ""}; {@code --nsg NAME|ID}, else {@code <vm>NSG}. */
        private static Optional<ResourceId> securityGroup(Session s, Args a, String group, String name,
                                                          ResourceId nicId) {
            Optional<String> nsg = a.value("nsg");
            if (nsg.filter(String::isEmpty).isPresent()) {
                return Optional.empty();
            }
            ResourceId id = Commands.reference(s, group, "networkSecurityGroups", nsg.orElse(name + "NSG"));
            Commands.requireType(id, "networkSecurityGroups", nicId);
            return Optional.of(id);
        }

        /**
         * The NSG {@code az vm create} deploys: its template PUTs {@code <vm>NSG} (or a named group that does not
         * exist yet) with the one rule, so a group left by an earlier VM of that name is replaced, not refused.
         */
        private static void putSecurityGroup(Session s, ResourceId id, String rule, Region region) {
            List<SecurityRuleRequest> rules = rule.equals("NONE") ? List.of() : List.of(new SecurityRuleRequest(
                    "default-allow-" + rule.toLowerCase(java.util.Locale.ROOT), 1000, SecurityRuleDirection.Inbound,
                    SecurityRuleAccess.Allow, io.vnetlab.model.Protocol.Tcp, List.of("*"), List.of("*"), List.of("*"),
                    List.of(rule.equals("SSH") ? "22" : "3389"), List.of(), List.of(), null));
            Session.call(() -> s.topology().batch(b -> b.putNetworkSecurityGroup(
                    new NetworkSecurityGroupRequest(id, region, rules))));
        }

        /** The public IP {@code az vm create} deploys: a PUT, so an address left by an earlier VM is kept. */
        private static void putPublicIp(Session s, ResourceId id, Region region, PublicIpAddressSku sku) {
            Session.call(() -> s.topology().batch(b -> b.putPublicIpAddress(new PublicIpAddressRequest(id, region,
                    sku))));
        }

        /** What {@code az vm create} makes when the network it names does not exist yet. */
        private static VirtualNetwork newNetwork(Session s, Args a, String group, NetworkChoice choice) {
            return Session.call(() -> s.topology().networks().define(choice.vnetName()).withRegion(choice.region())
                    .withExistingResourceGroup(group).inSubscription(s.subscriptionId())
                    .withAddressSpace(a.value("vnet_prefix").orElse(VnetCommands.DEFAULT_VNET_PREFIX))
                    .withSubnet(choice.subnet(), a.value("subnet_prefix").orElse(VnetCommands.DEFAULT_SUBNET_PREFIX))
                    .create());
        }
    }

    static List<VirtualMachine> vms(Session s, Optional<String> group) {
        group.ifPresent(s::group);
        List<VirtualMachine> result = new ArrayList<>();
        for (VirtualMachine vm : s.topology().state().virtualMachines()) {
            if (vm.id().subscriptionId().equalsIgnoreCase(s.subscriptionId())
                    && group.map(g -> vm.resourceGroup().equalsIgnoreCase(g)).orElse(true)) {
                result.add(vm);
            }
        }
        return result;
    }

    static final class ListVms implements AzCommand {
        public String name() {
            return "vm list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam(),
                    Param.flag("show_details", "--show-details", "-d"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ArrayNode list = Json.array();
            for (VirtualMachine vm : vms(s, a.value("resource_group"))) {
                list.add(Shapes.vm(s.topology().state(), vm, details(s, vm), a.flag("show_details")));
            }
            return list;
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return vmTable();
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "vm show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("show_details", "--show-details", "-d"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualMachine vm = s.vm(a.required("resource_group"), a.required("name"));
            return Shapes.vm(s.topology().state(), vm, details(s, vm), a.flag("show_details"));
        }

        public UnaryOperator<JsonNode> tableTransformer() {
            return vmTable();
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "vm delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("yes", "--yes", "-y"),
                    Param.flag("no_wait", "--no-wait"), Param.value("force_deletion", "--force-deletion"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            VirtualMachine vm = s.vm(a.required("resource_group"), a.required("name"));
            GroupCommands.requireYes(a);
            Session.call(() -> s.topology().virtualMachines().delete(vm.id().toString()));
            s.vmDetails().remove(vm.id());
            return null;
        }
    }

    static final class ListIpAddresses implements AzCommand {
        public String name() {
            return "vm list-ip-addresses";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam(), Param.value("name", "--name", "-n"));
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ArrayNode list = Json.array();
            for (VirtualMachine vm : vms(s, a.value("resource_group"))) {
                if (a.value("name").map(n -> !n.equalsIgnoreCase(vm.name())).orElse(false)) {
                    continue;
                }
                ObjectNode entry = list.addObject().putObject("virtualMachine");
                entry.put("name", vm.name());
                ObjectNode network = entry.putObject("network");
                ArrayNode privates = network.putArray("privateIpAddresses");
                vm.networkInterfaceIds().forEach(id -> privates.add(
                        s.topology().state().networkInterface(id).orElseThrow().privateIpAddress().toString()));
                ArrayNode publics = network.putArray("publicIpAddresses");
                for (ResourceId nicId : vm.networkInterfaceIds()) {
                    NetworkInterface nic = s.topology().state().networkInterface(nicId).orElseThrow();
                    if (nic.publicIpAddressId() != null) {
                        s.topology().state().get(io.vnetlab.model.PublicIpAddress.class, nic.publicIpAddressId())
                                .ifPresent(pip -> {
                                    ObjectNode p = publics.addObject();
                                    p.put("id", pip.id().toString());
                                    p.put("ipAddress", pip.ipAddress().toString());
                                    p.put("ipAllocationMethod", "Static");
                                    p.put("name", pip.name());
                                    p.put("resourceGroup", pip.resourceGroup());
                                    p.put("zone", (String) null);
                                });
                    }
                }
                entry.put("resourceGroup", vm.resourceGroup());
            }
            return list;
        }

        /** azure-cli vm {@code _format.py transform_ip_addresses}. */
        public UnaryOperator<JsonNode> tableTransformer() {
            return result -> {
                ArrayNode rows = Json.array();
                for (JsonNode r : result) {
                    JsonNode vm = r.get("virtualMachine");
                    ObjectNode row = rows.addObject();
                    row.set("virtualMachine", vm.get("name"));
                    List<String> publics = new ArrayList<>();
                    vm.path("network").path("publicIpAddresses").forEach(p -> publics.add(p.path("ipAddress").asText()));
                    if (publics.isEmpty()) {
                        row.putNull("publicIPAddresses");
                    } else {
                        row.put("publicIPAddresses", String.join(",", publics));
                    }
                    List<String> privates = new ArrayList<>();
                    vm.path("network").path("privateIpAddresses").forEach(p -> privates.add(p.asText()));
                    row.put("privateIPAddresses", String.join(",", privates));
                }
                return rows;
            };
        }
    }
}
