package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code az vm availability-set create|show|list|delete}: the compute resource a VM joins when it is created with
 * {@code --availability-set}. It places VMs in fault and update domains, which vnetlab does not simulate; it is kept
 * so that scripts that create one run, and so that Azure's rules on joining one hold
 * (docs/azure/cli-and-network-watcher.md#availability-sets).
 */
final class AvailabilitySetCommands {

    /** An availability set as the state keeps it: the VMs that joined it, in order. */
    record AvailabilitySet(ResourceId id, Region region, int faultDomains, int updateDomains,
                           List<ResourceId> virtualMachines) {
        AvailabilitySet {
            virtualMachines = List.copyOf(virtualMachines);
        }

        AvailabilitySet with(ResourceId vm) {
            List<ResourceId> all = new ArrayList<>(virtualMachines);
            if (!all.contains(vm)) {
                all.add(vm);
            }
            return new AvailabilitySet(id, region, faultDomains, updateDomains, all);
        }
    }

    private AvailabilitySetCommands() {
    }

    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?");

    /** Azure's rule for availability set names (docs/azure/naming.md#availability-sets). */
    static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw AzError.service("InvalidResourceName", "Resource name " + name + " is invalid. An availability"
                    + " set name is 1 to 80 characters long: letters, digits, '_', '.' and '-'; it must begin with a"
                    + " letter or digit and end with a letter, digit or '_'.", 400);
        }
    }

    static ResourceId id(Session s, String group, String nameOrId) {
        return ResourceId.looksLikeId(nameOrId) ? ResourceId.parse(nameOrId)
                : s.id(group, ResourceId.COMPUTE, "availabilitySets", nameOrId);
    }

    static AvailabilitySet existing(Session s, ResourceId id) {
        s.group(id.resourceGroup());
        return s.topology().state().get(AvailabilitySet.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Compute/availabilitySets", id.name(), id.resourceGroup()));
    }

    /**
     * The set a new VM joins ({@code --availability-set NAME|ID}): it must exist in the VM's resource group and
     * region, and a VM joins a set only when it is created.
     */
    static AvailabilitySet forNewVm(Session s, String group, String nameOrId, ResourceId vmId, Region region) {
        AvailabilitySet set = existing(s, id(s, group, nameOrId));
        if (!set.id().resourceGroup().equalsIgnoreCase(vmId.resourceGroup())
                || !set.region().name().equals(region.name())) {
            throw AzError.service("InvalidParameter", "The Availability Set '" + set.id() + "' cannot be used by"
                    + " virtual machine '" + vmId.name() + "': a virtual machine and its availability set must be in"
                    + " the same resource group and region.", 400);
        }
        Optional<VirtualMachine> vm = s.topology().state().virtualMachine(vmId);
        if (vm.isPresent() && !set.virtualMachines().contains(vmId)) {
            throw AzError.service("OperationNotAllowed", "Virtual machine '" + vmId.name() + "' already exists;"
                    + " a virtual machine can be added to an availability set only when it is created.", 409);
        }
        return set;
    }

    static void join(Session s, AvailabilitySet set, ResourceId vmId) {
        s.topology().batch(b -> {
            b.putRecord(AvailabilitySet.class, set.id(), set.with(vmId));
            return null;
        });
    }

    /** The set a VM joined, if any. */
    static Optional<AvailabilitySet> of(TopologyState state, ResourceId vmId) {
        return state.all(AvailabilitySet.class).stream().filter(a -> a.virtualMachines().contains(vmId)).findFirst();
    }

    /** azure-cli's output of the compute SDK's {@code AvailabilitySet}. */
    static ObjectNode shape(TopologyState state, AvailabilitySet set) {
        ObjectNode o = Json.object();
        o.put("id", set.id().toString());
        o.put("location", set.region().name());
        o.put("name", set.id().name());
        o.put("platformFaultDomainCount", set.faultDomains());
        o.put("platformUpdateDomainCount", set.updateDomains());
        o.putNull("proximityPlacementGroup");
        o.put("resourceGroup", set.id().resourceGroup());
        ObjectNode sku = o.putObject("sku");
        sku.putNull("capacity");
        sku.put("name", "Aligned");
        sku.putNull("tier");
        o.putNull("statuses");
        o.putNull("tags");
        o.put("type", "Microsoft.Compute/availabilitySets");
        ArrayNode vms = o.putArray("virtualMachines");
        set.virtualMachines().stream().filter(vm -> state.virtualMachine(vm).isPresent())
                .forEach(vm -> vms.addObject().put("id", vm.toString()).put("resourceGroup", vm.resourceGroup()));
        return o;
    }

    private static int count(Args a, String dest, int fallback, int max) {
        String text = a.value(dest).orElse(String.valueOf(fallback));
        try {
            int n = Integer.parseInt(text);
            if (n < 1 || n > max) {
                throw AzError.service("InvalidParameter", "The value " + n + " of parameter '"
                        + (dest.equals("fault_domains") ? "platformFaultDomainCount" : "platformUpdateDomainCount")
                        + "' is out of range. The value must be between 1 and " + max + ", inclusive.", 400);
            }
            return n;
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --platform-" + (dest.equals("fault_domains") ? "fault" : "update")
                    + "-domain-count: invalid int value: '" + text + "'");
        }
    }

    /** Two fault domains and five update domains unless told otherwise, as the CLI asks for them. */
    static final class Create implements AzCommand {
        public String name() {
            return "vm availability-set create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.value("fault_domains", "--platform-fault-domain-count"),
                    Param.value("update_domains", "--platform-update-domain-count"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "availabilitySets");
            requireName(a.required("name"));
            ResourceId id = id(s, group, a.required("name"));
            int faults = count(a, "fault_domains", 2, 3);
            int updates = count(a, "update_domains", 5, 20);
            List<ResourceId> members = s.topology().state().get(AvailabilitySet.class, id)
                    .map(AvailabilitySet::virtualMachines).orElse(List.of());
            AvailabilitySet set = new AvailabilitySet(id, region, faults, updates, members);
            s.topology().batch(b -> {
                b.putRecord(AvailabilitySet.class, id, set);
                return null;
            });
            return a.flag("no_wait") ? null : shape(s.topology().state(), set);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "vm availability-set show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return shape(s.topology().state(), existing(s, id(s, a.required("resource_group"), a.required("name"))));
        }
    }

    static final class ListSets implements AzCommand {
        public String name() {
            return "vm availability-set list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            TopologyState state = s.topology().state();
            return Commands.listInGroup(s, a, state.all(AvailabilitySet.class), AvailabilitySet::id,
                    set -> shape(state, set));
        }
    }

    /** Refused while a VM is in the set, as Azure refuses it. */
    static final class Delete implements AzCommand {
        public String name() {
            return "vm availability-set delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = id(s, group, a.required("name"));
            Optional<AvailabilitySet> set = s.topology().state().get(AvailabilitySet.class, id);
            if (set.isEmpty()) {
                return null;
            }
            if (set.get().virtualMachines().stream().anyMatch(vm -> s.topology().state().virtualMachine(vm)
                    .isPresent())) {
                throw AzError.service("OperationNotAllowed", "Availability Set '" + id.name() + "' cannot be"
                        + " deleted. Before deleting an Availability Set please ensure that it does not contain any"
                        + " VM.", 409);
            }
            s.topology().batch(b -> {
                b.removeRecord(AvailabilitySet.class, id);
                return null;
            });
            return null;
        }
    }
}
