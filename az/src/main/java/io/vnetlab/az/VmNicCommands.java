package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;

import java.util.List;

/**
 * {@code az vm nic list|show}: a VM's interfaces as its network profile references them, and one of them in full
 * (azure-cli vm {@code custom.py list_vm_nics}, {@code show_vm_nic}). The Learn module on routes finds its appliance's
 * interface this way before turning IP forwarding on.
 */
final class VmNicCommands {

    private VmNicCommands() {
    }

    static List<AzCommand> commands() {
        return List.of(new ListNics(), new Show());
    }

    private static Param vmNameParam() {
        return Param.value("vm_name", "--vm-name").mandatory();
    }

    /** {@code az vm nic list}: the references of {@code az vm show}'s {@code networkProfile.networkInterfaces}. */
    static final class ListNics implements AzCommand {
        public String name() {
            return "vm nic list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), vmNameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualMachine vm = s.vm(a.required("resource_group"), a.required("vm_name"));
            return Shapes.vm(s.topology().state(), vm, VmCommands.details(s, vm), false)
                    .path("networkProfile").path("networkInterfaces");
        }
    }

    /**
     * {@code az vm nic show --nic}: the interface, named or by id, as {@code az network nic show} prints it, when the
     * VM has it; else the CLI's "NIC '...' not found on VM '...'" (the name made an id first, as its validator does).
     */
    static final class Show implements AzCommand {
        public String name() {
            return "vm nic show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), vmNameParam(), Param.value("nic", "--nic").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            VirtualMachine vm = s.vm(group, a.required("vm_name"));
            String nic = a.required("nic");
            String nicId = ResourceId.looksLikeId(nic) ? nic
                    : s.id(group, ResourceId.NETWORK, "networkInterfaces", nic).toString();
            ResourceId found = vm.networkInterfaceIds().stream().filter(id -> id.toString().equalsIgnoreCase(nicId))
                    .findFirst().orElseThrow(() -> AzError.command("NIC '" + nicId + "' not found on VM '"
                            + vm.name() + "'"));
            return NicLoadBalancerRefs.nic(s.topology().state(), s.topology().state().networkInterface(found)
                    .orElseThrow());
        }
    }
}
