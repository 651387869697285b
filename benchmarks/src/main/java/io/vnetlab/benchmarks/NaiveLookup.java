package io.vnetlab.benchmarks;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the by-name rows: a VM found by scanning every VM and comparing names, which is what a lookup costs
 * without an index kept with the state (and how ambiguity is found without one: by finding every match).
 */
final class NaiveLookup {

    private NaiveLookup() {
    }

    /** The one VM named {@code name}, found by a scan. */
    static VirtualMachine vm(TopologyState state, String name) {
        List<VirtualMachine> named = new ArrayList<>();
        for (VirtualMachine vm : state.virtualMachines()) {
            if (vm.name().equalsIgnoreCase(name) || vm.id().toString().equalsIgnoreCase(name)) {
                named.add(vm);
            }
        }
        if (named.size() != 1) {
            throw new IllegalArgumentException(named.size() + " VMs named '" + name + "'");
        }
        return named.get(0);
    }
}
